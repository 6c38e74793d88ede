// Events by EventFilter over the incidents table (merged events), with the WHERE clauses of ../event-where.ts:
// `near` narrows with a latitude/longitude box in SQL, then keeps what lies within the radius by haversine distance.
import type Database from "better-sqlite3";
import { haversineKm } from "../geo.js";
import { buildWhere } from "../event-where.js";
import type { EventFilter, MergedEvent } from "../store.js";

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
