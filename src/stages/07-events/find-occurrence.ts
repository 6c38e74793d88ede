// Does a sentence report a concrete occurrence? Long articles mention violence in headlines, captions, quotes
// of opinion and talk about "the war": none of these is an event. Each rule is a named test; the first that
// holds says why the sentence is not coded.
import type { Sentence } from "../../types.js";
import type { TriggerHit } from "./find-triggers.js";

export interface OccurrenceFacts {
  sentence: Sentence;
  trigger: TriggerHit;
  /** Every trigger of the sentence (not modifiers). */
  triggers: readonly TriggerHit[];
  /** The sentence is the document's last one (a headline is never last). */
  isLast: boolean;
  /** The sentence has a resolved date, or a count of dead, injured or detained of its own. */
  hasDate: boolean;
  hasCount: boolean;
}

/** A headline, a caption or a "Related:" link: no final stop (and not the last sentence), or an introduction ending in a colon. */
const FINAL_STOP = /[.!?…"”’')\]]\s*$/;
const INTRODUCTION = /:\s*$/;
const LINK_LABEL = /^(?:related|read more|see also|watch|photo|video|image|caption|file photo)\s*:/i;

/** A determiner or possessive right before a noun trigger: "the battle", "Assad's assault", "reports of clashes". */
const DETERMINER_BEFORE = /(?:\b(?:the|this|that|these|those|a|an|its|his|her|their|our|of|such)|['’]s)(?:\s+(?![\w-]*ed\b)[\w[\]-]+){0,3}\s*$/i;
/** "A roadside bomb hit the patrol": the noun is the subject of a past-tense act. */
const PAST_VERB_AFTER = /^\W*(?:[\w-]+\s+){0,5}?(?:(?:was|were|has been|had been|have been)\s+)?(?:\w+ly\s+)?(?:\w+ed|hit|struck|shot|blew|went off|tore|took|left|killed|broke out|held|heard|thrown|hurled|seen)\b/i;
/** "claimed responsibility for the killing": the noun names an act someone owns. */
const OWNED_ACT = /\b(?:claimed responsibility for|responsible for|carried out|conducted|staged|launched|led|mounted)(?:\s+[\w-]+){0,3}\s*$/i;
/** A trigger written as a verb in the past (or a passive participle): what happened, not a name for it. */
const PAST_VERB = /(?:ed|hit|struck|shot|fought|blew up|took|stormed|killed|seized|died|dead|beaten|stolen|burnt|blown)$/i;
/** "to fight", "to retake": an infinitive is a purpose or a plan unless something says it was carried out. */
const INFINITIVE_BEFORE = /\bto\s+$/i;
const CARRIED_OUT = /\b(?:managed|went on|continued|began|started|proceeded|tried|attempted|used|sought|(?:was|were) able)(?:\s+[\w-]+){0,3}?\s+to\s+$/i;

function textBefore(f: OccurrenceFacts): string {
  return f.sentence.text.slice(0, f.trigger.start - f.sentence.start);
}

const NEAR = 100;

/**
 * The last words before the trigger (about 100 characters, cut at a space so no word is split): enough for
 * every cue that must end right before it ("the", "to", "carried out"), and cheap to test end-anchored.
 */
function wordsBefore(f: OccurrenceFacts): string {
  const at = f.trigger.start - f.sentence.start;
  if (at <= NEAR) return f.sentence.text.slice(0, at);
  const window = f.sentence.text.slice(at - NEAR, at);
  const space = window.search(/\s/);
  return space < 0 ? window : window.slice(space);
}

function isHeadline(f: OccurrenceFacts): boolean {
  const text = f.sentence.text.trim();
  return LINK_LABEL.test(text) || INTRODUCTION.test(text) || (!f.isLast && !FINAL_STOP.test(text));
}

/** "the battle truly is", "Assad's assault": a name for violence with no date, count or past-tense act beside it. */
function isGenericNoun(f: OccurrenceFacts): boolean {
  if (f.hasDate || f.hasCount) return false;
  // "repelled an infiltration attempt": a trigger phrase that starts with a verb in the past is an act too.
  const isPastAct = (t: TriggerHit) => {
    const words = f.sentence.text.slice(t.start - f.sentence.start, t.end - f.sentence.start);
    return PAST_VERB.test(words) || PAST_VERB.test(words.split(/\s/, 1)[0]);
  };
  if (f.triggers.some(isPastAct)) return false;
  const after = f.sentence.text.slice(f.trigger.end - f.sentence.start);
  const before = wordsBefore(f);
  return DETERMINER_BEFORE.test(before) && !PAST_VERB_AFTER.test(after) && !OWNED_ACT.test(before);
}

function isInfinitive(f: OccurrenceFacts): boolean {
  const before = wordsBefore(f);
  const word = f.sentence.text.slice(f.trigger.start - f.sentence.start, f.trigger.end - f.sentence.start);
  if (/^(?:protest|demonstrat)/i.test(word)) return false; // "came out to protest": the gathering is the protest
  return INFINITIVE_BEFORE.test(before) && !CARRIED_OUT.test(before) && !/(?:s|ing|ion|ment)$/i.test(word);
}

/** "the attack will be comprehensive": a modal right after the trigger looks ahead. */
const MODAL_AFTER = /^\W*(?:[\w-]+\s+){0,2}(?:will|would|could|might|may|should|is to|are to|is expected|are expected)\b/i;

function isLookingAhead(f: OccurrenceFacts): boolean {
  return MODAL_AFTER.test(f.sentence.text.slice(f.trigger.end - f.sentence.start));
}

/** Inside quotation marks and undated: what someone thinks, rarely what happened. */
function isQuoted(f: OccurrenceFacts): boolean {
  if (f.hasDate) return false;
  const marks = textBefore(f).match(/["“”]/g)?.length ?? 0;
  return marks % 2 === 1;
}

const RULES: [string, (f: OccurrenceFacts) => boolean][] = [
  ["headline-or-caption", isHeadline],
  ["infinitive", isInfinitive],
  ["quoted-opinion", isQuoted],
  ["modal-after", isLookingAhead],
  ["generic-noun", isGenericNoun],
];

/** The rule that shows the sentence reports no concrete occurrence, or null when it does. */
export function findNonOccurrence(facts: OccurrenceFacts): string | null {
  for (const [rule, test] of RULES) if (test(facts)) return rule;
  return null;
}
