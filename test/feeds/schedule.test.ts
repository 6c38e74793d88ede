import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { backoffDelay, nextAttemptAt } from "../../src/feeds/backoff.js";
import { parseFeedList, resolveFeedArgs } from "../../src/feeds/feed-list.js";
import { createHostPacer, nextSlot } from "../../src/feeds/host-pacer.js";
import { loadWatchState, parseWatchState } from "../../src/feeds/watch-state.js";

describe("backoffDelay: doubling from the base, capped", () => {
  const policy = { baseMs: 60_000, capMs: 600_000 };
  const cases: [string, number, number][] = [
    ["no failure, no wait", 0, 0],
    ["first failure waits the base", 1, 60_000],
    ["second doubles", 2, 120_000],
    ["third doubles again", 3, 240_000],
    ["fourth", 4, 480_000],
    ["fifth reaches the cap", 5, 600_000],
    ["many failures stay at the cap", 40, 600_000],
    ["absurdly many failures stay finite", 5000, 600_000],
  ];
  for (const [label, failures, expected] of cases) it(label, () => assert.equal(backoffDelay(failures, policy), expected));

  it("nextAttemptAt adds the delay to the time of failure", () => {
    assert.equal(nextAttemptAt(1_000_000, 2, policy), 1_120_000);
  });
});

describe("host politeness", () => {
  const cases: [string, number | undefined, number, number][] = [
    ["first request to a host goes now", undefined, 5000, 5000],
    ["next request waits out the interval", 5000, 5100, 6000],
    ["a request long after the last goes now", 5000, 9000, 9000],
  ];
  for (const [label, last, now, expected] of cases) it(`nextSlot: ${label}`, () => assert.equal(nextSlot(last, now, 1000), expected));

  it("spaces requests to one host from the end of the last, leaves other hosts alone (fake clock, no sleeping)", async () => {
    let clock = 0;
    const slept: number[] = [];
    const pacer = createHostPacer({ intervalMs: 1000, now: () => clock, sleep: async (ms) => { slept.push(ms); clock += ms; } });
    const starts: [string, number][] = [];
    const request = (url: string, takes: number) => pacer.run(url, async () => { starts.push([new URL(url).host, clock]); clock += takes; });
    await request("http://a.example/1", 300);
    await request("http://b.example/1", 0);
    await request("http://a.example/2", 0);
    await request("http://a.example:8080/x", 0);
    await request("http://a.example/3", 0);
    assert.deepEqual(starts, [["a.example", 0], ["b.example", 300], ["a.example", 1300], ["a.example:8080", 1300], ["a.example", 2300]]);
    assert.deepEqual(slept, [1000, 1000]);
  });

  it("requests asked for at once run one at a time, in order, an interval apart; an error does not stop the queue", async () => {
    let clock = 0;
    const log: string[] = [];
    const pacer = createHostPacer({ intervalMs: 500, now: () => clock, sleep: async (ms) => { clock += ms; } });
    const results = await Promise.allSettled([
      pacer.run("http://a.example/1", async () => { log.push(`1@${clock}`); clock += 100; return 1; }),
      pacer.run("http://a.example/2", async () => { log.push(`2@${clock}`); throw new Error("boom"); }),
      pacer.run("http://a.example/3", async () => { log.push(`3@${clock}`); return 3; }),
    ]);
    assert.deepEqual(log, ["1@0", "2@600", "3@1100"]);
    assert.deepEqual(results.map((r) => r.status), ["fulfilled", "rejected", "fulfilled"]);
  });
});

describe("feed lists", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-feedlist-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("reads one URL a line, skips comments and blanks, reports a line that is not a URL", () => {
    const list = parseFeedList("# Gondor\nhttp://herald.example/rss  # main\n\n  https://courier.example/atom\nnot a url\n", "sites.txt");
    assert.deepEqual(list.feeds, ["http://herald.example/rss", "https://courier.example/atom"]);
    assert.deepEqual(list.problems.map((p) => `${p.input}: ${p.problem.message}`), ["sites.txt:5: expected a feed URL (http or https), got 'not a url'"]);
  });

  it("mixes URLs and list files, drops duplicates, reports a missing file", async () => {
    const path = join(dir, "sites.txt");
    writeFileSync(path, "http://herald.example/rss\nhttp://bree.example/rdf\n");
    const resolved = await resolveFeedArgs(["http://herald.example/rss", path, join(dir, "missing.txt")]);
    assert.deepEqual(resolved.feeds, ["http://herald.example/rss", "http://bree.example/rdf"]);
    assert.equal(resolved.problems.length, 1);
    assert.match(resolved.problems[0].problem.message, /expected a feed URL or a file listing feed URLs/);
  });

  it("a missing state file is a fresh state; a foreign one is an error that says so", async () => {
    assert.deepEqual(await loadWatchState(join(dir, "none.json")), { version: 1, feeds: {} });
    assert.throws(() => parseWatchState("{oops", "s.json"), /s\.json is not JSON/);
    assert.throws(() => parseWatchState('{"version":2}', "s.json"), /not a sitrep watch state/);
  });
});
