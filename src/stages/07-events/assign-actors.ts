// Who did what to whom, from word order and a few function words: the actor before the trigger (or in a
// "by X" phrase) is actor1, the first other actor after it is actor2; "backed by X" makes X an associate.
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
/** "operating as part of X", "under X": X is the umbrella ACLED codes as the actor. */
const UMBRELLA_CUE = /\b(?:operating (?:as part of|under)|as part of|under the banner of)\s+(?:the\s+)?$/i;

/** "were killed", "was reportedly shot": the subject before the trigger is the victim, not the agent. */
const PASSIVE_CUE = /\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:\w+\s+)?$/i;

const CUE_WINDOW = 40;

function textBefore(text: string, actor: ActorMention, sentenceStart: number): string {
  const at = actor.evidence.start - sentenceStart;
  return text.slice(Math.max(0, at - CUE_WINDOW), at);
}

export function assignActorRoles(
  actors: ActorMention[], sentenceText: string, sentenceStart: number, triggerStart: number,
): ActorRoles {
  const ordered = [...actors].sort((a, b) => a.evidence.start - b.evidence.start);
  const before = (a: ActorMention) => textBefore(sentenceText, a, sentenceStart);
  const umbrella = ordered.find((a) => UMBRELLA_CUE.test(before(a)) && a.evidence.start < triggerStart);
  const agent = ordered.find((a) => AGENT_CUE.test(before(a)) && !ASSOC_CUE.test(before(a)) && a.type !== 7);
  const isAssoc = (a: ActorMention) => ASSOC_CUE.test(before(a));
  let actor1: ActorMention | null = null;
  let rule = "none";
  if (umbrella) [actor1, rule] = [umbrella, "umbrella-operation"];
  else if (agent) [actor1, rule] = [agent, "by-agent"];
  else {
    const passive = PASSIVE_CUE.test(sentenceText.slice(Math.max(0, triggerStart - sentenceStart - CUE_WINDOW), triggerStart - sentenceStart));
    const subject = passive ? undefined : ordered.find((a) => a.evidence.start < triggerStart && a.type !== 7 && !isAssoc(a));
    const after = ordered.find((a) => a.evidence.start >= triggerStart && a.type !== 7);
    if (subject) [actor1, rule] = [subject, "subject-before-trigger"];
    else if (after && !passive) [actor1, rule] = [after, "first-after-trigger"];
    else if (passive) rule = "passive-no-agent";
  }
  const between = actor1 !== null && /\bbetween\s+(?:the\s+)?$/i.test(before(actor1));
  const isJoined = (a: ActorMention) => isAssoc(a) && !(between && /\band\s+(?:the\s+)?$/i.test(before(a)));
  const umbrellaAssoc = umbrella && !agent
    ? ordered.filter((a) => a.evidence.start < umbrella.evidence.start && a.type !== 7 && a.name !== umbrella.name) : [];
  const others = ordered.filter((a) => a !== actor1 && a.name !== actor1?.name && !umbrellaAssoc.includes(a));
  const assoc1 = takeJoinedRun(others, actor1, isJoined);
  const rest = others.filter((a) => !assoc1.includes(a));
  const actor2 = rest.find((a) => a.evidence.start >= triggerStart) ?? rest[0] ?? null;
  const assoc2 = takeJoinedRun(rest.filter((a) => a !== actor2 && a.name !== actor2?.name), actor2, isJoined);
  return { actor1, actor2, assoc1: dedupe([...umbrellaAssoc, ...assoc1]), assoc2: dedupe(assoc2), rule };
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
