// Analysts' "set" corrections, applied to a merged incident in the order they were made. Merge and split
// corrections act earlier, as must-link / cannot-link constraints on clustering (cluster-reports.ts); they
// are listed on the event too, so every change to what the sources said has its who, when and why. The grade
// is worked out again afterwards: an analyst who names the perpetrator settles a contest between sources.
import type { Confidence, EventChanges, StoredCorrection, MergedEvent } from "../store/store.js";
import { isPerpetratorContested, toGrade } from "./grade.js";
import { EVENT_TYPES } from "../types.js";

export function applyCorrections(event: MergedEvent, corrections: readonly StoredCorrection[]): MergedEvent {
  const mine = corrections.filter((c) => event.reports.includes(c.report_id) || (c.other_report_id !== null && event.reports.includes(c.other_report_id)));
  let out: MergedEvent = { ...event, corrections: [...mine].sort((a, b) => a.id - b.id) };
  for (const c of out.corrections) {
    if (c.kind !== "set" || !c.changes || !event.reports.includes(c.report_id)) continue;
    const { location, fatalities, ...fields } = c.changes;
    out = {
      ...out,
      ...fields,
      location: location ? { admin1: null, country: null, iso: null, resolved: location.latitude !== null, ...out.location, ...location } : out.location,
      fatalities: fatalities ? { ...out.fatalities, ...fatalities } : out.fatalities,
    };
  }
  const { inter1, inter2 } = out;
  const interaction = inter1 === null ? null : inter2 === null ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  return { ...out, interaction, confidence: regrade(out, settlesPerpetrator(out)) };
}

/** Whether an analyst said who the perpetrator was (actor1, even as "unknown"), which ends the sources' contest. */
function settlesPerpetrator(event: MergedEvent): boolean {
  return event.corrections.some((c) => c.kind === "set" && c.changes !== null && "actor1" in c.changes && event.reports.includes(c.report_id));
}

/** The grade after corrections: a corrected event type or perpetrator can start or end a contest. */
function regrade(event: MergedEvent, settled: boolean): Confidence {
  const { confidence } = event;
  const contested = isPerpetratorContested(event.event_type, confidence.perpetrators, settled);
  return { ...confidence, perpetrator_contested: contested, grade: toGrade(contested, confidence.independent_sources) };
}

/** Checks an analyst's changes at the boundary: known types, a sub-event type of the event type, ISO dates, counts. */
export function checkChanges(changes: EventChanges): void {
  const keys = Object.keys(changes);
  if (keys.length === 0) throw new Error("a correction needs at least one field to change");
  const type = changes.event_type;
  if (type !== undefined && !(type in EVENT_TYPES)) throw new Error(`event_type must be one of ${Object.keys(EVENT_TYPES).join(", ")}; got '${type}'`);
  const sub = changes.sub_event_type;
  if (sub !== undefined) {
    const allowed: readonly string[] = type ? EVENT_TYPES[type] : Object.values(EVENT_TYPES).flat();
    if (!allowed.includes(sub)) throw new Error(`sub_event_type '${sub}' is not a sub-event type${type ? ` of ${type}` : ""}`);
  }
  if (changes.event_date != null && !/^\d{4}-\d{2}-\d{2}$/.test(changes.event_date)) {
    throw new Error(`event_date must be a date like 2016-08-18, got '${changes.event_date}'`);
  }
  for (const [k, v] of Object.entries(changes.fatalities ?? {})) {
    if (v !== null && (!Number.isInteger(v) || v < 0)) throw new Error(`fatalities.${k} must be a whole number of at least 0, got '${v}'`);
  }
}
