// The document's home: the country and the first-level division where most of its names *could* be.
// Each distinct name votes for every division (and country) holding one of its namesakes, a name with
// few namesakes more than one with many. Local news names small towns found in one state only, and the
// state they share wins even when each big namesake ("Dublin", "Athens") lies abroad.
import type { GazetteerEntry } from "../../gazetteer/gazetteer.js";
import type { NameSpan } from "./find-name-spans.js";
import { distinctNames } from "./find-namesake-support.js";

export interface HomeArea {
  /** ISO2 of the home country, or null when no country stands out. */
  country: string | null;
  /** "US|Ohio": the home division, or null. */
  admin1: string | null;
}

/** How many entries of a name are looked at (lookups are ranked, best first). */
const ENTRIES_LOOKED_AT = 50;
/** The winner needs this many distinct names behind it, and this share of the vote over the runner-up. */
const MIN_NAMES = 2;
const MIN_LEAD = 1.25;

const divisionKey = (e: GazetteerEntry): string | null =>
  e.country && e.featureCode !== "PCLI" ? `${e.country}|${e.featureCode === "ADM1" ? e.name : e.admin1 ?? ""}` : null;

/** One vote per distinct name, weighted n^-1/4 over the n areas its namesakes lie in (a name found in one state says more than one found in forty). */
function tally(names: readonly (readonly GazetteerEntry[])[], keyOf: (e: GazetteerEntry) => string | null): Map<string, { votes: number; names: number }> {
  const out = new Map<string, { votes: number; names: number }>();
  for (const entries of names) {
    const keys = new Set<string>();
    for (let i = 0; i < Math.min(entries.length, ENTRIES_LOOKED_AT); i++) {
      const key = keyOf(entries[i]);
      if (key) keys.add(key);
    }
    const weight = (keys.size || 1) ** -0.25;
    for (const key of keys) {
      const slot = out.get(key) ?? { votes: 0, names: 0 };
      slot.votes += weight;
      slot.names += 1;
      out.set(key, slot);
    }
  }
  return out;
}

function winner(votes: ReadonlyMap<string, { votes: number; names: number }>): string | null {
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [key, v] of votes) {
    if (v.votes > top) [best, top, second] = [key, v.votes, top];
    else if (v.votes > second) second = v.votes;
  }
  if (best === null || (votes.get(best)?.names ?? 0) < MIN_NAMES || top < second * MIN_LEAD) return null;
  return best;
}

export function findHomeArea(spans: readonly NameSpan[]): HomeArea {
  const names = distinctNames(spans);
  const country = winner(tally(names, (e) => e.country));
  const admin1 = winner(tally(names, divisionKey));
  return { country, admin1: admin1 !== null && country !== null && admin1.startsWith(`${country}|`) ? admin1 : null };
}
