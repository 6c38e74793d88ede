// Reads for the API and web page on PostgreSQL, as ../sqlite/read-queries.ts: a page of events with its total,
// facet counts and a timeline, and a document with its events' evidence. sitrep_km and sitrep_fold are SQL
// functions here (migrations.ts) where SQLite registers them from JavaScript. Every value is a parameter.
import { buildWhere } from "./where.js";
import { likeContains } from "../search-keys.js";
import { FACET_FIELDS, type DocumentText, type EventPage, type EventQuery, type EventSortKey, type FacetField } from "../store.js";
import { toPositional, type Queryable } from "./connect.js";
import { getEvents } from "./find-events.js";

const FACET_COLUMNS: Record<FacetField, string> = {
  event_type: "event_type", sub_event_type: "sub_event_type", actor1: "actor1", actor2: "actor2",
  country: "country", location: "location_name",
};
const SORT_COLUMNS: Record<EventSortKey, string> = {
  event_date: "event_date", event_type: "event_type", sub_event_type: "sub_event_type", location: "location_name",
  actor1: "actor1", fatalities: "fatalities_low", stored_at: "stored_at",
};
const FACET_SIZE = 30;
const MAX_QUERY_WORDS = 12;

interface Where {
  sql: string;
  params: (string | number)[];
}

export async function queryEvents(db: Queryable, query: EventQuery, options: { summary?: boolean } = {}): Promise<EventPage> {
  const where = toWhere(query);
  const ids = (await db.query<{ id: string }>(toPositional(`SELECT id FROM events ${where.sql} ${toOrder(query)} LIMIT ? OFFSET ?`),
    [...where.params, query.limit ?? null, query.offset ?? 0])).rows.map((r) => r.id);
  const events = await getEvents(db, ids);
  if (options.summary === false) {
    const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, {}])) as EventPage["facets"];
    return { events, total: events.length, facets, timeline: [] };
  }
  const total = (await db.query<{ n: number }>(toPositional(`SELECT count(*) AS n FROM events ${where.sql}`), where.params)).rows[0].n;
  const timeline = await countDays(db, toWhere({ ...query, since: undefined, until: undefined }));
  return { events, total, facets: await countFacets(db, where), timeline };
}

async function countFacets(db: Queryable, where: Where): Promise<EventPage["facets"]> {
  const entries = await Promise.all(FACET_FIELDS.map(async (field) => {
    const column = FACET_COLUMNS[field];
    const rows = (await db.query<{ value: string; n: number }>(toPositional(`SELECT ${column} AS value, count(*) AS n FROM events ${where.sql}
      GROUP BY ${column} HAVING ${column} IS NOT NULL ORDER BY n DESC, value LIMIT ${FACET_SIZE}`), where.params)).rows;
    return [field, Object.fromEntries(rows.map((r) => [r.value, r.n]))];
  }));
  return Object.fromEntries(entries) as EventPage["facets"];
}

async function countDays(db: Queryable, where: Where): Promise<EventPage["timeline"]> {
  const dated = where.sql ? `${where.sql} AND event_date IS NOT NULL` : "WHERE event_date IS NOT NULL";
  return (await db.query<{ date: string; count: number }>(toPositional(`SELECT event_date AS date, count(*) AS count FROM events ${dated}
    GROUP BY event_date ORDER BY event_date`), where.params)).rows;
}

export async function getDocument(db: Queryable, id: string): Promise<DocumentText | null> {
  const row = (await db.query<Omit<DocumentText, "events"> & { events: number }>(`SELECT d.id, d.path, d.url, d.title, d.publisher,
      d.published, d.published_from, d.language, d.ingested_at, d.text,
      (SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) AS events
    FROM documents d WHERE d.id = $1`, [id])).rows[0];
  if (!row) return null;
  const evidence = (await db.query<EvidenceJoinRow>(`SELECT e.id, e.event_type, e.sub_event_type, e.event_date, e.location_name,
      ev.ev_start, ev.ev_end, ev.ev_text
    FROM event_evidence ev JOIN events e ON e.id = ev.event_id WHERE ev.document_id = $1 ORDER BY ev.ev_start, e.id, ev.ordinal`, [id])).rows;
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

function toWhere(query: EventQuery): Where {
  const { clauses, params } = buildWhere(query);
  const add = (clause: string, ...values: (string | number)[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (query.near) {
    add("latitude IS NOT NULL AND longitude IS NOT NULL AND sitrep_km(latitude, longitude, ?, ?) <= ?",
      query.near.latitude, query.near.longitude, query.near.km);
  }
  if (query.bbox) {
    const { west, south, east, north } = query.bbox;
    add("latitude BETWEEN ? AND ?", south, north);
    if (west <= east) add("longitude BETWEEN ? AND ?", west, east);
    else add("(longitude >= ? OR longitude <= ?)", west, east);
  }
  for (const word of (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS)) {
    const like = likeContains(word);
    add(`(actors_key LIKE ? ESCAPE '\\' OR place_key LIKE ? ESCAPE '\\' OR sitrep_fold(sub_event_type) LIKE ? ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM event_evidence ev WHERE ev.event_id = events.id AND sitrep_fold(ev.ev_text) LIKE ? ESCAPE '\\'))`,
      like, like, like, like);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

function toOrder(query: EventQuery): string {
  const sort = query.sort ?? { key: "event_date", descending: false };
  const column = SORT_COLUMNS[sort.key];
  if (!column) throw new Error(`cannot sort events by '${sort.key}'`);
  const direction = sort.descending ? "DESC" : "ASC";
  return `ORDER BY ${column} IS NULL, ${column} ${direction}, id`;
}
