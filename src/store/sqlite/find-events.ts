// EventFilter to SQL: every filter a WHERE clause on an indexed or keyed column; `near` narrows with a
// latitude/longitude box in SQL, then keeps what lies within the radius by haversine distance.
import type Database from "better-sqlite3";
import { boundingBox, haversineKm } from "../geo.js";
import { likeContains } from "../search-keys.js";
import type { EventFilter, StoredEvent } from "../store.js";
import { toSources, toStoredEvent, type EventRow, type EvidenceRow, type SourceRow } from "./event-rows.js";

interface Where {
  clauses: string[];
  params: (string | number)[];
}

export function buildWhere(filter: EventFilter): Where {
  const where: Where = { clauses: [], params: [] };
  const add = (clause: string, ...params: (string | number)[]) => {
    where.clauses.push(clause);
    where.params.push(...params);
  };
  if (filter.eventType) add("event_type = ?", filter.eventType);
  if (filter.subEventType) add("sub_event_type = ?", filter.subEventType);
  if (filter.actor) add("actors_key LIKE ? ESCAPE '\\'", likeContains(filter.actor));
  if (filter.place) add("place_key LIKE ? ESCAPE '\\'", likeContains(filter.place));
  if (filter.since) add("event_date >= ?", filter.since);
  if (filter.until) add("event_date <= ?", filter.until);
  if (filter.near) {
    const box = boundingBox(filter.near, filter.near.km);
    add("latitude BETWEEN ? AND ?", box.minLat, box.maxLat);
    if (box.minLon <= box.maxLon) add("longitude BETWEEN ? AND ?", box.minLon, box.maxLon);
    else add("(longitude >= ? OR longitude <= ?)", box.minLon, box.maxLon);
  }
  return where;
}

export function createEventFinder(db: Database.Database) {
  const sources = db.prepare(`SELECT s.event_id, s.document_id, s.attributed_to, d.path, d.url, d.title, d.publisher, d.published
    FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = ? ORDER BY s.rowid`);
  const evidence = db.prepare("SELECT * FROM event_evidence WHERE event_id = ? ORDER BY document_id, ordinal");
  const one = db.prepare("SELECT * FROM events WHERE id = ?");

  const withSources = (row: EventRow): StoredEvent =>
    toStoredEvent(row, toSources(sources.all(row.id) as SourceRow[], evidence.all(row.id) as EvidenceRow[]));

  function findEvents(filter: EventFilter = {}): StoredEvent[] {
    const { clauses, params } = buildWhere(filter);
    const whereSql = clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "";
    const order = "ORDER BY event_date IS NULL, event_date, id";
    const limit = filter.limit ?? -1;
    const offset = filter.offset ?? 0;
    if (!filter.near) {
      const rows = db.prepare(`SELECT * FROM events ${whereSql} ${order} LIMIT ? OFFSET ?`).all(...params, limit, offset) as EventRow[];
      return rows.map(withSources);
    }
    const near = filter.near;
    const rows = (db.prepare(`SELECT * FROM events ${whereSql} ${order}`).all(...params) as EventRow[])
      .filter((r) => r.latitude !== null && r.longitude !== null && haversineKm(near, { latitude: r.latitude, longitude: r.longitude }) <= near.km);
    return rows.slice(offset, limit < 0 ? undefined : offset + limit).map(withSources);
  }

  function getEvent(id: string): StoredEvent | null {
    const row = one.get(id) as EventRow | undefined;
    return row ? withSources(row) : null;
  }

  return { findEvents, getEvent };
}
