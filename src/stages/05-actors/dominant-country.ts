// The document's country: what "government forces", "civilians" and "the army" belong to.
import type { PlaceMention } from "../../types.js";

/**
 * How much one located mention says about the document's country: a province, a country or a city of a million
 * counts twice a village, whose name is more often a namesake abroad ("Colonia", "Kore"); a surer resolution counts more.
 */
export function weighPlace(place: PlaceMention): number {
  const population = place.population ?? 0;
  // A country named outright is as often a foreign party ("the Syrian regime airstrike", "UAE forces") as the scene.
  const large = /administrative division/.test(place.feature ?? "") || population >= 1_000_000;
  return place.score * (large ? 2 : population >= 100_000 ? 1.3 : 1);
}

/** The country with the heaviest located mentions (first mentioned wins a tie), or null. */
export function findDominantCountry(places: readonly PlaceMention[]): string | null {
  const weights = new Map<string, number>();
  for (const p of places) {
    if (p.role !== "location" || !p.country) continue;
    weights.set(p.country, (weights.get(p.country) ?? 0) + weighPlace(p));
  }
  let best: string | null = null;
  for (const [country, w] of weights) if (best === null || w > (weights.get(best) ?? 0)) best = country;
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
