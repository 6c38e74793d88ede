// Keeps the incidents table in step with the reports (rows of `events`). After a document is stored, the
// reports it touched are re-clustered: their connected component under the "same incident" predicate (and
// analysts' must-links) is found through candidate queries (same event type, a date window, a bounding box or
// the same place name), clustered by src/merge, and its incidents rewritten. The component is the same
// whatever order documents came in, so the incidents are too.
import type Database from "better-sqlite3";
import { clusterReports, type LinkConstraints } from "../../merge/cluster-reports.js";
import { mergeIncident, type Report } from "../../merge/merge-incident.js";
import { MAX_DAY_WINDOW, PLACE_RADIUS_KM, dayRange, isSameIncident } from "../../merge/same-incident.js";
import { boundingBox } from "../geo.js";
import { actorsKey, foldText } from "../search-keys.js";
import type { StoredCorrection, MergedEvent } from "../store.js";
import { clusterAll } from "./cluster-all.js";
import { toCodedEvent, toReportKey, toSources, toStoredCorrection, type CorrectionRow, type EventRow, type EvidenceRow, type SourceRow } from "../event-rows.js";

export function createIncidentWriter(db: Database.Database) {
  const s = {
    report: db.prepare("SELECT * FROM events WHERE id = ?"),
    // Others whose days can overlap this report's (a week-precise date means +-3 days, a month-precise one its
    // month), at the same place name or within the widest place radius: a superset, checked exactly in JS.
    candidates: db.prepare(`SELECT * FROM events WHERE event_type = ? AND event_date BETWEEN ? AND ?
      AND (event_date BETWEEN ? AND ? OR time_precision = 3)
      AND (place_key = ? OR (latitude BETWEEN ? AND ? AND (CASE WHEN ? <= ? THEN longitude BETWEEN ? AND ? ELSE longitude >= ? OR longitude <= ? END)))`),
    sources: db.prepare(`SELECT s.event_id, s.document_id, s.attributed_to, d.path, d.url, d.title, d.publisher, d.published
      FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = ? ORDER BY s.rowid`),
    evidence: db.prepare("SELECT * FROM event_evidence WHERE event_id = ? ORDER BY document_id, ordinal"),
    links: db.prepare(`SELECT * FROM corrections WHERE kind IN ('merge', 'split') AND (report_id = ? OR other_report_id = ?)`),
    corrections: db.prepare("SELECT * FROM corrections WHERE report_id = ? OR other_report_id = ? ORDER BY id"),
    incidentOf: db.prepare("SELECT incident_id FROM incident_reports WHERE report_id = ?").pluck(),
    membersOf: db.prepare("SELECT report_id FROM incident_reports WHERE incident_id = ?").pluck(),
    deleteIncident: db.prepare("DELETE FROM incidents WHERE id = ?"),
    deleteSearch: db.prepare("DELETE FROM incident_search WHERE rowid = (SELECT rowid FROM incidents WHERE id = ?)"),
    insertDetail: db.prepare("INSERT INTO incident_details (id, detail) VALUES (?, ?)"),
    insertSearch: db.prepare("INSERT INTO incident_search (rowid, body) VALUES (?, ?)"),
    deleteMember: db.prepare("DELETE FROM incident_reports WHERE report_id = ?"),
    insertMember: db.prepare("INSERT INTO incident_reports (report_id, incident_id) VALUES (?, ?)"),
    insertIncident: db.prepare(`INSERT INTO incidents (id, event_type, sub_event_type, event_date, time_precision, actor1, actor2,
      location_name, latitude, longitude, geo_precision, country, fatalities_low, fatalities_best, fatalities_high, actors_key, place_key,
      grade, sources, independent_sources, stored_at, location_resolved) VALUES (${Array(22).fill("?").join(", ")})`),
    unassigned: db.prepare("SELECT id FROM events WHERE id NOT IN (SELECT report_id FROM incident_reports) ORDER BY id").pluck(),
    anyIncident: db.prepare("SELECT 1 FROM incidents LIMIT 1").pluck(),
  };

  /** Reports the predicate joins to this one (and must-links): a superset from SQL, checked exactly here. */
  function neighbours(row: EventRow, seen: Map<string, EventRow>): EventRow[] {
    const found: EventRow[] = [];
    for (const c of s.links.all(row.id, row.id) as CorrectionRow[]) {
      const other = c.report_id === row.id ? c.other_report_id! : c.report_id;
      const otherRow = c.kind === "merge" ? (seen.get(other) ?? (s.report.get(other) as EventRow | undefined)) : undefined;
      if (otherRow) found.push(otherRow);
    }
    const me = toReportKey(row);
    const range = dayRange(me);
    if (!range) return found;
    const day = (n: number, shift: number) => new Date((n + shift) * 86_400_000).toISOString().slice(0, 10);
    const point = row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null;
    const box = point ? boundingBox(point, Math.max(...Object.values(PLACE_RADIUS_KM))) : { minLat: 999, maxLat: 999, minLon: 0, maxLon: 0 };
    const rows = s.candidates.all(row.event_type, day(range[0], -MAX_DAY_WINDOW), day(range[1], MAX_DAY_WINDOW), day(range[0], -3), day(range[1], 3),
      row.place_key ?? "\u0000", box.minLat, box.maxLat, box.minLon, box.maxLon, box.minLon, box.maxLon, box.minLon, box.maxLon) as EventRow[];
    for (const other of rows) {
      if (other.id !== row.id && !seen.has(other.id) && isSameIncident(me, toReportKey(other))) found.push(other);
    }
    return found;
  }

  /** The connected component of these reports (predicate edges and must-links). */
  function component(start: readonly string[]): EventRow[] {
    const seen = new Map<string, EventRow>();
    const queue = start.map((id) => s.report.get(id) as EventRow | undefined).filter((r) => r !== undefined);
    while (queue.length > 0) {
      const row = queue.pop()!;
      if (seen.has(row.id)) continue;
      seen.set(row.id, row);
      for (const next of neighbours(row, seen)) if (!seen.has(next.id)) queue.push(next);
    }
    return [...seen.values()];
  }

  function constraintsFor(ids: ReadonlySet<string>): LinkConstraints {
    const mustLink: [string, string][] = [];
    const cannotLink: [string, string][] = [];
    for (const id of ids) {
      for (const c of s.links.all(id, id) as CorrectionRow[]) {
        if (c.other_report_id === null || !ids.has(c.report_id) || !ids.has(c.other_report_id)) continue;
        (c.kind === "merge" ? mustLink : cannotLink).push([c.report_id, c.other_report_id]);
      }
    }
    return { mustLink, cannotLink };
  }

  function toReport(row: EventRow): Report {
    const sources = toSources(s.sources.all(row.id) as SourceRow[], s.evidence.all(row.id) as EvidenceRow[]);
    return { event: toCodedEvent(row), stored_at: row.stored_at, sources };
  }

  function write(event: MergedEvent): void {
    const loc = event.location;
    const { lastInsertRowid } = s.insertIncident.run(event.id, event.event_type, event.sub_event_type, event.event_date, event.time_precision, event.actor1, event.actor2,
      loc?.name ?? null, loc?.latitude ?? null, loc?.longitude ?? null, loc?.geo_precision ?? null, loc?.country ?? null,
      event.fatalities.low, event.fatalities.best, event.fatalities.high,
      actorsKey([event.actor1, event.actor2, ...event.assoc_actor_1, ...event.assoc_actor_2]), loc ? foldText(loc.name) : null,
      event.confidence.grade, event.confidence.sources, event.confidence.independent_sources, event.stored_at,
      loc ? (loc.resolved ? 1 : 0) : null);
    s.insertDetail.run(event.id, JSON.stringify(event));
    s.insertSearch.run(lastInsertRowid, toSearchText(event));
    for (const id of event.reports) s.insertMember.run(id, event.id);
  }

  /**
   * Re-clusters the component of these reports and rewrites those of its incidents that change: a group with the
   * same reports as a stored incident and none of `reportIds` (new reports, or reports a correction is about)
   * merges to what is stored already. Call inside a transaction.
   */
  function recluster(reportIds: readonly string[]): void {
    let rows = component(reportIds);
    // Members of the incidents being rewritten belong to the component already; if one did not, take it along.
    const stored = new Map<string, string[]>();
    for (const r of rows) {
      const incident = s.incidentOf.get(r.id) as string | undefined;
      if (incident !== undefined && !stored.has(incident)) stored.set(incident, s.membersOf.all(incident) as string[]);
    }
    const inRows = new Set(rows.map((r) => r.id));
    const stray = [...stored.values()].flat().filter((id) => !inRows.has(id));
    if (stray.length > 0) {
      rows = component([...inRows, ...stray]);
      for (const r of rows) {
        const incident = s.incidentOf.get(r.id) as string | undefined;
        if (incident !== undefined && !stored.has(incident)) stored.set(incident, s.membersOf.all(incident) as string[]);
      }
    }
    const ids = new Set(rows.map((r) => r.id));
    const touched = new Set(reportIds);
    const groups = clusterReports(rows.map(toReportKey), constraintsFor(ids));
    const unchanged = new Set(groups.filter((g) => !g.some((id) => touched.has(id)) && sameMembers(stored.get(g[0]), g)).map((g) => g[0]));
    for (const [incident, members] of stored) {
      if (unchanged.has(incident)) continue;
      for (const member of members) s.deleteMember.run(member);
      s.deleteSearch.run(incident);
      s.deleteIncident.run(incident);
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    const corrections = new Map<number, StoredCorrection>();
    for (const id of ids) for (const c of s.corrections.all(id, id) as CorrectionRow[]) corrections.set(c.id, toStoredCorrection(c));
    for (const group of groups) {
      if (!unchanged.has(group[0])) write(mergeIncident(group.map((id) => toReport(byId.get(id)!)), [...corrections.values()]));
    }
  }

  /** Reports stored before incidents existed (an older database): clustered once, on open; all at once when none is. */
  function clusterUnassigned(): number {
    const ids = s.unassigned.all() as string[];
    if (ids.length === 0) return 0;
    if (s.anyIncident.get() === undefined) {
      clusterAll(db, write);
      return ids.length;
    }
    for (const id of ids) if (s.incidentOf.get(id) === undefined) recluster([id]);
    return ids.length;
  }

  /** Incidents of a store from before the search index (migration 003): indexed once, on open. */
  function indexUnsearched(): number {
    const indexed = db.prepare("SELECT count(*) FROM incident_search").pluck().get() as number;
    const all = db.prepare("SELECT count(*) FROM incidents").pluck().get() as number;
    if (indexed === all) return 0;
    db.exec("DELETE FROM incident_search");
    const rows = db.prepare("SELECT i.rowid AS rowid, d.detail FROM incidents i JOIN incident_details d ON d.id = i.id").iterate() as Iterable<{ rowid: number; detail: string }>;
    for (const r of [...rows]) s.insertSearch.run(r.rowid, toSearchText(JSON.parse(r.detail) as MergedEvent));
    return all;
  }

  return { recluster, clusterUnassigned, indexUnsearched, incidentOf: (id: string) => s.incidentOf.get(id) as string | undefined };
}

/** What `q` searches, folded: actors, place, sub-event type and every evidence sentence, a line each (no word spans two). */
export function toSearchText(event: MergedEvent): string {
  const lines = [event.actor1, event.actor2, ...event.assoc_actor_1, ...event.assoc_actor_2, event.location?.name ?? null, event.sub_event_type,
    ...event.sources.flatMap((s) => s.evidence.map((e) => e.text))];
  return lines.filter((l): l is string => !!l).map((l) => foldText(l).replace(/\s+/g, " ")).join("\n");
}

function sameMembers(stored: readonly string[] | undefined, group: readonly string[]): boolean {
  if (!stored || stored.length !== group.length) return false;
  const set = new Set(stored);
  return group.every((id) => set.has(id));
}
