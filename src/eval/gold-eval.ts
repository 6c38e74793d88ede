// Scores extractions against gold files in the seed gold format (../shared/gold/README.md): per document
// the places, events, figures and must-nots an analyst coded by hand. Returns counts per field.
import type { Extraction } from "../types.js";

export interface GoldDocument {
  file: string;
  published?: string | null;
  places: { name: string; aliases?: string[]; lat?: number; lon?: number; within_km?: number; required?: boolean }[];
  events: {
    id: string; event_type: string; sub_event_type: string[]; actor1?: string; date?: string | null; date_month?: string;
    near: { lat: number; lon: number; within_km: number }; required?: boolean;
  }[];
  figures: { measure: string; value: number; attributed_to?: string | null; required?: boolean }[];
  must_not: { kind: string; value: string | number; why: string }[];
}

export type Tally = Record<string, { hit: number; total: number }>;

export function normalizeForGold(s: unknown): string {
  return String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['`\u02bf\u02be]/g, "")
    .replace(/[^a-z0-9 ]+/g, " ").replace(/\b(?:al|el|ar|as|ash|ad|az|the)\s+/g, "").replace(/\s+/g, " ").trim();
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

export function scoreGoldDocument(gold: GoldDocument, out: Extraction | undefined, tally: Tally): string[] {
  const notes: string[] = [];
  const count = (field: string, ok: boolean) => { const t = (tally[field] ??= { hit: 0, total: 0 }); t.total++; if (ok) t.hit++; };
  const places = out?.places ?? [], events = out?.events ?? [], figures = out?.figures ?? [];
  for (const g of gold.places.filter((p) => p.required !== false)) {
    const names = [g.name, ...(g.aliases ?? [])].map(normalizeForGold);
    const hits = places.filter((p) => names.includes(normalizeForGold(p.name)));
    count("place found", hits.length > 0);
    if (g.lat != null && g.lon != null) {
      count("place resolved", hits.some((p) => p.latitude != null && p.longitude != null && km(p.latitude, p.longitude, g.lat!, g.lon!) <= (g.within_km ?? 25)));
    }
    if (!hits.length) notes.push(`place missed: ${g.name}`);
  }
  const located = (e: Extraction["events"][number], g: GoldDocument["events"][number]) => {
    const L = e.location;
    if (!L || L.latitude == null || L.longitude == null || km(L.latitude, L.longitude, g.near.lat, g.near.lon) > g.near.within_km) return false;
    if (g.date && e.event_date !== g.date) return false;
    return !(g.date_month && !String(e.event_date ?? "").startsWith(g.date_month));
  };
  for (const g of gold.events.filter((e) => e.required !== false)) {
    const hit = events.find((e) => e.event_type === g.event_type && located(e, g));
    count("event found", !!hit);
    if (hit) count("event sub-type", g.sub_event_type.includes(hit.sub_event_type));
    if (hit && g.actor1) count("event actor1", normalizeForGold(hit.actor1).startsWith(normalizeForGold(g.actor1)));
    if (!hit) notes.push(`event missed: ${g.id}`);
  }
  for (const e of events) count("event precise", gold.events.some((g) => located(e, g)));
  for (const g of gold.figures.filter((f) => f.required !== false)) {
    const hit = figures.find((f) => (f.value === g.value || f.low === g.value) && (g.measure === "other" || f.measure === g.measure));
    count("figure found", !!hit);
    if (hit && g.attributed_to) {
      const [a, b] = [normalizeForGold(hit.attributed_to), normalizeForGold(g.attributed_to)];
      count("figure attributed", !!a && (a.includes(b.split(" ").pop() ?? b) || b.includes(a)));
    }
    if (!hit) notes.push(`figure missed: ${g.measure} ${g.value}`);
  }
  for (const m of gold.must_not) {
    const blob = JSON.stringify([events, figures, out?.actors ?? []]);
    const broken = m.kind === "figure_value" ? figures.some((f) => f.value === m.value) : blob.includes(String(m.value));
    count("must-not held", !broken);
    if (broken) notes.push(`must-not broken: ${m.why}`);
  }
  if (gold.published) count("dateline read", out?.document.published === gold.published);
  return notes;
}

export function formatTally(tally: Tally): string {
  return Object.entries(tally)
    .map(([field, { hit, total }]) => `  ${field.padEnd(18)} ${String(hit).padStart(4)}/${String(total).padEnd(4)} ${(hit / total).toFixed(2)}`)
    .join("\n");
}
