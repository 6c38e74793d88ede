// Stored events as an RFC 7946 FeatureCollection: one Point feature per event with coordinates
// ([longitude, latitude], WGS 84); events without coordinates are left out and counted.
import type { StoredEvent } from "../store/store.js";

export interface GeoJsonFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

export function toGeoJsonFeature(event: StoredEvent): GeoJsonFeature | null {
  const loc = event.location;
  if (!loc || loc.latitude === null || loc.longitude === null) return null;
  const { location, sources, evidence: _evidence, ...rest } = event;
  return {
    type: "Feature",
    id: event.id,
    geometry: { type: "Point", coordinates: [loc.longitude, loc.latitude] },
    properties: {
      ...rest,
      location: location?.name ?? null,
      geo_precision: loc.geo_precision,
      admin1: loc.admin1,
      country: loc.country,
      sources: sources.map((s) => ({ document_id: s.document_id, publisher: s.publisher, title: s.title, url: s.url, path: s.path })),
    },
  };
}

/** Writes the collection in pieces so a large export need not sit in memory as one string. */
export function createGeoJsonWriter(write: (chunk: string) => void) {
  let written = 0;
  let skipped = 0;
  write('{"type":"FeatureCollection","features":[');
  return {
    add(events: readonly StoredEvent[]): void {
      for (const event of events) {
        const feature = toGeoJsonFeature(event);
        if (!feature) {
          skipped++;
          continue;
        }
        write((written === 0 ? "\n" : ",\n") + JSON.stringify(feature));
        written++;
      }
    },
    end(): { written: number; skipped: number } {
      write("\n]}\n");
      return { written, skipped };
    },
  };
}
