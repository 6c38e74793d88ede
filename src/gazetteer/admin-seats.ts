// Seats of first-level divisions (GeoNames PPLA, or the capital when it lies in the division), found by
// one scan of the feature column on first use: ACLED codes a province-level event to its seat.
import type { GazetteerData } from "./gazetteer-data.js";
import { stringAt } from "./string-table.js";

/** Returns a lookup from (ISO2, admin1 name) to the entry index of its seat, or null. */
export function createSeatLookup(data: GazetteerData): (country: string, admin1: string) => number | null {
  let seats: Map<string, number> | null = null;
  const build = (): Map<string, number> => {
    const map = new Map<string, number>();
    const wanted = new Set(["PPLA", "PPLC"].map((f) => data.features.indexOf(f)).filter((i) => i >= 0));
    const pplc = data.features.indexOf("PPLC");
    for (let i = 0; i < data.size; i++) {
      if (!wanted.has(data.featureCode[i])) continue;
      const key = `${data.countries[data.countryCode[i]]}|${stringAt(data.strings, data.admin1Ref[i])}`;
      const had = map.get(key);
      // A capital seats its own division; otherwise the most populous PPLA.
      if (had === undefined || data.featureCode[i] === pplc || (data.featureCode[had] !== pplc && data.population[i] > data.population[had])) map.set(key, i);
    }
    return map;
  };
  return (country, admin1) => {
    seats ??= build();
    return seats.get(`${country.toUpperCase()}|${admin1}`) ?? null;
  };
}
