import { test } from "node:test";
import assert from "node:assert/strict";
import { isCombatantVictim, reclassifyOffDuty } from "./find-victims.js";
import type { ActorMention } from "../../types.js";

const combatant: [label: string, text: string, trigger: string, expected: boolean][] = [
  ["object of the killing", "A sniper killed a Dunland fighter near Bree.", "killed", true],
  ["member of a unit", "Scouts recovered the body of a member of the 3rd Arnorian brigade.", "body of", true],
  ["passive subject", "Two rangers of the north and a soldier were killed in Bree.", "killed", true],
  ["combatants as agents after by", "A judge was shot by Dunland militants in Bree.", "shot", false],
  ["combatants as the subject", "Dunland militants killed a judge in Bree.", "killed", false],
  ["civilians only", "Gunmen killed a shepherd in Bree.", "killed", false],
];

for (const [label, text, trigger, expected] of combatant) {
  test(`combatant victim: ${label}`, () => {
    const at = text.indexOf(trigger);
    assert.equal(isCombatantVictim(text, at, at + trigger.length), expected);
  });
}

function mention(text: string, form: string): ActorMention {
  const start = text.indexOf(form);
  return { name: "Military Forces of Arnor (1999-)", type: 1, mention: form, country: "XA", rule: "t", sentence: 0, evidence: { start, end: start + form.length, text: form } };
}

const offDuty: [label: string, text: string, form: string, expected: string][] = [
  ["off-duty before", "An off-duty soldier was shot in Bree.", "soldier", "Civilians (Arnor)"],
  ["off-duty after, in brackets", "A policeman (off-duty) was shot in Bree.", "policeman", "Civilians (Arnor)"],
  ["former", "A former army officer was shot in Bree.", "army", "Civilians (Arnor)"],
  ["on duty stays", "A soldier on patrol was shot in Bree.", "soldier", "Military Forces of Arnor (1999-)"],
];

for (const [label, text, form, expected] of offDuty) {
  test(`off-duty security men are civilians: ${label}`, () => {
    const [a] = reclassifyOffDuty([mention(text, form)], text, 0, "Civilians (Arnor)");
    assert.equal(a.name, expected);
    assert.equal(a.type, expected.startsWith("Civilians") ? 7 : 1);
  });
}
