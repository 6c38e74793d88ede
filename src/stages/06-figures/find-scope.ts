// Whether a figure counts one incident ("event") or a whole war or country ("summary"): "More than
// 250,000 Syrians have been killed ... during the four-year long war" is a running total, not a massacre.
// The sentence's cues are read once per sentence (isSummarySentence); the size test is per figure.
import type { Measure } from "../../types.js";
import { toAlternation } from "./figure-lexicon.js";
import type { FigureLexicon } from "./figure-lexicon.js";

/** No single incident kills, displaces or exiles this many: such a figure is a running total. */
const SUMMARY_SIZE = 100_000;
const SUMMARY_SIZE_MEASURES = new Set<Measure>(["killed", "injured", "displaced", "refugees", "detained", "missing"]);
const SINCE_YEAR = /\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b/;
const IN_YEARS = /\b(?:in|over|during)\s+(?:the\s+(?:past|last)\s+)?(?:\w+|\d+)\s+years\b/i;

/** The lexicon's summary cues as one expression over a sentence with hyphens and dashes read as spaces. */
export function createSummaryPattern(lexicon: FigureLexicon): RegExp {
  return new RegExp(toAlternation(lexicon.summaryCues.map((cue) => cue.replace(/-/g, " "))), "i");
}

/** The sentence frames its figures as running totals: a summary cue, "since 2011", "in four years". */
export function isSummarySentence(sentence: string, summaryPattern: RegExp): boolean {
  if (SINCE_YEAR.test(sentence) || IN_YEARS.test(sentence)) return true;
  return summaryPattern.test(sentence.replace(/[-‑–]/g, " "));
}

export function findScope(measure: Measure, value: number, summarySentence: boolean): "event" | "summary" {
  if (SUMMARY_SIZE_MEASURES.has(measure) && value >= SUMMARY_SIZE) return "summary";
  return summarySentence ? "summary" : "event";
}
