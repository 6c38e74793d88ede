// The JSON body of POST /api/events/:id/corrections to a CorrectionInput, checked at the boundary with the rules
// of `sitrep correct`: who (`by`) and why (`why`) are required; `kind` is set (with `changes`), merge (with
// `other`, an event id) or split (with `reports`, ids of this event's reports). A bad body is a 400 that says
// what was expected and what came.
import { checkChanges } from "../merge/apply-corrections.js";
import type { CorrectionInput, EventChanges } from "../store/store.js";
import { EVENT_TYPES } from "../types.js";
import { badRequest } from "./parse-event-query.js";

type Json = Record<string, unknown>;

const TEXT_FIELDS = ["actor1", "actor2"] as const;
const CHANGE_FIELDS = ["event_type", "sub_event_type", "actor1", "actor2", "event_date", "location", "fatalities"] as const;

export function parseCorrection(eventId: string, body: unknown): CorrectionInput {
  if (!isObject(body)) throw badRequest(`the body must be a JSON object like {"by": "...", "why": "...", "changes": {...}}, got ${describe(body)}`);
  const by = requiredText(body, "by", "who made the correction");
  const why = requiredText(body, "why", "why it was made");
  const who = { event: eventId, author: by, reason: why };
  const kind = body.kind ?? "set";
  if (kind === "merge") return { kind, ...who, other: requiredText(body, "other", "the id of the event to merge into this one") };
  if (kind === "split") {
    const reports = body.reports;
    if (!Array.isArray(reports) || reports.length === 0 || !reports.every((r) => typeof r === "string" && r.trim() !== "")) {
      throw badRequest(`split needs "reports": a list of this event's report ids to send apart, got ${describe(reports)}`);
    }
    return { kind, ...who, reports: reports as string[] };
  }
  if (kind !== "set") throw badRequest(`kind must be 'set', 'merge' or 'split', got ${describe(kind)}`);
  return { kind, ...who, changes: parseChanges(body.changes) };
}

function parseChanges(value: unknown): EventChanges {
  if (!isObject(value)) throw badRequest(`a 'set' correction needs "changes": an object of fields to correct, got ${describe(value)}`);
  const unknown = Object.keys(value).filter((k) => !(CHANGE_FIELDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw badRequest(`cannot correct ${unknown.join(", ")}; fields: ${CHANGE_FIELDS.join(", ")}`);
  const changes: EventChanges = {};
  if (value.event_type !== undefined) changes.event_type = pickListed("event_type", value.event_type, Object.keys(EVENT_TYPES)) as EventChanges["event_type"];
  if (value.sub_event_type !== undefined) {
    const sub = pickListed("sub_event_type", value.sub_event_type, Object.values(EVENT_TYPES).flat());
    changes.sub_event_type = sub as EventChanges["sub_event_type"];
    // As the CLI: a sub-type alone brings its type along.
    changes.event_type ??= Object.entries(EVENT_TYPES).find(([, subs]) => (subs as readonly string[]).includes(sub))![0] as EventChanges["event_type"];
  }
  for (const field of TEXT_FIELDS) {
    const v = value[field];
    if (v !== undefined && v !== null && typeof v !== "string") throw badRequest(`${field} must be a name or null, got ${describe(v)}`);
    if (v !== undefined) changes[field] = v as string | null;
  }
  if (value.event_date !== undefined) {
    if (typeof value.event_date !== "string") throw badRequest(`event_date must be a date like 2016-08-18, got ${describe(value.event_date)}`);
    changes.event_date = value.event_date;
    changes.time_precision = 1;
  }
  if (value.location !== undefined) changes.location = parseLocation(value.location);
  if (value.fatalities !== undefined) changes.fatalities = parseFatalities(value.fatalities);
  try {
    checkChanges(changes);
  } catch (error) {
    throw badRequest((error as Error).message);
  }
  return changes;
}

function parseLocation(value: unknown): NonNullable<EventChanges["location"]> {
  if (!isObject(value) || typeof value.name !== "string" || value.name.trim() === "") {
    throw badRequest(`location must be {"name": "...", "latitude"?: N, "longitude"?: N, "geo_precision"?: 1|2|3}, got ${describe(value)}`);
  }
  const coordinate = (key: string, limit: number): number | null => {
    const v = value[key] ?? null;
    if (v !== null && (typeof v !== "number" || Math.abs(v) > limit)) throw badRequest(`location.${key} must be a number within ±${limit}, got ${describe(v)}`);
    return v as number | null;
  };
  const precision = value.geo_precision ?? 1;
  if (precision !== 1 && precision !== 2 && precision !== 3) throw badRequest(`location.geo_precision must be 1, 2 or 3, got ${describe(precision)}`);
  const latitude = coordinate("latitude", 90);
  const longitude = coordinate("longitude", 180);
  if ((latitude === null) !== (longitude === null)) throw badRequest("location needs both latitude and longitude, or neither");
  return { name: value.name.trim(), latitude, longitude, geo_precision: precision };
}

/** A number (low = best = high) or {low, best?, high?} of whole numbers. */
function parseFatalities(value: unknown): NonNullable<EventChanges["fatalities"]> {
  const whole = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;
  if (whole(value)) return { low: value as number, best: value as number, high: value as number };
  if (isObject(value) && whole(value.low) && [value.best, value.high].every((v) => v === undefined || whole(v))) {
    const low = value.low as number;
    const high = (value.high as number | undefined) ?? low;
    if (high < low) throw badRequest(`fatalities: the high figure (${high}) is below the low one (${low})`);
    return { low, best: (value.best as number | undefined) ?? low, high };
  }
  throw badRequest(`fatalities must be a whole number or {"low": N, "high"?: N}, got ${describe(value)}`);
}

function requiredText(body: Json, key: string, what: string): string {
  const value = body[key];
  if (typeof value !== "string" || value.trim() === "") throw badRequest(`"${key}" is required: ${what}; got ${describe(value)}`);
  return value.trim();
}

function pickListed(name: string, value: unknown, choices: readonly string[]): string {
  const found = typeof value === "string" ? choices.find((c) => c.toLowerCase() === value.toLowerCase()) : undefined;
  if (!found) throw badRequest(`${name} must be one of ${choices.map((c) => `'${c}'`).join(", ")}; got ${describe(value)}`);
  return found;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value)?.slice(0, 80) ?? String(value);
}
