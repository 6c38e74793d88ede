// Finds counts in text: a number (digits, words or a vague word), with the qualifier before it, a range
// ("between 12 and 15", "12-15", "two or three") and a percent sign. Numbers that are no count are left
// out here: years, ages, times, dates, money, model numbers ("S-300"), ordinals, phone numbers, codes.
import type { Span } from "../../types.js";
import { toAlternation } from "./figure-lexicon.js";
import type { FigureLexicon } from "./figure-lexicon.js";
import { findAllMatches } from "../../util/find-all-matches.js";
import { parseNumber } from "./parse-number.js";

export interface NumberFound {
  /** From the qualifier (if any) to the end of the number or range, percent sign included. */
  start: number;
  end: number;
  value: number;
  low: number;
  high: number | null;
  qualifier: string | null;
  percent: boolean;
  vague: boolean;
  /** "several", "a number of": no count, coded as ACLED's 10. */
  unknown: boolean;
  /** "one", "a dozen"-like small words and unknown counts ("several"): only a figure when a verb says what was counted. */
  weak: boolean;
}

const MONTH = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$/;

export function createNumberPattern(lexicon: FigureLexicon): RegExp {
  const kinds = (kind: string) => [...lexicon.numberWords].filter(([, w]) => w.kind === kind).map(([word]) => word);
  const U = toAlternation(kinds("unit"));
  const S = toAlternation(kinds("scale"));
  const V = toAlternation([...kinds("vague"), ...kinds("unknown")]);
  const WORDS = `(?:${U}|${S})(?:(?:[-\\s]+|\\s+and\\s+)(?:${U}|${S}))*`;
  const NUM = `(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?|(?:half\\s+)?a\\s+(?:dozen|${S})|${WORDS}|(?:${V})(?:\\s+of\\s+(?:thousands|millions))?)(?:\\s+(?:${S})\\b)*`;
  const Q = toAlternation(lexicon.qualifiers.keys());
  return new RegExp(
    `(?<![\\w.])(?:(?<q>${Q})\\s+)?(?<between>between\\s+)?(?<a>${NUM})(?![\\w])(?:\\s*(?<sep>-|–|to|and|or)\\s*(?<b>${NUM})(?![\\w]))?(?<pct>\\s*(?:%|per\\s*cent\\b|percent\\b))?`,
    "gi",
  );
}

const wordBefore = (text: string, at: number): string => /(\S+)\s*$/.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? "";
const wordAfter = (text: string, at: number): string => /^\s*([^\s,;:]+)/.exec(text.slice(at, at + 40))?.[1] ?? "";

/**
 * True when the number at [numStart, numEnd) opens the clause right after a whole date ("On 2 May 2020 3
 * guards were killed", "on 2 May 12 houses burned"): the date's year or month then is no part of the number.
 */
function followsDate(text: string, numStart: number, dates: Span[]): boolean {
  return dates.some((d) => d.end <= numStart && numStart - d.end <= 3 && /^,?\s+$/.test(text.slice(d.end, numStart)));
}

/** True when the number at [numStart, numEnd) is a year, age, time, date, code or money, not a count. */
function isNotCount(text: string, numStart: number, numEnd: number, digits: string, lexicon: FigureLexicon, opts: { percent: boolean; afterDate: boolean }): boolean {
  const { percent, afterDate } = opts;
  const before = text.slice(Math.max(0, numStart - 3), numStart);
  const after = text.slice(numEnd, numEnd + 3);
  const isDigits = /^\d/.test(digits);
  if (/[A-Za-z]‑?-?$|[$£€#+]\s?$/.test(before) || (isDigits && !afterDate && /\d[\s.,/:]?$/.test(before))) return true; // S-300, MH17, $5, +44, 02/11
  if (/^(?:st|nd|rd|th)\b|^[-‑][A-Za-z]|^[:/]\d/i.test(after) || (isDigits && /^\s?\d/.test(after))) return true; // 3rd, 19-year-old, 10:30
  if (percent) return false;
  const next = wordAfter(text, numEnd).replace(/[.)"'”’]+$/, "");
  const prev = wordBefore(text, numStart).replace(/^[("'“‘]+/, "");
  if (lexicon.notCountsAfter.has(next.toLowerCase()) || lexicon.notCountsAfterExact.has(next) || lexicon.notCountsBefore.has(prev)) return true;
  if (MONTH.test(next) || (MONTH.test(prev) && !afterDate)) return true;
  const year = /^\d{4}$/.test(digits) && Number(digits) >= 1900 && Number(digits) <= 2100;
  return year && !lexicon.subjects.has(next.toLowerCase());
}

export function findNumbers(text: string, span: Span, pattern: RegExp, lexicon: FigureLexicon, exclude: Span[] = []): NumberFound[] {
  const found: NumberFound[] = [];
  for (const m of findAllMatches(span.text, pattern)) {
    const g = m.groups ?? {};
    const start = span.start + (m.index ?? 0);
    const numStart = start + m[0].indexOf(g.a, g.q ? g.q.length : 0);
    const isRange = g.b !== undefined && (g.sep.toLowerCase() !== "and" || g.between !== undefined);
    const numEnd = isRange ? start + m[0].length - (g.pct?.length ?? 0) : numStart + g.a.length;
    const percent = g.pct !== undefined && (isRange || g.b === undefined);
    const end = percent ? numEnd + g.pct.length : numEnd;
    if (exclude.some((x) => numStart < x.end && x.start < numEnd)) continue;
    if (isNotCount(text, numStart, numEnd, g.a, lexicon, { percent, afterDate: followsDate(text, numStart, exclude) })) continue;
    const a = parseNumber(g.a, lexicon);
    const b = isRange ? parseNumber(g.b, lexicon) : null;
    if (!a || (isRange && !b)) continue;
    const low = b ? Math.min(a.value, b.value) : a.value;
    const qualifier = g.q ? (lexicon.qualifiers.get(g.q.toLowerCase().replace(/\s+/g, " ")) ?? null) : null;
    found.push({
      start: g.q || g.between ? start : numStart, end, value: low, low, high: b ? Math.max(a.value, b.value) : null,
      qualifier, percent, vague: a.vague, unknown: a.unknown === true, weak: (!b && /^(?:one|both|a\s+\w+)$/i.test(g.a)) || a.unknown === true,
    });
  }
  return found;
}
