// Two local sites (127.0.0.1, two ports, so two hosts): one asks for a Crawl-delay in robots.txt and serves a
// JSON Feed; the other answers its feed with 429 and Retry-After. Both the watcher and `ingest FEED_URL` must
// read robots.txt, space their requests as asked, and wait as long as the busy server says.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, before, describe, it } from "node:test";
import { createArticlePoliteness } from "../../src/feeds/feed-politeness.js";
import { runWatchRound, type WatchDeps, type WatchEvent } from "../../src/feeds/watch-round.js";
import { createWatchState } from "../../src/feeds/watch-state.js";
import { readInputs, type InputItem } from "../../src/input/read-inputs.js";
import type { RawDocument } from "../../src/types.js";
import { articlePage, rohanJsonFeed, type LoggedRequest } from "./feed-server.js";

const CRAWL_DELAY_MS = 400;
const RETRY_AFTER_S = 90;

interface Site { base: string; requests: LoggedRequest[]; server: Server }

async function startSite(handle: (path: string) => { status: number; type: string; body: string; headers?: Record<string, string> }): Promise<Site> {
  const requests: LoggedRequest[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    requests.push({ path, at: Date.now(), headers: req.headers });
    const answer = handle(path);
    res.writeHead(answer.status, { "content-type": answer.type, ...answer.headers });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { base: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, requests, server };
}

const ROBOTS = `User-agent: *\nCrawl-delay: ${CRAWL_DELAY_MS / 1000}\nDisallow: /private/\n`;

describe("politeness against local sites: Crawl-delay, Retry-After, JSON Feed", () => {
  let rohan: Site;
  let busy: Site;
  before(async () => {
    rohan = await startSite((path) => {
      if (path === "/robots.txt") return { status: 200, type: "text/plain", body: ROBOTS };
      if (path === "/rohan.json") return { status: 200, type: "application/feed+json", body: rohanJsonFeed() };
      if (path === "/news/fornost-clash.html") return { status: 200, type: "text/html", body: articlePage(path) };
      if (path === "/") return { status: 200, type: "text/html", body: `<html><head><title>Rohan Rider</title>
<link rel="alternate" type="application/feed+json" title="Rohan Rider" href="/rohan.json"></head><body><p>News of the Mark</p></body></html>` };
      if (path === "/census.json") return { status: 200, type: "application/json", body: '{"town": "Edoras", "riders": 3000}' };
      return { status: 404, type: "text/plain", body: "not found" };
    });
    busy = await startSite(() => ({ status: 429, type: "text/plain", body: "slow down", headers: { "retry-after": String(RETRY_AFTER_S) } }));
  });
  after(() => Promise.all([rohan, busy].map((site) => new Promise<void>((resolve) => { site.server.closeAllConnections(); site.server.close(() => resolve()); }))));

  function deps(stored: RawDocument[], events: WatchEvent[]): WatchDeps {
    const http = { timeoutMs: 5000, maxBytes: 1_000_000, userAgent: "sitrep-test" };
    return {
      ...createArticlePoliteness({ hostDelayMs: 50, http }), http,
      ingest: async (doc) => { stored.push(doc); return { kind: "stored", documentId: String(stored.length), events: 0 }; },
      saveProblem: async () => undefined, report: (event) => events.push(event),
      backoff: { baseMs: 10_000, capMs: 3_600_000 }, now: Date.now,
    };
  }

  it("watch: a 429 feed waits its Retry-After (longer than the back-off); a JSON Feed is read at the site's Crawl-delay", async () => {
    const stored: RawDocument[] = [];
    const events: WatchEvent[] = [];
    const busyFeed = `${busy.base}/news.rss`;
    const state = await runWatchRound([busyFeed, `${rohan.base}/rohan.json`], createWatchState(), deps(stored, events));

    const waited = Date.parse(state.feeds[busyFeed].retryAt ?? "") - Date.now();
    assert.ok(waited > (RETRY_AFTER_S - 5) * 1000 && waited <= RETRY_AFTER_S * 1000, `retry after ${waited} ms, not the server's ${RETRY_AFTER_S} s`);
    const failed = events.find((e) => e.kind === "feed-failed");
    assert.match(failed?.kind === "feed-failed" ? failed.message : "", /HTTP 429.*asks for 90 s/);

    assert.deepEqual(stored.map((d) => d.title).sort(), ["Rangers clash with raiders near Fornost", "Riders patrol the Fords of Isen"]);
    const at = (path: string) => rohan.requests.find((r) => r.path === path)?.at ?? NaN;
    const gap = at("/news/fornost-clash.html") - at("/robots.txt");
    assert.ok(gap >= CRAWL_DELAY_MS - 5, `the article came ${gap} ms after robots.txt, under the Crawl-delay`);
  });

  it("ingest FEED_URL: robots.txt is read and the article fetched after the host's rest; the JSON Feed's linkless item is read from its content", async () => {
    const from = rohan.requests.length;
    const items: InputItem[] = [];
    for await (const item of readInputs([`${rohan.base}/rohan.json`])) items.push(item);
    assert.deepEqual(items.map((i) => (i.kind === "document" ? i.doc.title : i.problem.message)), [
      "Rangers clash with raiders near Fornost", "Riders patrol the Fords of Isen",
    ]);
    const paths = rohan.requests.slice(from).map((r) => r.path);
    assert.deepEqual(paths, ["/rohan.json", "/robots.txt", "/news/fornost-clash.html"]);
    const [, robots, article] = rohan.requests.slice(from);
    assert.ok(article.at - robots.at >= CRAWL_DELAY_MS - 5, `${article.at - robots.at} ms between robots.txt and the article`);
  });

  it("watch: a site's page stands for the feed it names, which is then polled directly", async () => {
    const site = `${rohan.base}/`;
    const events: WatchEvent[] = [];
    const first = rohan.requests.length;
    const watchDeps = deps([], events);
    let state = await runWatchRound([site], createWatchState(), watchDeps);
    assert.deepEqual(events.filter((e) => e.kind === "feed-discovered").map((e) => e.kind === "feed-discovered" && e.url), [`${rohan.base}/rohan.json`]);
    assert.equal(events.filter((e) => e.kind === "article-stored").length, 2);
    // robots.txt first: the watcher obeys it for the feed too.
    assert.deepEqual(rohan.requests.slice(first, first + 3).map((r) => r.path), ["/robots.txt", "/", "/rohan.json"]);
    const second = rohan.requests.length;
    state = await runWatchRound([site], state, watchDeps);
    assert.deepEqual(rohan.requests.slice(second).map((r) => r.path), ["/rohan.json"], "the page is not fetched again");
    assert.equal(state.feeds[site].feedUrl, `${rohan.base}/rohan.json`);
  });

  it("ingest URL: JSON that is not a JSON Feed is one problem naming it", async () => {
    const items: InputItem[] = [];
    for await (const item of readInputs([`${rohan.base}/census.json`])) items.push(item);
    assert.equal(items.length, 1);
    assert.ok(items[0].kind === "problem");
    assert.match(items[0].problem.message, /got JSON that is not a JSON Feed/);
  });
});
