// Spatial coherence between the names of one document: a namesake is supported by every other name
// that has a namesake of its own nearby. "Brandon", "Alexandria" and "Douglas County" each exist in a
// dozen states, but only in one do all three lie within a short drive of each other: local news names
// places near each other, so the namesakes that cluster are the ones meant.
import type { GazetteerEntry } from "../../gazetteer/gazetteer.js";
import type { NameSpan } from "./find-name-spans.js";

/** Namesakes of one name looked at (lookups are ranked, best first). */
const NAMESAKES_LOOKED_AT = 25;
/** Two namesakes support each other within this distance. */
const SUPPORT_KM = 100;
/** Countries, continents and regions are points for whole areas: they neither give nor get support. */
const AREA_CODES = new Set(["PCLI", "CONT", "RGN"]);

interface Point { key: number; entry: GazetteerEntry }

/** One-degree cells, numbered (a number key costs no string per lookup). */
const cellOf = (lat: number, lon: number): number => (lat + 90) * 400 + (lon + 180);

function kmBetween(a: GazetteerEntry, b: GazetteerEntry): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2
    + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** Distinct names with namesakes to place (the same name written twice counts once). */
export function distinctNames(spans: readonly NameSpan[]): (readonly GazetteerEntry[])[] {
  const seen = new Set<string>();
  const names: (readonly GazetteerEntry[])[] = [];
  for (const s of spans) {
    if (s.kind !== "gazetteer" || s.entries.length === 0 || seen.has(s.key)) continue;
    seen.add(s.key);
    names.push(s.entries);
  }
  return names;
}

/** Entry id -> how many other names of the document have a namesake within SUPPORT_KM of it. */
export function findNamesakeSupport(spans: readonly NameSpan[]): Map<string, number> {
  const names = distinctNames(spans);
  const support = new Map<string, number>();
  if (names.length < 2) return support;
  const grid = new Map<number, Point[]>();
  const points: Point[] = [];
  names.forEach((entries, key) => {
    for (let i = 0; i < Math.min(entries.length, NAMESAKES_LOOKED_AT); i++) {
      const entry = entries[i];
      if (AREA_CODES.has(entry.featureCode)) continue;
      const point = { key, entry };
      points.push(point);
      const cell = cellOf(Math.floor(entry.latitude), Math.floor(entry.longitude));
      const list = grid.get(cell);
      if (list) list.push(point);
      else grid.set(cell, [point]);
    }
  });
  for (const p of points) {
    if (names[p.key].length < 2) continue; // a name with one entry has nothing to choose: it only supports others
    const supporters = new Set<number>();
    const [lat, lon] = [Math.floor(p.entry.latitude), Math.floor(p.entry.longitude)];
    for (let dLat = -1; dLat <= 1; dLat++) {
      for (let dLon = -2; dLon <= 2; dLon++) {
        const cell = grid.get(cellOf(lat + dLat, lon + dLon));
        if (!cell) continue;
        for (const q of cell) {
          if (q.key !== p.key && !supporters.has(q.key) && kmBetween(p.entry, q.entry) <= SUPPORT_KM) supporters.add(q.key);
        }
      }
    }
    if (supporters.size > 0) support.set(p.entry.id, Math.max(support.get(p.entry.id) ?? 0, supporters.size));
  }
  return support;
}
