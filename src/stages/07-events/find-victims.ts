// Who the victims are when no actor names them, and when a named one is not a side: a "regime fighter" or
// "a member of the brigade" killed is a combatant (a clash, in ACLED's coding); an "off-duty" or "former"
// soldier is a civilian (an attack).
import type { ActorMention } from "../../types.js";

/** A combatant as the one hurt: "killed a fighter", "the body of a member of the 9th brigade", "two soldiers died". */
const COMBATANT = /\b(?:fighters?|militants?|soldiers?|combatants?|servicem[ae]n|conscripts?|members? of (?:the |an? )?(?:[\w'’-]+ ){0,4}?(?:forces?|army|division|brigade|battalion|regiment|front|faction|militia|units?))\b/i;
/** Not on duty, not any more: the state's men off duty are civilians to ACLED. */
const OFF_DUTY_BEFORE = /\b(?:off[- ]duty|former|retired|ex-)\s*(?:[\w-]+\s+){0,2}$/i;
const OFF_DUTY_AFTER = /^\s*\(?\s*(?:(?:who|that) (?:was|were) )?off[- ]duty\b/i;

const COMBATANT_G = new RegExp(COMBATANT.source, "gi");
/** "killed by Taliban militants": after "by", the combatants are the agents. */
const AGENT_BEFORE = /\bby\s+(?:[\w-]+\s+){0,3}$/i;
/** "a regime fighter was killed": in a passive, the victim stands before the trigger. */
const PASSIVE_BEFORE = /\b(?:was|were|been)\s+(?:\w+ly\s+)?$/i;

/**
 * The sentence names a combatant as the one hurt: after the trigger (its object, not "by" an agent), or
 * before a passive trigger. Used only when no actor is the target.
 */
export function isCombatantVictim(sentenceText: string, triggerAt: number, triggerEnd: number): boolean {
  const before = sentenceText.slice(0, triggerAt);
  if (PASSIVE_BEFORE.test(before) && COMBATANT.test(before)) return true;
  const after = sentenceText.slice(triggerEnd);
  for (const m of after.matchAll(COMBATANT_G)) {
    if (!AGENT_BEFORE.test(after.slice(0, m.index))) return true;
  }
  return false;
}

/** The object right after the trigger is a civilian place or people: "attacked a bar", "raided the home of", "shot at a couple". */
const CIVILIAN_OBJECT = /^\s+(?:at\s+|on\s+)?(?:a|an|the|his|her|their|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:bars?|house|houses|homes?|shops?|stores?|restaurants?|hotels?|markets?|couple|family|families|buses|bus|taxis?|cars?|schools?|hospitals?|clinics?|churches|church|mosques?|wedding|funeral|passers-by|bystanders?)\b/i;

/** The trigger's object is a civilian place or group, not an armed one. Used only when no actor is the target. */
export function isCivilianObject(sentenceText: string, triggerEnd: number): boolean {
  return CIVILIAN_OBJECT.test(sentenceText.slice(triggerEnd, triggerEnd + 60));
}

/** The object of the attack is a thing: "attacks targeting five vehicles", "attacked the party's building". */
const PROPERTY_OBJECT = /^\s+(?:targeting\s+|on\s+|against\s+)?(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,4}?(?:vehicles?|cars?|minibuses|buses|trucks?|buildings?|offices?|premises|shops?|stores?|warehouses?)\b/i;
/** Someone was hurt: then the attack is on people, whatever it also damaged. */
const HARM = /\b(?:killed|killing|injured|injuring|wounded|wounding|dead|died|shot|hurt)\b|(?<!\bno )\bcasualties/i;
/** A military vehicle or post is an armed target: fighting, not property destruction. */
const ARMED_OBJECT = /\b(?:military|army|defen[cs]e|security|soldiers'?|armou?red|tanks?)\b/i;

/** An attack on property that hurt no one: ACLED codes it as property destruction. */
export function isPropertyOnly(sentenceText: string, triggerEnd: number): boolean {
  const object = PROPERTY_OBJECT.exec(sentenceText.slice(triggerEnd, triggerEnd + 80));
  return object !== null && !ARMED_OBJECT.test(object[0]) && !HARM.test(sentenceText);
}

/** Security men off duty or retired, as civilians of the document's country; other actors as they are. */
export function reclassifyOffDuty(actors: readonly ActorMention[], sentenceText: string, sentenceStart: number, civilians: string): ActorMention[] {
  return actors.map((a) => {
    if (a.type !== 1) return a;
    const at = a.evidence.start - sentenceStart;
    const end = a.evidence.end - sentenceStart;
    const off = OFF_DUTY_BEFORE.test(sentenceText.slice(Math.max(0, at - 30), at)) || OFF_DUTY_AFTER.test(sentenceText.slice(end, end + 28));
    return off ? { ...a, name: civilians, type: 7, rule: `${a.rule}+off-duty` } : a;
  });
}
