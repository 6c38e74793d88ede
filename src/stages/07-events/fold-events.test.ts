import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent, SubEventType, EventType } from "../../types.js";
import { foldEvents } from "./fold-events.js";

function event(sub: SubEventType, type: EventType, text: string, start: number, low: number | null): CodedEvent {
  return {
    id: `${sub}-${start}`, event_type: type, sub_event_type: sub, kind: "event", event_date: "2031-05-06", time_precision: 1,
    actor1: "DLF: Dunland Front", assoc_actor_1: [], inter1: 2, actor2: null, assoc_actor_2: [], inter2: null, interaction: 20,
    civilian_targeting: false, location: { name: "Bree", latitude: 1, longitude: 1, geo_precision: 1, admin1: null, country: "Arnor", iso: null, resolved: true },
    fatalities: { low, best: low, high: null }, attributed_to: [], evidence: [{ start, end: start + text.length, text }], rule: "test",
  };
}

test("a strike in a battle folds into it; its dead add only when told as more", () => {
  const rows: [label: string, strikeText: string, low: number][] = [
    ["more dead", "Gondor jets also killed 9 raiders in Bree.", 13],
    ["a toll that may hold the same dead", "Gondor jets struck Bree, where 9 died in all.", 9],
  ];
  for (const [label, strikeText, expected] of rows) {
    const battle = event("Armed clash", "Battles", "4 guards were killed as the Front attacked Bree.", 0, 4);
    const strike = event("Air/drone strike", "Explosions/Remote violence", strikeText, 60, strikeText.includes("9") ? 9 : 4);
    const folded = foldEvents([battle, strike]);
    assert.equal(folded.length, 1, label);
    assert.equal(folded[0].fatalities.low, expected, label);
  }
});

test("a clash and a capture of the same place and day are one event: the capture", () => {
  const rows: [label: string, first: SubEventType, second: SubEventType, expected: SubEventType[]][] = [
    ["clash then capture", "Armed clash", "Non-state actor overtakes territory", ["Non-state actor overtakes territory"]],
    ["capture then clash", "Government regains territory", "Armed clash", ["Government regains territory"]],
    ["a strike in the fight for the place folds into the capture", "Non-state actor overtakes territory", "Air/drone strike", ["Non-state actor overtakes territory"]],
  ];
  for (const [label, first, second, expected] of rows) {
    const typeOf = (sub: SubEventType): EventType => (sub === "Air/drone strike" ? "Explosions/Remote violence" : "Battles");
    const a = event(first, typeOf(first), "Fighting raged around Bree.", 0, 2);
    const b = event(second, typeOf(second), "The Front took Bree by nightfall.", 40, 3);
    const folded = foldEvents([a, b]);
    assert.deepEqual(folded.map((e) => e.sub_event_type), expected, label);
    if (expected.length === 1) assert.equal(folded[0].evidence.length, 2, label);
  }
});
