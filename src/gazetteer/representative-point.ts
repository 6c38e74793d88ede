// ACLED codes a place by precision: 1 and 2 at the town itself, 3 (a province or a country) at its
// capital (DOMAIN.md). A PlaceMention keeps the gazetteer's own point (an area's centre); this gives the
// point an event should carry: a country's capital, a first-level division's seat, otherwise the mention.
import type { PlaceMention } from "../types.js";
import type { Gazetteer } from "./gazetteer.js";

export interface RepresentativePoint {
  name: string;
  latitude: number;
  longitude: number;
  /** "mention": the mention's own point; "country-capital" / "admin1-seat": coded to the capital. */
  rule: "mention" | "country-capital" | "admin1-seat";
}

/** The point to code an event at for this mention; null when the mention is unresolved. */
export function representativePoint(mention: PlaceMention, gazetteer: Gazetteer): RepresentativePoint | null {
  if (!mention.resolved || mention.latitude === null || mention.longitude === null) return null;
  const own: RepresentativePoint = { name: mention.name, latitude: mention.latitude, longitude: mention.longitude, rule: "mention" };
  if (mention.geo_precision !== 3 || !mention.country) return own;
  if (mention.feature === "country") {
    const capital = gazetteer.countryInfo(mention.country)?.capital;
    return capital ? { ...capital, rule: "country-capital" } : own;
  }
  if (mention.feature === "first-order administrative division" && mention.admin1) {
    const seat = gazetteer.seatOf(mention.country, mention.admin1);
    return seat ? { name: seat.name, latitude: seat.latitude, longitude: seat.longitude, rule: "admin1-seat" } : own;
  }
  return own;
}
