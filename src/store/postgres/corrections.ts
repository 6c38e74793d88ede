// Analysts' corrections on PostgreSQL (as ../sqlite/corrections.ts): stored with who, when and why, anchored to
// report ids (which never change), then the affected incidents are re-clustered in the same transaction, so
// the correction shows at once and again after every later ingest.
import type pg from "pg";
import { checkChanges } from "../../merge/apply-corrections.js";
import type { CorrectionInput, StoredCorrection, StoredEvent } from "../store.js";
import type { Queryable } from "./connect.js";
import { toStoredCorrection, type CorrectionRow } from "../event-rows.js";
import { getEvent } from "./find-events.js";
import { reclusterIn } from "./incidents.js";

const INSERT = `INSERT INTO corrections (kind, report_id, other_report_id, changes, author, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`;

/** Records the correction and re-clusters what it touches; returns nothing, the caller reads the event after commit. */
export async function addCorrectionIn(client: pg.PoolClient, c: CorrectionInput, now = new Date().toISOString()): Promise<void> {
  if (!c.author.trim()) throw new Error("a correction needs an author (who made it)");
  if (!c.reason.trim()) throw new Error("a correction needs a reason (why it was made)");
  const event = await mustFind(client, c.event);
  const row = (kind: string, report: string, other: string | null, changes: string | null) =>
    client.query(INSERT, [kind, report, other, changes, c.author, c.reason, now]);
  if (c.kind === "set") {
    checkChanges(c.changes);
    await row("set", event.id, null, JSON.stringify(c.changes));
    return reclusterIn(client, event.reports);
  }
  if (c.kind === "merge") {
    const other = await mustFind(client, c.other);
    if (other.id === event.id) throw new Error(`'${c.event}' and '${c.other}' are already one event (${event.id})`);
    await row("merge", event.id, other.id, null);
    return reclusterIn(client, [...event.reports, ...other.reports]);
  }
  const leaving = new Set(c.reports);
  const unknown = c.reports.filter((r) => !event.reports.includes(r));
  if (unknown.length > 0) throw new Error(`not reports of event ${event.id}: ${unknown.join(", ")} (its reports: ${event.reports.join(", ")})`);
  const staying = event.reports.filter((r) => !leaving.has(r));
  if (leaving.size === 0 || staying.length === 0) throw new Error("split needs some, but not all, of the event's reports");
  for (const r of leaving) for (const s of staying) await row("split", r, s, null);
  return reclusterIn(client, event.reports);
}

/** Every correction, oldest first; with an event id, those applying to that event's reports. */
export async function listCorrections(db: Queryable, eventId?: string): Promise<StoredCorrection[]> {
  const rows = (await db.query<CorrectionRow>("SELECT * FROM corrections ORDER BY id")).rows.map(toStoredCorrection);
  if (eventId === undefined) return rows;
  const event = await getEvent(db, eventId);
  if (!event) return [];
  return rows.filter((r) => event.reports.includes(r.report_id) || (r.other_report_id !== null && event.reports.includes(r.other_report_id)));
}

async function mustFind(db: Queryable, id: string): Promise<StoredEvent> {
  const event = await getEvent(db, id);
  if (!event) throw new Error(`no event with id '${id}'`);
  return event;
}
