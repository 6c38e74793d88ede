// Choose one gazetteer entry per name: the entry's prior (size, kind) plus the document's context
// (its dominant country, divisions named in it, "Town, State" pairs), the user's bias (--country,
// --near) and what the cue words say (a "province" cue wants a division). Each choice keeps its reasons.
import type { GazetteerEntry } from "../../gazetteer/gazetteer.js";
import { priorScore } from "../../gazetteer/rank-entries.js";
import type { ExtractOptions } from "../../context.js";
import type { HomeArea } from "./find-home-area.js";

export interface ResolutionContext {
  /** Votes per country from the document's other names. */
  countryVotes: ReadonlyMap<string, number>;
  /** Votes per first-level division ("US|Texas"), see document-context.ts. */
  admin1Votes: ReadonlyMap<string, number>;
  /** Normalised names of divisions and countries written in the document. */
  namedAreas: ReadonlySet<string>;
  options: Pick<ExtractOptions, "country" | "near">;
  /** Where most of the document's names could be (find-home-area.ts); absent in tests that build a context by hand. */
  home?: HomeArea;
  /** Entry id -> how many of the document's other names have a namesake near it (find-namesake-support.ts). */
  support?: ReadonlyMap<string, number>;
}

export interface Resolution {
  entry: GazetteerEntry;
  score: number;
  /** How sure, 0..1: from the margin over the runner-up. */
  confidence: number;
  reasons: string[];
}

const km = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2
    + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};
export { km as distanceKm };

const HOME_COUNTRY_WEIGHT = 1.5;
const HOME_DIVISION_WEIGHT = 2.5;

/** Log10-population units per other name with a namesake nearby, counted up to SUPPORT_CAP names. */
const SUPPORT_WEIGHT = 1;
const SUPPORT_CAP = 3;

/** Context adjustments, each a rule with its weight (log10-population units). */
const RULES: readonly { id: string; weight: number; applies: (e: GazetteerEntry, c: ResolutionContext, hints: Hints) => boolean }[] = [
  { id: "user-country", weight: 3, applies: (e, c) => !!c.options.country && e.country === c.options.country.toUpperCase() },
  { id: "user-near", weight: 3, applies: (e, c) => !!c.options.near && km(e, c.options.near) < 300 },
  // Not for a town named like its own division ("Montana, Montana"): the area was named by this very word.
  { id: "in-named-area", weight: 2.5, applies: (e, c, h) => !h.areaSense && !!e.admin1 && e.featureCode !== "ADM1" && c.namedAreas.has(e.admin1.toLowerCase()) && e.admin1.toLowerCase() !== e.name.toLowerCase() },
  { id: "qualified-by-next-name", weight: 5, applies: (e, _c, h) => (h.qualifier !== null ? e.admin1?.toLowerCase() === h.qualifier : h.qualifierCountry !== null && e.country === h.qualifierCountry) },
  { id: "qualified-country", weight: 2, applies: (e, _c, h) => h.qualifier !== null && e.country === h.qualifierCountry && e.admin1?.toLowerCase() !== h.qualifier },
  { id: "division-cue", weight: 4, applies: (e, _c, h) => h.division && (e.featureCode === "ADM1" || e.featureCode === "ADM2") },
  { id: "home-country", weight: HOME_COUNTRY_WEIGHT, applies: (e, c, h) => !h.areaSense && !!c.home?.country && e.country === c.home.country },
  { id: "home-division", weight: HOME_DIVISION_WEIGHT, applies: (e, c, h) => !h.areaSense && !!c.home?.admin1 && e.featureCode !== "ADM1" && `${e.country ?? ""}|${e.admin1 ?? ""}` === c.home.admin1
    && e.admin1?.toLowerCase() !== e.name.toLowerCase() },
  { id: "near-other-places", weight: 1.5, applies: (e, _c, h) => countNear(e, h.nearby) > 0 },
  { id: "near-several-places", weight: 1.5, applies: (e, _c, h) => countNear(e, h.nearby) > 1 },
  { id: "town-over-its-division", weight: -3, applies: (e, _c, h) => !h.division && (e.featureCode === "ADM1" || e.featureCode === "ADM2") && h.hasSeatNamesake },
];

export interface Hints {
  /** A "province"/"governorate" cue follows the name. */
  division: boolean;
  /** The name is followed by ", Texas" / ", Syria": lower-case admin1 name, and its country. */
  qualifier: string | null;
  qualifierCountry: string | null;
  /** A town of the same name exists in the same country (Aleppo the city and the governorate). */
  hasSeatNamesake: boolean;
  /**
   * The name's best-known sense is a country, division or region ("Florida", "Mexico", "Ontario"): the
   * document's home, its clusters of namesakes and the divisions it names must not turn it into a town
   * of the same name.
   */
  areaSense?: boolean;
  /** Points of the other places the document names (second pass only). */
  nearby?: readonly { latitude: number; longitude: number }[];
}

/** How many of the document's other places lie within 100 km of the entry. */
function countNear(e: GazetteerEntry, points: readonly { latitude: number; longitude: number }[] | undefined): number {
  if (!points) return 0;
  let n = 0;
  for (const p of points) if (Math.abs(p.latitude - e.latitude) < 1 && km(e, p) < 100) n++;
  return n;
}

const sumOf = (votes: ReadonlyMap<string, number>): number => {
  let total = 0;
  for (const v of votes.values()) total += v;
  return total;
};

/** Up to 4 units for the document's share of votes for the entry's country. */
function countryWeight(e: GazetteerEntry, c: ResolutionContext, total: number): number {
  if (!e.country || total === 0) return 0;
  return 4 * ((c.countryVotes.get(e.country) ?? 0) / total);
}

/** Up to 2.5 units for the document's share of votes for the entry's first-level division (not for the division itself). */
function admin1Weight(e: GazetteerEntry, c: ResolutionContext, total: number): number {
  if (!e.admin1 || total === 0 || e.featureCode === "ADM1") return 0;
  return 2.5 * ((c.admin1Votes.get(`${e.country ?? ""}|${e.admin1}`) ?? 0) / total);
}

/** An entry's score: prior, the document's country and division shares, and each rule that applies, added in that order. */
function scoreEntry(entry: GazetteerEntry, c: ResolutionContext, hints: Hints, totals: { country: number; admin1: number }, reasons: string[] | null): number {
  let score = priorScore(entry);
  const cw = countryWeight(entry, c, totals.country);
  const aw = admin1Weight(entry, c, totals.admin1);
  if (reasons && cw > 0.4) reasons.push("document-country");
  if (reasons && aw > 0.3) reasons.push("document-division");
  score += cw + aw;
  const supported = hints.areaSense ? 0 : Math.min(c.support?.get(entry.id) ?? 0, SUPPORT_CAP);
  if (reasons && supported > 0) reasons.push("near-namesakes");
  score += SUPPORT_WEIGHT * supported;
  for (const rule of RULES) {
    if (rule.applies(entry, c, hints)) {
      score += rule.weight;
      reasons?.push(rule.id);
    }
  }
  return score;
}

/** The best entry for the context; only the winner's reasons are written out. */
export function resolveEntries(entries: readonly GazetteerEntry[], c: ResolutionContext, hints: Hints): Resolution | null {
  let best: GazetteerEntry | null = null;
  let bestScore = -Infinity;
  let runnerUp = -Infinity;
  const totals = { country: sumOf(c.countryVotes), admin1: sumOf(c.admin1Votes) };
  const end = Math.min(entries.length, 50);
  for (let i = 0; i < end; i++) {
    const score = scoreEntry(entries[i], c, hints, totals, null);
    if (!best || score > bestScore) {
      runnerUp = best ? bestScore : runnerUp;
      best = entries[i];
      bestScore = score;
    } else runnerUp = Math.max(runnerUp, score);
  }
  if (!best) return null;
  const reasons = ["prior"];
  scoreEntry(best, c, hints, totals, reasons);
  const confidence = runnerUp === -Infinity ? 0.95 : Math.round((0.5 + 0.45 * Math.tanh((bestScore - runnerUp) / 3)) * 100) / 100;
  return { entry: best, score: bestScore, confidence, reasons };
}
