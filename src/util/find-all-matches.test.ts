import { test } from "node:test";
import assert from "node:assert/strict";
import { findAllMatches } from "./find-all-matches.js";

test("findAllMatches agrees with matchAll and leaves the expression reusable", () => {
  const rows: [label: string, text: string, pattern: RegExp][] = [
    ["words", "Nine rebels and 12 soldiers", /\b\w+\b/g],
    ["empty matches advance", "a,b", /x*/g],
    ["no match", "nothing here", /\d+/g],
  ];
  for (const [label, text, pattern] of rows) {
    const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
    assert.deepEqual(findAllMatches(text, pattern).map((m) => [m.index, m[0]]), expected, label);
    assert.equal(pattern.lastIndex, 0, `${label}: lastIndex reset`);
  }
  assert.throws(() => findAllMatches("x", /x/), /global/);
});
