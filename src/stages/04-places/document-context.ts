// What the document as a whole says about where it is: votes for countries from its names and
// adjectives, and the divisions and countries it names (so "Springfield" can lean to the Illinois
// the article mentions).
import type { Gazetteer } from "../../gazetteer/gazetteer.js";
import { findAdminQualifier } from "./find-admin-qualifier.js";
import type { NameSpan } from "./find-name-spans.js";
import type { Token } from "./tokenize-text.js";

const AREA_CODES = new Set(["PCLI", "ADM1"]);

export interface DocumentPlaces {
  countryVotes: Map<string, number>;
  /** Votes per first-level division, keyed "US|Texas": from divisions named and from towns only one division has. */
  admin1Votes: Map<string, number>;
  namedAreas: Set<string>;
}

export const admin1Key = (country: string | null, admin1: string | null): string => `${country ?? ""}|${admin1 ?? ""}`;

export function findDocumentPlaces(spans: readonly NameSpan[]): DocumentPlaces {
  const countryVotes = new Map<string, number>();
  const namedAreas = new Set<string>();
  const admin1Votes = new Map<string, number>();
  const voteAdmin1 = (key: string, weight: number): void => {
    admin1Votes.set(key, (admin1Votes.get(key) ?? 0) + weight);
  };
  const vote = (country: string | null, weight: number): void => {
    if (country) countryVotes.set(country, (countryVotes.get(country) ?? 0) + weight);
  };
  for (const span of spans) {
    if (span.kind === "demonym") {
      vote(span.entries[0]?.country ?? null, 0.5);
      continue;
    }
    const top = span.entries.slice(0, 5);
    if (top.length === 0) continue;
    const countries = new Set(top.map((e) => e.country));
    if (countries.size === 1) vote(top[0].country, 1); // an ambiguous name would only vote for its own guess
    const divisions = new Set(top.map((e) => admin1Key(e.country, e.admin1)));
    if (top[0].featureCode === "ADM1") voteAdmin1(admin1Key(top[0].country, top[0].name), 2);
    else if (divisions.size === 1 && top[0].admin1) voteAdmin1(admin1Key(top[0].country, top[0].admin1), 1);
    if (AREA_CODES.has(top[0].featureCode)) {
      namedAreas.add(top[0].name.toLowerCase());
      if (top[0].featureCode === "PCLI" && countries.size === 1) vote(top[0].country, 1); // "Georgia" may be the US state
    }
  }
  return { countryVotes, admin1Votes, namedAreas };
}

/** "Town, Ga." votes for the US and for Georgia, twice as much as a division named on its own. */
export function addQualifierVotes(places: DocumentPlaces, spans: readonly NameSpan[], tokens: readonly Token[], text: string, gazetteer: Gazetteer): DocumentPlaces {
  const countryVotes = new Map(places.countryVotes);
  const admin1Votes = new Map(places.admin1Votes);
  for (const span of spans) {
    const q = span.kind === "gazetteer" ? findAdminQualifier(text, tokens[span.last].end, gazetteer.lexicon) : null;
    if (!q) continue;
    countryVotes.set(q.country, (countryVotes.get(q.country) ?? 0) + 2);
    const key = admin1Key(q.country, q.admin1);
    admin1Votes.set(key, (admin1Votes.get(key) ?? 0) + 2);
  }
  return { ...places, countryVotes, admin1Votes };
}

/** The country with most votes, if it has at least a third of them. */
export function findDominantCountry(votes: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let total = 0;
  for (const [country, n] of votes) {
    total += n;
    if (best === null || n > (votes.get(best) ?? 0)) best = country;
  }
  return best && (votes.get(best) ?? 0) >= total / 3 ? best : null;
}
