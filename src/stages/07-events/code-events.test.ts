import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { createTestCase, createTestContext } from "./test-world.js";

const ctx = createTestContext();

function code(source: string) {
  const c = createTestCase(source);
  return codeEvents(c.doc, c.sentences, c.inputs, ctx);
}
const subs = (source: string) => code(source).events.map((e) => e.sub_event_type);

test("triggers decide the sub-event type", () => {
  const table: [string, string, string[]][] = [
    ["air strike", "Gondorian jets carried out air strikes on Bree.", ["Air/drone strike"]],
    ["shelling", "The Arnorian army shelled Bree.", ["Shelling/artillery/missile attack"]],
    ["IED", "A roadside bomb hit a Arnorian army patrol in Bree.", ["Remote explosive/landmine/IED"]],
    ["chemical: chlorine", "Gondorian jets dropped chlorine on Bree.", ["Chemical weapon"]],
    ["not chemical: white phosphorus", "Gondorian jets dropped white phosphorus bombs in air strikes on Bree.", ["Air/drone strike"]],
    ["suicide bomb", "A suicide bomber blew himself up in Bree.", ["Suicide bomb"]],
    ["arrests", "The police arrested five men in Bree.", ["Arrests"]],
    ["abduction", "Hillmen kidnapped two villagers in Bree.", ["Abduction/forced disappearance"]],
    ["looting", "Hillmen looted shops in Bree.", ["Looting/property destruction"]],
    ["displacement is Other", "Thousands of villagers displaced from Bree.", ["Other"]],
    ["no trigger, no event", "Bree is a quiet town.", []],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(subs(text), expected, label);
});

test("battles: captures only when final, strikes fold into the battle", () => {
  const table: [string, string, string[]][] = [
    ["state captures", "The Arnorian army recaptured Bree from the Dunland Front.", ["Government regains territory"]],
    ["rebels capture", "The Dunland Front captured Bree after clashes with the Arnorian army.", ["Non-state actor overtakes territory"]],
    ["back-and-forth is a clash", "The Dunland Front clashed with the Arnorian army in Bree.", ["Armed clash"]],
    ["strike during battle folds", "The Dunland Front clashed with the Arnorian army in Bree [d:2016-08-16]. Gondorian jets carried out air strikes on Bree [d:2016-08-16].", ["Armed clash"]],
    ["strike on another day stays", "The Dunland Front clashed with the Arnorian army in Bree [d:2016-08-16]. Gondorian jets carried out air strikes on Bree [d:2016-08-17].", ["Armed clash", "Air/drone strike"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(subs(text), expected, label);
});

test("protests, interventions and riots", () => {
  const table: [string, string, string[]][] = [
    ["peaceful", "Villagers protested in Bree against prices.", ["Peaceful protest"]],
    ["intervention", "Villagers protested in Bree and police dispersed them.", ["Protest with intervention"]],
    ["excessive force", "Police opened fire on protesters in Bree.", ["Excessive force against protesters"]],
    ["riot", "Rioters burned tires in Bree.", ["Violent demonstration"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(subs(text), expected, label);
});

test("statements that are not events", () => {
  const table: [string, string][] = [
    ["plan", "The Arnorian army will attack Bree."],
    ["threat", "The Dunland Front vowed to capture Bree."],
    ["denial", "The Arnorian army denied shelling Bree."],
    ["summary figure", "More than [s:2000]2000 people were killed in the war in Arnor."],
  ];
  for (const [label, text] of table) assert.deepEqual(subs(text), [], label);
});

test("who did what to whom", () => {
  const table: [string, string, [string | null, string | null, number | null, string[]]][] = [
    ["subject then object", "The Arnorian army attacked the Dunland Front in Bree.", ["Military Forces of Arnor (1999-)", "DLF: Dunland Front", 12, []]],
    ["by-agent in a passive", "Villagers were killed by the Dunland Front in Bree.", ["DLF: Dunland Front", "Civilians (Arnor)", 27, []]],
    ["associate via backed by", "The Arnorian army backed by Gondorian jets attacked the Dunland Front in Bree.", ["Military Forces of Arnor (1999-)", "DLF: Dunland Front", 12, ["Military Forces of Gondor (2010-)"]]],
    ["between A and B", "Clashes took place between Hillmen and the Dunland Front in Bree.", ["Hillmen Militia", "DLF: Dunland Front", 23, []]],
    ["unnamed attacker on civilians", "Two villagers were shot dead in Bree.", ["Unidentified Armed Group (Arnor)", "Civilians (Arnor)", 37, []]],
    ["protesters alone", "Villagers protested in Bree.", ["Protesters (Arnor)", null, 60, []]],
  ];
  for (const [label, text, [a1, a2, inter, assoc]] of table) {
    const [e] = code(text).events;
    assert.deepEqual([e.actor1, e.actor2, e.interaction, e.assoc_actor_1], [a1, a2, inter, assoc], label);
  }
  assert.equal(code("Villagers were killed by the Dunland Front in Bree.").events[0].civilian_targeting, true, "civilian targeting");
});

test("where, when and how many", () => {
  const two = code("The Dunland Front shelled Bree on Tuesday [d:2016-08-16] and Wednesday [d:2016-08-17].").events;
  assert.deepEqual(two.map((e) => e.event_date), ["2016-08-16", "2016-08-17"], "two dates give two events");
  const carried = code("Fighting raged in Bree [d:2016-08-16]. Gondorian jets then bombed the market.").events;
  assert.deepEqual(carried.map((e) => [e.location?.name, e.event_date]), [["Bree", "2016-08-16"], ["Bree", "2016-08-16"]].slice(0, carried.length), "place and date carried");
  const specific = code("The Dunland Front shelled Archet in Arnor.").events[0].location;
  assert.deepEqual([specific?.name, specific?.resolved, specific?.geo_precision], ["Archet", false, 1], "town over country; unresolved kept");
  assert.equal(code("The Dunland Front shelled Arnor.").events[0].location?.geo_precision, 3, "country-only location");
  const undated = code("The Dunland Front shelled Bree.");
  assert.deepEqual([undated.events[0].event_date, undated.problems[0]?.kind], [null, "unresolved-date"], "no date invented");
  const deaths = code("The Arnorian army shelled Bree killing [k:5]5 people. Another [k:2]2 died later.").events;
  assert.deepEqual(deaths.map((e) => e.fatalities.low), [7], "follow-up deaths join the event");
  const ids = code("The Dunland Front shelled Bree [d:2016-08-16].").events.map((e) => e.id);
  assert.deepEqual(ids, code("The Dunland Front shelled Bree [d:2016-08-16].").events.map((e) => e.id), "stable id");
});
