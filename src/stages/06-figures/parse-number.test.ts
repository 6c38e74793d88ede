import { test } from "node:test";
import assert from "node:assert/strict";
import { FIGURE_LEXICON } from "./figure-lexicon.js";
import { parseNumber } from "./parse-number.js";

test("parseNumber reads digits, words, scales and ACLED's vague words", () => {
  const rows: [string, number | null, boolean][] = [
    ["1,500", 1500, false],
    ["250000", 250000, false],
    ["1.5 million", 1500000, false],
    ["eighty", 80, false],
    ["twenty-five", 25, false],
    ["two million", 2000000, false],
    ["one hundred and twenty", 120, false],
    ["a dozen", 12, false],
    ["half a million", 500000, false],
    ["dozens", 12, true],
    ["tens", 10, true],
    ["hundreds", 100, true],
    ["tens of thousands", 10000, true],
    ["hundreds of thousands", 100000, true],
    ["several", 10, true],
    ["a number of", 10, true],
    ["an unknown number of", 10, true],
    ["plenty", null, false],
  ];
  for (const [input, value, vague] of rows) {
    const parsed = parseNumber(input, FIGURE_LEXICON);
    assert.equal(parsed?.value ?? null, value, input);
    if (parsed) assert.equal(parsed.vague, vague, `${input} vague`);
  }
});
