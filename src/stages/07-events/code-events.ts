// Stage 7: events. For each sentence with a trigger: what kind of statement it is, who did what to whom,
// where, when and how many died; then ACLED's counting rules (one day, one place) across sentences.
import { findInteraction } from "./interaction.js";
import type { Context } from "../../context.js";
import type { ActorMention, CleanDocument, CodedEvent, DateMention, Fatalities, Figure, PlaceMention, Problem, Sentence } from "../../types.js";
import type { EventRules } from "./event-rules.js";
import { findTriggers, findStatementKind, type SentenceTriggers, type TriggerHit } from "./find-triggers.js";
import { assignActorRoles, type ActorRoles } from "./assign-actors.js";
import { resolveSubEvent, toEventType, type ResolvedSubEvent } from "./resolve-sub-event.js";
import { isUnattributedWeapon } from "./unnamed-weapon.js";
import { findCrowdAgent, isCrowdAct, resolveCrowdAct, toRioters } from "./crowd-agent.js";
import { applyDefaultActors, type CountryNaming } from "./default-actors.js";
import { findCountryName, findEventDates, findFatalities, toEventLocation } from "./event-where-when.js";
import { chooseEventPlace, createPlaceSetting, type PlaceSetting } from "./event-place.js";
import { findNonOccurrence } from "./find-occurrence.js";
import { foldEvents } from "./fold-events.js";
import { createEventId } from "./event-id.js";
import { findDocumentCountry } from "./document-country.js";
import { findCountryNamed } from "../../util/find-country-named.js";
import { findImplicitDeaths } from "./find-implicit-deaths.js";
import { findForegroundFatalities } from "./find-background-deaths.js";
import { addsVictimsAfter } from "./count-victims.js";
import { lengthWithoutTrailingNonWord } from "../../util/trailing-non-word.js";
import { isCivilianObject, isCombatantVictim, isPropertyOnly, reclassifyOffDuty } from "./find-victims.js";
import { findGangSign, toUnidentifiedGang } from "./unidentified-gang.js";
import { createCountryNaming } from "./country-naming.js";
import type { GangSign } from "./event-rules.js";

export interface EventInputs {
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  figures: Figure[];
}

interface Setting {
  doc: CleanDocument;
  sentences: Sentence[];
  /** Each sentence's triggers, and its mentions of each kind: found once, looked up by sentence index. */
  triggersIn: readonly SentenceTriggers[];
  actorsIn: readonly ActorMention[][];
  datesIn: readonly DateMention[][];
  figuresIn: readonly Figure[][];
  placesIn: readonly PlaceMention[][];
  naming: CountryNaming;
  /** State or foreign forces named by their aircraft ("Russian jets"), in document order. */
  airForces: readonly ActorMention[];
  countryName: (iso2: string) => string | null;
  placeSetting: PlaceSetting;
  /** A sign that the document's unnamed killers are a criminal gang, or null. */
  gangSign: GangSign | null;
}

/** Mentions grouped by the sentence they stand in, in document order. */
function groupBySentence<T extends { sentence: number }>(items: readonly T[], sentences: readonly Sentence[]): T[][] {
  const groups: T[][] = sentences.map(() => []);
  for (const item of items) groups[item.sentence]?.push(item);
  return groups;
}

const COUNTED = new Set(["killed", "injured", "detained", "missing"]);

/** A state's forces named by what flies: "Russian jets", "the Turkish air force", "US drones". */
const AIR_WORDS = /\b(?:air ?force|air ?strikes?|air ?raids?|aircraft|warplanes?|jets?|planes?|helicopters?|bombers?|drones?)\b/i;

/** The air force named nearest before the sentence, else the first named after it. */
function findNearestAirForce(airForces: readonly ActorMention[], sentence: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const a of airForces) {
    if (a.sentence <= sentence) best = a;
    else return best ?? a;
  }
  return best;
}

/** Why the sentence's main trigger is not an event (a plan, a headline, talk about "the war"), or null. */
function findWhyNotEvent(sentence: Sentence, trigger: TriggerHit, all: readonly TriggerHit[], set: Setting, rules: EventRules): string | null {
  const statement = findStatementKind(sentence, trigger, rules, set.triggersIn[sentence.index].screened);
  if (statement.kind !== "event") return statement.rule;
  const figures = set.figuresIn[sentence.index];
  if (isSummary(figures)) return "summary-figure";
  return findNonOccurrence({
    sentence, trigger, triggers: all, isLast: sentence.index === set.sentences.length - 1,
    hasDate: set.datesIn[sentence.index].length > 0 || isAfterDateline(sentence, set),
    hasCount: figures.some((f) => f.scope === "event" && COUNTED.has(f.measure)),
  });
}

/** The sentence's death tolls are all whole-war figures. */
function isSummary(figures: readonly Figure[]): boolean {
  const killed = figures.filter((f) => f.measure === "killed");
  return killed.length > 0 && killed.every((f) => f.scope === "summary");
}

const MODIFIER_REACH = 2;

/** "Protesters gathered in X. Police dispersed them.": what happened to a protest is often told in the next sentences. */
function findFollowingModifiers(sentence: Sentence, triggers: SentenceTriggers, set: Setting): SentenceTriggers["modifiers"] {
  const modifiers = new Set(triggers.modifiers);
  for (const next of set.sentences.slice(sentence.index + 1, sentence.index + 1 + MODIFIER_REACH)) {
    if (next.paragraph !== sentence.paragraph) break;
    const found = set.triggersIn[next.index];
    if (found.main && found.main.rule.label === "@protest" && set.placesIn[next.index].length > 0) break;
    for (const m of found.modifiers) modifiers.add(m);
  }
  return modifiers;
}

/** Only auxiliaries and adverbs between a subject and its verb: "QSD were able to recapture", "the SNA briefly captured". */
const SUBJECT_GAP = /^\s*(?:(?:forces|fighters|units|troops)\s+)?(?:(?:were|was|have|has|had|also|then|later|reportedly|\w+ly|managed to|(?:was|were) able to)\s+)*$/i;

/** The armed actor written right before the capture verb: whoever else the sentence names first, it took the place. */
function findImmediateSubject(actors: readonly ActorMention[], sentence: Sentence, main: TriggerHit): ActorMention | null {
  const gap = (a: ActorMention) => sentence.text.slice(a.evidence.end - sentence.start, main.start - sentence.start);
  return actors.find((a) => a.type !== 7 && a.evidence.end <= main.start && SUBJECT_GAP.test(gap(a))) ?? null;
}

/** "clashes took place between A and B, where B recaptured it": the capture has a clause, and a subject, of its own. */
const CLAUSE_BREAK = /\b(?:where|when|while|whereby|after which)\b/i;

function isCaptureClause(found: ActorRoles, capturer: ActorMention, sentence: Sentence): boolean {
  if (!found.actor1 || found.actor1.evidence.start >= capturer.evidence.start) return false;
  return CLAUSE_BREAK.test(sentence.text.slice(found.actor1.evidence.end - sentence.start, capturer.evidence.start - sentence.start));
}

/** The victim's death, told in the sentence or the two after it in the paragraph ("his body was found the next day"). */
const DEATH = /\b(?:killed|killing|shot (?:him |her |them )?dead|executed|beheaded|murdered|found dead|lifeless|bod(?:y|ies) (?:was|were) found|dead bod(?:y|ies)|died)\b/i;
const DEATH_REACH = 2;

/** ACLED codes a kidnapping that ends in a killing as the killing: an attack, or a clash on armed victims. */
function isKilledAfterAbduction(sentence: Sentence, set: Setting): boolean {
  const next = set.sentences.slice(sentence.index, sentence.index + 1 + DEATH_REACH).filter((s) => s.paragraph === sentence.paragraph);
  return next.some((s) => DEATH.test(s.text));
}

/** "an unidentified rocket": the report's own word that the attacker is unknown, as an actor. */
function unnamedArmedGroup(main: TriggerHit, sentence: Sentence, set: Setting): ActorMention {
  const text = set.doc.text.slice(main.start, main.end);
  return {
    name: set.naming.name ? `Unidentified Armed Group (${set.naming.name})` : "Unidentified Armed Group", type: 3, mention: text,
    country: set.naming.iso2, rule: "unattributed-weapon", sentence: sentence.index, evidence: { start: main.start, end: main.end, text },
  };
}

/** With no armed agent, a group of civilians doing the act is a crowd: ACLED's rioters (see crowd-agent.ts). */
function withCrowdAgent(roles: ActorRoles, actors: readonly ActorMention[], sentence: Sentence, main: TriggerHit, set: Setting): ActorRoles {
  // "Villagers attacked the police": the object was taken for the agent only because civilians are never agents.
  const objectAsAgent = roles.rule === "first-after-trigger";
  if ((roles.actor1 && !objectAsAgent) || !isCrowdAct(main.rule.label)) return roles;
  const crowd = findCrowdAgent(actors, sentence.text, sentence.start, main.start);
  if (!crowd || (objectAsAgent && crowd.evidence.start > main.start)) return roles;
  const target = objectAsAgent ? roles.actor1 : roles.actor2;
  const actor2 = target === crowd ? actors.find((a) => a !== crowd && a.name !== crowd.name && a.evidence.start > main.start) ?? null : target;
  return { ...roles, actor1: toRioters(crowd, set.naming.name), actor2, rule: "crowd-agent" };
}

/** A crowd's violence is a riot whatever the trigger (a fight, a seizure, a beating); null when no crowd acts. */
function crowdResolution(actor1: ActorMention | null, main: TriggerHit, sentence: Sentence): ResolvedSubEvent | null {
  if (actor1?.type !== 5 || !actor1.rule.endsWith("+crowd")) return null;
  const sub = resolveCrowdAct(sentence.text);
  return { sub_event_type: sub, event_type: toEventType(sub), civilian_targeting: false, rule: `${main.rule.rule}/crowd` };
}

/** "12 February 2020. In X, ...": the sentence before is nothing but a date, which dates this one. */
function isAfterDateline(sentence: Sentence, set: Setting): boolean {
  const previous = set.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return false;
  const dates = set.datesIn[previous.index];
  if (dates.length === 0) return false;
  const bare = lengthWithoutTrailingNonWord(previous.text);
  return dates.some((d) => d.evidence.text.length >= bare * 0.8);
}

function codeSentence(sentence: Sentence, triggers: SentenceTriggers, set: Setting, rules: EventRules): { events: CodedEvent[]; problems: Problem[] } {
  // The strongest trigger that reports an occurrence decides: "threatening to rape" is not, "nearly lynched" is.
  const main = triggers.all.find((t) => findWhyNotEvent(sentence, t, triggers.all, set, rules) === null);
  if (!main) return { events: [], problems: [] };
  const civilians = set.naming.name ? `Civilians (${set.naming.name})` : "Civilians";
  const actors = reclassifyOffDuty(set.actorsIn[sentence.index], sentence.text, sentence.start, civilians);
  const found = withCrowdAgent(assignActorRoles(actors, sentence.text, sentence.start, main.start), actors, sentence, main, set);
  // "Rebels took control of X after government troops withdrew": the first actor after a capture lost it.
  const capturer = main.rule.label === "@territory" ? findImmediateSubject(actors, sentence, main) : null;
  const roles = capturer && capturer !== found.actor1 && isCaptureClause(found, capturer, sentence)
    ? { ...found, actor1: capturer, actor2: found.actor1 && found.actor1.name !== capturer.name ? found.actor1 : found.actor2, rule: "capturer-before-verb" }
    : main.rule.label === "@territory" && found.rule === "first-after-trigger"
    ? { ...found, actor1: null, actor2: found.actor1, rule: "capture-object" }
    : isUnattributedWeapon(sentence.text, main.start - sentence.start, main.end - sentence.start) && found.actor1?.type !== 5
      ? { ...found, actor1: unnamedArmedGroup(main, sentence, set), actor2: found.actor2 ?? found.actor1, assoc1: [], rule: "unattributed-weapon" } : found;
  const modifiers = main.rule.label === "@protest" ? findFollowingModifiers(sentence, triggers, set) : triggers.modifiers;
  const rule = main.rule.label === "Abduction/forced disappearance" && isKilledAfterAbduction(sentence, set)
    ? { ...main.rule, label: "@violence" as const, rule: `${main.rule.rule}+killed` } : main.rule;
  const resolved = crowdResolution(roles.actor1, main, sentence) ?? resolveSubEvent(rule, roles.actor1, roles.actor2, modifiers, {
    isCombatantVictim: () => isCombatantVictim(sentence.text, main.start - sentence.start, main.end - sentence.start),
    isCivilianObject: () => isCivilianObject(sentence.text, main.end - sentence.start),
    isPropertyOnly: () => isPropertyOnly(sentence.text, main.end - sentence.start),
  });
  const air = resolved.sub_event_type === "Air/drone strike"
    ? { airForce: findNearestAirForce(set.airForces, sentence.index), drone: /drone/i.test(set.doc.text.slice(main.start, main.end)) } : undefined;
  const defaults = applyDefaultActors(resolved.sub_event_type, { actor1: roles.actor1, actor2: roles.actor2, all: actors }, set.naming, air);
  const actor1 = toUnidentifiedGang(defaults.actor1, set.gangSign);
  const actor2 = toUnidentifiedGang(defaults.actor2, set.gangSign);
  const place = chooseEventPlace(sentence, set.placeSetting);
  const dates = findEventDates(set.datesIn, set.sentences, sentence);
  if (!place && dates.length === 0) return { events: [], problems: [] };
  const evidence = { start: sentence.start, end: sentence.end, text: sentence.text };
  const problems: Problem[] = dates.length > 0 ? [] : [{ kind: "unresolved-date", message: `no date for the ${resolved.sub_event_type} in sentence ${sentence.index + 1}`, evidence }];
  const dateList: (DateMention | null)[] = dates.length > 0 ? dates : [null];
  const events = dateList.map((d): CodedEvent => ({
    id: createEventId({ document: set.doc.id, date: d?.date ?? null, place: place?.name ?? null, sub: resolved.sub_event_type, sentence: sentence.index }),
    event_type: resolved.event_type, sub_event_type: resolved.sub_event_type, kind: "event",
    event_date: d?.date ?? null, time_precision: d ? d.time_precision : null,
    actor1: actor1?.name ?? null, assoc_actor_1: roles.assoc1.map((a) => a.name).filter((n) => n !== actor1?.name),
    inter1: actor1?.type ?? null,
    actor2: actor2?.name ?? null, assoc_actor_2: roles.assoc2.map((a) => a.name).filter((n) => n !== actor2?.name),
    inter2: actor2?.type ?? null,
    interaction: findInteraction(actor1?.type ?? null, actor2?.type ?? null),
    civilian_targeting: resolved.civilian_targeting || (actor2?.type === 7 && resolved.event_type !== "Protests"),
    location: place ? toEventLocation(place, set.countryName) : null,
    fatalities: findForegroundFatalities(sentence, set.figuresIn[sentence.index], resolved) ?? findSentenceFatalities(sentence, set),
    attributed_to: [],
    evidence: [evidence],
    rule: `${resolved.rule};actors:${roles.rule}`,
  }));
  return { events, problems };
}

export function codeEvents(
  doc: CleanDocument, sentences: Sentence[], inputs: EventInputs, ctx: Context, rules: EventRules = ctx.events,
): { events: CodedEvent[]; problems: Problem[] } {
  const countries = ctx.actors.countries;
  const countryName = (iso2: string) => findCountryName(iso2, countries);
  const iso2 = findDocumentCountry(inputs.places, inputs.actors) ?? findCountryNamed(doc.text, countries);
  const naming = createCountryNaming(iso2, countries, countryName);
  const set: Setting = {
    doc, sentences, naming, countryName,
    airForces: inputs.actors.filter((a) => (a.type === 1 || a.type === 8) && AIR_WORDS.test(a.mention)),
    triggersIn: sentences.map((s) => findTriggers(s, rules)),
    actorsIn: groupBySentence(inputs.actors, sentences),
    datesIn: groupBySentence(inputs.dates, sentences),
    figuresIn: groupBySentence(inputs.figures, sentences),
    placesIn: groupBySentence(inputs.places, sentences),
    placeSetting: createPlaceSetting(inputs.places, sentences, inputs.actors, iso2),
    gangSign: findGangSign(doc.text, iso2, rules.gangSigns),
  };
  const events: CodedEvent[] = [];
  const problems: Problem[] = [];
  let previous: { event: CodedEvent; paragraph: number } | null = null;
  for (const sentence of sentences) {
    const triggers = set.triggersIn[sentence.index];
    if (previous && previous.paragraph === sentence.paragraph && isFollowUp(sentence, triggers, set)) {
      const extra = previous.event.fatalities.low === null && previous.event.fatalities.best === null
        ? findSentenceFatalities(sentence, set) : findFatalities(set.figuresIn[sentence.index], [sentence.index]);
      if (extra.low !== null || extra.best !== null) {
        const merged = addFollowUp(previous.event, extra, sentence, set.figuresIn);
        events[events.lastIndexOf(previous.event)] = merged;
        previous = { event: merged, paragraph: sentence.paragraph };
      }
      continue;
    }
    const coded = codeSentence(sentence, triggers, set, rules);
    events.push(...coded.events);
    problems.push(...coded.problems);
    if (coded.events.length > 0) previous = { event: coded.events[coded.events.length - 1], paragraph: sentence.paragraph };
  }
  return { events: foldEvents(events), problems };
}

/** The sentence's death toll: its figures, else one death told without a number ("a man was shot dead"). */
function findSentenceFatalities(sentence: Sentence, set: Setting): Fatalities {
  const counted = findFatalities(set.figuresIn[sentence.index], [sentence.index]);
  if (counted.low !== null || counted.best !== null) return counted;
  const one = findImplicitDeaths(sentence.text);
  return one === null ? counted : { low: one, best: one, high: one };
}

/** A sentence that only adds to the event before it: no trigger but deaths, or bare deaths with no place or date of its own. */
function isFollowUp(sentence: Sentence, triggers: SentenceTriggers, set: Setting): boolean {
  const main = triggers.main;
  if (main && main.rule.label !== "@violence") return false;
  const ownPlace = set.placesIn[sentence.index].some((p) => p.role === "location");
  const ownDate = set.datesIn[sentence.index].some((d) => d.date !== null);
  return !ownPlace && !ownDate;
}

/** "Two others died later in hospital": a follow-up that counts more victims adds; one that restates the toll does not. */
const MORE_VICTIMS = /\b(?:others?|another|more|additional|also|later|further|subsequently)\b/i;

function addFollowUp(event: CodedEvent, extra: Fatalities, sentence: Sentence, figuresIn: readonly Figure[][]): CodedEvent {
  const more = MORE_VICTIMS.test(sentence.text) || addsVictimsAfter(event, figuresIn, sentence);
  const combine = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : more ? a + b : Math.max(a, b));
  return {
    ...event,
    fatalities: { low: combine(event.fatalities.low, extra.low), best: combine(event.fatalities.best, extra.best), high: combine(event.fatalities.high, extra.high) },
    evidence: [...event.evidence, { start: sentence.start, end: sentence.end, text: sentence.text }],
    rule: `${event.rule}+follow-up-deaths`,
  };
}
