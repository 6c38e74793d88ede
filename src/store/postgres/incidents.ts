// Keeps the incidents table in step with the reports (rows of `events`), as ../sqlite/incidents.ts does: after a
// document is stored (or an analyst corrects an event), the component of the reports it touched under the
// "same incident" predicate and must-links is found through candidate queries, clustered by src/merge, and its
// incidents rewritten, all in the caller's transaction. Bucket locks (incident-locks.ts) are taken for every
// report of the component before it is trusted, so concurrent workers end with the incidents one worker makes.
import type pg from "pg";
import { clusterReports, type LinkConstraints } from "../../merge/cluster-reports.js";
import { mergeIncident, type Report } from "../../merge/merge-incident.js";
import { MAX_DAY_WINDOW, PLACE_RADIUS_KM, isSameIncident } from "../../merge/same-incident.js";
import { boundingBox } from "../geo.js";
import { actorsKey, foldText } from "../search-keys.js";
import type { StoredEvent } from "../store.js";
import { toCodedEvent, toSources, toStoredCorrection, type CorrectionRow, type EventRow, type EvidenceRow, type SourceRow } from "../event-rows.js";
import { createBucketLocks, toLockKeys } from "./incident-locks.js";
import { insertRows } from "./insert-rows.js";

const CANDIDATES = `SELECT * FROM events WHERE event_type = $1 AND event_date BETWEEN $2 AND $3
  AND (place_key = $4 OR (latitude BETWEEN $5 AND $6 AND (CASE WHEN $7::float8 <= $8::float8 THEN longitude BETWEEN $7 AND $8 ELSE longitude >= $7 OR longitude <= $8 END)))`;
const INCIDENT_COLUMNS = ["id", "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "actor2", "location_name", "latitude",
  "longitude", "geo_precision", "country", "fatalities_low", "fatalities_best", "fatalities_high", "actors_key", "place_key", "grade", "sources",
  "independent_sources", "stored_at", "location_resolved"];

/**
 * Re-clusters the component of these reports and rewrites its incidents. Call inside a transaction. With
 * `unlessAssigned`, does nothing once the reports all belong to incidents (a backfill another worker did).
 */
export async function reclusterIn(client: pg.ClientBase, reportIds: readonly string[], options: { unlessAssigned?: boolean } = {}): Promise<void> {
  const locks = createBucketLocks(client);
  const rows = new Map<string, EventRow>();
  await fetchRows(client, rows, reportIds);
  await locks.lock(reportIds.flatMap((id) => (rows.has(id) ? toLockKeys(rows.get(id)!) : [])));
  if (options.unlessAssigned && (await listUnassigned(client, { among: reportIds })).length === 0) return;
  // Until the component's buckets are all held, a concurrent transaction may still add to it: look again.
  let component: EventRow[];
  do {
    component = await findComponent(client, rows, reportIds);
    const members = await membersOfIncidents(client, component.map((r) => r.id));
    const stray = members.filter((id) => !component.some((r) => r.id === id));
    if (stray.length > 0) component = await findComponent(client, rows, [...component.map((r) => r.id), ...stray]);
  } while (await locks.lock(component.flatMap(toLockKeys)));
  await rewrite(client, component, new Set(reportIds));
}

/** Reports in no incident (a store from before 002-incidents), in id order; optionally only `among` these, at most `limit`. */
export async function listUnassigned(db: pg.Pool | pg.ClientBase, options: { among?: readonly string[]; limit?: number } = {}): Promise<string[]> {
  return (await db.query<{ id: string }>(`SELECT id FROM events e WHERE NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.report_id = e.id)
    AND ($1::text[] IS NULL OR id = ANY($1)) ORDER BY id LIMIT $2`, [options.among ?? null, options.limit ?? null])).rows.map((r) => r.id);
}

async function fetchRows(client: pg.ClientBase, rows: Map<string, EventRow>, ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => !rows.has(id));
  if (missing.length === 0) return;
  for (const row of (await client.query<EventRow>("SELECT * FROM events WHERE id = ANY($1)", [missing])).rows) rows.set(row.id, row);
}

/** The connected component of these reports (predicate edges and must-links), found wave by wave. */
async function findComponent(client: pg.ClientBase, rows: Map<string, EventRow>, start: readonly string[]): Promise<EventRow[]> {
  const seen = new Set<string>();
  let wave = [...new Set(start)];
  while (wave.length > 0) {
    await fetchRows(client, rows, wave);
    const present = wave.filter((id) => rows.has(id) && !seen.has(id));
    for (const id of present) seen.add(id);
    const next = new Set<string>();
    for (const link of await linksOf(client, present)) {
      if (link.kind === "merge") for (const id of [link.report_id, link.other_report_id!]) next.add(id);
    }
    for (const id of present) for (const n of await neighbours(client, rows, rows.get(id)!)) next.add(n);
    wave = [...next].filter((id) => !seen.has(id));
  }
  return [...seen].sort().map((id) => rows.get(id)!);
}

/** Reports the predicate joins to this one: a superset from SQL (as the SQLite store's query), checked exactly here. */
async function neighbours(client: pg.ClientBase, rows: Map<string, EventRow>, row: EventRow): Promise<string[]> {
  if (!row.event_date) return [];
  const day = Date.parse(`${row.event_date}T00:00:00Z`);
  const shift = (days: number) => new Date(day + days * 86_400_000).toISOString().slice(0, 10);
  const point = row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null;
  const box = point ? boundingBox(point, Math.max(...Object.values(PLACE_RADIUS_KM))) : { minLat: 999, maxLat: 999, minLon: 0, maxLon: 0 };
  const me = toCodedEvent(row);
  const found = (await client.query<EventRow>(CANDIDATES, [row.event_type, shift(-MAX_DAY_WINDOW), shift(MAX_DAY_WINDOW), row.place_key,
    box.minLat, box.maxLat, box.minLon, box.maxLon])).rows;
  for (const other of found) rows.set(other.id, other);
  return found.filter((other) => other.id !== row.id && isSameIncident(me, toCodedEvent(other))).map((other) => other.id);
}

async function linksOf(client: pg.ClientBase, ids: readonly string[]): Promise<CorrectionRow[]> {
  if (ids.length === 0) return [];
  return (await client.query<CorrectionRow>(`SELECT * FROM corrections WHERE kind IN ('merge', 'split')
    AND (report_id = ANY($1) OR other_report_id = ANY($1)) ORDER BY id`, [ids])).rows;
}

/** Every report of the incidents these reports now belong to. */
async function membersOfIncidents(client: pg.ClientBase, ids: readonly string[]): Promise<string[]> {
  return (await client.query<{ report_id: string }>(`SELECT report_id FROM incident_reports
    WHERE incident_id IN (SELECT incident_id FROM incident_reports WHERE report_id = ANY($1)) ORDER BY report_id`, [ids])).rows.map((r) => r.report_id);
}

/**
 * Rewrites the component's incidents as clustering makes them now, except a group with the same reports as a
 * stored incident and none of the `touched` reports (new ones, or those a correction is about): it would merge to
 * what is stored already (as ../sqlite/incidents.ts).
 */
async function rewrite(client: pg.ClientBase, component: EventRow[], touched: ReadonlySet<string>): Promise<void> {
  const ids = component.map((r) => r.id);
  const stored = new Map<string, string[]>();
  for (const r of (await client.query<{ incident_id: string; report_id: string }>(`SELECT incident_id, report_id FROM incident_reports
    WHERE incident_id IN (SELECT incident_id FROM incident_reports WHERE report_id = ANY($1)) ORDER BY report_id`, [ids])).rows) {
    stored.set(r.incident_id, [...(stored.get(r.incident_id) ?? []), r.report_id]);
  }
  const inComponent = new Set(ids);
  const corrections = (await client.query<CorrectionRow>("SELECT * FROM corrections WHERE report_id = ANY($1) OR other_report_id = ANY($1) ORDER BY id",
    [ids])).rows;
  const mustLink: [string, string][] = [];
  const cannotLink: [string, string][] = [];
  for (const c of corrections) {
    if (c.kind === "set" || c.other_report_id === null || !inComponent.has(c.report_id) || !inComponent.has(c.other_report_id)) continue;
    (c.kind === "merge" ? mustLink : cannotLink).push([c.report_id, c.other_report_id]);
  }
  const constraints: LinkConstraints = { mustLink, cannotLink };
  const groups = clusterReports(component.map((r) => toCodedEvent(r)), constraints);
  const unchanged = new Set(groups.filter((g) => !g.some((id) => touched.has(id)) && sameMembers(stored.get(g[0]), g)).map((g) => g[0]));
  const gone = [...stored.keys()].filter((id) => !unchanged.has(id));
  // Their details and search text go with them (ON DELETE CASCADE).
  await client.query("DELETE FROM incident_reports WHERE incident_id = ANY($1)", [gone]);
  await client.query("DELETE FROM incidents WHERE id = ANY($1)", [gone]);
  const changed = groups.filter((g) => !unchanged.has(g[0]));
  const reports = await toReports(client, component.filter((r) => changed.some((g) => g.includes(r.id))));
  await writeIncidents(client, changed.map((group) => mergeIncident(group.map((id) => reports.get(id)!), corrections.map(toStoredCorrection))));
}

/** Inserts merged events as incidents, with their reports, details and search text. */
export async function writeIncidents(client: pg.ClientBase, events: readonly StoredEvent[]): Promise<void> {
  await insertRows(client, "incidents", INCIDENT_COLUMNS, events.map(toIncidentRow));
  await insertRows(client, "incident_details", ["id", "detail"], events.map((e) => [e.id, JSON.stringify(e)]));
  await insertRows(client, "incident_text", ["id", "body"], events.map((e) => [e.id, toSearchText(e)]));
  await insertRows(client, "incident_reports", ["report_id", "incident_id"], events.flatMap((e) => e.reports.map((r) => [r, e.id])));
}

/** Incidents without search text (a store copied from SQLite, whose FTS5 table is not copied): indexed now. */
export async function indexUnsearchedIn(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ id: string; detail: string }>(`SELECT d.id, d.detail FROM incident_details d
    WHERE NOT EXISTS (SELECT 1 FROM incident_text t WHERE t.id = d.id)`);
  await insertRows(client, "incident_text", ["id", "body"], rows.map((r) => [r.id, toSearchText(JSON.parse(r.detail) as StoredEvent)]));
  return rows.length;
}

/** What `q` searches, folded: actors, place, sub-event type and every evidence sentence, a line each (as ../sqlite/incidents.ts). */
export function toSearchText(event: StoredEvent): string {
  const lines = [event.actor1, event.actor2, ...event.assoc_actor_1, ...event.assoc_actor_2, event.location?.name ?? null, event.sub_event_type,
    ...event.sources.flatMap((s) => s.evidence.map((e) => e.text))];
  return lines.filter((l): l is string => !!l).map((l) => foldText(l).replace(/\s+/g, " ")).join("\n");
}

async function toReports(client: pg.ClientBase, component: EventRow[]): Promise<Map<string, Report>> {
  const ids = component.map((r) => r.id);
  const sources = (await client.query<SourceRow>(`SELECT s.event_id, s.document_id, s.attributed_to, d.path, d.url, d.title, d.publisher, d.published
    FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = ANY($1) ORDER BY s.seq`, [ids])).rows;
  const evidence = (await client.query<EvidenceRow>("SELECT * FROM event_evidence WHERE event_id = ANY($1) ORDER BY event_id, document_id, ordinal",
    [ids])).rows;
  return new Map(component.map((row) => [row.id, {
    event: toCodedEvent(row), stored_at: row.stored_at,
    sources: toSources(sources.filter((s) => s.event_id === row.id), evidence.filter((e) => e.event_id === row.id)),
  }]));
}

function toIncidentRow(event: StoredEvent): (string | number | null)[] {
  const loc = event.location;
  return [event.id, event.event_type, event.sub_event_type, event.event_date, event.time_precision, event.actor1, event.actor2,
    loc?.name ?? null, loc?.latitude ?? null, loc?.longitude ?? null, loc?.geo_precision ?? null, loc?.country ?? null,
    event.fatalities.low, event.fatalities.best, event.fatalities.high,
    actorsKey([event.actor1, event.actor2, ...event.assoc_actor_1, ...event.assoc_actor_2]), loc ? foldText(loc.name) : null,
    event.confidence.grade, event.confidence.sources, event.confidence.independent_sources, event.stored_at, loc ? (loc.resolved ? 1 : 0) : null];
}

function sameMembers(stored: readonly string[] | undefined, group: readonly string[]): boolean {
  if (!stored || stored.length !== group.length) return false;
  const set = new Set(stored);
  return group.every((id) => set.has(id));
}
