// The document's country for events: its heaviest located country, else its actors' country.
import type { ActorMention, PlaceMention } from "../../types.js";

function heaviest(votes: readonly [string | null, number][]): string | null {
  const weights = new Map<string, number>();
  for (const [v, w] of votes) if (v) weights.set(v, (weights.get(v) ?? 0) + w);
  let best: string | null = null;
  for (const [v, w] of weights) if (best === null || w > (weights.get(best) ?? 0)) best = v;
  return best;
}

/**
 * A province or a city of a million counts twice a village, whose name is more often a namesake
 * abroad; a surer resolution counts more. (The actor stage weighs places the same way.)
 */
function weighPlace(place: PlaceMention): number {
  const population = place.population ?? 0;
  // A country named outright is as often a foreign party ("the Syrian regime airstrike", "UAE forces") as the scene.
  const large = /administrative division/.test(place.feature ?? "") || population >= 1_000_000;
  return place.score * (large ? 2 : population >= 100_000 ? 1.3 : 1);
}

export function findDocumentCountry(places: readonly PlaceMention[], actors: readonly ActorMention[]): string | null {
  return heaviest(places.filter((p) => p.role === "location").map((p) => [p.country, weighPlace(p)]))
    ?? heaviest(actors.filter((a) => a.type !== 8).map((a) => [a.country, 1]));
}
