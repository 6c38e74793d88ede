// A crowd that acts: "residents broke into the town hall", "a group of people attacked the workers", "the thief
// was beaten by neighbours". ACLED codes civilians who use violence as rioters: a Violent demonstration when
// they press a demand, Mob violence otherwise.
import type { ActorMention, InterCode, SubEventType } from "../../types.js";

/** Civilians named as a group: one man or two men acting are attackers, not a crowd. */
const CROWD_NOUN = /\b(?:residents|villagers|inhabitants|locals|students|teachers|prisoners|inmates|neighbou?rs|merchants|vendors|traders|farmers|peasants|workers|participants|tenants|people|women|drivers|community)$/i;
/** "were beaten", "was detained": a civilian subject of a passive suffers the act. */
const PASSIVE_BETWEEN = /\b(?:was|were|been|being)\b/i;
const BY_BEFORE = /\bby\s+(?:[\w-]+\s+){0,3}$/i;
/**
 * Words that tell what a group suffered, not what it did: "80 people died", "villagers wounded", "people
 * killed in the strike" (a headline's passive without "were"). A crowd before them is the victim.
 */
const SUFFERED_AT = /^(?:died|dead|wounded|injured|bod(?:y|ies)|corpses?|found dead|(?:killed|shot|shot dead|stabbed)(?=\s+(?:in|by|as|when|after|during|on|at|while|and|or|,)\b|\s*[,.;:]|\s*$))/i;
/** A demand or a grievance makes the crowd's violence a demonstration. */
const DEMAND = /\b(?:demand\w*|protest\w*|demonstrat\w*|reject\w*|complain\w*|denounc\w*|claim\w* justice|in support of|against the (?:construction|decision|rise|government))\b/i;

/** What a crowd can do that ACLED codes as a riot: fight, hurt, seize, detain or destroy. */
const CROWD_ACTS = new Set<string>(["@assault", "@violence", "@riot", "Arrests", "Looting/property destruction", "Abduction/forced disappearance", "Attack", "Armed clash"]);

export function isCrowdAct(label: string): boolean {
  return CROWD_ACTS.has(label);
}

/** The civilians who do the act: a group named before the trigger in the active voice, or after "by". */
export function findCrowdAgent(actors: readonly ActorMention[], sentenceText: string, sentenceStart: number, triggerStart: number): ActorMention | null {
  if (SUFFERED_AT.test(sentenceText.slice(triggerStart - sentenceStart))) return null;
  for (const a of actors) {
    if (a.type !== 7 || !CROWD_NOUN.test(a.mention)) continue;
    const end = a.evidence.end - sentenceStart;
    const start = a.evidence.start - sentenceStart;
    const trigger = triggerStart - sentenceStart;
    if (start < trigger && !PASSIVE_BETWEEN.test(sentenceText.slice(end, trigger))) return a;
    if (start > trigger && BY_BEFORE.test(sentenceText.slice(Math.max(0, start - 30), start))) return a;
  }
  return null;
}

/** The crowd as ACLED's rioters of the document's country. */
export function toRioters(crowd: ActorMention, countryName: string | null): ActorMention {
  const type: InterCode = 5;
  return { ...crowd, name: countryName ? `Rioters (${countryName})` : "Rioters", type, rule: `${crowd.rule}+crowd` };
}

export function resolveCrowdAct(sentenceText: string): SubEventType {
  return DEMAND.test(sentenceText) ? "Violent demonstration" : "Mob violence";
}
