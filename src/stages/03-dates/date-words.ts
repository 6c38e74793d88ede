// The date lexicon (data/dates/date-words.tsv): month names, weekday names and counting words, read once
// at import into frozen maps, with the regular-expression alternations the grammar is built from.
import { readFileSync } from "node:fs";

export interface DateWords {
  /** Lower-cased word -> 1..12. */
  months: ReadonlyMap<string, number>;
  /** Lower-cased word -> 0 (Sunday) .. 6. */
  weekdays: ReadonlyMap<string, number>;
  /** Lower-cased word -> count; 0 marks a vague count ("several", "few"). */
  counts: ReadonlyMap<string, number>;
  /** Alternations, longest first, capitalised as written in the lexicon (months and weekdays are case-sensitive). */
  monthPattern: string;
  weekdayPattern: string;
  countPattern: string;
}

const LEXICON_URL = new URL("../../../data/dates/date-words.tsv", import.meta.url);

export function parseDateWords(tsv: string): DateWords {
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const counts = new Map<string, number>();
  const written: Record<string, string[]> = { month: [], weekday: [], count: [] };
  for (const line of tsv.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [word, kind, value] = line.split("\t");
    const target = kind === "month" ? months : kind === "weekday" ? weekdays : kind === "count" ? counts : null;
    if (!target || !word || value === undefined || Number.isNaN(Number(value))) {
      throw new Error(`date-words.tsv: expected "word<TAB>month|weekday|count<TAB>number", got "${line}"`);
    }
    target.set(word.toLowerCase(), Number(value));
    written[kind].push(word);
  }
  const alternation = (words: string[]): string =>
    [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return {
    months,
    weekdays,
    counts,
    monthPattern: alternation(written.month),
    weekdayPattern: alternation(written.weekday),
    countPattern: alternation(written.count),
  };
}

export const DATE_WORDS: DateWords = parseDateWords(readFileSync(LEXICON_URL, "utf8"));
