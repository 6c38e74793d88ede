// Politeness rules as pure tables (Retry-After, Crawl-delay, the pacer's slot), and the pacer under a fake clock.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createHostPacer, nextSlot } from "../../src/feeds/host-pacer.js";
import { parseRetryAfter, throttleDelay } from "../../src/feeds/retry-after.js";
import { MAX_CRAWL_DELAY_MS, toCrawlDelayMs } from "../../src/feeds/robots.js";

const NOW = Date.parse("2031-03-04T10:00:00Z");

describe("parseRetryAfter: seconds or an HTTP date, from now", () => {
  const cases: [string, string | null, number | null][] = [
    ["whole seconds", "120", 120_000],
    ["seconds with blanks around", " 7 ", 7_000],
    ["an HTTP date in the future", "Tue, 04 Mar 2031 10:00:30 GMT", 30_000],
    ["an HTTP date already past is no wait", "Tue, 04 Mar 2031 09:00:00 GMT", 0],
    ["no header", null, null],
    ["words are not a time", "soon", null],
    ["a negative number is not seconds", "-5", null],
  ];
  for (const [label, header, expected] of cases) it(label, () => assert.equal(parseRetryAfter(header, NOW), expected));
});

describe("throttleDelay: only 429 and 503 ask us to wait", () => {
  const headers = (value: string | null) => ({ get: (name: string) => (name === "retry-after" ? value : null) });
  const cases: [string, number, string | null, number | null][] = [
    ["429 with seconds", 429, "60", 60_000],
    ["503 with seconds", 503, "5", 5_000],
    ["503 without the header", 503, null, null],
    ["a 301's Retry-After means something else", 301, "60", null],
    ["500 is not throttling", 500, "60", null],
  ];
  for (const [label, status, value, expected] of cases) it(label, () => assert.equal(throttleDelay({ status, headers: headers(value) }, NOW), expected));
});

describe("toCrawlDelayMs: robots.txt Crawl-delay in seconds, capped", () => {
  const cases: [string, number | undefined, number | null][] = [
    ["absent", undefined, null],
    ["whole seconds", 10, 10_000],
    ["fractions", 0.5, 500],
    ["zero asks for nothing", 0, null],
    ["negative is nonsense", -3, null],
    ["a day is capped", 86_400, MAX_CRAWL_DELAY_MS],
  ];
  for (const [label, seconds, expected] of cases) it(label, () => assert.equal(toCrawlDelayMs(seconds), expected));
});

describe("nextSlot with a server's hold-off", () => {
  const cases: [string, number | undefined, number, number, number][] = [
    ["a hold-off later than the rest wins", 5000, 5100, 9000, 9000],
    ["a hold-off already past changes nothing", 5000, 5100, 1000, 6000],
    ["a hold-off on a host never asked before", undefined, 5000, 7000, 7000],
  ];
  for (const [label, last, now, notBefore, expected] of cases) it(label, () => assert.equal(nextSlot(last, now, 1000, notBefore), expected));
});

describe("the pacer learns from the site (fake clock, no sleeping)", () => {
  function fakePacer() {
    let clock = 0;
    const starts: [string, number][] = [];
    const pacer = createHostPacer({ intervalMs: 100, now: () => clock, sleep: async (ms) => { clock += ms; } });
    const request = (url: string) => pacer.run(url, async () => { starts.push([new URL(url).pathname, clock]); });
    return { pacer, request, starts };
  }

  it("a Crawl-delay longer than the host delay spaces that host only", async () => {
    const { pacer, request, starts } = fakePacer();
    pacer.setMinInterval("http://minas.example/robots.txt", 2000);
    await request("http://minas.example/a");
    await request("http://minas.example/b");
    await request("http://bree.example/c");
    await request("http://bree.example/d");
    assert.deepEqual(starts, [["/a", 0], ["/b", 2000], ["/c", 2000], ["/d", 2100]]);
  });

  it("a Crawl-delay shorter than the host delay does not speed it up", async () => {
    const { pacer, request, starts } = fakePacer();
    pacer.setMinInterval("http://minas.example/", 10);
    await request("http://minas.example/a");
    await request("http://minas.example/b");
    assert.deepEqual(starts, [["/a", 0], ["/b", 100]]);
  });

  it("a Retry-After holds the host off, and a shorter one later does not shorten it", async () => {
    const { pacer, request, starts } = fakePacer();
    await request("http://minas.example/a");
    pacer.holdOff("http://minas.example/feed", 5000);
    pacer.holdOff("http://minas.example/feed", 1000);
    await request("http://minas.example/b");
    assert.deepEqual(starts, [["/a", 0], ["/b", 5000]]);
  });
});
