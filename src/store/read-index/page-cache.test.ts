// The page cache: an answer is reused within one data version only, large answers are not kept, and the oldest
// go first when it is full.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createPageCache } from "./page-cache.js";

const page = (n: number) => ({ events: Array.from({ length: n }, (_, i) => i) });

describe("page cache", () => {
  it("computes once per key and version", () => {
    const cache = createPageCache();
    let computed = 0;
    const ask = (version: string, key: string) => cache.get(version, key, () => (computed++, page(2)));
    const first = ask("v1", "a");
    assert.equal(ask("v1", "a"), first, "the same answer, not a copy");
    ask("v1", "b");
    assert.equal(computed, 2);
    assert.notEqual(ask("v2", "a"), first, "a new version drops every answer");
    assert.equal(computed, 3);
  });

  const rows: [label: string, limits: { entries?: number; events?: number }, keepUpTo: number | undefined, sizes: number[], kept: boolean[]][] = [
    ["an answer over keepUpTo is not kept", {}, 3, [4, 3], [false, true]],
    ["an answer over the events bound is not kept", { events: 5 }, undefined, [6, 5], [false, true]],
    ["the oldest go first past the entries bound", { entries: 2 }, undefined, [1, 1, 1], [false, true, true]],
    ["the oldest go first past the events bound", { events: 5 }, undefined, [3, 2, 2], [false, true, true]],
  ];
  for (const [label, limits, keepUpTo, sizes, kept] of rows) {
    it(label, () => {
      const cache = createPageCache(limits);
      const answers = sizes.map((n, i) => cache.get("v", `k${i}`, () => page(n), { keepUpTo }));
      // Newest first: asking for an evicted answer computes and keeps it again, which would evict another.
      const newestFirst = sizes.map((n, i) => [n, i]).reverse().map(([n, i]) => cache.get("v", `k${i}`, () => page(n), { keepUpTo }) === answers[i]);
      assert.deepEqual(newestFirst.reverse(), kept);
    });
  }
});
