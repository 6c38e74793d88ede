import { test } from "node:test";
import assert from "node:assert/strict";
import type { Figure } from "../../types.js";
import { addsVictims, combineTolls } from "./count-victims.js";

const killed = (subject: string, value: number, rule = "figure-verb-after"): Figure => ({
  measure: "killed", value, low: value, high: null, qualifier: null, unit: "people", subject, place: null, date: null,
  attributed_to: null, attribution_chain: [], scope: "event", sentence: 0, rule, evidence: { start: 0, end: 0, text: "" },
});

test("a later count adds victims when it says so or counts other people", () => {
  const rows: [label: string, earlier: Figure[], later: Figure[], text: string, adds: boolean][] = [
    ["also", [killed("Arnor guards", 4)], [killed("Arnor guards", 2)], "Two guards were also killed.", true],
    ["another", [killed("riders", 4)], [killed("riders", 1)], "Another rider died in hospital.", true],
    ["other people", [killed("local policemen", 4)], [killed("Dunland raiders", 5)], "The council said 5 Dunland raiders were killed.", true],
    ["same people restated", [killed("local policemen", 4)], [killed("policemen", 4)], "The 4 policemen were buried in Bree.", false],
    ["singular and plural of one word", [killed("pro-government militia members", 9)], [killed("militias", 11)], "Rival sources claimed 11 militias were killed.", false],
    ["unnamed people may be the same", [killed("guards", 3)], [killed("people", 3)], "3 people died.", false],
    ["no earlier count", [], [killed("guards", 3)], "3 guards died.", false],
    ["a subset is no new count", [killed("riders", 9)], [killed("captains", 2, "figure-subset")], "Two captains were among them.", false],
  ];
  for (const [label, earlier, later, text, adds] of rows) assert.equal(addsVictims(earlier, later, text), adds, label);
});

test("tolls are summed or the larger kept", () => {
  const a = { low: 4, best: 4, high: null };
  const b = { low: 9, best: 9, high: 12 };
  assert.deepEqual(combineTolls(a, b, { add: true }), { low: 13, best: 13, high: 12 });
  assert.deepEqual(combineTolls(a, b, { add: false }), { low: 9, best: 9, high: 12 });
  assert.deepEqual(combineTolls({ low: null, best: null, high: null }, a, { add: true }), a);
});
