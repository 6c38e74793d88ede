// The date grammar: one rule per family of expressions, each a regular expression over the text and a
// resolver against the reference day (publication date or dateline). Relative expressions never guess:
// without a reference they resolve to `date: null`. Past-only: news reports what happened, so "on Friday"
// read on a Thursday is last week's Friday.
import type { TimePrecision } from "../../types.js";
import { addDays, earlier, midMonth, midWeek, pastYearFor, toIsoDay, weekdayOnOrBefore } from "./calendar.js";
import type { DateWords } from "./date-words.js";

export interface Resolved {
  date: string | null;
  time_precision: TimePrecision;
}

export interface DateRule {
  id: string;
  pattern: RegExp;
  /** A word every match holds (a month name, "ago"): lines without it are not scanned. Absent: scan every line. */
  gate?: RegExp;
  /** Null: the match is not a date after all (say, 31 February). */
  resolve(m: RegExpMatchArray, ref: string | null, words: DateWords): Resolved | null;
}

const day = (date: string | null): Resolved => ({ date, time_precision: 1 });
/** An absolute date that does not exist (31 February) is no date at all. */
const absolute = (date: string | null): Resolved | null => (date ? day(date) : null);
const month = (words: DateWords, name: string): number => words.months.get(name.toLowerCase()) ?? 0;

function fromNumeric(first: number, second: number, year: number, ref: string | null): string | null {
  const dmy = toIsoDay(year, second, first);
  const mdy = toIsoDay(year, first, second);
  if (!dmy || !mdy || dmy === mdy) return dmy ?? mdy;
  if (!ref) return null;
  const past = [dmy, mdy].filter((d) => d <= ref).sort();
  return past.length ? past[past.length - 1] : null;
}

/**
 * A range of days in one month ("between 24 and 27 May 2019", "May 24-27"): ACLED codes one day, the middle
 * of the range (rounded to the later day), with week precision; a range longer than a week is the month.
 */
function dayRange(year: number | null, mo: number, first: number, last: number, ref: string | null): Resolved | null {
  if (!mo || last <= first || !toIsoDay(2000, mo, first) || !toIsoDay(2000, mo, last)) return null;
  const y = year ?? (ref ? pastYearFor(ref, mo, last) : null);
  const date = y === null ? null : toIsoDay(y, mo, first + Math.ceil((last - first) / 2));
  if (y !== null && !date) return null;
  return { date, time_precision: last - first <= 7 ? 2 : 3 };
}

function ago(count: number, unit: string, ref: string | null): Resolved {
  const u = unit.toLowerCase();
  const precision: TimePrecision = u === "day" ? 1 : u === "week" ? 2 : 3;
  if (!ref || count === 0) return { date: null, time_precision: precision };
  const date = u === "day" ? addDays(ref, -count) : u === "week" ? addDays(ref, -7 * count) : midMonth(ref, count);
  return { date, time_precision: precision };
}

/**
 * The current month as a date: ACLED's mid-month when the report is dated on or after the 15th, else the
 * middle of the days already past (a report of the 8th saying "earlier this month" means the 1st..8th).
 */
function thisMonth(ref: string): string {
  const dayOfMonth = Number(ref.slice(8, 10));
  return dayOfMonth >= 15 ? midMonth(ref, 0) : addDays(ref, -Math.floor(dayOfMonth / 2));
}

function period(which: string, unit: string, ref: string | null): Resolved {
  const w = which.toLowerCase().replace(/\s+/g, " ");
  const u = unit.toLowerCase();
  const back = w === "last" ? 1 : 0;
  if (u === "month") return { date: ref && (back ? midMonth(ref, back) : thisMonth(ref)), time_precision: 3 };
  if (u === "weekend") return { date: ref && weekdayOnOrBefore(ref, 6, { strict: true }), time_precision: 2 };
  if (w === "past") return { date: ref && addDays(ref, -3), time_precision: 2 };
  return { date: ref && earlier(midWeek(ref, back), ref), time_precision: 2 };
}

/** Builds the rules from the lexicon's alternations. Order matters only for ties of equal span. */
export function createDateRules(words: DateWords): DateRule[] {
  const M = `(${words.monthPattern})(?:\\.(?=\\s*\\d))?(?![A-Za-z])`;
  const W = `(?:${words.weekdayPattern})`;
  const ORD = "(?:st|nd|rd|th)?";
  // "On7 February" (a missing space) still opens a date.
  const ON = `(?:[Oo]n\\s*)?(?:(?:${W}),?\\s+)?(?:[Oo]n\\s+)?(?:the\\s+)?`;
  const MONTH_GATE = new RegExp(words.monthPattern, "gi");
  const WEEKDAY_GATE = new RegExp(words.weekdayPattern, "gi");
  const TO = "\\s*(?:-|–|and|to)\\s*";
  return [
    { id: "date-day-range", gate: MONTH_GATE, pattern: new RegExp(`\\b(?:[Bb]etween\\s+(?:the\\s+)?)?(\\d{1,2})${ORD}${TO}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${M}(?:,?\\s+(\\d{4}))?\\b`, "g"),
      resolve: (m, ref) => dayRange(m[4] ? Number(m[4]) : null, month(words, m[3]), Number(m[1]), Number(m[2]), ref) },
    { id: "date-month-day-range", gate: MONTH_GATE, pattern: new RegExp(`\\b(?:[Bb]etween\\s+)?${M}\\s+(\\d{1,2})${ORD}${TO}(\\d{1,2})${ORD}\\b(?:,?\\s+(\\d{4})\\b)?(?![:.]\\d)`, "g"),
      resolve: (m, ref) => dayRange(m[4] ? Number(m[4]) : null, month(words, m[1]), Number(m[2]), Number(m[3]), ref) },
    { id: "date-day-month-year", gate: MONTH_GATE, pattern: new RegExp(`\\b${ON}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${M},?\\s+(\\d{4})\\b`, "g"),
      resolve: (m) => absolute(toIsoDay(Number(m[3]), month(words, m[2]), Number(m[1]))) },
    { id: "date-month-day-year", gate: MONTH_GATE, pattern: new RegExp(`\\b${ON}${M}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, "g"),
      resolve: (m) => absolute(toIsoDay(Number(m[3]), month(words, m[1]), Number(m[2]))) },
    { id: "date-iso", pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
      resolve: (m) => absolute(toIsoDay(Number(m[1]), Number(m[2]), Number(m[3]))) },
    { id: "date-numeric", pattern: /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/g,
      resolve: (m, ref) => day(fromNumeric(Number(m[1]), Number(m[3]), Number(m[4]), ref)) },
    { id: "date-day-month", gate: MONTH_GATE, pattern: new RegExp(`\\b${ON}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${M}`, "g"),
      resolve: (m, ref) => {
        const mo = month(words, m[2]);
        const d = Number(m[1]);
        if (!toIsoDay(2000, mo, d)) return null;
        return day(ref && toIsoDay(pastYearFor(ref, mo, d), mo, d));
      } },
    { id: "date-month-day", gate: MONTH_GATE, pattern: new RegExp(`\\b${ON}${M}\\s+(\\d{1,2})${ORD}\\b(?![:.]\\d)`, "g"),
      resolve: (m, ref) => {
        const mo = month(words, m[1]);
        const d = Number(m[2]);
        if (!toIsoDay(2000, mo, d)) return null;
        return day(ref && toIsoDay(pastYearFor(ref, mo, d), mo, d));
      } },
    { id: "date-month-year", gate: MONTH_GATE, pattern: new RegExp(`\\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil)[\\s-]+)?${M},?\\s+(\\d{4})\\b`, "g"),
      resolve: (m) => ({ date: toIsoDay(Number(m[2]), month(words, m[1]), 15), time_precision: 3 }) },
    { id: "date-month", gate: MONTH_GATE, pattern: new RegExp(`\\b(?:in|during|since|early|late|mid|last|until|by|through|throughout|from)[\\s-]+(?:early\\s+|late\\s+|mid-?)?${M}`, "gi"),
      resolve: (m, ref) => {
        const mo = month(words, m[1]);
        if (!mo || m[1][0] !== m[1][0].toUpperCase()) return null;
        if (!ref) return { date: null, time_precision: 3 };
        const year = Number(ref.slice(0, 4)) - (mo > Number(ref.slice(5, 7)) ? 1 : 0);
        return { date: toIsoDay(year, mo, 15), time_precision: 3 };
      } },
    { id: "date-weekday", gate: WEEKDAY_GATE, pattern: new RegExp(`\\b(?:(?:[Ll]ate|[Ee]arly)\\s+(?:on\\s+)?|[Oo]vernight\\s+(?:on\\s+)?|[Oo]n\\s+|([Ll]ast)\\s+|[Tt]his\\s+|[Ss]ince\\s+|[Bb]y\\s+|[Uu]ntil\\s+)?(${W})(?:\\s+(?:night|morning|afternoon|evening))?\\b`, "g"),
      resolve: (m, ref) => {
        const wd = words.weekdays.get(m[2].toLowerCase()) ?? 0;
        return day(ref && weekdayOnOrBefore(ref, wd, { strict: m[1] !== undefined }));
      } },
    { id: "date-yesterday", pattern: /\b(?:[Yy]esterday|[Ll]ast\s+night)\b/g, resolve: (_m, ref) => day(ref && addDays(ref, -1)) },
    // "over the past 24 hours", "overnight": a daily report's window is the night and day before its date.
    { id: "date-past-day", gate: /hours|overnight/gi,
      pattern: /\b(?:(?:over|in|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four)\s+hours|overnight)\b/gi,
      resolve: (_m, ref) => day(ref && addDays(ref, -1)) },
    // "in 2019", "since early 2015": a year alone is no ACLED date (month precision at best), so it is kept
    // as a mention with date null; the events stage never codes it, but it still marks the sentence as dated.
    { id: "date-year", gate: /(?:19|20)\d\d/g,
      pattern: /\b(?:in|since|during|throughout|until|by|from)\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d\d\b(?![-/.,]\d|\s*(?:%|percent|per\s+cent))/gi,
      resolve: () => ({ date: null, time_precision: 3 }) },
    { id: "date-today", pattern: /\b(?:[Ee]arlier\s+)?(?:[Tt]oday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening))\b/g, resolve: (_m, ref) => day(ref) },
    { id: "date-ago", gate: /ago\b/gi, pattern: new RegExp(`\\b(\\d{1,2}|${words.countPattern}|a\\s+few)\\s+(day|week|month)s?\\s+ago\\b`, "gi"),
      resolve: (m, ref) => ago(/^\d+$/.test(m[1]) ? Number(m[1]) : words.counts.get(m[1].toLowerCase()) ?? 0, m[2], ref) },
    { id: "date-period", gate: /week|month/gi, pattern: /\b(?:(?:early|late)\s+)?(last|this|earlier\s+this|later\s+this|past)\s+(week|month|weekend)\b/gi,
      resolve: (m, ref) => period(m[1], m[2], ref) },
  ];
}
