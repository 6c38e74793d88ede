// Who did what to whom, from word order and a few function words: the actor before the trigger (or in a
// "by X" phrase) is actor1, the first other actor after it is actor2; "backed by X" makes X an associate;
// the subject of "were killed/wounded" is a victim (actor2), unless two armed sides are named.
import type { ActorMention } from "../../types.js";

export interface ActorRoles {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  assoc1: ActorMention[];
  assoc2: ActorMention[];
  /** Which grammar rule placed actor1. */
  rule: string;
}

/** Text just before an actor that makes it the agent of a passive or a nominal ("attack by X"). */
const AGENT_CUE = /\bby\s+(?:the\s+|a\s+|an\s+|suspected\s+|alleged\s+|\d+\s+|several\s+)*$/i;
/** Text just before an actor that makes it an associate of the actor it follows. */
const ASSOC_CUE = /\b(?:backed by|supported by|alongside|with the (?:help|support|backing) of|assisted by|aided by|together with|in (?:coordination|cooperation) with|accompanied by|and|including)\s+(?:the\s+|some\s+)?$/i;
/** "operating as part of X", "which operate under X", "factions under X": X is the umbrella ACLED codes as the actor. */
const UMBRELLA_CUE = /\b(?:operating (?:as part of|under)|(?:which|that|who) operates? (?:as part of|under)|as part of|under the banner of|(?:factions?|rebels?|fighters?|forces|groups?|units?) under)\s+(?:the\s+)?$/i;
/** "between pro-X factions operating under U and Y": the umbrella stands for the first of the two sides. */
const BETWEEN_HEAD = /\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:operating|(?:which|that|who) operates?|factions?|rebels?|fighters?|forces|groups?|units?)\s/i;
const UMBRELLA_WINDOW = 80;
/** "during Afghan forces attacks", "a Taliban attack on", "a Taliban-planted mine": the actor named as the doer of the act. */
const DOER_OF_ACT = /^(?:-(?:planted|laid|placed|fired)\b|\s+(?:ground\s+|air\s+|joint\s+|night\s+)?(?:attacks?|operations?|raids?|offensive|assaults?|air ?strikes?|airstrikes?|shelling|ambush)\b(?!\s+(?:on|against|by)\s+(?:the\s+)?$))/i;
/** "between X and Y": X and Y are the two sides, not an actor and its associate. */
const BETWEEN_CUE = /\bbetween\s+(?:the\s+)?$/i;
const AND_CUE = /\band\s+(?:the\s+)?$/i;

/**
 * "HPG reported that ...", "the ministry said": the actor right before a verb of saying is a source, not a
 * side; "X claimed to have shot down", "X claimed responsibility" are X's own acts.
 */
const SOURCE_AFTER = /^\s*(?:,\s*)?(?:(?:has|have|had|also|later)\s+)?(?:reported|reports|said|says|claimed|claims|stated|states|announced|confirmed|alleged|told)\b(?!\s+(?:to|responsibility|credit)\b)/i;

/** "were killed", "was reportedly shot": the subject before the trigger is the victim, not the agent. */
const PASSIVE_CUE = /\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:\w+\s+)?$/i;

/**
 * "two policemen were killed when ...", "a soldier was reportedly wounded": an actor that is the subject of
 * a passive verb of harm is who suffered it, never the agent, wherever the trigger stands.
 */
const VICTIM_AFTER = /^\s*(?:(?!(?:who|which|that|where|when|after|before|while|as|in|on|at)\b)(?![\w'’-]*ed\b)[\w'’-]+\s+){0,5}?(?:was|were|had been|have been|has been|got)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|shot|hurt|attacked|targeted|ambushed|abducted|kidnapped|beaten|executed|assassinated|murdered|struck|hit)\b/i;

const CUE_WINDOW = 40;

/** The cues in the text just before each actor, tested once per actor. */
interface Cues {
  agent: boolean;
  assoc: boolean;
  umbrella: boolean;
  /** "between X": the "and" after X joins the two sides, not associates. */
  between: boolean;
  and: boolean;
}

function findCues(actor: ActorMention, text: string, sentenceStart: number): Cues {
  const at = actor.evidence.start - sentenceStart;
  const before = text.slice(Math.max(0, at - CUE_WINDOW), at);
  const wide = text.slice(Math.max(0, at - UMBRELLA_WINDOW), at);
  const umbrella = UMBRELLA_CUE.test(wide);
  return {
    agent: AGENT_CUE.test(before) || isDoerOfAct(actor, text, sentenceStart, before), assoc: ASSOC_CUE.test(before), umbrella,
    between: BETWEEN_CUE.test(before) || (umbrella && isUmbrellaOfFirstSide(wide)), and: AND_CUE.test(before),
  };
}

/** "thwarted an IS attack": the attack of the object of a repulse is the other side's, not the report's act. */
const REPULSED_BEFORE = /\b(?:repelled|repulsed|thwarted|foiled|aborted|against|on)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A named actor ("Taliban", "Afghan forces", not "military") right before the name of an act it did. */
function isDoerOfAct(actor: ActorMention, text: string, sentenceStart: number, before: string): boolean {
  if (!/\p{Lu}/u.test(actor.mention) || REPULSED_BEFORE.test(before)) return false;
  const end = actor.evidence.end - sentenceStart;
  return DOER_OF_ACT.test(text.slice(end, end + CUE_WINDOW));
}

/** The umbrella's clause opens a "between" phrase, with no "and" before it: it names the first side. */
function isUmbrellaOfFirstSide(before: string): boolean {
  const m = BETWEEN_HEAD.exec(before);
  return m !== null && !/\band\b/i.test(before.slice(m.index + 8));
}

export function assignActorRoles(
  actors: readonly ActorMention[], sentenceText: string, sentenceStart: number, triggerStart: number,
): ActorRoles {
  const ordered = actors.filter((a) => !isSource(a, sentenceText, sentenceStart, triggerStart)).sort((a, b) => a.evidence.start - b.evidence.start);
  // Only when no one else could be the agent: with two armed sides named, ACLED's battles keep the order the
  // report names them in ("3 policemen were wounded in clashes with X": the police first).
  const hurt = ordered.filter((a) => isPassiveVictim(a, sentenceText, sentenceStart));
  const otherSide = ordered.some((a) => a.type !== 7 && !hurt.includes(a));
  const victims = new Set(hurt.filter((a) => a.type === 7 || !otherSide));
  if (ordered.length === 0) {
    const passive = PASSIVE_CUE.test(sentenceText.slice(Math.max(0, triggerStart - sentenceStart - CUE_WINDOW), triggerStart - sentenceStart));
    return { actor1: null, actor2: null, assoc1: [], assoc2: [], rule: passive ? "passive-no-agent" : "none" };
  }
  const cues = new Map(ordered.map((a) => [a, findCues(a, sentenceText, sentenceStart)]));
  const cue = (a: ActorMention) => cues.get(a) as Cues;
  const umbrella = ordered.find((a) => cue(a).umbrella && (a.evidence.start < triggerStart || cue(a).between));
  // "Gondorian troops fighting within Operation X seized the town": a state's own forces named as the subject stay
  // actor1, the operation they serve in is their associate; in "between" phrases the operation names the side.
  const stateHead = umbrella && !cue(umbrella).between ? findStateHead(ordered, umbrella, triggerStart) : undefined;
  const agent = ordered.find((a) => cue(a).agent && !cue(a).assoc && a.type !== 7);
  const isAssoc = (a: ActorMention) => cue(a).assoc;
  let actor1: ActorMention | null = null;
  let rule = "none";
  if (stateHead) [actor1, rule] = [stateHead, "state-in-operation"];
  else if (umbrella) [actor1, rule] = [umbrella, "umbrella-operation"];
  else if (agent) [actor1, rule] = [agent, "by-agent"];
  else {
    const passive = PASSIVE_CUE.test(sentenceText.slice(Math.max(0, triggerStart - sentenceStart - CUE_WINDOW), triggerStart - sentenceStart));
    const subject = passive ? undefined : ordered.find((a) => a.evidence.start < triggerStart && a.type !== 7 && !isAssoc(a) && !victims.has(a));
    const after = ordered.find((a) => a.evidence.start >= triggerStart && a.type !== 7 && !victims.has(a));
    if (subject) [actor1, rule] = [subject, "subject-before-trigger"];
    else if (after && !passive) [actor1, rule] = [after, "first-after-trigger"];
    else if (passive) rule = "passive-no-agent";
  }
  const between = actor1 !== null && cue(actor1).between;
  const isJoined = (a: ActorMention) => isAssoc(a) && !(between && cue(a).and);
  const umbrellaAssoc = stateHead && umbrella ? [umbrella] : umbrella && actor1 === umbrella
    ? ordered.filter((a) => a.evidence.start < umbrella.evidence.start && a.type !== 7 && a.name !== umbrella.name) : [];
  const others = ordered.filter((a) => a !== actor1 && a.name !== actor1?.name && !umbrellaAssoc.includes(a));
  const assoc1 = takeJoinedRun(others, actor1, isJoined);
  const rest = others.filter((a) => !assoc1.includes(a));
  const found2 = rest.find((a) => victims.has(a) && a.type !== 7) ?? rest.find((a) => victims.has(a)) ?? rest.find((a) => a.evidence.start >= triggerStart) ?? rest[0] ?? null;
  const { actor2, served } = liftToUmbrella(found2, rest, (a) => cue(a).umbrella);
  const assoc2 = takeJoinedRun(rest.filter((a) => a !== actor2 && a.name !== actor2?.name && a !== served), actor2, isJoined);
  return { actor1, actor2, assoc1: dedupe([...umbrellaAssoc, ...assoc1]), assoc2: dedupe([...(served ? [served] : []), ...assoc2]), rule };
}

/** "clashed with Hillmen operating as part of Operation Ember": the operation is the other side, the group it serves its associate. */
function liftToUmbrella(
  actor: ActorMention | null, candidates: readonly ActorMention[], isUmbrella: (a: ActorMention) => boolean,
): { actor2: ActorMention | null; served: ActorMention | null } {
  const next = actor ? candidates.find((a) => a.evidence.start > actor.evidence.start) : undefined;
  if (!actor || !next || !isUmbrella(next) || next.name === actor.name || actor.type === 7) return { actor2: actor, served: null };
  return { actor2: next, served: actor };
}

/** The state force named right before the umbrella, in the same clause: no trigger stands between them. */
function findStateHead(ordered: readonly ActorMention[], umbrella: ActorMention, triggerStart: number): ActorMention | undefined {
  const head = ordered.filter((a) => a.evidence.start < umbrella.evidence.start).at(0);
  if (!head || (head.type !== 1 && head.type !== 8)) return undefined;
  const split = head.evidence.start < triggerStart && triggerStart < umbrella.evidence.start;
  return split ? undefined : head;
}

/** The actor is followed by a verb of saying, unless that verb begins the trigger ("the governor announced a curfew"). */
function isSource(actor: ActorMention, text: string, sentenceStart: number, triggerStart: number): boolean {
  const at = actor.evidence.end - sentenceStart;
  const m = SOURCE_AFTER.exec(text.slice(at, at + CUE_WINDOW));
  if (!m) return false;
  const trigger = triggerStart - sentenceStart;
  return !(trigger >= at && trigger <= at + m[0].length);
}

function isPassiveVictim(actor: ActorMention, text: string, sentenceStart: number): boolean {
  const at = actor.evidence.end - sentenceStart;
  return VICTIM_AFTER.test(text.slice(at, at + CUE_WINDOW));
}

/** The actors right after `head` that a joining phrase ("and", "backed by") attaches to it. */
function takeJoinedRun(candidates: ActorMention[], head: ActorMention | null, isJoined: (a: ActorMention) => boolean): ActorMention[] {
  if (!head) return [];
  const run: ActorMention[] = [];
  for (const a of candidates.filter((c) => c.evidence.start > head.evidence.start)) {
    if (!isJoined(a) || a.type === 7) break;
    run.push(a);
  }
  return run;
}

function dedupe(actors: ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.name) && seen.add(a.name));
}
