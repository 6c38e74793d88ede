import { test } from "node:test";
import assert from "node:assert/strict";
import { findLiteralPrefixes } from "./literal-prefixes.js";

const cases: [label: string, source: string, expected: string[] | null][] = [
  ["alternation of words", "clash(?:ed|es)?|fighting", ["clash", "fighting"]],
  ["optional space", "air ?strikes?", ["air stri", "airstrik"]],
  ["optional first group", "(?:the )?siege", ["the sieg", "siege"]],
  ["case folded", "IEDs?|Molotov", ["ied", "molotov"]],
  ["cut at eight characters", "bombardment", ["bombardm"]],
  ["a class after a literal stops the key", "fired (?:\\w+ ){0,3}at", ["fired "]],
  ["lookahead is zero-width", "blew up (?!himself)", ["blew up "]],
  ["escaped hyphen is literal", "sit\\-in", ["sit-in"]],
  ["a repeated letter stops after one", "ro+ad", ["ro"]],
  ["shorter key covers longer", "raid|raided|raids", ["raid"]],
  ["starts with a class: unfilterable", "\\w+ of war", null],
  ["starts with anything: unfilterable", "^\\W*(?:\\w+ )?years of", null],
  ["optional whole pattern: unfilterable", "(?:sarin)?", null],
];

for (const [label, source, expected] of cases) {
  test(`literal prefixes: ${label}`, () => {
    const keys = findLiteralPrefixes(source);
    assert.deepEqual(keys === null ? null : [...keys].sort(), expected === null ? null : [...expected].sort());
  });
}
