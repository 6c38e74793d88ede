// Where and when each report can have happened, as an R*Tree box (its days, and its point), so that the
// reports a new one may merge with are found by an index in time and space: the cost of a candidate search
// grows with the reports near that place and those days, not with every report of the type in a 10-week
// window (all of a month's news, or a town's whole history). Reports with a place name but no coordinates
// are found by name (index on place key, type and date). Both give a superset, checked exactly in JS.
import type Database from "better-sqlite3";
import { MAX_DAY_WINDOW, PLACE_RADIUS_KM, dayRange } from "../../merge/same-incident.js";
import { toReportKey, type EventRow } from "../event-rows.js";
import type { TimePrecision } from "../../types.js";
import { boundingBox } from "../geo.js";

interface Located {
  event_date: string | null;
  time_precision: TimePrecision | null;
  latitude: number | null;
  longitude: number | null;
}

/** Widest radius at which two places can be one (the region's). */
const WIDEST_KM = Math.max(...Object.values(PLACE_RADIUS_KM));

export function createEventBoxes(db: Database.Database) {
  const s = {
    // OR REPLACE: a rowid freed by a deleted report may come back; the box then follows the new report.
    insert: db.prepare("INSERT OR REPLACE INTO event_boxes (id, min_day, max_day, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?, ?, ?)"),
    // CROSS JOIN keeps the R*Tree outermost: without statistics (a new store) the planner would scan the type's reports.
    near: db.prepare(`SELECT e.* FROM event_boxes b CROSS JOIN events e ON e.rowid = b.id
      WHERE b.max_day >= ? AND b.min_day <= ? AND b.max_lat >= ? AND b.min_lat <= ? AND b.max_lon >= ? AND b.min_lon <= ? AND e.event_type = ?`),
    // A report's stored date lies within its own range: a day or week overlapping ours is within 3 days of it; a
    // month-precise one (any day of its month) within MAX_DAY_WINDOW.
    named: db.prepare(`SELECT * FROM events WHERE place_key = ? AND event_type = ? AND event_date BETWEEN ? AND ?
      AND (event_date BETWEEN ? AND ? OR time_precision = 3)`),
    anyBox: db.prepare("SELECT 1 FROM event_boxes LIMIT 1").pluck(),
    anyBoxable: db.prepare("SELECT 1 FROM events WHERE event_date IS NOT NULL AND latitude IS NOT NULL AND longitude IS NOT NULL LIMIT 1").pluck(),
    boxable: db.prepare("SELECT rowid, event_date, time_precision, latitude, longitude FROM events WHERE event_date IS NOT NULL AND latitude IS NOT NULL AND longitude IS NOT NULL"),
  };

  /** Records a report just inserted as row `rowid` of events; one without a day or a point needs no box. */
  function add(rowid: number | bigint, report: Located): void {
    const days = dayRange(report);
    if (!days || report.latitude === null || report.longitude === null) return;
    s.insert.run(rowid, days[0], days[1], report.latitude, report.latitude, report.longitude, report.longitude);
  }

  /** Reports of this type whose days may overlap `row`'s, at the same place name or within the widest radius. */
  function candidates(row: EventRow): EventRow[] {
    const days = dayRange(toReportKey(row));
    if (!days) return [];
    const found = new Map<string, EventRow>();
    if (row.latitude !== null && row.longitude !== null) {
      const box = boundingBox({ latitude: row.latitude, longitude: row.longitude }, WIDEST_KM);
      // A box across the antimeridian is searched as its two halves.
      const lonRanges: [number, number][] = box.minLon <= box.maxLon ? [[box.minLon, box.maxLon]] : [[box.minLon, 180], [-180, box.maxLon]];
      for (const [west, east] of lonRanges) {
        for (const r of s.near.all(days[0], days[1], box.minLat, box.maxLat, west, east, row.event_type) as EventRow[]) found.set(r.id, r);
      }
    }
    if (row.place_key !== null) {
      const window = [isoDay(days[0] - MAX_DAY_WINDOW), isoDay(days[1] + MAX_DAY_WINDOW), isoDay(days[0] - 3), isoDay(days[1] + 3)];
      for (const r of s.named.all(row.place_key, row.event_type, ...window) as EventRow[]) found.set(r.id, r);
    }
    return [...found.values()];
  }

  /** Boxes for the reports of a store from before event_boxes (migration 005): once, on open. */
  function boxUnboxed(): number {
    if (s.anyBox.get() !== undefined || s.anyBoxable.get() === undefined) return 0;
    let boxed = 0;
    for (const r of s.boxable.all() as (Located & { rowid: number })[]) {
      add(r.rowid, r);
      boxed++;
    }
    return boxed;
  }

  return { add, candidates, boxUnboxed };
}

export type EventBoxes = ReturnType<typeof createEventBoxes>;

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
