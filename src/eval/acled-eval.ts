// The ACLED evaluation: each row's `notes` goes through the pipeline as a tiny document, and the event sitrep
// codes is compared with ACLED's own coding (event and sub-event type, actors, date, place, fatalities).
import { performance } from "node:perf_hooks";
import type { Context } from "../context.js";
import { extract } from "../pipeline.js";
import type { CodedEvent } from "../types.js";
import { distanceKm, parseAcledDate, weightedF1 } from "./acled-metrics.js";
import { scoreRow, summarise, type AcledScores, type RowOutcome } from "./acled-score.js";

export type AcledRow = Record<string, string>;

export interface AcledEvalOptions {
  /** Score only the first N rows. */
  limit?: number;
  /** Keep each row's outcome in the report (for error analysis). */
  keepRows?: boolean;
}

export interface AcledReport {
  overall: AcledScores;
  byCountry: Record<string, AcledScores>;
  /** Gold sub-event type -> predicted -> count ("(none)" when no event was coded). */
  confusion: Record<string, Record<string, number>>;
  notesPerSecond: number;
  seconds: number;
  /** CPU time (user + system) spent in extract: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  notesPerCpuSecond: number;
  rows?: RowOutcome[];
}

/** When ACLED published the row (its `timestamp`, Unix seconds): the note's publication date, not the event's. */
function publishedOf(row: AcledRow): string | null {
  const seconds = Number(row.timestamp);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString().slice(0, 10) : null;
}

function pickEvent(events: CodedEvent[], goldDate: string | null): CodedEvent | null {
  return events.find((e) => goldDate !== null && e.event_date === goldDate) ?? events[0] ?? null;
}

export function evaluateAcled(rows: readonly AcledRow[], ctx: Context, options: AcledEvalOptions = {}): AcledReport {
  const chosen = options.limit ? rows.slice(0, options.limit) : rows;
  const outcomes: RowOutcome[] = [];
  let elapsed = 0;
  let cpu = 0;
  for (const row of chosen) {
    const id = row.event_id_cnty || row.data_id || String(outcomes.length);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const extraction = extract({ path: `acled:${id}`, url: null, body: row.notes ?? "", format: "text", published: publishedOf(row) }, ctx);
    const c1 = process.cpuUsage(c0);
    elapsed += performance.now() - t0;
    cpu += (c1.user + c1.system) / 1e6;
    const event = pickEvent(extraction.events, parseAcledDate(row.event_date ?? ""));
    outcomes.push(scoreRow(row, event, { distanceKm, parseAcledDate }));
  }
  const byCountry: Record<string, AcledScores> = {};
  for (const country of [...new Set(outcomes.map((o) => o.country))].sort()) {
    byCountry[country] = summarise(outcomes.filter((o) => o.country === country), weightedF1);
  }
  const confusion: Record<string, Record<string, number>> = {};
  for (const o of outcomes) {
    const row = (confusion[o.gold.sub_event_type] ??= {});
    row[o.predicted.sub_event_type] = (row[o.predicted.sub_event_type] ?? 0) + 1;
  }
  const seconds = elapsed / 1000;
  return {
    overall: summarise(outcomes, weightedF1), byCountry, confusion, seconds,
    notesPerSecond: seconds > 0 ? outcomes.length / seconds : 0,
    cpuSeconds: cpu, notesPerCpuSecond: cpu > 0 ? outcomes.length / cpu : 0,
    ...(options.keepRows ? { rows: outcomes } : {}),
  };
}

export { formatAcledReport } from "./acled-format.js";
