// EventFilter to SQL over the incidents table (merged events): every filter a WHERE clause on an indexed or keyed column; `near` narrows with a
// latitude/longitude box in SQL, then keeps what lies within the radius by haversine distance.
import type Database from "better-sqlite3";
import { boundingBox, haversineKm } from "../geo.js";
import { likeContains } from "../search-keys.js";
import type { EventFilter, MergedEvent } from "../store.js";

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
  if (filter.grade) add("grade = ?", filter.grade);
  if (filter.near) {
    const box = boundingBox(filter.near, filter.near.km);
    add("latitude BETWEEN ? AND ?", box.minLat, box.maxLat);
    if (box.minLon <= box.maxLon) add("longitude BETWEEN ? AND ?", box.minLon, box.maxLon);
    else add("(longitude >= ? OR longitude <= ?)", box.minLon, box.maxLon);
  }
  return where;
}

export function createEventFinder(db: Database.Database) {
  const one = db.prepare("SELECT detail FROM incident_details WHERE id = ?").pluck();
  const resolve = db.prepare("SELECT incident_id FROM incident_reports WHERE report_id = ?").pluck();
  const parse = (detail: string) => JSON.parse(detail) as MergedEvent;

  function findEvents(filter: EventFilter = {}): MergedEvent[] {
    const { clauses, params } = buildWhere(filter);
    const whereSql = clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "";
    const order = "ORDER BY event_date IS NULL, event_date, id";
    const limit = filter.limit ?? -1;
    const offset = filter.offset ?? 0;
    if (!filter.near) {
      const rows = db.prepare(`SELECT d.detail FROM incidents JOIN incident_details d USING (id) ${whereSql} ${order} LIMIT ? OFFSET ?`).pluck().all(...params, limit, offset) as string[];
      return rows.map(parse);
    }
    const near = filter.near;
    const rows = (db.prepare(`SELECT latitude, longitude, d.detail FROM incidents JOIN incident_details d USING (id) ${whereSql} ${order}`).all(...params) as NearRow[])
      .filter((r) => r.latitude !== null && r.longitude !== null && haversineKm(near, { latitude: r.latitude, longitude: r.longitude }) <= near.km);
    return rows.slice(offset, limit < 0 ? undefined : offset + limit).map((r) => parse(r.detail));
  }

  /** An incident id, or a report id (and so any former incident id) merged into one. */
  function getEvent(id: string): MergedEvent | null {
    const detail = (one.get(id) as string | undefined) ?? (one.get(resolve.get(id) ?? "") as string | undefined);
    return detail === undefined ? null : parse(detail);
  }

  return { findEvents, getEvent };
}

interface NearRow {
  latitude: number | null;
  longitude: number | null;
  detail: string;
}
