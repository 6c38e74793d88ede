// The "same incident" predicate: whether two reports (per-document coded events) describe one incident.
// Symmetric and deterministic, a pure function of the two reports, so that clustering by it gives the same
// incidents whatever order the documents came in. Each test is a rule with a reason, in the tables below.
import { haversineKm } from "../store/geo.js";
import { foldText } from "../store/search-keys.js";
import type { CodedEvent } from "../types.js";

/** What the predicate reads of a report. */
export type ReportKey = Pick<CodedEvent, "id" | "event_type" | "sub_event_type" | "event_date" | "time_precision" | "actor1" | "actor2"
  | "inter1" | "location">;

/**
 * Sub-event types that reports of one incident may disagree on and still be one event: ACLED folds back-and-forth
 * fighting and the final capture of a place on one day into one battle. Other sub-event types stay apart: two
 * bombings or a strike and a shelling in one town on one day are, for ACLED, two events.
 */
export const COMPATIBLE_SUB_EVENTS: readonly (readonly string[])[] = [
  ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
];

/** How far apart two reports' places may be, by geo_precision (1 the town, 2 near it, 3 a region): the larger radius counts. */
export const PLACE_RADIUS_KM: Record<1 | 2 | 3, number> = { 1: 10, 2: 25, 3: 75 };

/** The widest gap between two reports' days that can still overlap (month precision each side): for SQL candidate windows. */
export const MAX_DAY_WINDOW = 35;

/** Sub-event types whose perpetrator is often contested between state and foreign air forces (Russia vs Syria). */
const CONTESTABLE_PERPETRATOR = new Set(["Air/drone strike", "Shelling/artillery/missile attack"]);
/** Inter codes that may contest a strike: state forces (1) and external forces (8). */
const CONTESTING_INTER = new Set([1, 8]);

export type Verdict = { same: true; contested: boolean } | { same: false; reason: string };

export function judgeSameIncident(a: ReportKey, b: ReportKey): Verdict {
  if (a.id === b.id) return { same: true, contested: false };
  if (!isCompatibleType(a, b)) return { same: false, reason: "type" };
  if (!isSameDay(a, b)) return { same: false, reason: "date" };
  if (!isSamePlace(a, b)) return { same: false, reason: "place" };
  return judgeActors(a, b);
}

export function isSameIncident(a: ReportKey, b: ReportKey): boolean {
  return judgeSameIncident(a, b).same;
}

export function isCompatibleType(a: ReportKey, b: ReportKey): boolean {
  if (a.event_type !== b.event_type) return false;
  if (a.sub_event_type === b.sub_event_type) return true;
  return COMPATIBLE_SUB_EVENTS.some((group) => group.includes(a.sub_event_type) && group.includes(b.sub_event_type));
}

/** The days a report's date can mean: the day; the week around mid-week (precision 2); the month (precision 3). */
export function dayRange(event: Pick<ReportKey, "event_date" | "time_precision">): [number, number] | null {
  if (!event.event_date) return null;
  const day = Date.parse(`${event.event_date}T00:00:00Z`) / 86_400_000;
  if (!Number.isFinite(day)) return null;
  if (event.time_precision === 2) return [day - 3, day + 3];
  if (event.time_precision === 3) {
    const [year, month] = event.event_date.split("-").map(Number);
    const first = Date.UTC(year, month - 1, 1) / 86_400_000;
    const last = Date.UTC(year, month, 0) / 86_400_000;
    return [first, last];
  }
  return [day, day];
}

/** Overlapping day ranges. A report without a date never merges: its day cannot be known, so it must not be guessed. */
export function isSameDay(a: ReportKey, b: ReportKey): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return !!ra && !!rb && ra[0] <= rb[1] && rb[0] <= ra[1];
}

/** Within the larger precision radius when both have coordinates; else the same name (accents and case folded). */
export function isSamePlace(a: ReportKey, b: ReportKey): boolean {
  const la = a.location;
  const lb = b.location;
  if (!la || !lb) return false;
  if (foldText(la.name) === foldText(lb.name)) return true;
  if (la.latitude === null || la.longitude === null || lb.latitude === null || lb.longitude === null) return false;
  const radius = Math.max(PLACE_RADIUS_KM[la.geo_precision] ?? 10, PLACE_RADIUS_KM[lb.geo_precision] ?? 10);
  return haversineKm({ latitude: la.latitude, longitude: la.longitude }, { latitude: lb.latitude, longitude: lb.longitude }) <= radius;
}

/** Names that say who was involved without saying which group: they agree with any actor. */
const UNNAMED = [/^Unidentified /, /^Civilians\b/];

function named(actor: string | null): string | null {
  return actor === null || UNNAMED.some((re) => re.test(actor)) ? null : actor;
}

/**
 * Actors agree unless they conflict: a side named by both must be the same actor (battles may name the two sides
 * in either order), or the two reports must share some named actor (reports swap perpetrator and target, or
 * name the troops hit as the attacker). Unidentified groups and civilians agree with anyone. One exception: a
 * strike whose perpetrator two reports name as two different state or foreign forces, against the same target,
 * is one incident with a contested perpetrator.
 */
export function judgeActors(a: ReportKey, b: ReportKey): Verdict {
  const [a1, a2, b1, b2] = [named(a.actor1), named(a.actor2), named(b.actor1), named(b.actor2)];
  const agree = (x: string | null, y: string | null) => x === null || y === null || x === y;
  if (agree(a1, b1) && agree(a2, b2)) return { same: true, contested: false };
  // Perpetrator and target swapped: one report's attacker is the other's target, and nothing contradicts it.
  const swapped = (a1 !== null && b2 !== null) || (a2 !== null && b1 !== null);
  if (swapped && agree(a1, b2) && agree(a2, b1)) return { same: true, contested: false };
  const contestable = CONTESTABLE_PERPETRATOR.has(a.sub_event_type) && CONTESTABLE_PERPETRATOR.has(b.sub_event_type)
    && CONTESTING_INTER.has(a.inter1 ?? 0) && CONTESTING_INTER.has(b.inter1 ?? 0) && a1 !== b1 && agree(a2, b2);
  if (contestable) return { same: true, contested: true };
  const shared = [a1, a2].some((x) => x !== null && (x === b1 || x === b2));
  if (shared) return { same: true, contested: false };
  return { same: false, reason: "actors" };
}
