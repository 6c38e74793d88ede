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
    ["a blockade to demand", "Farmers blocked the old mill bridge in Bree to demand lower taxes.", ["Peaceful protest"]],
    ["came out in rejection", "Students in Bree came out in rejection of the new steward.", ["Peaceful protest"]],
    ["a rally of villagers", "Villagers rallied in Bree against the new tax.", ["Peaceful protest"]],
    ["rallying forces is mobilising, not protesting", "Gondor and Arnor rallied their forces near Bree.", []],
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
  const restated = code("The Arnorian army shelled Bree killing [k:5]5 people. The [k:5]5 people died instantly.").events;
  assert.deepEqual(restated.map((e) => e.fatalities.low), [5], "a follow-up that restates the toll is not added");
  const ids = code("The Dunland Front shelled Bree [d:2016-08-16].").events.map((e) => e.id);
  assert.deepEqual(ids, code("The Dunland Front shelled Bree [d:2016-08-16].").events.map((e) => e.id), "stable id");
});

test("new triggers: planted bombs, arson attacks, ground operations, infiltrations, assassinations", () => {
  const table: [string, string, string[]][] = [
    ["planted bomb", "A Dunland-planted bomb killed [k:2]2 villagers in Bree.", ["Remote explosive/landmine/IED"]],
    ["bomb planted by", "A bomb planted by the Dunland Front killed [k:2]2 villagers in Bree.", ["Remote explosive/landmine/IED"]],
    ["vehicle hit a mine", "An Arnorian army truck hit a mine near Bree, killing [k:3]3 soldiers.", ["Remote explosive/landmine/IED"]],
    ["arson attack", "Hillmen carried out an arson attack on a shop in Bree.", ["Looting/property destruction"]],
    ["ground operations with air strikes", "Arnorian army ground operations and air strikes killed [k:4]4 Dunland Front fighters in Bree.", ["Armed clash"]],
    ["advance thwarted", "The Arnorian army attempted to advance on Bree under air cover but was thwarted by the Dunland Front.", ["Armed clash"]],
    ["operations backed by air strikes", "Operations by the Arnorian army backed by air strikes killed [k:7]7 Dunland Front fighters in Bree.", ["Armed clash"]],
    ["a unit's name is not an operation", "Police of the security operations unit assaulted villagers in Bree.", ["Attack"]],
    ["infiltration repelled", "The Dunland Front repelled an infiltration attempt by the Arnorian army near Bree.", ["Armed clash"]],
    ["assassination", "Hillmen assassinated a village elder in Bree.", ["Attack"]],
    ["remains found", "Human remains were found in bags in Bree [d:2016-08-16].", ["Attack"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(subs(text), expected, label);
});

test("fatalities: one death told without a number counts; injuries do not", () => {
  const table: [string, string, [number | null, number | null]][] = [
    ["one unnumbered death", "In Bree a man was shot dead by the Dunland Front.", [1, 1]],
    ["the victim died later", "Hillmen attacked a shepherd in Bree. The victim died.", [1, 1]],
    ["a number wins", "In Bree a man was shot dead and [k:3]3 others killed by the Dunland Front.", [3, null]],
    ["injuries are not deaths", "In Bree a man was wounded by the Dunland Front.", [null, null]],
  ];
  for (const [label, text, expected] of table) {
    const [e] = code(text).events;
    assert.deepEqual([e.fatalities.low, e.fatalities.high], expected, label);
  }
});

test("actors: sources are not sides; unattributed air strikes", () => {
  const table: [string, string, [string | null, string | null]][] = [
    ["reporter is not actor1", "The Dunland Front reported that the Arnorian army shelled Bree.", ["Military Forces of Arnor (1999-)", null]],
    ["claimed to have: own act", "The Dunland Front claimed to have shelled the Arnorian army in Bree.", ["DLF: Dunland Front", "Military Forces of Arnor (1999-)"]],
    ["unattributed strike: the country's air force, rebels the target", "Air strikes hit Dunland Front positions in Bree.", ["Military Forces of Arnor (1999-)", "DLF: Dunland Front"]],
    ["a foreign air force named earlier", "Gondorian jets flew over Arnor. Air strikes hit Dunland Front positions in Bree.", ["Military Forces of Gondor (2010-)", "DLF: Dunland Front"]],
    ["a named state keeps the strike", "The Arnorian army carried out air strikes on Hillmen in Bree.", ["Military Forces of Arnor (1999-)", "Hillmen Militia"]],
  ];
  for (const [label, text, expected] of table) {
    const [e] = code(text).events;
    assert.deepEqual([e.actor1, e.actor2], expected, label);
  }
  const [drone] = code("A drone struck Dunland Front positions in Bree.").events;
  assert.notEqual(drone.actor1, "Military Forces of Arnor (1999-)", "rebels fly drones: no state assumed");
});

test("explosives thrown by hand are grenades", () => {
  assert.deepEqual(subs("Hillmen attacked the police in Bree by throwing improvised explosives."), ["Grenade"]);
  assert.deepEqual(subs("Hillmen threw a homemade bomb at a shop in Bree."), ["Grenade"]);
});

test("victims: the subject of a passive harm verb is hurt, not the agent", () => {
  const table: [string, string, [string, string | null, string | null]][] = [
    ["passive subject before a later trigger", "Two Arnorian army soldiers were killed when a roadside bomb hit their convoy in Bree.",
      ["Remote explosive/landmine/IED", "Unidentified Armed Group (Arnor)", "Military Forces of Arnor (1999-)"]],
    ["armed victim preferred over civilians", "Arnorian army soldiers and two villagers were wounded when a roadside bomb exploded in Bree.",
      ["Remote explosive/landmine/IED", "Unidentified Armed Group (Arnor)", "Military Forces of Arnor (1999-)"]],
    ["two armed sides named: the report's order stays", "Dunland Front fighters were wounded in clashes with the Arnorian army in Bree.",
      ["Armed clash", "DLF: Dunland Front", "Military Forces of Arnor (1999-)"]],
    ["a civilian victim is never the agent", "A shepherd was shot dead by Hillmen in Bree.", ["Attack", "Hillmen Militia", "Civilians (Arnor)"]],
    ["an active verb in between: still the agent", "The Arnorian army stormed the farm where villagers were killed in Bree.",
      ["Attack", "Military Forces of Arnor (1999-)", "Civilians (Arnor)"]],
    ["a civilian place as the object: attack", "Hillmen attacked a bar in Bree.", ["Attack", "Hillmen Militia", "Civilians (Arnor)"]],
    ["no object: an armed assault stays a clash", "Hillmen attacked in Bree.", ["Armed clash", "Hillmen Militia", null]],
    ["the police, not the government, intervene", "Villagers protested in Bree against an Arnorian government decree and police dispersed them.",
      ["Protest with intervention", "Protesters (Arnor)", "Police Forces of Arnor (2001-)"]],
  ];
  for (const [label, text, expected] of table) {
    const [e] = code(text).events;
    assert.deepEqual([e?.sub_event_type, e?.actor1, e?.actor2], expected, label);
  }
});
