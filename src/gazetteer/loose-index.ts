// Consonant skeletons: "Zirba" and "Az Zarbah" both give "zrb". The gazetteer data keeps one index of
// populated places per country and skeleton; it is only consulted inside one country, where skeleton
// collisions are rare enough to be useful.
import { normalizeName } from "./normalize-name.js";

export function skeletonOf(name: string): string {
  return normalizeName(name).replace(/[aiuy]/g, "").replace(/([a-z])\1+/g, "$1").trim();
}

/** The skeleton index key of a name in a country, or null when the skeleton is too short to trust. */
export function looseKeyOf(name: string, country: string): string | null {
  const key = skeletonOf(name);
  return key.length < 3 ? null : `${country}|${key}`;
}
