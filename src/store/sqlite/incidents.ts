// Keeps the incidents table in step with the reports (rows of `events`). After a document is stored, the
// reports it touched are re-clustered: their connected component under the "same incident" predicate (and
// analysts' must-links) is found through candidate queries (same event type, a date window, a bounding box or
// the same place name), clustered by src/merge, and its incidents rewritten. The component is the same
// whatever order documents came in, so the incidents are too.
import type Database from "better-sqlite3";
import { clusterReports, type LinkConstraints } from "../../merge/cluster-reports.js";
import { mergeIncident, type Report } from "../../merge/merge-incident.js";
import { MAX_DAY_WINDOW, PLACE_RADIUS_KM, isSameIncident } from "../../merge/same-incident.js";
import { boundingBox } from "../geo.js";
import { actorsKey, foldText } from "../search-keys.js";
import type { EventChanges, StoredCorrection, MergedEvent } from "../store.js";
import { toCodedEvent, toSources, type EventRow, type EvidenceRow, type SourceRow } from "./event-rows.js";

export interface CorrectionRow {
  id: number; kind: string; report_id: string; other_report_id: string | null; changes: string | null;
  author: string; reason: string; created_at: string;
}

export function toStoredCorrection(row: CorrectionRow): StoredCorrection {
  return { ...row, kind: row.kind as StoredCorrection["kind"], changes: row.changes === null ? null : (JSON.parse(row.changes) as EventChanges) };
}

export function createIncidentWriter(db: Database.Database) {
  const s = {
    report: db.prepare("SELECT * FROM events WHERE id = ?"),
    candidates: db.prepare(`SELECT id FROM events WHERE event_type = ? AND event_date BETWEEN ? AND ?
      AND (place_key = ? OR (latitude BETWEEN ? AND ? AND (CASE WHEN ? <= ? THEN longitude BETWEEN ? AND ? ELSE longitude >= ? OR longitude <= ? END)))`).pluck(),
    sources: db.prepare(`SELECT s.event_id, s.document_id, s.attributed_to, d.path, d.url, d.title, d.publisher, d.published
      FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id = ? ORDER BY s.rowid`),
    storedAt: db.prepare("SELECT stored_at FROM events WHERE id = ?").pluck(),
    evidence: db.prepare("SELECT * FROM event_evidence WHERE event_id = ? ORDER BY document_id, ordinal"),
    links: db.prepare(`SELECT * FROM corrections WHERE kind IN ('merge', 'split') AND (report_id = ? OR other_report_id = ?)`),
    corrections: db.prepare("SELECT * FROM corrections WHERE report_id = ? OR other_report_id = ? ORDER BY id"),
    incidentOf: db.prepare("SELECT incident_id FROM incident_reports WHERE report_id = ?").pluck(),
    membersOf: db.prepare("SELECT report_id FROM incident_reports WHERE incident_id = ?").pluck(),
    deleteIncident: db.prepare("DELETE FROM incidents WHERE id = ?"),
    deleteMember: db.prepare("DELETE FROM incident_reports WHERE report_id = ?"),
    insertMember: db.prepare("INSERT INTO incident_reports (report_id, incident_id) VALUES (?, ?)"),
    insertIncident: db.prepare(`INSERT INTO incidents (id, event_type, sub_event_type, event_date, time_precision, actor1, actor2,
      location_name, latitude, longitude, geo_precision, country, fatalities_low, fatalities_best, fatalities_high, actors_key, place_key,
      grade, sources, independent_sources, stored_at, detail) VALUES (${Array(22).fill("?").join(", ")})`),
    unassigned: db.prepare("SELECT id FROM events WHERE id NOT IN (SELECT report_id FROM incident_reports) ORDER BY id").pluck(),
  };

  const rowOf = (id: string) => s.report.get(id) as EventRow | undefined;

  /** Reports the predicate may join to this one: a superset from SQL, checked exactly here. */
  function neighbours(row: EventRow): string[] {
    const found = new Set<string>();
    for (const c of s.links.all(row.id, row.id) as CorrectionRow[]) if (c.kind === "merge") found.add(c.report_id === row.id ? c.other_report_id! : c.report_id);
    if (!row.event_date) return [...found];
    const day = Date.parse(`${row.event_date}T00:00:00Z`);
    const shift = (days: number) => new Date(day + days * 86_400_000).toISOString().slice(0, 10);
    const point = row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null;
    const box = point ? boundingBox(point, Math.max(...Object.values(PLACE_RADIUS_KM))) : { minLat: 999, maxLat: 999, minLon: 0, maxLon: 0 };
    const me = toCodedEvent(row);
    const ids = s.candidates.all(row.event_type, shift(-MAX_DAY_WINDOW), shift(MAX_DAY_WINDOW), row.place_key ?? "\u0000",
      box.minLat, box.maxLat, box.minLon, box.maxLon, box.minLon, box.maxLon, box.minLon, box.maxLon) as string[];
    for (const id of ids) {
      if (id === row.id) continue;
      const other = rowOf(id);
      if (other && isSameIncident(me, toCodedEvent(other))) found.add(id);
    }
    return [...found];
  }

  /** The connected component of these reports (predicate edges and must-links). */
  function component(start: readonly string[]): EventRow[] {
    const seen = new Map<string, EventRow>();
    const queue = [...start];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      const row = rowOf(id);
      if (!row) continue;
      seen.set(id, row);
      for (const next of neighbours(row)) if (!seen.has(next)) queue.push(next);
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
    s.insertIncident.run(event.id, event.event_type, event.sub_event_type, event.event_date, event.time_precision, event.actor1, event.actor2,
      loc?.name ?? null, loc?.latitude ?? null, loc?.longitude ?? null, loc?.geo_precision ?? null, loc?.country ?? null,
      event.fatalities.low, event.fatalities.best, event.fatalities.high,
      actorsKey([event.actor1, event.actor2, ...event.assoc_actor_1, ...event.assoc_actor_2]), loc ? foldText(loc.name) : null,
      event.confidence.grade, event.confidence.sources, event.confidence.independent_sources, event.stored_at, JSON.stringify(event));
    for (const id of event.reports) s.insertMember.run(id, event.id);
  }

  /** Re-clusters the component of these reports and rewrites its incidents. Call inside a transaction. */
  function recluster(reportIds: readonly string[]): void {
    let rows = component(reportIds);
    // Members of the incidents being rewritten belong to the component already; if one did not, take it along.
    const stray = rows.flatMap((r) => {
      const incident = s.incidentOf.get(r.id) as string | undefined;
      return incident === undefined ? [] : (s.membersOf.all(incident) as string[]);
    }).filter((id) => !rows.some((r) => r.id === id));
    if (stray.length > 0) rows = component([...rows.map((r) => r.id), ...stray]);
    const ids = new Set(rows.map((r) => r.id));
    for (const id of ids) {
      const incident = s.incidentOf.get(id) as string | undefined;
      if (incident !== undefined) {
        for (const member of s.membersOf.all(incident) as string[]) s.deleteMember.run(member);
        s.deleteIncident.run(incident);
      }
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    const corrections = new Map<number, StoredCorrection>();
    for (const id of ids) for (const c of s.corrections.all(id, id) as CorrectionRow[]) corrections.set(c.id, toStoredCorrection(c));
    for (const group of clusterReports(rows.map(toCodedEvent), constraintsFor(ids))) {
      write(mergeIncident(group.map((id) => toReport(byId.get(id)!)), [...corrections.values()]));
    }
  }

  /** Reports stored before incidents existed (an older database): clustered once, on open. */
  function clusterUnassigned(): number {
    const ids = s.unassigned.all() as string[];
    for (const id of ids) if (s.incidentOf.get(id) === undefined) recluster([id]);
    return ids.length;
  }

  return { recluster, clusterUnassigned, incidentOf: (id: string) => s.incidentOf.get(id) as string | undefined };
}
