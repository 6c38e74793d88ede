// The figure lexicons (data/figures/*.tsv), read once at import into frozen tables. Each file is a sorted
// TSV whose last column is the reason for the row; see data/figures/README.md.
import { readFileSync } from "node:fs";
import type { Measure } from "../../types.js";

export type NumberWordKind = "unit" | "scale" | "vague" | "unknown";
export type TriggerSide = "after" | "before" | "clause";
export type AttributionKind = "speaker" | "source" | "inner" | "outer";

export interface Trigger {
  phrase: string;
  measure: Measure;
  side: TriggerSide;
}

export interface FigureLexicon {
  /**
   * Number word -> value and kind: unit ("eighty"), scale ("million"), vague ("dozens"), unknown ("several",
   * "a number of": no count at all, which ACLED codes as 10).
   */
  numberWords: ReadonlyMap<string, { value: number; kind: NumberWordKind }>;
  /** Phrase before a number -> canonical qualifier. */
  qualifiers: ReadonlyMap<string, string>;
  triggers: readonly Trigger[];
  /** Counted noun (lower case) -> the measure it implies ("other" for a plain count) and its unit. */
  subjects: ReadonlyMap<string, { measure: Measure; unit: string }>;
  /** Words that make a number no figure, by side. */
  notCountsAfter: ReadonlySet<string>;
  /** Words after the number matched as written: "21 Brigade" names a unit, "21 brigade members" counts people. */
  notCountsAfterExact: ReadonlySet<string>;
  notCountsBefore: ReadonlySet<string>;
  attribution: ReadonlyMap<string, AttributionKind>;
  summaryCues: readonly string[];
}

const MEASURES = new Set<Measure>(["killed", "injured", "displaced", "besieged", "refugees", "strikes", "detained", "missing", "other"]);

/** Rows of a TSV file without comments and blank lines, each checked to have at least `columns` cells. */
export function parseTsv(text: string, file: string, columns: number): string[][] {
  const rows: string[][] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const cells = line.split("\t");
    if (cells.length < columns || cells.slice(0, columns).some((c) => !c)) {
      throw new Error(`${file}: expected ${columns} tab-separated columns, got "${line}"`);
    }
    rows.push(cells);
  }
  return rows;
}

function asMeasure(value: string, file: string): Measure {
  if (!MEASURES.has(value as Measure)) throw new Error(`${file}: expected a measure, got "${value}"`);
  return value as Measure;
}

export function parseFigureLexicon(read: (file: string) => string): FigureLexicon {
  const rows = (file: string, columns: number) => parseTsv(read(file), file, columns);
  const numberWords = new Map(rows("number-words.tsv", 3).map(([w, v, k]) => [w, { value: Number(v), kind: k as NumberWordKind }]));
  const triggers = rows("measure-triggers.tsv", 3).map(([phrase, m, side]) => ({
    phrase, measure: asMeasure(m, "measure-triggers.tsv"), side: side as TriggerSide,
  }));
  const notCounts = rows("not-counts.tsv", 2);
  return {
    numberWords,
    qualifiers: new Map(rows("qualifiers.tsv", 2).map(([p, q]) => [p, q])),
    triggers,
    subjects: new Map(rows("subject-nouns.tsv", 3).map(([n, m, unit]) => [n.toLowerCase(), { measure: asMeasure(m, "subject-nouns.tsv"), unit }])),
    notCountsAfter: new Set(notCounts.filter((r) => r[1] === "after").map((r) => r[0].toLowerCase())),
    notCountsAfterExact: new Set(notCounts.filter((r) => r[1] === "after-exact").map((r) => r[0])),
    notCountsBefore: new Set(notCounts.filter((r) => r[1] === "before").map((r) => r[0])),
    attribution: new Map(rows("attribution-cues.tsv", 2).map(([p, k]) => [p, k as AttributionKind])),
    summaryCues: rows("summary-cues.tsv", 1).map(([p]) => p.toLowerCase()),
  };
}

const DATA_DIR = new URL("../../../data/figures/", import.meta.url);

export const FIGURE_LEXICON: FigureLexicon = parseFigureLexicon((file) => readFileSync(new URL(file, DATA_DIR), "utf8"));

/** A regular-expression alternation of phrases, longest first, with flexible whitespace. */
export function toAlternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}
