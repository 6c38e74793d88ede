// Keeps the incidents table in step with the reports (rows of `events`). After a document is stored, the
// reports it touched are re-clustered: their connected component under the "same incident" predicate (and
// analysts' must-links) is found through candidate queries (event-boxes.ts: same event type, overlapping days,
// nearby or the same place name), clustered by src/merge, and its incidents rewritten. The component is the same
// whatever order documents came in, so the incidents are too.
import type Database from "better-sqlite3";
import { clusterReports, type LinkConstraints } from "../../merge/cluster-reports.js";
import { mergeIncident, type Report } from "../../merge/merge-incident.js";
import { isSameIncident } from "../../merge/same-incident.js";
import { actorsKey, foldText } from "../search-keys.js";
import type { StoredCorrection, MergedEvent } from "../store.js";
import { clusterAll } from "./cluster-all.js";
import type { EventBoxes } from "./event-boxes.js";
import { groupByEvent, toCodedEvent, toReportKey, toSources, toStoredCorrection, type CorrectionRow, type EventRow, type EvidenceRow, type SourceRow } from "../event-rows.js";

export function createIncidentWriter(db: Database.Database, boxes: Pick<EventBoxes, "candidates">) {
  const s = {
    report: db.prepare("SELECT * FROM events WHERE id = ?"),
    // Many ids at once (a JSON array): one query per re-clustering, not one per report.
    reports: db.prepare("SELECT * FROM events WHERE id IN (SELECT value FROM json_each(?))"),
    sources: db.prepare(`SELECT s.event_id, s.document_id, s.attributed_to, d.path, d.url, d.title, d.publisher, d.published
      FROM event_sources s JOIN documents d ON d.id = s.document_id WHERE s.event_id IN (SELECT value FROM json_each(?)) ORDER BY s.rowid`),
    evidence: db.prepare("SELECT * FROM event_evidence WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY event_id, document_id, ordinal"),
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
    anyCorrection: db.prepare("SELECT 1 FROM corrections LIMIT 1").pluck(),
  };
  // Most stores have no correction at all: then the three correction lookups per report are skipped.
  // Read at the start of every re-clustering (inside its transaction), so a new correction is always seen.
  let anyCorrection = true;
  const linksOf = (id: string) => (anyCorrection ? (s.links.all(id, id) as CorrectionRow[]) : []);
  const correctionsOf = (id: string) => (anyCorrection ? (s.corrections.all(id, id) as CorrectionRow[]) : []);

  /** Reports the predicate joins to this one (and must-links): a superset from SQL, checked exactly here. */
  function neighbours(row: EventRow, seen: Map<string, EventRow>): EventRow[] {
    const found: EventRow[] = [];
    for (const c of linksOf(row.id)) {
      const other = c.report_id === row.id ? c.other_report_id! : c.report_id;
      const otherRow = c.kind === "merge" ? (seen.get(other) ?? (s.report.get(other) as EventRow | undefined)) : undefined;
      if (otherRow) found.push(otherRow);
    }
    const me = toReportKey(row);
    const rows = boxes.candidates(row);
    for (const other of rows) {
      if (other.id !== row.id && !seen.has(other.id) && isSameIncident(me, toReportKey(other))) found.push(other);
    }
    return found;
  }

  /** The connected component of these reports (predicate edges and must-links). */
  function component(start: readonly string[]): EventRow[] {
    const seen = new Map<string, EventRow>();
    const found = new Map((s.reports.all(JSON.stringify(start)) as EventRow[]).map((r) => [r.id, r]));
    const queue = start.map((id) => found.get(id)).filter((r) => r !== undefined);
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
      for (const c of linksOf(id)) {
        if (c.other_report_id === null || !ids.has(c.report_id) || !ids.has(c.other_report_id)) continue;
        (c.kind === "merge" ? mustLink : cannotLink).push([c.report_id, c.other_report_id]);
      }
    }
    return { mustLink, cannotLink };
  }

  /** The reports with their sources and evidence, read for all of them at once. */
  function toReports(rows: readonly EventRow[]): Map<string, Report> {
    const ids = JSON.stringify(rows.map((r) => r.id));
    const sources = groupByEvent(s.sources.all(ids) as SourceRow[]);
    const evidence = groupByEvent(s.evidence.all(ids) as EvidenceRow[]);
    return new Map(rows.map((row) => [row.id, {
      event: toCodedEvent(row), stored_at: row.stored_at, sources: toSources(sources.get(row.id) ?? [], evidence.get(row.id) ?? []),
    }]));
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
    anyCorrection = s.anyCorrection.get() !== undefined;
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
    for (const id of ids) for (const c of correctionsOf(id)) corrections.set(c.id, toStoredCorrection(c));
    const rewritten = groups.filter((g) => !unchanged.has(g[0]));
    const reports = toReports(rewritten.flat().map((id) => byId.get(id)!));
    for (const group of rewritten) write(mergeIncident(group.map((id) => reports.get(id)!), [...corrections.values()]));
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
