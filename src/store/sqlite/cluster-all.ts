// Clusters every report of a store at once (a database from before incidents existed, or a rebuild): reports,
// sources and evidence are read in three queries, components found in memory (src/merge/find-components.ts),
// each clustered and merged as a single re-clustering would. Linear in the reports where per-report
// re-clustering ran a candidate query per report of every component.
import type Database from "better-sqlite3";
import { clusterReports, type LinkConstraints } from "../../merge/cluster-reports.js";
import { findComponents } from "../../merge/find-components.js";
import { mergeIncident } from "../../merge/merge-incident.js";
import type { MergedEvent } from "../store.js";
import { toCodedEvent, toReportKey, toSources, toStoredCorrection, groupByEvent, type CorrectionRow, type EventRow, type EvidenceRow, type SourceRow } from "../event-rows.js";

export function clusterAll(db: Database.Database, write: (event: MergedEvent) => void): void {
  const rows = db.prepare("SELECT * FROM events ORDER BY id").all() as EventRow[];
  const sources = groupByEvent(db.prepare(`SELECT s.event_id, s.document_id, s.attributed_to, d.path, d.url, d.title, d.publisher, d.published
    FROM event_sources s JOIN documents d ON d.id = s.document_id ORDER BY s.rowid`).all() as SourceRow[]);
  const evidence = groupByEvent(db.prepare("SELECT * FROM event_evidence ORDER BY event_id, document_id, ordinal").all() as EvidenceRow[]);
  const corrections = (db.prepare("SELECT * FROM corrections ORDER BY id").all() as CorrectionRow[]).map(toStoredCorrection);
  const links = corrections.filter((c) => c.kind !== "set" && c.other_report_id !== null);
  const mustLink = links.filter((c) => c.kind === "merge").map((c): [string, string] => [c.report_id, c.other_report_id!]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const keys = rows.map(toReportKey);
  for (const ids of findComponents(keys, mustLink)) {
    const members = new Set(ids);
    const inside = links.filter((c) => members.has(c.report_id) && members.has(c.other_report_id!));
    const constraints: LinkConstraints = {
      mustLink: inside.filter((c) => c.kind === "merge").map((c) => [c.report_id, c.other_report_id!]),
      cannotLink: inside.filter((c) => c.kind === "split").map((c) => [c.report_id, c.other_report_id!]),
    };
    const mine = corrections.filter((c) => members.has(c.report_id) || (c.other_report_id !== null && members.has(c.other_report_id)));
    for (const group of clusterReports(ids.map((id) => toReportKey(byId.get(id)!)), constraints)) {
      write(mergeIncident(group.map((id) => {
        const row = byId.get(id)!;
        return { event: toCodedEvent(row), stored_at: row.stored_at, sources: toSources(sources.get(id) ?? [], evidence.get(id) ?? []) };
      }), mine));
    }
  }
}
