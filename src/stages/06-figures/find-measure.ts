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

/** A second verb joined to the first: in "were abducted and killed" the count's fate is the last verb's. */
const FATE = /^\s+and\s+(?:then\s+|later\s+)?(\w+(?:\s+\w+)?)/i;

/**
 * `nextNumber`: where the sentence's next count starts. A verb after it is that count's, never this one's:
 * in "four dead and nine wounded", "wounded" measures nine only.
 */
export function findMeasure(
  text: string, sentence: { start: number; end: number }, numberStart: number, subject: SubjectFound, patterns: MeasurePatterns,
  options: { nextNumber?: number } = {},
): MeasureFound | null {
  const lead = text.slice(Math.max(sentence.start, numberStart - 50), numberStart);
  const b = patterns.before.exec(lead);
  if (b) {
    const measure = patterns.measures.before.get(key(b[1])) ?? "other";
    const start = numberStart - lead.length + (b.index ?? 0) + b[0].indexOf(b[1]);
    const strikeOnPeople = measure === "strikes" && (subject.known?.unit ?? "people") === "people";
    if (!strikeOnPeople) return { measure, rule: "figure-verb-before", start, end: start + b[1].length };
  }
  const from = Math.max(subject.end, numberStart);
  const rest = clauseAfter(text, from, Math.max(from, Math.min(sentence.end, from + 90, options.nextNumber ?? Infinity)));
  const a = patterns.after.exec(rest);
  const gap = a ? rest.slice(0, a.index) : "";
  if (a && (gap.match(/[A-Za-z][A-Za-z'’-]*/g)?.length ?? 0) <= 4 && !/\d/.test(gap) && !SUBSET_WORD.test(gap)) {
    const start = from + (a.index ?? 0);
    const fate = FATE.exec(rest.slice((a.index ?? 0) + a[0].length));
    const then = fate && patterns.after.exec(fate[1]);
    if (then && then.index === 0 && patterns.measures.after.get(key(then[1])) === "killed") {
      return { measure: "killed", rule: "figure-verb-after", start, end: start + a[0].length + fate![0].length - fate![1].length + then[0].length };
    }
    return { measure: patterns.measures.after.get(key(a[1])) ?? "other", rule: "figure-verb-after", start, end: start + a[0].length };
  }
  if (subject.known && subject.known.measure !== "other") {
    return { measure: subject.known.measure as Measure, rule: "figure-counted-noun", start: subject.start, end: subject.end };
  }
  const before = clauseBefore(text, numberStart, Math.max(sentence.start, numberStart - 120));
  const clause = before.text + text.slice(numberStart, from) + rest;
  const c = patterns.clause.exec(clause);
  if (c) {
    const start = before.start + (c.index ?? 0);
    return { measure: patterns.measures.clause.get(key(c[1])) ?? "other", rule: "figure-clause-cue", start, end: start + c[0].length };
  }
  return null;
}
