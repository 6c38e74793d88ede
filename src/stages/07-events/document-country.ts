// The document's country for events: its most mentioned located country, else its actors' country.
import type { ActorMention, PlaceMention } from "../../types.js";

function mostFrequent(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

export function findDocumentCountry(places: readonly PlaceMention[], actors: readonly ActorMention[]): string | null {
  return mostFrequent(places.filter((p) => p.role === "location").map((p) => p.country))
    ?? mostFrequent(actors.filter((a) => a.type !== 8).map((a) => a.country));
}
