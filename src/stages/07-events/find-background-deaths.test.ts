import { test } from "node:test";
import assert from "node:assert/strict";
import type { Figure, Sentence } from "../../types.js";
import { findBackgroundStart, findForegroundFatalities } from "./find-background-deaths.js";

test("the background of a protest starts at its grievance", () => {
  const rows: [label: string, text: string, background: string | null][] = [
    ["justice for", "Apprentices marched in Bree to demand justice for the death of two co-workers.", "justice for the death of two co-workers."],
    ["protest the", "Riders rallied in Archet to protest the air strike that killed 33 guards.", "to protest the air strike that killed 33 guards."],
    ["the case of", "Farmers gathered in Combe seeking justice for the case of a shepherd boy who was killed.", "justice for the case of a shepherd boy who was killed."],
    ["commemorate", "The guild marched to commemorate a student who was killed in 2015.", "commemorate a student who was killed in 2015."],
    ["protested against", "Hundreds protested against the killing of 3 shepherds.", "protested against the killing of 3 shepherds."],
    ["in protest of", "Weavers marched in Bree in protest of a recent case in which a father killed his daughter.", "in protest of a recent case in which a father killed his daughter."],
    ["tribute to", "Weavers walked silently in Archet to pay tribute to a murdered ferryman.", "tribute to a murdered ferryman."],
    ["investigate", "Farmers rallied in Combe asking the wardens to investigate the murder of their reeve.", "investigate the murder of their reeve."],
    ["demand the", "Villagers blocked the East Road to demand the release of a woman who killed her son.", "demand the release of a woman who killed her son."],
    ["following that", "Clerks gathered in Staddle following that a clerk who had died was cleared by the court.", "following that a clerk who had died was cleared by the court."],
    ["no grievance", "Police killed 2 marchers in Bree.", null],
  ];
  for (const [label, text, background] of rows) {
    const at = findBackgroundStart(text);
    assert.equal(at === text.length ? null : text.slice(at), background, label);
  }
});

function killed(text: string, phrase: string, value: number): Figure {
  const start = text.indexOf(phrase);
  return {
    measure: "killed", value, low: value, high: null, qualifier: null, unit: "people", subject: "people", place: null, date: null,
    attributed_to: null, attribution_chain: [], scope: "event", sentence: 0, rule: "figure-verb-before", evidence: { start, end: start + phrase.length, text: phrase },
  };
}

const PROTEST = { event_type: "Protests", sub_event_type: "Peaceful protest" } as const;

test("a mass grave's bodies are earlier deaths; other events keep the usual toll", () => {
  const text = "Wardens uncovered a mass grave holding 16 bodies outside Archet.";
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
  const figures = [killed(text, "16 bodies", 16)];
  assert.equal(findForegroundFatalities(sentence, figures, { event_type: "Strategic developments", sub_event_type: "Other" })?.low, null, "mass grave");
  assert.equal(findForegroundFatalities(sentence, figures, { event_type: "Battles", sub_event_type: "Armed clash" }), null, "not for a battle");
});

test("a protest keeps only the deaths told before its grievance", () => {
  const rows: [label: string, text: string, figures: [string, number][], low: number | null][] = [
    ["grievance count", "Riders rallied in Archet to protest the air strike that killed 33 guards.", [["killed 33 guards", 33]], null],
    ["own deaths before the grievance", "Police killed 2 marchers who demanded justice for the death of 3 shepherds.", [["killed 2 marchers", 2], ["death of 3", 3]], 2],
    ["untold single death in the grievance", "Farmers gathered in Combe seeking justice for the case of a shepherd boy who was killed.", [], null],
    ["untold single death of the protest", "A student was shot dead as villagers protested in Bree.", [], 1],
  ];
  for (const [label, text, figures, low] of rows) {
    const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
    const found = findForegroundFatalities(sentence, figures.map(([phrase, value]) => killed(text, phrase, value)), PROTEST);
    assert.equal(found?.low, low, label);
  }
});

test("developments that kill no one tell only earlier deaths", () => {
  const rows: [label: string, text: string, subEvent: "Arrests" | "Change to group/activity" | "Agreement", low: number | null | undefined][] = [
    ["an arrest for a killing", "Wardens arrested a rider who killed a shepherd near Archet.", "Arrests", null],
    ["a new leader after a death", "The Dunland Front named a new chief succeeding the captain who was killed in a raid.", "Change to group/activity", null],
    ["a truce after a death", "Bree and Archet agreed a truce after a guard was shot dead at the bridge.", "Agreement", null],
  ];
  for (const [label, text, subEvent, low] of rows) {
    const sentence: Sentence = { index: 0, start: 0, end: text.length, text, paragraph: 0 };
    assert.equal(findForegroundFatalities(sentence, [], { event_type: "Strategic developments", sub_event_type: subEvent })?.low, low, label);
  }
  const attack = "Riders shot dead a shepherd near Archet.";
  const sentence: Sentence = { index: 0, start: 0, end: attack.length, text: attack, paragraph: 0 };
  assert.equal(findForegroundFatalities(sentence, [], { event_type: "Violence against civilians", sub_event_type: "Attack" }), null, "an attack keeps the usual toll");
});
