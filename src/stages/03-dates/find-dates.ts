// Stage 3: dates. Reads the dateline, then finds every date expression and resolves it against the
// reference day (the document's publication date, else its dateline). Relative expressions without a
// reference are kept with `date: null`, never guessed.
import type { CleanDocument, DateMention, Sentence } from "../../types.js";
import { addDays, isIsoDay } from "./calendar.js";
import { createDateRules } from "./date-rules.js";
import type { DateRule } from "./date-rules.js";
import { DATE_WORDS } from "./date-words.js";
import type { DateWords } from "./date-words.js";
import { findAllMatches } from "../../util/find-all-matches.js";
import { findDateline } from "./find-dateline.js";

export interface DatesFound {
  /** A dateline's date (YYYY-MM-DD) when the document opens with one. */
  dateline: string | null;
  dates: DateMention[];
}

const RULES: readonly DateRule[] = createDateRules(DATE_WORDS);

/** Cheap gate: a text with none of these words or digit groups holds no date expression. */
const MAY_HOLD_DATE = /\d|day\b|night|hours|ago\b|week|month|today|tonight|morning|afternoon|evening|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;

interface Candidate {
  start: number;
  end: number;
  rule: DateRule;
  match: RegExpMatchArray;
}

interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    if (end > start) lines.push({ start, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** The lines holding a match of `gate` (one scan of the whole text, then a walk along the lines). */
function linesWith(text: string, lines: Line[], gate: RegExp): Line[] {
  const hit: Line[] = [];
  let k = 0;
  for (const m of findAllMatches(text, gate)) {
    while (k < lines.length && lines[k].start + lines[k].text.length <= m.index) k++;
    if (k < lines.length && hit[hit.length - 1] !== lines[k]) hit.push(lines[k]);
  }
  return hit;
}

/**
 * Every rule's matches, then the longest first among overlapping ones. A date never spans a line break, so
 * each gated rule scans only the lines holding its gate word (most lines of a report hold no month or weekday);
 * an ungated rule, whose expression starts with its own key word, scans the whole text once.
 */
function findCandidates(text: string, rules: readonly DateRule[]): Candidate[] {
  const all: Candidate[] = [];
  const lines = linesOf(text);
  const gated = new Map<RegExp, Line[]>();
  for (const rule of rules) {
    const gate = rule.gate;
    if (gate && !gated.has(gate)) gated.set(gate, linesWith(text, lines, gate));
    for (const line of gate ? gated.get(gate)! : [{ start: 0, text }]) {
      for (const match of findAllMatches(line.text, rule.pattern)) {
        const start = line.start + match.index;
        all.push({ start, end: start + match[0].length, rule, match });
      }
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

const REPORTED_BEFORE = /\b(?:reported|announced|said|stated|updated)\s*$/i;

/**
 * "Reported on 20 May over the past 24 hours, ...": the window counts back from the report's own date, which
 * dates the report and not the event, so it is dropped and the window resolves to the day before it.
 */
function resolveReportWindows(text: string, mentions: DateMention[]): DateMention[] {
  const dropped = new Set<DateMention>();
  const out = mentions.map((m, k) => {
    const report = mentions[k - 1];
    if (m.rule !== "date-past-day" || !report?.date || report.time_precision !== 1 || report.sentence !== m.sentence) return m;
    const between = text.slice(report.evidence.end, m.evidence.start);
    const lead = text.slice(Math.max(0, report.evidence.start - 30), report.evidence.start);
    if (!/^[\s,]*(?:that\s+)?$/i.test(between) || !REPORTED_BEFORE.test(lead)) return m;
    dropped.add(report);
    return { ...m, date: addDays(report.date, -1), rule: "date-past-day-reported" };
  });
  return out.filter((m) => !dropped.has(m));
}

export function findDates(doc: CleanDocument, sentences: Sentence[]): DatesFound {
  const published = doc.published && isIsoDay(doc.published) ? doc.published : null;
  const dateline = findDateline(doc.text, [...RULES], DATE_WORDS, published);
  const ref = published ?? dateline;
  return { dateline, dates: resolveReportWindows(doc.text, findDateMentions(doc.text, sentences, ref)) };
}
