// The prior order of gazetteer entries sharing a name: bigger and more important places first, main
// names before alternate names. Place resolution starts from this order and adjusts it with context.
import type { GazetteerEntry } from "./gazetteer.js";

/** Human labels of GeoNames feature codes (the contract's `feature`). */
const FEATURE_LABELS: Record<string, string> = {
  PCLI: "country", CONT: "continent", RGN: "region", ADM1: "first-order administrative division",
  ADM2: "second-order administrative division",
};

export function featureLabel(code: string): string {
  return FEATURE_LABELS[code] ?? "populated place";
}

/** Weight of a feature code, in log10-population units added to the entry's own size. */
const FEATURE_BONUS: Record<string, number> = {
  PCLI: 3, CONT: 3, RGN: 2.5, ADM1: 1.2, PPLC: 1.5, PPLA: 0.8, ADM2: 0, PPLA2: 0.3,
};

/** A score for the prior: log10 population, feature importance, minus a penalty for alternate names. */
export function priorScore(e: GazetteerEntry): number {
  const size = e.featureCode === "CONT" || e.featureCode === "RGN" ? 7 : Math.log10(e.population + 10);
  return size + (FEATURE_BONUS[e.featureCode] ?? 0) - (e.alternate ? 1.5 : 0);
}

export function rankEntries(entries: GazetteerEntry[]): GazetteerEntry[] {
  return entries.map((e) => ({ e, s: priorScore(e) })).sort((a, b) => b.s - a.s).map((x) => x.e);
}
