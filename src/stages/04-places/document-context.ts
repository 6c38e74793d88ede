// What the document as a whole says about where it is: votes for countries from its names and
// adjectives, and the divisions and countries it names (so "Springfield" can lean to the Illinois
// the article mentions).
import type { Gazetteer, GazetteerEntry } from "../../gazetteer/gazetteer.js";
import { findAdminQualifier } from "./find-admin-qualifier.js";
import type { NameSpan } from "./find-name-spans.js";
import type { Token } from "./tokenize-text.js";

const AREA_CODES = new Set(["PCLI", "ADM1"]);
/** A namesake this big makes a country's name ambiguous. */
const BIG_NAMESAKE = 50_000;

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
    const shape = shapeOf(span.entries);
    if (!shape) continue;
    const top = span.entries[0];
    if (shape.oneCountry) vote(top.country, 1); // an ambiguous name would only vote for its own guess
    if (shape.admin1Vote) voteAdmin1(shape.admin1Vote.key, shape.admin1Vote.weight);
    if (shape.namedArea !== null) {
      namedAreas.add(shape.namedArea);
      // A country named in the text votes for itself, though small towns abroad share its name ("Yemen"); not
      // when a division or a city does too: "Georgia" may be the US state, "Columbia" the city in Missouri.
      if (top.featureCode === "PCLI" && (shape.oneCountry || !shape.areaNamesake)) vote(top.country, 1);
    }
  }
  return { countryVotes, admin1Votes, namedAreas };
}

/** What a name's top five entries say, whatever the document: worked out once per entry list (lookups are cached). */
interface EntriesShape {
  /** All of the top entries are in one country. */
  oneCountry: boolean;
  /** The division the name votes for: itself (a division), or the one all its top entries lie in. */
  admin1Vote: { key: string; weight: number } | null;
  /** The lower-case name of the area (country, division) it names. */
  namedArea: string | null;
  /** Another division or country among the top entries bears the name too. */
  areaNamesake: boolean;
}

const SHAPES = new WeakMap<readonly GazetteerEntry[], EntriesShape | null>();

function shapeOf(entries: readonly GazetteerEntry[]): EntriesShape | null {
  let shape = SHAPES.get(entries);
  if (shape !== undefined) return shape;
  const top = entries.slice(0, 5);
  if (top.length === 0) shape = null;
  else {
    const divisions = new Set(top.map((e) => admin1Key(e.country, e.admin1)));
    const admin1Vote = top[0].featureCode === "ADM1" ? { key: admin1Key(top[0].country, top[0].name), weight: 2 }
      : divisions.size === 1 && top[0].admin1 ? { key: admin1Key(top[0].country, top[0].admin1), weight: 1 } : null;
    shape = {
      oneCountry: new Set(top.map((e) => e.country)).size === 1,
      admin1Vote,
      namedArea: AREA_CODES.has(top[0].featureCode) ? top[0].name.toLowerCase() : null,
      areaNamesake: top.slice(1).some((e) => AREA_CODES.has(e.featureCode) || (e.population >= BIG_NAMESAKE && !e.alternate && e.country !== top[0].country)),
    };
  }
  SHAPES.set(entries, shape);
  return shape;
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
