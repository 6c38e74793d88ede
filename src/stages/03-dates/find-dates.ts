// Stage 3: dates. Reads the dateline, then finds every date expression and resolves it against the
// reference day (the document's publication date, else its dateline). Relative expressions without a
// reference are kept with `date: null`, never guessed.
import type { CleanDocument, DateMention, Sentence } from "../../types.js";
import { isIsoDay } from "./calendar.js";
import { createDateRules } from "./date-rules.js";
import type { DateRule } from "./date-rules.js";
import { DATE_WORDS } from "./date-words.js";
import type { DateWords } from "./date-words.js";
import { findDateline } from "./find-dateline.js";

export interface DatesFound {
  /** A dateline's date (YYYY-MM-DD) when the document opens with one. */
  dateline: string | null;
  dates: DateMention[];
}

const RULES: readonly DateRule[] = createDateRules(DATE_WORDS);

/** Cheap gate: a text with none of these words or digit groups holds no date expression. */
const MAY_HOLD_DATE = /\d|day\b|night|ago\b|week|month|today|tonight|morning|afternoon|evening|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;

interface Candidate {
  start: number;
  end: number;
  rule: DateRule;
  match: RegExpMatchArray;
}

/** Every rule's matches, then the longest first among overlapping ones. */
function findCandidates(text: string, rules: readonly DateRule[]): Candidate[] {
  const all: Candidate[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      all.push({ start, end: start + match[0].length, rule, match });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of all) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The sentence holding `offset`, or the one before it when the offset falls between sentences. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found === -1 ? (sentences.length ? sentences[0].index : -1) : sentences[found].index;
}

export function findDateMentions(text: string, sentences: Sentence[], ref: string | null, words: DateWords = DATE_WORDS): DateMention[] {
  const mentions: DateMention[] = [];
  if (!MAY_HOLD_DATE.test(text)) return mentions;
  for (const c of findCandidates(text, RULES)) {
    const resolved = c.rule.resolve(c.match, ref, words);
    if (!resolved) continue;
    mentions.push({
      date: resolved.date,
      time_precision: resolved.time_precision,
      sentence: sentenceAt(sentences, c.start),
      rule: c.rule.id,
      evidence: { start: c.start, end: c.end, text: text.slice(c.start, c.end) },
    });
  }
  return mentions;
}

export function findDates(doc: CleanDocument, sentences: Sentence[]): DatesFound {
  const published = doc.published && isIsoDay(doc.published) ? doc.published : null;
  const dateline = findDateline(doc.text, [...RULES], DATE_WORDS, published);
  const ref = published ?? dateline;
  return { dateline, dates: findDateMentions(doc.text, sentences, ref) };
}
