// Scoring one ACLED row against the event sitrep coded from its notes, and summing rows into rates.
import type { CodedEvent } from "../types.js";

export interface RowOutcome {
  id: string;
  country: string;
  gold: { event_type: string; sub_event_type: string; actor1: string; actor2: string; date: string | null; fatalities: number };
  predicted: { event_type: string; sub_event_type: string; actor1: string; actor2: string; date: string | null; fatalities: number; location: string | null };
  hit: { event_type: boolean; sub_event_type: boolean; actor1: boolean; actor2: boolean; date: boolean; location: boolean; fatalities: boolean };
  /** The location miss is a place the gazetteer lacks (found in the text, not resolved). */
  gazetteerGap: boolean;
  coded: boolean;
}

export interface AcledScores {
  n: number;
  coded: number;
  event_type: number;
  sub_event_type: number;
  sub_event_f1: number;
  actor1: number;
  actor2: number;
  date: number;
  location25: number;
  locationMisses: number;
  gazetteerGaps: number;
  fatalities: number;
}

const NONE = "(none)";
const NEAR_KM = 25;

interface Helpers {
  distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number;
  parseAcledDate(value: string): string | null;
}

export function scoreRow(row: Record<string, string>, event: CodedEvent | null, h: Helpers): RowOutcome {
  const gold = {
    event_type: row.event_type ?? "", sub_event_type: row.sub_event_type ?? "", actor1: row.actor1 ?? "", actor2: row.actor2 ?? "",
    date: h.parseAcledDate(row.event_date ?? ""), fatalities: Number(row.fatalities) || 0,
  };
  const predicted = {
    event_type: event?.event_type ?? NONE, sub_event_type: event?.sub_event_type ?? NONE,
    actor1: event?.actor1 ?? "", actor2: event?.actor2 ?? "", date: event?.event_date ?? null,
    fatalities: event?.fatalities.low ?? 0, location: event?.location?.name ?? null,
  };
  const lat = Number(row.latitude);
  const lon = Number(row.longitude);
  const loc = event?.location;
  const located = loc && loc.latitude !== null && loc.longitude !== null;
  const near = Boolean(located && h.distanceKm(lat, lon, loc.latitude as number, loc.longitude as number) <= NEAR_KM);
  return {
    id: row.event_id_cnty ?? "", country: row.country || "(unknown)", gold, predicted, coded: event !== null,
    hit: {
      event_type: gold.event_type === predicted.event_type, sub_event_type: gold.sub_event_type === predicted.sub_event_type,
      actor1: gold.actor1 === predicted.actor1, actor2: gold.actor2 === predicted.actor2,
      date: gold.date !== null && gold.date === predicted.date, location: near, fatalities: gold.fatalities === predicted.fatalities,
    },
    gazetteerGap: !near && Boolean(loc && !loc.resolved),
  };
}

export function summarise(rows: readonly RowOutcome[], weightedF1: (p: { gold: string; predicted: string }[]) => number): AcledScores {
  const n = rows.length;
  const rate = (k: keyof RowOutcome["hit"]) => (n ? rows.filter((r) => r.hit[k]).length / n : 0);
  return {
    n, coded: rows.filter((r) => r.coded).length,
    event_type: rate("event_type"), sub_event_type: rate("sub_event_type"),
    sub_event_f1: weightedF1(rows.map((r) => ({ gold: r.gold.sub_event_type, predicted: r.predicted.sub_event_type }))),
    actor1: rate("actor1"), actor2: rate("actor2"), date: rate("date"), location25: rate("location"),
    locationMisses: rows.filter((r) => !r.hit.location).length, gazetteerGaps: rows.filter((r) => r.gazetteerGap).length,
    fatalities: rate("fatalities"),
  };
}
