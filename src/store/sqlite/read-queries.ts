// Reads for the API and web page: a page of events with its total, facet counts and a day-by-day timeline,
// and a document's cleaned text with its events' evidence. Built on find-events' WHERE clauses; `near`,
// `bbox` and `q` are added here, so that counts, paging and facets all run in SQL. Every value is a parameter.
import type Database from "better-sqlite3";
import { haversineKm } from "../geo.js";
import { foldText, likeContains } from "../search-keys.js";
import { FACET_FIELDS, type DocumentText, type EventPage, type EventQuery, type EventSortKey, type FacetField } from "../store.js";
import { buildWhere, createEventFinder } from "./find-events.js";

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

export function createReadQueries(db: Database.Database) {
  db.function("sitrep_km", { deterministic: true }, (lat1, lon1, lat2, lon2) =>
    haversineKm({ latitude: Number(lat1), longitude: Number(lon1) }, { latitude: Number(lat2), longitude: Number(lon2) }));
  db.function("sitrep_fold", { deterministic: true }, (text) => (typeof text === "string" ? foldText(text) : null));
  const finder = createEventFinder(db);

  function queryEvents(query: EventQuery, options: { summary?: boolean } = {}): EventPage {
    const where = toWhere(query);
    const ids = db.prepare(`SELECT id FROM incidents ${where.sql} ${toOrder(query)} LIMIT ? OFFSET ?`).pluck()
      .all(...where.params, query.limit ?? -1, query.offset ?? 0) as string[];
    const events = ids.map((id) => finder.getEvent(id)).filter((e) => e !== null);
    if (options.summary === false) {
      const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, {}])) as EventPage["facets"];
      return { events, total: events.length, facets, timeline: [] };
    }
    const total = db.prepare(`SELECT count(*) FROM incidents ${where.sql}`).pluck().get(...where.params) as number;
    return { events, total, facets: countFacets(where), timeline: countDays(toWhere({ ...query, since: undefined, until: undefined })) };
  }

  function countFacets(where: Where): EventPage["facets"] {
    const entries = FACET_FIELDS.map((field) => {
      const column = FACET_COLUMNS[field];
      const rows = db.prepare(`SELECT ${column} AS value, count(*) AS n FROM incidents ${where.sql}
        GROUP BY ${column} HAVING ${column} IS NOT NULL ORDER BY n DESC, value LIMIT ${FACET_SIZE}`).all(...where.params) as { value: string; n: number }[];
      return [field, Object.fromEntries(rows.map((r) => [r.value, r.n]))];
    });
    return Object.fromEntries(entries) as EventPage["facets"];
  }

  function countDays(where: Where): EventPage["timeline"] {
    const dated = where.sql ? `${where.sql} AND event_date IS NOT NULL` : "WHERE event_date IS NOT NULL";
    return db.prepare(`SELECT event_date AS date, count(*) AS count FROM incidents ${dated} GROUP BY event_date ORDER BY event_date`)
      .all(...where.params) as EventPage["timeline"];
  }

  const documentRow = db.prepare(`SELECT d.id, d.path, d.url, d.title, d.publisher, d.published, d.published_from, d.language,
      d.ingested_at, d.text, (SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) AS events
    FROM documents d WHERE d.id = ?`);
  const documentEvidence = db.prepare(`SELECT e.id, e.event_type, e.sub_event_type, e.event_date, e.location_name,
      ev.ev_start, ev.ev_end, ev.ev_text
    FROM event_evidence ev JOIN incident_reports ir ON ir.report_id = ev.event_id JOIN incidents e ON e.id = ir.incident_id
    WHERE ev.document_id = ? ORDER BY ev.ev_start, e.id, ev.ordinal`);

  function getDocument(id: string): DocumentText | null {
    const row = documentRow.get(id) as (Omit<DocumentText, "events"> & { events: number }) | undefined;
    if (!row) return null;
    const byEvent = new Map<string, DocumentText["events"][number]>();
    for (const r of documentEvidence.all(id) as EvidenceJoinRow[]) {
      const entry = byEvent.get(r.id) ?? { id: r.id, event_type: r.event_type, sub_event_type: r.sub_event_type,
        event_date: r.event_date, location: r.location_name, evidence: [] };
      entry.evidence.push({ start: r.ev_start, end: r.ev_end, text: r.ev_text });
      byEvent.set(r.id, entry);
    }
    return { ...row, events: [...byEvent.values()] };
  }

  return { queryEvents, getDocument };
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
      OR EXISTS (SELECT 1 FROM incident_reports ir JOIN event_evidence ev ON ev.event_id = ir.report_id
        WHERE ir.incident_id = incidents.id AND sitrep_fold(ev.ev_text) LIKE ? ESCAPE '\\'))`,
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
