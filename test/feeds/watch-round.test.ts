import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createContext, type Context } from "../../src/context.js";
import { extractAndSave } from "../../src/cli/ingest-command.js";
import { fetchText } from "../../src/feeds/fetch-feed.js";
import { createHostPacer } from "../../src/feeds/host-pacer.js";
import { createRobotsCheck } from "../../src/feeds/robots.js";
import { runWatchRound, type WatchDeps, type WatchEvent } from "../../src/feeds/watch-round.js";
import { createWatchState, type WatchState } from "../../src/feeds/watch-state.js";
import { openStore, type Store } from "../../src/store/store.js";
import { startFeedServer, type FeedServer } from "./feed-server.js";

const HOST_DELAY_MS = 100;
const BACKOFF = { baseMs: 60_000, capMs: 600_000 };

describe("runWatchRound against a local feed site", () => {
  let server: FeedServer;
  let store: Store;
  let ctx: Context;
  let clockOffset = 0;
  let events: WatchEvent[] = [];
  let state: WatchState = createWatchState();
  let feeds: { gondor: string; arnor: string; broken: string };
  let watchDeps: WatchDeps;

  before(async () => {
    server = await startFeedServer();
    store = await openStore(":memory:");
    ctx = await createContext({});
    feeds = { gondor: `${server.base}/gondor.rss`, arnor: `${server.base}/arnor.atom`, broken: `${server.base}/broken.rss` };
    // One pacer and robots.txt cache for every round, as `sitrep watch` has.
    watchDeps = deps();
  });
  after(async () => {
    await store.close();
    await server.close();
  });

  function deps(): WatchDeps {
    const http = { timeoutMs: 5000, maxBytes: 1_000_000, userAgent: "sitrep-test" };
    const pacer = createHostPacer({ intervalMs: HOST_DELAY_MS });
    const robots = createRobotsCheck({ userAgent: "sitrep-test", fetchText: (url) => pacer.run(url, () => fetchText(url, http)) });
    return {
      ingest: (doc) => extractAndSave(doc, { store, ctx }), saveProblem: (input, problem) => store.saveInputProblem(input, problem),
      report: (event) => events.push(event), pacer, robots, http, backoff: BACKOFF, now: () => Date.now() + clockOffset,
    };
  }

  async function round(): Promise<string[]> {
    const from = server.requests.length;
    events = [];
    state = await runWatchRound([feeds.gondor, feeds.arnor, feeds.broken], state, watchDeps);
    return server.requests.slice(from).map((r) => r.path);
  }

  it("round 1: reads RSS and Atom, stores the articles, honours robots.txt, reports the broken feed", async () => {
    const paths = await round();
    assert.deepEqual([...paths].sort(), [
      "/arnor.atom", "/broken.rss", "/gondor.rss", "/news/fornost-clash.html", "/news/minas-tirith-shelling.html", "/robots.txt",
    ]);
    assert.ok(!paths.some((p) => p.startsWith("/private/")), "a disallowed page was fetched");
    const stored = events.filter((e) => e.kind === "article-stored").map((e) => e.kind === "article-stored" && e.url).sort();
    assert.deepEqual(stored, [`${server.base}/news/fornost-clash.html`, `${server.base}/news/minas-tirith-shelling.html`]);
    const disallowed = events.find((e) => e.kind === "article-problem");
    assert.ok(disallowed?.kind === "article-problem");
    assert.match(disallowed.problem.message, /robots\.txt disallows it/);
    assert.equal(disallowed.willRetry, false);
    const failed = events.find((e) => e.kind === "feed-failed");
    assert.ok(failed?.kind === "feed-failed");
    assert.equal(failed.feed, feeds.broken);
    assert.match(failed.message, /HTTP 500/);
    assert.equal((await store.counts()).documents, 2);
    const docs = await store.listDocuments();
    assert.deepEqual(docs.map((d) => [d.title, d.publisher, d.published]).sort(), [
      ["Rangers clash with raiders near Fornost", "Arnor Courier", "2016-08-15"],
      ["Shelling kills 12 in Minas Tirith", "Gondor Herald", "2016-08-16"],
    ]);
    assert.deepEqual(state.feeds[feeds.gondor].seen, ["gondor-herald-1001", "gondor-herald-1002"]);
    assert.equal(state.feeds[feeds.gondor].etag, '"gondor-v1"');
    assert.equal(state.feeds[feeds.broken].failures, 1);
  });

  it("round 1 was polite: requests to the one host are at least the host delay apart", () => {
    const times = server.requests.map((r) => r.at);
    assert.ok(times.length >= 6);
    for (let i = 1; i < times.length; i++) {
      assert.ok(times[i] - times[i - 1] >= HOST_DELAY_MS - 5, `requests ${i - 1} and ${i} only ${times[i] - times[i - 1]} ms apart`);
    }
  });

  it("round 2: conditional GET gets 304s and fetches no article; the broken feed's malformed XML is reported", async () => {
    server.broken.mode = "malformed";
    clockOffset = BACKOFF.baseMs + 1000;
    const from = server.requests.length;
    const paths = await round();
    assert.deepEqual([...paths].sort(), ["/arnor.atom", "/broken.rss", "/gondor.rss"]);
    const sent = server.requests.slice(from);
    assert.equal(sent.find((r) => r.path === "/gondor.rss")?.headers["if-none-match"], '"gondor-v1"');
    assert.equal(sent.find((r) => r.path === "/arnor.atom")?.headers["if-modified-since"], "Tue, 16 Aug 2016 12:00:00 GMT");
    assert.deepEqual(events.filter((e) => e.kind === "feed-not-modified").map((e) => e.feed).sort(), [feeds.arnor, feeds.gondor].sort());
    const failed = events.find((e) => e.kind === "feed-failed");
    assert.ok(failed?.kind === "feed-failed");
    assert.match(failed.message, /broken\.rss is not well-formed XML/);
    assert.equal(failed.failures, 2);
    const waited = Date.parse(failed.retryAt) - (Date.now() + clockOffset);
    assert.ok(waited > BACKOFF.baseMs * 2 - 5000 && waited <= BACKOFF.baseMs * 2, `backed off ${waited} ms`);
    assert.equal((await store.counts()).documents, 2);
  });

  it("round 3: the broken feed waits out its back-off and is not requested", async () => {
    server.broken.mode = "good";
    const paths = await round();
    assert.ok(!paths.includes("/broken.rss"));
    assert.ok(events.some((e) => e.kind === "feed-waiting" && e.feed === feeds.broken));
  });

  it("round 4: once due, the mended feed is read and its new item stored, and its failures reset", async () => {
    clockOffset += BACKOFF.baseMs * 2 + 1000;
    const paths = await round();
    assert.ok(paths.includes("/broken.rss") && paths.includes("/news/bree-protest.html"));
    assert.equal(state.feeds[feeds.broken].failures, 0);
    assert.equal((await store.counts()).documents, 3);
  });

  it("a watched feed that robots.txt disallows is never requested, and is reported and backed off", async () => {
    const hidden = `${server.base}/private/hidden.rss`;
    const from = server.requests.length;
    events = [];
    const next = await runWatchRound([hidden], createWatchState(), watchDeps);
    assert.ok(!server.requests.slice(from).some((r) => r.path.startsWith("/private/")), "a disallowed feed was fetched");
    const failed = events.find((e) => e.kind === "feed-failed");
    assert.ok(failed?.kind === "feed-failed");
    assert.match(failed.message, /feed not fetched: .*robots\.txt disallows it/);
    assert.equal(next.feeds[hidden].failures, 1);
  });
});
