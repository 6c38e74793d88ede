// What a count measures (killed, injured, displaced...): from a verb governing the number ("killing 12"),
// a verb after the counted people ("80 people died"), the counted noun itself ("40 air strikes"), or,
// weakest, a cue anywhere in the clause ("laid siege ... to 300,000 people").
import type { Measure } from "../../types.js";
import { toAlternation } from "./figure-lexicon.js";
import type { FigureLexicon, TriggerSide } from "./figure-lexicon.js";
import type { SubjectFound } from "./find-subject.js";
import { findAllMatches } from "../../util/find-all-matches.js";
import { SUBSET_WORD } from "./read-count.js";

export interface MeasurePatterns {
  before: RegExp;
  after: RegExp;
  clause: RegExp;
  /** Phrase (lower case, single-spaced) -> measure, per side. */
  measures: Record<TriggerSide, ReadonlyMap<string, Measure>>;
  /** First words of every trigger, so a subject stops before a verb. */
  triggerWords: ReadonlySet<string>;
}

export interface MeasureFound {
  measure: Measure;
  rule: string;
  start: number;
  end: number;
}

export function createMeasurePatterns(lexicon: FigureLexicon): MeasurePatterns {
  const side = (s: TriggerSide) => new Map(lexicon.triggers.filter((t) => t.side === s).map((t) => [t.phrase.toLowerCase(), t.measure]));
  const measures = { before: side("before"), after: side("after"), clause: side("clause") };
  const filler = "(?:another|a\\s+further|an\\s+additional|the)\\s+";
  return {
    before: new RegExp(`(?:^|[^\\w-])(${toAlternation(measures.before.keys())})\\s+(?:${filler})?$`, "i"),
    after: new RegExp(`\\b(${toAlternation(measures.after.keys())})\\b`, "i"),
    clause: new RegExp(`\\b(${toAlternation(measures.clause.keys())})\\b`, "i"),
    measures,
    triggerWords: new Set(lexicon.triggers.map((t) => t.phrase.split(" ")[0].toLowerCase())),
  };
}

/** Where the clause holding [from, to) ends: punctuation that closes a clause, or a conjunction. */
const CLAUSE_END = /[;:—–()"“”]|,\s|\.\s|\s(?:but|while|whereas|although|as|after|before)\s/;
/** The same, global, for findAllMatches (which resets its lastIndex). */
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, "g");

/** A short aside between the counted people and their verb ("2 guards (off duty) were killed"): blanked, offsets kept. */
const ASIDE = /\([^()\d]{1,40}\)/g;

function clauseAfter(text: string, from: number, limit: number): string {
  const window = text.slice(from, limit).replace(ASIDE, (aside) => " ".repeat(aside.length));
  const end = CLAUSE_END.exec(window);
  return end ? window.slice(0, end.index) : window;
}

function clauseBefore(text: string, from: number, limit: number): { text: string; start: number } {
  const window = text.slice(limit, from);
  let cut = 0;
  for (const m of findAllMatches(window, CLAUSE_ENDS)) cut = (m.index ?? 0) + m[0].length;
  return { text: window.slice(cut), start: limit + cut };
}

const key = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, " ");

/** Words that only join or mark tense between the counted people and their verb ("Arnor and/or Gondor fighters were"). */
const GLUE = new Set(["and", "or", "were", "was", "are", "is", "been", "have", "has", "had", "also", "reportedly", "allegedly", "then", "later"]);
const MAX_GAP_WORDS = 4;

/**
 * The words between the counted people and a verb after them that may still tie the verb to the count: few
 * content words, no other number. A subset without a number ("5 fighters including a commander were killed")
 * is an aside: only the words before it count.
 */
function isShortGap(gap: string, plural: boolean): boolean {
  // A digit is another count; "those", "who" open a new noun phrase or clause with its own verb; "three
  // children was shot" is no agreement, so the verb is another subject's ("a man walking with his three children").
  if (/\d|\b(?:those|who|whom|whose|which|that)\b/i.test(gap) || (plural && /\bwas\b/i.test(gap))) return false;
  const subset = SUBSET_WORD.exec(gap);
  const words = (subset ? gap.slice(0, subset.index) : gap).match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  return words.filter((w) => !GLUE.has(w.toLowerCase())).length <= MAX_GAP_WORDS;
}

/** "were killed 3 were wounded": a passive participle takes no object, so it does not count the number after it. */
const PASSIVE_AUX = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i;
const PARTICIPLE = /(?:ed|en|dead)$/i;

/** A verb whose object is a toll: "resulted in several fatalities", "causing them an unknown number of deaths". */
const RESULT_VERB = /\b(?:result(?:ed|ing)\s+in|caus(?:ed|ing)|incurr(?:ed|ing)|inflict(?:ed|ing)|le(?:ft|aving))\s+(?:[a-z]+\s+){0,2}$/i;

/**
 * "3 gunmen killed a judge", "two men shot dead two guards": an active verb with its own object after it has
 * the count as its agent, not its victims (a passive, "were killed", has none).
 */
const HARMS: ReadonlySet<Measure> = new Set(["killed", "injured", "detained"]);
const ACTIVE_WITH_OBJECT = /^\s+(?:an?|the|his|her|their|its|him|them|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;

/** A toll noun joined to the wounded: "deaths and injuries", "fatalities or injured". */
const AND_WOUNDED = /^\s+(?:and|or|&)\s+(?:injuries|injured|wounded|wounds|casualties)\b/i;

/** A second verb joined to the first: in "were abducted and killed" the count's fate is the last verb's. */
const FATE = /^\s+and\s+(?:then\s+|later\s+)?(\w+(?:\s+\w+)?)/i;

/**
 * `plural`: the count is more than one (a plural verb agrees with it).
 * `needsVerb`: an unknown count ("several") is measured by a verb only, never by its noun or a clause cue.
 * `nextNumber`: where the sentence's next count starts. A verb after it is that count's, never this one's:
 * in "four dead and nine wounded", "wounded" measures nine only.
 */
export function findMeasure(
  text: string, sentence: { start: number; end: number }, numberStart: number, subject: SubjectFound, patterns: MeasurePatterns,
  options: { nextNumber?: number; needsVerb?: boolean; plural?: boolean } = {},
): MeasureFound | null {
  const lead = text.slice(Math.max(sentence.start, numberStart - 50), numberStart);
  const b = patterns.before.exec(lead);
  const passive = b && PARTICIPLE.test(b[1]) && PASSIVE_AUX.test(lead.slice(0, (b.index ?? 0) + b[0].indexOf(b[1])));
  if (b && !passive) {
    const measure = patterns.measures.before.get(key(b[1])) ?? "other";
    const start = numberStart - lead.length + (b.index ?? 0) + b[0].indexOf(b[1]);
    const strikeOnPeople = measure === "strikes" && (subject.known?.unit ?? "people") === "people";
    if (!strikeOnPeople) return { measure, rule: "figure-verb-before", start, end: start + b[1].length };
  }
  const from = Math.max(subject.end, numberStart);
  const rest = clauseAfter(text, from, Math.max(from, Math.min(sentence.end, from + 90, options.nextNumber ?? Infinity)));
  const a = patterns.after.exec(rest);
  const gap = a ? rest.slice(0, a.index) : "";
  const agent = a && HARMS.has(patterns.measures.after.get(key(a[1])) ?? "other") && ACTIVE_WITH_OBJECT.test(text.slice(from + (a.index ?? 0) + a[0].length, from + (a.index ?? 0) + a[0].length + 16)) && !/\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(gap);
  if (a && agent && isShortGap(gap, options.plural ?? true)) {
    // The count did the harm: a plain count of people, and no verb's victims.
    const start = from + (a.index ?? 0);
    return { measure: "other", rule: "figure-agent", start, end: start + a[0].length };
  }
  if (a && !agent && isShortGap(gap, options.plural ?? true)) {
    const start = from + (a.index ?? 0);
    const fate = FATE.exec(rest.slice((a.index ?? 0) + a[0].length));
    const then = fate && patterns.after.exec(fate[1]);
    if (then && then.index === 0 && patterns.measures.after.get(key(then[1])) === "killed") {
      return { measure: "killed", rule: "figure-verb-after", start, end: start + a[0].length + fate![0].length - fate![1].length + then[0].length };
    }
    return { measure: patterns.measures.after.get(key(a[1])) ?? "other", rule: "figure-verb-after", start, end: start + a[0].length };
  }
  // "several fatalities": an unknown count is a figure only when a verb says what happened ("causing several fatalities").
  if (subject.known && subject.known.measure !== "other" && (!options.needsVerb || RESULT_VERB.test(lead))) {
    // "12 deaths and injuries": the dead and the wounded counted together are casualties, not a death toll.
    if (subject.known.measure === "killed" && AND_WOUNDED.test(text.slice(subject.end, subject.end + 24))) {
      return { measure: "other", rule: "figure-counted-noun", start: subject.start, end: subject.end };
    }
    return { measure: subject.known.measure as Measure, rule: "figure-counted-noun", start: subject.start, end: subject.end };
  }
  const before = clauseBefore(text, numberStart, Math.max(sentence.start, numberStart - 120));
  const clause = before.text + text.slice(numberStart, from) + rest;
  const c = options.needsVerb ? null : patterns.clause.exec(clause);
  if (c) {
    const start = before.start + (c.index ?? 0);
    return { measure: patterns.measures.clause.get(key(c[1])) ?? "other", rule: "figure-clause-cue", start, end: start + c[0].length };
  }
  return null;
}
