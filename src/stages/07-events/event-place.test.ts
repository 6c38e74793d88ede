// Which place an event gets when a sentence names a place and its container ("X district (Y)"), on
// sentences written for these tests about invented towns; the mentions are built by hand so that only
// the choice is tested, not the gazetteer.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { PlaceMention, Sentence } from "../../types.js";
import { chooseEventPlace, createPlaceSetting } from "./event-place.js";

interface Spec { name: string; at?: [number, number]; country?: string; admin1?: string; feature?: string; precision?: 1 | 2 | 3 }

/** Mentions of one sentence, located by where each name is written in it. */
function mentionsOf(text: string, specs: readonly Spec[]): PlaceMention[] {
  return specs.map((s) => {
    const start = text.indexOf(s.name);
    return {
      name: s.name, resolved: !!s.at, latitude: s.at?.[0] ?? null, longitude: s.at?.[1] ?? null, country: s.at ? s.country ?? "ER" : null,
      admin1: s.admin1 ?? null, feature: s.at ? s.feature ?? "populated place" : null, gazetteer_id: null, population: null, role: "location",
      geo_precision: s.precision ?? 1, rule: "test", score: 1, sentence: 0, evidence: { start, end: start + s.name.length, text: s.name },
    };
  });
}

function placeOf(text: string, specs: readonly Spec[]): PlaceMention | null {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  return chooseEventPlace(sentence, createPlaceSetting(mentionsOf(text, specs), [sentence], [], "ER"));
}

const DISTRICT = "second-order administrative division";
const PROVINCE = "first-order administrative division";

test("the contained place is the event's place, its containers only locate it", () => {
  const table: [string, string, Spec[], [string, number | null, 1 | 2 | 3]][] = [
    ["a district before its province in parentheses", "Jets struck Harrowdale district (Eastmark) on Monday.",
      [{ name: "Harrowdale", at: [50, 10], precision: 2 }, { name: "Eastmark", at: [51, 11], admin1: "Eastmark" }], ["Harrowdale", 50, 2]],
    ["a town before a province named like its capital", "Gunmen shot a guard in Fennick Eastmark.",
      [{ name: "Fennick", at: [50.5, 10.5], precision: 1 }, { name: "Eastmark", at: [51, 11], admin1: "Eastmark" }], ["Fennick", 50.5, 1]],
    ["an unknown village is placed at its district", "Shells hit Tarnby area (Harrowdale Eastmark).",
      [{ name: "Tarnby", precision: 2 }, { name: "Harrowdale", at: [50, 10], feature: DISTRICT, precision: 3 }, { name: "Eastmark", at: [51, 11], feature: PROVINCE, precision: 3 }], ["Tarnby", 50, 2]],
    ["a namesake abroad is placed at the district named with it", "Shells hit Tarnby area (Harrowdale Eastmark).",
      [{ name: "Tarnby", at: [10, 80], country: "GO" }, { name: "Harrowdale", at: [50, 10], feature: DISTRICT, precision: 3 }, { name: "Eastmark", at: [51, 11], feature: PROVINCE, precision: 3 }], ["Tarnby", 50, 2]],
    ["a list is no container", "Raids hit Fennick, Tarnby and Harrowdale.",
      [{ name: "Fennick", at: [50.5, 10.5] }, { name: "Tarnby" }, { name: "Harrowdale", at: [50, 10] }], ["Fennick", 50.5, 1]],
  ];
  for (const [label, text, specs, [name, latitude, precision]] of table) {
    const place = placeOf(text, specs);
    assert.deepEqual([place?.name, place?.latitude, place?.geo_precision], [name, latitude, precision], label);
  }
});
