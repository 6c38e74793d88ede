// EventFilter to SQL over the incidents table (merged events) on PostgreSQL: the SQLite store's WHERE clauses
// (where.ts) with `$n` placeholders; each incident is read whole from its JSON in incident_details.
import { haversineKm } from "../geo.js";
import { buildWhere } from "../event-where.js";
import type { EventFilter, StoredEvent } from "../store.js";
import { toPositional, type Queryable } from "./connect.js";

export const EVENT_ORDER = "ORDER BY event_date IS NULL, event_date, id";

const parse = (detail: string) => JSON.parse(detail) as StoredEvent;

export async function findEvents(db: Queryable, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const { clauses, params } = buildWhere(filter);
  const whereSql = clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "";
  const offset = filter.offset ?? 0;
  if (!filter.near) {
    const sql = toPositional(`SELECT d.detail FROM incidents JOIN incident_details d USING (id) ${whereSql} ${EVENT_ORDER} LIMIT ? OFFSET ?`);
    return (await db.query<{ detail: string }>(sql, [...params, filter.limit ?? null, offset])).rows.map((r) => parse(r.detail));
  }
  const near = filter.near;
  const rows = (await db.query<NearRow>(toPositional(`SELECT latitude, longitude, d.detail FROM incidents JOIN incident_details d USING (id) ${whereSql} ${EVENT_ORDER}`), params)).rows
    .filter((r) => r.latitude !== null && r.longitude !== null && haversineKm(near, { latitude: r.latitude, longitude: r.longitude }) <= near.km);
  return rows.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit).map((r) => parse(r.detail));
}

/** An incident id, or a report id (and so any former incident id) merged into one. */
export async function getEvent(db: Queryable, id: string): Promise<StoredEvent | null> {
  const { rows } = await db.query<{ detail: string }>(`SELECT detail FROM incident_details
    WHERE id = coalesce((SELECT incident_id FROM incident_reports WHERE report_id = $1), $1)`, [id]);
  return rows.length === 0 ? null : parse(rows[0].detail);
}

interface NearRow {
  latitude: number | null;
  longitude: number | null;
  detail: string;
}
