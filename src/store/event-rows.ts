// Rows of the events (reports), event_sources, event_evidence and corrections tables back to the contract's
// shapes. Both backends (sqlite/, postgres/) have the same columns, so they share this mapping.
import type { CodedEvent, GeoPrecision, InterCode, Span, TimePrecision } from "../types.js";
import type { ReportKey } from "../merge/same-incident.js";
import type { EventChanges, EventSource, StoredCorrection } from "./store.js";

export interface EventRow {
  id: string; event_type: string; sub_event_type: string; kind: string;
  event_date: string | null; time_precision: number | null;
  actor1: string | null; assoc_actor_1: string; inter1: number | null;
  actor2: string | null; assoc_actor_2: string; inter2: number | null;
  interaction: number | null; civilian_targeting: number;
  location_name: string | null; latitude: number | null; longitude: number | null; geo_precision: number | null;
  admin1: string | null; country: string | null; iso: number | null; location_resolved: number | null;
  fatalities_low: number | null; fatalities_best: number | null; fatalities_high: number | null;
  rule: string; actors_key: string; place_key: string | null; stored_at: string;
}

export interface SourceRow {
  event_id: string; document_id: string; attributed_to: string;
  path: string | null; url: string | null; title: string | null; publisher: string | null; published: string | null;
}

export interface EvidenceRow {
  event_id: string; document_id: string; ev_start: number; ev_end: number; ev_text: string;
}

/** A row of \`events\` (a per-document report) back to the contract's event, without its sources. */
export function toCodedEvent(row: EventRow): CodedEvent {
  return {
    id: row.id,
    event_type: row.event_type as CodedEvent["event_type"],
    sub_event_type: row.sub_event_type as CodedEvent["sub_event_type"],
    kind: row.kind as CodedEvent["kind"],
    event_date: row.event_date,
    time_precision: row.time_precision as TimePrecision | null,
    actor1: row.actor1, assoc_actor_1: JSON.parse(row.assoc_actor_1) as string[], inter1: row.inter1 as InterCode | null,
    actor2: row.actor2, assoc_actor_2: JSON.parse(row.assoc_actor_2) as string[], inter2: row.inter2 as InterCode | null,
    interaction: row.interaction,
    civilian_targeting: row.civilian_targeting === 1,
    location: row.location_name === null ? null : {
      name: row.location_name, latitude: row.latitude, longitude: row.longitude,
      geo_precision: (row.geo_precision ?? 1) as GeoPrecision, admin1: row.admin1, country: row.country, iso: row.iso,
      resolved: row.location_resolved === 1,
    },
    fatalities: { low: row.fatalities_low, best: row.fatalities_best, high: row.fatalities_high },
    attributed_to: [],
    evidence: [],
    rule: row.rule,
  };
}

export type ReportSource = Omit<EventSource, "report_id" | "said">;

export function toSources(rows: SourceRow[], evidence: EvidenceRow[]): ReportSource[] {
  return rows.map((r) => ({
    document_id: r.document_id, path: r.path, url: r.url, title: r.title, publisher: r.publisher, published: r.published,
    attributed_to: JSON.parse(r.attributed_to) as string[],
    evidence: evidence.filter((e) => e.document_id === r.document_id).map((e): Span => ({ start: e.ev_start, end: e.ev_end, text: e.ev_text })),
  }));
}

/** What the "same incident" predicate reads of a report, without parsing its JSON columns (clustering reads many). */
export function toReportKey(row: EventRow): ReportKey {
  return {
    id: row.id, event_type: row.event_type as CodedEvent["event_type"], sub_event_type: row.sub_event_type as CodedEvent["sub_event_type"],
    event_date: row.event_date, time_precision: row.time_precision as TimePrecision | null,
    actor1: row.actor1, actor2: row.actor2, inter1: row.inter1 as InterCode | null,
    location: row.location_name === null ? null : {
      name: row.location_name, latitude: row.latitude, longitude: row.longitude,
      geo_precision: (row.geo_precision ?? 1) as GeoPrecision, admin1: row.admin1, country: row.country, iso: row.iso,
      resolved: row.location_resolved === 1,
    },
  };
}

export interface CorrectionRow {
  id: number; kind: string; report_id: string; other_report_id: string | null; changes: string | null;
  author: string; reason: string; created_at: string;
}

export function toStoredCorrection(row: CorrectionRow): StoredCorrection {
  return { ...row, kind: row.kind as StoredCorrection["kind"], changes: row.changes === null ? null : (JSON.parse(row.changes) as EventChanges) };
}

/** Rows keyed by the event (report) they belong to, in their order. */
export function groupByEvent<T extends { event_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.event_id);
    if (list) list.push(r);
    else out.set(r.event_id, [r]);
  }
  return out;
}
