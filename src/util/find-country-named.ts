// The country a text names most often ("in Mexico City", "the Turkish capital"), from the actor lexicon's
// country names and adjectives: the last resort for a document's country when no place resolves.
import { findAllMatches } from "./find-all-matches.js";

export interface NamedCountry {
  name: string;
  forms: readonly string[];
}

const PATTERNS = new WeakMap<ReadonlyMap<string, NamedCountry>, { pattern: RegExp; iso2Of: Map<string, string> }>();

function compile(countries: ReadonlyMap<string, NamedCountry>): { pattern: RegExp; iso2Of: Map<string, string> } {
  const iso2Of = new Map<string, string>();
  for (const [iso2, c] of countries) for (const w of [c.name, ...c.forms]) if (/^\p{Lu}/u.test(w)) iso2Of.set(w, iso2);
  const words = [...iso2Of.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|") || "(?!)"})(?![\\p{L}\\p{N}])`, "gu"), iso2Of };
}

/** The ISO2 of the country named most often (first named wins a tie), or null. Names match as written, capitalised. */
export function findCountryNamed(text: string, countries: ReadonlyMap<string, NamedCountry>): string | null {
  let compiled = PATTERNS.get(countries);
  if (!compiled) PATTERNS.set(countries, (compiled = compile(countries)));
  const counts = new Map<string, number>();
  for (const m of findAllMatches(text, compiled.pattern)) { // matchAll would clone this long pattern per call
    const iso2 = compiled.iso2Of.get(m[0]);
    if (iso2) counts.set(iso2, (counts.get(iso2) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [iso2, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = iso2;
  return best;
}
