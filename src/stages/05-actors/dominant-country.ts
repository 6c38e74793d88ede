// The document's country: what "government forces", "civilians" and "the army" belong to.
import type { PlaceMention } from "../../types.js";

/** The most mentioned country among the document's locations (first mentioned wins a tie), or null. */
export function findDominantCountry(places: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (p.role !== "location" || !p.country) continue;
    counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [country, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = country;
  return best;
}

/** With no located places, the country of the actors the text names ("Taliban" -> AF), most frequent first. */
export function findCountryOfActors(countries: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) if (c && /^[A-Z]{2}$/.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  for (const [country, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = country;
  return best;
}
