import { test } from "node:test";
import assert from "node:assert/strict";
import { findInteraction } from "./interaction.js";

const cases: [label: string, inter1: number | null, inter2: number | null, expected: number | null][] = [
  ["state against civilians", 1, 7, 17],
  ["smaller code first", 7, 1, 17],
  ["rebels alone", 2, null, 20],
  ["external forces against rebels", 8, 2, 28],
  ["no actor", null, null, null],
];

for (const [label, inter1, inter2, expected] of cases) {
  test(`interaction: ${label}`, () => assert.equal(findInteraction(inter1, inter2), expected));
}
