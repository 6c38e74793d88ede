// Clusters every report of a store at once (a store from before incidents existed), as ../sqlite/cluster-all.ts
// does: reports, sources, evidence and corrections read in four queries, components found in memory
// (src/merge/find-components.ts), each clustered and merged as a single re-clustering would. It holds the
// exclusive lock every re-clustering takes shared (incident-locks.ts), so no worker writes incidents meanwhile.
import type pg from "pg";
import { clusterReports } from "../../merge/cluster-reports.js";
import { findComponents } from "../../merge/find-components.js";
import { mergeIncident } from "../../merge/merge-incident.js";
import type { StoredEvent } from "../store.js";
import { toCodedEvent, toSources, toStoredCorrection, groupByEvent, type CorrectionRow, type EventRow, type EvidenceRow, type SourceRow } from "../event-rows.js";
import { lockAllBuckets } from "./incident-locks.js";
import { writeIncidents } from "./incidents.js";

/** Returns how many reports were clustered: none when some incident exists already (another worker did it). */
export async function clusterAllIn(client: pg.ClientBase): Promise<number> {
  await lockAllBuckets(client);
  if ((await client.query("SELECT 1 FROM incidents LIMIT 1")).rowCount !== 0) return 0;
  const rows = (await client.query<EventRow>("SELECT * FROM events ORDER BY id")).rows;
  const sources = groupByEvent((await client.query<SourceRow>(`SELECT s.event_id, s.document_id, s.attributed_to, d.path, d.url, d.title, d.publisher,
    d.published FROM event_sources s JOIN documents d ON d.id = s.document_id ORDER BY s.seq`)).rows);
  const evidence = groupByEvent((await client.query<EvidenceRow>("SELECT * FROM event_evidence ORDER BY event_id, document_id, ordinal")).rows);
  const corrections = (await client.query<CorrectionRow>("SELECT * FROM corrections ORDER BY id")).rows.map(toStoredCorrection);
  const links = corrections.filter((c) => c.kind !== "set" && c.other_report_id !== null);
  const events = new Map(rows.map((r) => [r.id, toCodedEvent(r)]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const merged: StoredEvent[] = [];
  for (const ids of findComponents([...events.values()], links.filter((c) => c.kind === "merge").map((c) => [c.report_id, c.other_report_id!]))) {
    const members = new Set(ids);
    const inside = links.filter((c) => members.has(c.report_id) && members.has(c.other_report_id!));
    const constraints = {
      mustLink: inside.filter((c) => c.kind === "merge").map((c): [string, string] => [c.report_id, c.other_report_id!]),
      cannotLink: inside.filter((c) => c.kind === "split").map((c): [string, string] => [c.report_id, c.other_report_id!]),
    };
    const mine = corrections.filter((c) => members.has(c.report_id) || (c.other_report_id !== null && members.has(c.other_report_id)));
    for (const group of clusterReports(ids.map((id) => events.get(id)!), constraints)) {
      merged.push(mergeIncident(group.map((id) => ({
        event: events.get(id)!, stored_at: byId.get(id)!.stored_at, sources: toSources(sources.get(id) ?? [], evidence.get(id) ?? []),
      })), mine));
    }
  }
  await writeIncidents(client, merged);
  return rows.length;
}
