// Whether a figure counts one incident ("event") or a whole war or country ("summary"): "More than
// 250,000 Syrians have been killed ... during the four-year long war" is a running total, not a massacre.
import type { Measure } from "../../types.js";
import type { FigureLexicon } from "./figure-lexicon.js";

/** No single incident kills, displaces or exiles this many: such a figure is a running total. */
const SUMMARY_SIZE = 100_000;
const SUMMARY_SIZE_MEASURES = new Set<Measure>(["killed", "injured", "displaced", "refugees", "detained", "missing"]);
const SINCE_YEAR = /\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b/;
const IN_YEARS = /\b(?:in|over|during)\s+(?:the\s+(?:past|last)\s+)?(?:\w+|\d+)\s+years\b/i;

export function findScope(sentence: string, measure: Measure, value: number, lexicon: FigureLexicon): "event" | "summary" {
  if (SUMMARY_SIZE_MEASURES.has(measure) && value >= SUMMARY_SIZE) return "summary";
  const plain = sentence.toLowerCase().replace(/[-‑–]/g, " ").replace(/\s+/g, " ");
  if (lexicon.summaryCues.some((cue) => plain.includes(cue.replace(/-/g, " ")))) return "summary";
  return SINCE_YEAR.test(sentence) || IN_YEARS.test(sentence) ? "summary" : "event";
}
