// Shared argument helpers for the commands: parseArgs with usage errors as values, checked dates and
// numbers, and the event filters `events` and `export` share.
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { EventFilter } from "../store/store.js";
import { EVENT_TYPES } from "../types.js";

/** A mistake in how the command was called: exit code 2, message to stderr (one class for every command). */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
}

export function parseDateArg(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} must be a date like 2016-08-18, got '${value}'`);
  }
  return value;
}

export function parseNumberArg(flag: string, value: string | undefined, options: { integer?: boolean; min?: number } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const min = options.min ?? 0;
  if (value.trim() === "" || !Number.isFinite(n) || n < min || (options.integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} must be ${options.integer ? "a whole number" : "a number"} of at least ${min}, got '${value}'`);
  }
  return n;
}

/** "36.2,37.16" to a point; null when the value is not a coordinate pair (then it is a place name). */
export function parseLatLon(value: string): { latitude: number; longitude: number } | null {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!match) return null;
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    throw new UsageError(`--near must be LAT,LON within -90..90 and -180..180, got '${value}'`);
  }
  return { latitude, longitude };
}

export const FILTER_OPTIONS = {
  db: { type: "string" },
  type: { type: "string" },
  "sub-type": { type: "string" },
  actor: { type: "string" },
  place: { type: "string" },
  near: { type: "string" },
  km: { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
} as const satisfies Options;

type FilterValues = Partial<Record<keyof typeof FILTER_OPTIONS, string>>;

/** The filters from the flags; `--near NAME` is resolved by the caller's `resolvePlace`. */
export function toEventFilter(values: FilterValues, resolvePlace: (name: string) => { latitude: number; longitude: number } | null): EventFilter {
  const since = parseDateArg("--since", values.since);
  const until = parseDateArg("--until", values.until);
  if (since && until && since > until) throw new UsageError(`--since (${since}) must not be after --until (${until})`);
  const km = parseNumberArg("--km", values.km, { min: 0 }) ?? 25;
  let near: EventFilter["near"];
  if (values.near !== undefined) {
    const point = parseLatLon(values.near) ?? resolvePlace(values.near);
    if (!point) throw new UsageError(`--near: no place named '${values.near}' in the gazetteer; give coordinates like --near 36.2,37.16`);
    near = { ...point, km };
  } else if (values.km !== undefined) {
    throw new UsageError("--km needs --near");
  }
  return {
    eventType: canonical("--type", values.type, Object.keys(EVENT_TYPES)),
    subEventType: canonical("--sub-type", values["sub-type"], Object.values(EVENT_TYPES).flat()), actor: values.actor, place: values.place, near, since, until,
    limit: parseNumberArg("--limit", values.limit, { integer: true, min: 1 }),
    offset: parseNumberArg("--offset", values.offset, { integer: true }),
  };
}

/** Runs a command body, turning usage errors into exit code 2 and other errors into 1, with one stderr line. */
export async function runCommand(name: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const usage = error instanceof UsageError;
    process.stderr.write(`sitrep ${name}: ${(error as Error).message}\n${usage ? `Try: sitrep ${name} --help\n` : ""}`);
    return usage ? 2 : 1;
  }
}

/** The listed spelling of a value given in any case; a usage error naming the choices otherwise. */
function canonical(flag: string, value: string | undefined, choices: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  const found = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
  if (!found) throw new UsageError(`${flag} must be one of ${choices.map((c) => `'${c}'`).join(", ")}; got '${value}'`);
  return found;
}
