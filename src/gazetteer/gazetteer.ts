// The gazetteer seam. STUB, to be replaced by the real loader (GeoNames cities500, countries, admin1).
export interface GazetteerEntry {
  /** "geonames:170063" */
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** ISO2 */
  country: string | null;
  admin1: string | null;
  /** "populated place", "country", "first-order administrative division", ... */
  feature: string;
  population: number;
}

export interface Gazetteer {
  readonly size: number;
  /** Entries whose name or alternate name matches, best first. */
  lookup(name: string): readonly GazetteerEntry[];
}

export async function loadGazetteer(_options: { path: string | null }): Promise<Gazetteer> {
  return { size: 0, lookup: () => [] };
}
