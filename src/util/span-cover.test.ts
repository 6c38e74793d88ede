import { test } from "node:test";
import assert from "node:assert/strict";
import { createSpanCover, type TokenRange } from "./span-cover.js";

interface Named extends TokenRange {
  name: string;
}

// Osterby [0-1], Harrow Ford [3-5], Veldmar [5-5] (overlaps Harrow Ford), Kessin [9-10].
const spans: Named[] = [
  { name: "Osterby", first: 0, last: 1 },
  { name: "Harrow Ford", first: 3, last: 5 },
  { name: "Veldmar", first: 5, last: 5 },
  { name: "Kessin", first: 9, last: 10 },
];
const cover = createSpanCover(spans);

const cases: [label: string, first: number, last: number, expected: string[]][] = [
  ["nothing in a gap", 2, 2, []],
  ["touching the last token", 1, 2, ["Osterby"]],
  ["two spans sharing a token, each once, in given order", 4, 6, ["Harrow Ford", "Veldmar"]],
  ["a range over several spans", 0, 9, ["Osterby", "Harrow Ford", "Veldmar", "Kessin"]],
  ["inside one span", 10, 10, ["Kessin"]],
  ["after every span", 11, 40, []],
];

for (const [label, first, last, expected] of cases) {
  test(`span cover: ${label}`, () => {
    assert.deepEqual(cover.overlapping(first, last).map((s) => s.name), expected);
    assert.equal(cover.someOverlapping(first, last), expected.length > 0);
  });
}

test("span cover: the test decides which overlapping spans count", () => {
  const longer = (s: TokenRange) => s.last - s.first >= 1;
  assert.equal(cover.someOverlapping(5, 5, longer), true); // Harrow Ford
  assert.equal(cover.someOverlapping(5, 5, (s) => s.last - s.first >= 3), false);
});

test("span cover: agrees with the pairwise overlap test on random spans", () => {
  let seed = 3;
  const next = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
  const random = (): TokenRange => {
    const first = next(60);
    return { first, last: first + next(5) };
  };
  const many = Array.from({ length: 80 }, random);
  const index = createSpanCover(many);
  for (let q = 0; q < 500; q++) {
    const asked = random();
    const expected = many.filter((s) => s.first <= asked.last && asked.first <= s.last);
    assert.deepEqual(index.overlapping(asked.first, asked.last), expected);
  }
});
