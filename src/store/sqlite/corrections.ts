// Analysts' corrections: stored with who, when and why, anchored to report ids (which never change), then the
// affected incidents are re-clustered so the correction shows at once and again after every later ingest.
import type Database from "better-sqlite3";
import { checkChanges } from "../../merge/apply-corrections.js";
import type { CorrectionInput, StoredCorrection, MergedEvent } from "../store.js";
import { toStoredCorrection, type CorrectionRow } from "../event-rows.js";

interface Deps {
  getEvent: (id: string) => MergedEvent | null;
  recluster: (reportIds: readonly string[]) => void;
}

export function createCorrections(db: Database.Database, deps: Deps) {
  const insert = db.prepare(`INSERT INTO corrections (kind, report_id, other_report_id, changes, author, reason, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const all = db.prepare("SELECT * FROM corrections ORDER BY id");

  const mustFind = (id: string): MergedEvent => {
    const event = deps.getEvent(id);
    if (!event) throw new Error(`no event with id '${id}'`);
    return event;
  };

  const add = db.transaction((c: CorrectionInput, now: string): string[] => {
    if (!c.author.trim()) throw new Error("a correction needs an author (who made it)");
    if (!c.reason.trim()) throw new Error("a correction needs a reason (why it was made)");
    const event = mustFind(c.event);
    const row = (kind: string, other: string | null, changes: string | null) =>
      insert.run(kind, event.id, other, changes, c.author, c.reason, now);
    if (c.kind === "set") {
      checkChanges(c.changes);
      row("set", null, JSON.stringify(c.changes));
      deps.recluster(event.reports);
      return event.reports;
    }
    if (c.kind === "merge") {
      const other = mustFind(c.other);
      if (other.id === event.id) throw new Error(`'${c.event}' and '${c.other}' are already one event (${event.id})`);
      row("merge", other.id, null);
      deps.recluster([...event.reports, ...other.reports]);
      return event.reports;
    }
    const leaving = new Set(c.reports);
    const unknown = c.reports.filter((r) => !event.reports.includes(r));
    if (unknown.length > 0) throw new Error(`not reports of event ${event.id}: ${unknown.join(", ")} (its reports: ${event.reports.join(", ")})`);
    const staying = event.reports.filter((r) => !leaving.has(r));
    if (leaving.size === 0 || staying.length === 0) throw new Error("split needs some, but not all, of the event's reports");
    for (const r of leaving) for (const s of staying) insert.run("split", r, s, null, c.author, c.reason, now);
    deps.recluster(event.reports);
    return event.reports;
  });

  return {
    addCorrection(c: CorrectionInput): MergedEvent | null {
      add(c, new Date().toISOString());
      return deps.getEvent(c.event);
    },
    listCorrections(eventId?: string): StoredCorrection[] {
      const rows = (all.all() as CorrectionRow[]).map(toStoredCorrection);
      if (eventId === undefined) return rows;
      const event = deps.getEvent(eventId);
      if (!event) return [];
      return rows.filter((r) => event.reports.includes(r.report_id) || (r.other_report_id !== null && event.reports.includes(r.other_report_id)));
    },
  };
}
