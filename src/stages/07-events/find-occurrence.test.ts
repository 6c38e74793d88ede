import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { findNonOccurrence } from "./find-occurrence.js";
import { findTriggers } from "./find-triggers.js";
import { createTestCase, createTestContext } from "./test-world.js";
import type { Sentence } from "../../types.js";

const ctx = createTestContext();

function code(source: string) {
  const c = createTestCase(source);
  return codeEvents(c.doc, c.sentences, c.inputs, ctx);
}
const subs = (source: string) => code(source).events.map((e) => e.sub_event_type);

test("sentences that mention violence but report no occurrence are not coded", () => {
  const table: [string, string][] = [
    ["negated", "The Arnorian army has not shelled Bree."],
    ["negated with words between", "The Arnorian army never launched a ground offensive on Bree."],
    ["history of a place", "Bree has been the scene of fierce fighting."],
    ["infinitive purpose", "The Dunland Front called fighters from Archet to attack Bree."],
    ["a name for violence", "The battle for Bree truly is critical."],
    ["possessive name for violence", "Some say the aid cannot stop the Dunland Front's assault on Bree."],
    ["commentary", "Here's a summary of the fighting in Bree."],
    ["campaign summed up", "Two months of air strikes have shored up the Arnorian army in Bree."],
    ["modal after the trigger", "The attack on Bree [d:2016-08-16] will be a long one."],
    ["announced campaign", "The Arnorian army announced a new offensive on Bree."],
    ["quoted opinion", "\"Gondorian jets bombed Bree all the time,\" said a villager."],
    ["hyphenated compound", "The battle-ready Arnorian army waited in Bree."],
    ["no place and no date", "The Dunland Front shelled the positions."],
  ];
  for (const [label, text] of table) assert.deepEqual(subs(text), [], label);
});

test("concrete occurrences are kept, whatever their wording", () => {
  const table: [string, string, string[]][] = [
    ["noun subject of a past verb", "A roadside bomb hit an Arnorian army patrol in Bree.", ["Remote explosive/landmine/IED"]],
    ["noun with a date", "A clash [d:2016-08-16] in Bree left two dead.", ["Armed clash"]],
    ["protest as a purpose is the protest", "Villagers came out to protest in Bree.", ["Peaceful protest"]],
    ["able to: it was done", "The Dunland Front was able to recapture Bree.", ["Non-state actor overtakes territory"]],
    ["owned act", "The Dunland Front claimed responsibility for the killing of villagers in Bree.", ["Attack"]],
    ["carried-out infinitive", "The Dunland Front used mortars to attack Bree.", ["Shelling/artillery/missile attack"]],
    ["weaker trigger when the strongest is not an act", "Hillmen lynched a villager in Bree after threatening to rape a girl.", ["Mob violence"]],
    ["aircraft as subject", "Gondorian aircraft on Tuesday and Wednesday targeted positions in Bree.", ["Air/drone strike"]],
    ["repelled advance", "The Arnorian army tried to advance in Bree but was repelled.", ["Armed clash"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(subs(text), expected, label);
});

test("headlines, captions and introductions are not events", () => {
  const rules = ctx.events;
  const sentence = (text: string): Sentence => ({ index: 0, start: 0, end: text.length, text, paragraph: 0 });
  const table: [string, string, boolean, string | null][] = [
    ["headline: no final stop", "Gondorian Jets Shell Bree As Talks Fail", false, "headline-or-caption"],
    ["the last line may lack a stop", "Gondorian jets bombed Bree", true, null],
    ["link label", "Related: Gondorian jets bombed Bree.", false, "headline-or-caption"],
    ["introduction", "Here is how the fighting in Bree went:", false, "headline-or-caption"],
    ["an ordinary report", "Gondorian jets bombed Bree.", false, null],
  ];
  for (const [label, text, isLast, expected] of table) {
    const s = sentence(text);
    const { main, all } = findTriggers(s, rules);
    assert.ok(main, `${label}: has a trigger`);
    assert.equal(findNonOccurrence({ sentence: s, trigger: main, triggers: all, isLast, hasDate: false, hasCount: false }), expected, label);
  }
});

test("event places: not a modifier, a person or a foreign capital; towns before countries", () => {
  const place = (source: string) => code(source).events.map((e) => [e.location?.name ?? null, e.location?.geo_precision ?? null, e.location?.latitude ?? null]);
  const table: [string, string, (string | number | null)[][]][] = [
    ["hyphenated compound is no place", "Archet-based Hillmen attacked villagers in Bree.", [["Bree", 1, 10]]],
    ["country alone gives way to the town before", "Fighting raged in Bree. Gondorian jets bombed targets in Arnor.", [["Bree", 1, 10], ["Bree", 1, 10]]],
    ["unresolved village located at the town nearby", "The Dunland Front shelled Archet near Bree.", [["Archet", 2, 10]]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(place(text), expected, label);
});

test("counting: protests take what the next sentence says; undated strikes stay apart from battles", () => {
  const table: [string, string, string[]][] = [
    ["intervention in the next sentence", "Villagers protested in Bree. Police dispersed them.", ["Protest with intervention"]],
    ["undated strike and clash stay two events", "The Dunland Front clashed with the Arnorian army in Bree. Gondorian jets carried out air strikes on Bree.", ["Armed clash", "Air/drone strike"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(subs(text), expected, label);
});
