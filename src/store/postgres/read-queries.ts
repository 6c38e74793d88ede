// Reads for the API and web page on PostgreSQL, as ../sqlite/read-queries.ts: a page of events with its total,
// facet counts and a timeline, and a document with its events' evidence. sitrep_km and sitrep_fold are SQL
// functions here (migrations.ts) where SQLite registers them from JavaScript. Every value is a parameter.
import { buildQueryWhere, FACET_COLUMNS, FACET_SIZE, toOrderBy, type WhereSql } from "../event-where.js";
import { FACET_FIELDS, type DocumentText, type EventPage, type EventQuery, type EventSummary, type EventSummaryPage, type StoredEvent } from "../store.js";
import { toPositional, type Queryable } from "./connect.js";


export async function queryEvents(db: Queryable, query: EventQuery, options: { summary?: boolean } = {}): Promise<EventPage> {
  const where = toWhere(query);
  const events = (await db.query<{ detail: string }>(toPositional(`SELECT d.detail FROM incidents JOIN incident_details d USING (id)
    ${where.sql} ${toOrderBy(query)} LIMIT ? OFFSET ?`), [...where.params, query.limit ?? null, query.offset ?? 0])).rows
    .map((r) => JSON.parse(r.detail) as StoredEvent);
  return { events, ...(await countPage(db, query, where, options.summary !== false, events.length)) };
}

/** The same page as map and table rows: one SELECT of columns, no JSON. */
export async function queryEventSummaries(db: Queryable, query: EventQuery, options: { summary?: boolean } = {}): Promise<EventSummaryPage> {
  const where = toWhere(query);
  const rows = (await db.query<SummaryRow>(toPositional(`SELECT id, event_type, sub_event_type, event_date, actor1, actor2, location_name,
      latitude, longitude, location_resolved, fatalities_low FROM incidents ${where.sql} ${toOrderBy(query)} LIMIT ? OFFSET ?`),
  [...where.params, query.limit ?? null, query.offset ?? 0])).rows;
  const events = rows.map((r): EventSummary => ({
    id: r.id, event_type: r.event_type, sub_event_type: r.sub_event_type, event_date: r.event_date, actor1: r.actor1, actor2: r.actor2,
    location: r.location_name === null ? null : { name: r.location_name, latitude: r.latitude, longitude: r.longitude, resolved: r.location_resolved === 1 },
    fatalities: { low: r.fatalities_low },
  }));
  return { events, ...(await countPage(db, query, where, options.summary !== false, events.length)) };
}

/**
 * Total, facets and (for a query without dates) the timeline in one scan: GROUPING SETS count each facet column,
 * event_date and the whole; a dated query's timeline, which ignores its dates, takes a second.
 */
async function countPage(db: Queryable, query: EventQuery, where: WhereSql, summary: boolean, pageLength: number): Promise<Omit<EventPage, "events">> {
  const counts = FACET_FIELDS.map(() => new Map<string, number>());
  if (!summary) return { total: pageLength, facets: toFacets(counts), timeline: [] };
  const columns = [...FACET_FIELDS.map((f) => FACET_COLUMNS[f]), "event_date"];
  const { rows } = await db.query<Record<string, string | number | null> & { grouping: number; n: number }>(toPositional(`SELECT
      GROUPING(${columns.join(", ")}) AS grouping, ${columns.join(", ")}, count(*) AS n
    FROM incidents ${where.sql} GROUP BY GROUPING SETS (${columns.map((c) => `(${c})`).join(", ")}, ())`), where.params);
  const days = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    // GROUPING: one bit per column, the first the highest, set where the row is not grouped by that column.
    const set = columns.findIndex((_, i) => row.grouping === (2 ** columns.length - 1) - 2 ** (columns.length - 1 - i));
    const value = set === -1 ? null : row[columns[set]];
    if (set === -1) total = row.n;
    else if (value !== null && set < counts.length) counts[set].set(String(value), row.n);
    else if (value !== null) days.set(String(value), row.n);
  }
  const timeline = query.since === undefined && query.until === undefined
    ? [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, count]) => ({ date, count }))
    : await countDays(db, toWhere({ ...query, since: undefined, until: undefined }));
  return { total, facets: toFacets(counts), timeline };
}

/** The commonest FACET_SIZE values of each field, most first, ties by value (as ../sqlite/read-queries.ts). */
function toFacets(counts: Map<string, number>[]): EventPage["facets"] {
  return Object.fromEntries(FACET_FIELDS.map((field, i) => [field, Object.fromEntries([...counts[i]]
    .sort(([va, na], [vb, nb]) => nb - na || (va < vb ? -1 : va > vb ? 1 : 0)).slice(0, FACET_SIZE))])) as EventPage["facets"];
}

async function countDays(db: Queryable, where: WhereSql): Promise<EventPage["timeline"]> {
  const dated = where.sql ? `${where.sql} AND event_date IS NOT NULL` : "WHERE event_date IS NOT NULL";
  return (await db.query<{ date: string; count: number }>(toPositional(`SELECT event_date AS date, count(*) AS count FROM incidents ${dated}
    GROUP BY event_date ORDER BY event_date`), where.params)).rows;
}

interface SummaryRow {
  id: string; event_type: string; sub_event_type: string; event_date: string | null; actor1: string | null; actor2: string | null;
  location_name: string | null; latitude: number | null; longitude: number | null; location_resolved: number | null; fatalities_low: number | null;
}

export async function getDocument(db: Queryable, id: string): Promise<DocumentText | null> {
  const row = (await db.query<Omit<DocumentText, "events"> & { events: number }>(`SELECT d.id, d.path, d.url, d.title, d.publisher,
      d.published, d.published_from, d.language, d.ingested_at, d.text,
      (SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) AS events
    FROM documents d WHERE d.id = $1`, [id])).rows[0];
  if (!row) return null;
  const evidence = (await db.query<EvidenceJoinRow>(`SELECT e.id, e.event_type, e.sub_event_type, e.event_date, e.location_name,
      ev.ev_start, ev.ev_end, ev.ev_text
    FROM event_evidence ev JOIN incident_reports ir ON ir.report_id = ev.event_id JOIN incidents e ON e.id = ir.incident_id
    WHERE ev.document_id = $1 ORDER BY ev.ev_start, e.id, ev.ordinal`, [id])).rows;
  const byEvent = new Map<string, DocumentText["events"][number]>();
  for (const r of evidence) {
    const entry = byEvent.get(r.id) ?? { id: r.id, event_type: r.event_type, sub_event_type: r.sub_event_type,
      event_date: r.event_date, location: r.location_name, evidence: [] };
    entry.evidence.push({ start: r.ev_start, end: r.ev_end, text: r.ev_text });
    byEvent.set(r.id, entry);
  }
  return { ...row, events: [...byEvent.values()] };
}

interface EvidenceJoinRow {
  id: string; event_type: string; sub_event_type: string; event_date: string | null; location_name: string | null;
  ev_start: number; ev_end: number; ev_text: string;
}


/**
 * The API's WHERE; each word of `q` is a substring of the folded search text (incident_text, as SQLite's
 * incident_search), found by LIKE so the trigram index (migration 004) serves it; LIKE's wildcards are escaped.
 */
function toWhere(query: EventQuery): WhereSql {
  return buildQueryWhere(query, (folded) => ["incidents.id IN (SELECT t.id FROM incident_text t WHERE t.body LIKE ? ESCAPE '\\')",
    `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`]);
}
