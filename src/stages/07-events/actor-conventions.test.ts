import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { createEventRules, parseGangSigns } from "./event-rules.js";
import { createTestCase, createTestContext } from "./test-world.js";

const ctx = createTestContext();

function actorsOf(source: string, context = ctx): [string | null, string | null, string[]] {
  const c = createTestCase(source);
  const [e] = codeEvents(c.doc, c.sentences, c.inputs, context).events;
  return [e?.actor1 ?? null, e?.actor2 ?? null, e?.assoc_actor_1 ?? []];
}

test("an umbrella operation is the actor, unless a state's own forces lead", () => {
  const table: [string, string, [string | null, string | null, string[]]][] = [
    ["named side operating under the umbrella", "Hillmen operating as part of Operation Ember attacked the Dunland Front in Bree.",
      ["Operation Ember", "DLF: Dunland Front", ["Hillmen Militia"]]],
    ["between: the umbrella names the first side", "Clashes broke out between Hillmen operating under Operation Ember and the Dunland Front in Bree.",
      ["Operation Ember", "DLF: Dunland Front", ["Hillmen Militia"]]],
    ["between: unnamed factions under the umbrella", "Clashes broke out between northern factions under Operation Ember and the Dunland Front in Bree.",
      ["Operation Ember", "DLF: Dunland Front", []]],
    ["which operate under", "Fighting erupted between hill bands which operate under Operation Ember and the Dunland Front in Bree.",
      ["Operation Ember", "DLF: Dunland Front", []]],
    ["a state's forces in the operation stay actor1", "The Arnorian army operating as part of Operation Ember captured Bree from the Dunland Front.",
      ["Military Forces of Arnor (1999-)", "DLF: Dunland Front", ["Operation Ember"]]],
    ["a state across the verb is the other side", "The Arnorian army clashed with Hillmen operating as part of Operation Ember in Bree.",
      ["Military Forces of Arnor (1999-)", "Operation Ember", []]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(actorsOf(text), expected, label);
});

test("unnamed killers are a gang where the report shows organised crime", () => {
  const base = ctx.events;
  const signs = parseGangSigns("(?:hands?|feet) (?:were |was )?tied|messages?\tXA\tinvented signs for the test", "test.tsv");
  const withSigns = { ...ctx, events: createEventRules(base.triggers, base.kinds, signs) };
  const elsewhere = { ...ctx, events: createEventRules(base.triggers, base.kinds, parseGangSigns("messages?\tXG\tonly in Gondor", "test.tsv")) };
  const table: [string, string, typeof ctx, string | null][] = [
    ["bound victim", "A shepherd was found dead in Bree. His hands were tied.", withSigns, "Unidentified Gang (Arnor)"],
    ["message left by named armed men", "Armed men shot a shepherd in Bree and left a message.", withSigns, "Unidentified Gang (Arnor)"],
    ["no sign: an armed group", "Armed men shot a shepherd in Bree.", withSigns, "Unidentified Armed Group (Arnor)"],
    ["a named group keeps its name", "Hillmen shot a shepherd in Bree and left a message.", withSigns, "Hillmen Militia"],
    ["signs apply only in their countries", "Armed men shot a shepherd in Bree and left a message.", elsewhere, "Unidentified Armed Group (Arnor)"],
  ];
  for (const [label, text, context, expected] of table) assert.equal(actorsOf(text, context)[0], expected, label);
});

test("default actors: the state detains; crowds occupy; unnamed arsonists are an armed group", () => {
  const table: [string, string, [string | null, string | null, string | null]][] = [
    ["detained during a police operation", "Forty travellers were detained in Bree during an operation of the police.",
      ["Arrests", "Police Forces of Arnor (2001-)", "Civilians (Arnor)"]],
    ["the detainer named first", "The police detained villagers in Bree.", ["Arrests", "Police Forces of Arnor (2001-)", "Civilians (Arnor)"]],
    ["villagers taking over a hall protest", "Angry villagers took control of the town hall in Bree demanding water.", ["Peaceful protest", "Protesters (Arnor)", null]],
    ["an armed group taking a town captures it", "The Dunland Front took control of Bree.", ["Non-state actor overtakes territory", "DLF: Dunland Front", null]],
    ["unnamed arsonists", "Two men set a shop on fire in Bree.", ["Looting/property destruction", "Unidentified Armed Group (Arnor)", null]],
  ];
  for (const [label, text, expected] of table) {
    const c = createTestCase(text);
    const [e] = codeEvents(c.doc, c.sentences, c.inputs, ctx).events;
    assert.deepEqual([e?.sub_event_type ?? null, e?.actor1 ?? null, e?.actor2 ?? null], expected, label);
  }
});

test("civilians who use violence are rioters", () => {
  const table: [string, string, [string | null, string | null, string | null]][] = [
    ["a crowd attacking while pressing a demand", "Angry villagers attacked the police in Bree demanding water.",
      ["Violent demonstration", "Rioters (Arnor)", "Police Forces of Arnor (2001-)"]],
    ["a crowd punishing someone", "In Bree a thief was beaten by villagers.", ["Mob violence", "Rioters (Arnor)", "Civilians (Arnor)"]],
    ["civilians who suffer are victims", "Two villagers were shot dead in Bree.", ["Attack", "Unidentified Armed Group (Arnor)", "Civilians (Arnor)"]],
    ["a crowd that died is no mob", "At least 80 villagers died in Bree on Thursday, a healer told the Bree Gazette.", ["Attack", "Unidentified Armed Group (Arnor)", "Civilians (Arnor)"]],
    ["a headline's passive without 'were'", "Twelve villagers killed in Bree as Hillmen raid farms.", ["Attack", "Hillmen Militia", "Civilians (Arnor)"]],
    ["an armed agent is never a crowd", "Hillmen attacked villagers in Bree.", ["Attack", "Hillmen Militia", "Civilians (Arnor)"]],
  ];
  for (const [label, text, expected] of table) {
    const c = createTestCase(text);
    const [e] = codeEvents(c.doc, c.sentences, c.inputs, ctx).events;
    assert.deepEqual([e?.sub_event_type ?? null, e?.actor1 ?? null, e?.actor2 ?? null], expected, label);
  }
});

test("who did it: the doer of a named act, the announcer of a measure, weapons of unknown origin", () => {
  const table: [string, string, [string | null, string | null, string | null]][] = [
    ["the doer named before its attacks", "[k:4]4 Dunland Front fighters were killed during Arnorian army attacks in Bree.",
      ["Armed clash", "Military Forces of Arnor (1999-)", "DLF: Dunland Front"]],
    ["a repulsed attack belongs to the other side", "The Arnorian army repelled a Dunland Front attack near Bree.",
      ["Armed clash", "Military Forces of Arnor (1999-)", "DLF: Dunland Front"]],
    ["the announcer of a curfew is its actor", "The Arnorian government announced a curfew in Bree.", ["Change to group/activity", "Government of Arnor (1999-)", null]],
    ["a reporter is still a source", "The Arnorian government said Hillmen attacked the police in Bree.", ["Armed clash", "Hillmen Militia", "Police Forces of Arnor (2001-)"]],
    ["an unidentified rocket hits an army base", "An unidentified rocket fell on an Arnorian army base in Bree.",
      ["Shelling/artillery/missile attack", "Unidentified Armed Group (Arnor)", "Military Forces of Arnor (1999-)"]],
    ["a mine of unknown origin", "A landmine of unknown origin hit an Arnorian army truck near Bree.",
      ["Remote explosive/landmine/IED", "Unidentified Armed Group (Arnor)", "Military Forces of Arnor (1999-)"]],
    ["abducted near the protest site: an abduction", "Hillmen abducted a villager leaving the protest site in Bree.",
      ["Abduction/forced disappearance", "Hillmen Militia", "Civilians (Arnor)"]],
  ];
  for (const [label, text, expected] of table) {
    const c = createTestCase(text);
    const [e] = codeEvents(c.doc, c.sentences, c.inputs, ctx).events;
    assert.deepEqual([e?.sub_event_type ?? null, e?.actor1 ?? null, e?.actor2 ?? null], expected, label);
  }
});

test("state forces off duty are civilians, however it is written", () => {
  const table: [string, string, [string | null, string | null]][] = [
    ["off duty, no hyphen", "Hillmen shot an off duty Arnorian army officer in Bree.", ["Attack", "Civilians (Arnor)"]],
    ["who was off-duty", "Hillmen shot two police who were off-duty in Bree.", ["Attack", "Civilians (Arnor)"]],
    ["on duty: a clash", "Hillmen shot a police officer in Bree.", ["Armed clash", "Police Forces of Arnor (2001-)"]],
  ];
  for (const [label, text, expected] of table) {
    const c = createTestCase(text);
    const [e] = codeEvents(c.doc, c.sentences, c.inputs, ctx).events;
    assert.deepEqual([e?.sub_event_type ?? null, e?.actor2 ?? null], expected, label);
  }
});

test("a capture told in its own clause belongs to its own subject", () => {
  const table: [string, string, [string | null, string | null, string | null]][] = [
    ["where B recaptured", "Clashes broke out between Hillmen and the Dunland Front in Bree, where the Dunland Front were able to recapture the hill.",
      ["Non-state actor overtakes territory", "DLF: Dunland Front", "Hillmen Militia"]],
    ["one clause: the first subject stays", "Hillmen captured Bree from the Dunland Front.", ["Non-state actor overtakes territory", "Hillmen Militia", "DLF: Dunland Front"]],
  ];
  for (const [label, text, expected] of table) {
    const c = createTestCase(text);
    const [e] = codeEvents(c.doc, c.sentences, c.inputs, ctx).events;
    assert.deepEqual([e?.sub_event_type ?? null, e?.actor1 ?? null, e?.actor2 ?? null], expected, label);
  }
});
