// EventFilter to SQL on PostgreSQL: the SQLite store's WHERE clauses (../sqlite/find-events.ts, shared so the
// two backends filter alike) with `$n` placeholders; sources and evidence for a page fetched in two queries.
import { haversineKm } from "../geo.js";
import { buildWhere } from "./where.js";
import { toSources, toStoredEvent, type EventRow, type EvidenceRow, type SourceRow } from "./event-rows.js";
import type { EventFilter, StoredEvent } from "../store.js";
import { toPositional, type Queryable } from "./connect.js";

export const EVENT_ORDER = "ORDER BY event_date IS NULL, event_date, id";

export async function findEvents(db: Queryable, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const { clauses, params } = buildWhere(filter);
  const whereSql = clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "";
  const offset = filter.offset ?? 0;
  if (!filter.near) {
    const sql = toPositional(`SELECT * FROM events ${whereSql} ${EVENT_ORDER} LIMIT ? OFFSET ?`);
    return withSources(db, (await db.query<EventRow>(sql, [...params, filter.limit ?? null, offset])).rows);
  }
  const near = filter.near;
  const rows = (await db.query<EventRow>(toPositional(`SELECT * FROM events ${whereSql} ${EVENT_ORDER}`), params)).rows
    .filter((r) => r.latitude !== null && r.longitude !== null && haversineKm(near, { latitude: r.latitude, longitude: r.longitude }) <= near.km);
  return withSources(db, rows.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit));
}

export async function getEvent(db: Queryable, id: string): Promise<StoredEvent | null> {
  const rows = (await db.query<EventRow>("SELECT * FROM events WHERE id = $1", [id])).rows;
  return (await withSources(db, rows))[0] ?? null;
}

/** Events by id, in the order of `ids` (ids not stored are left out). */
export async function getEvents(db: Queryable, ids: string[]): Promise<StoredEvent[]> {
  const rows = (await db.query<EventRow>("SELECT * FROM events WHERE id = ANY($1)", [ids])).rows;
  const byId = new Map((await withSources(db, rows)).map((e) => [e.id, e]));
  return ids.map((id) => byId.get(id)).filter((e) => e !== undefined);
}

async function withSources(db: Queryable, rows: EventRow[]): Promise<StoredEvent[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const sources = (await db.query<SourceRow>(`SELECT s.event_id, s.document_id, s.attributed_to, d.path, d.url, d.title, d.publisher, d.published
    FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = ANY($1) ORDER BY s.seq`, [ids])).rows;
  const evidence = (await db.query<EvidenceRow>(`SELECT * FROM event_evidence WHERE event_id = ANY($1)
    ORDER BY event_id, document_id, ordinal`, [ids])).rows;
  const group = <T extends { event_id: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.event_id, [...(map.get(item.event_id) ?? []), item]);
    return map;
  };
  const sourcesOf = group(sources);
  const evidenceOf = group(evidence);
  return rows.map((row) => toStoredEvent(row, toSources(sourcesOf.get(row.id) ?? [], evidenceOf.get(row.id) ?? [])));
}
