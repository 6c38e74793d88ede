// Query parameters of /api/events (and its CSV and GeoJSON twins) to an EventQuery, checked at the boundary:
// a bad value is a 400 that says what was expected and what came.
import { EVENT_SORT_KEYS, GRADES, type EventQuery, type EventSortKey, type Grade } from "../store/store.js";
import { EVENT_TYPES } from "../types.js";
import { ApiError } from "./api-error.js";

export const EVENT_QUERY_PARAMS = ["type", "sub_type", "actor", "place", "near", "km", "bbox", "since", "until", "grade", "q", "limit", "offset", "sort"] as const;
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
const DEFAULT_KM = 25;

export function parseEventQuery(params: URLSearchParams, options: { defaultLimit?: number | null } = {}): EventQuery {
  for (const key of new Set(params.keys())) {
    if (!(EVENT_QUERY_PARAMS as readonly string[]).includes(key)) {
      throw badRequest(`unknown parameter '${key}'; known: ${EVENT_QUERY_PARAMS.join(", ")}`);
    }
  }
  const get = (key: string) => {
    const value = params.get(key)?.trim();
    return value === undefined || value === "" ? undefined : value;
  };
  const since = parseDate("since", get("since"));
  const until = parseDate("until", get("until"));
  if (since && until && since > until) throw badRequest(`since (${since}) must not be after until (${until})`);
  const km = parseNumber("km", get("km"), { min: 0 });
  const nearPoint = get("near") === undefined ? undefined : parseLatLon(get("near") as string);
  if (km !== undefined && !nearPoint) throw badRequest("km needs near=LAT,LON");
  const limit = parseNumber("limit", get("limit"), { integer: true, min: 1, max: MAX_LIMIT }) ?? options.defaultLimit ?? undefined;
  return {
    eventType: pickListed("type", get("type"), Object.keys(EVENT_TYPES)),
    subEventType: pickListed("sub_type", get("sub_type"), Object.values(EVENT_TYPES).flat()),
    actor: get("actor"),
    place: get("place"),
    near: nearPoint && { ...nearPoint, km: km ?? DEFAULT_KM },
    bbox: parseBbox(get("bbox")),
    since,
    until,
    grade: pickListed("grade", get("grade"), GRADES) as Grade | undefined,
    q: get("q"),
    limit: limit === null ? undefined : limit,
    offset: parseNumber("offset", get("offset"), { integer: true, min: 0 }),
    sort: parseSort(get("sort")),
  };
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, message);
}

function parseDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw badRequest(`${name} must be a date like 2016-08-18, got '${value}'`);
  return value;
}

function parseNumber(name: string, value: string | undefined, range: { integer?: boolean; min: number; max?: number }): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const max = range.max ?? Infinity;
  if (!Number.isFinite(n) || n < range.min || n > max || (range.integer && !Number.isInteger(n))) {
    const what = range.integer ? "a whole number" : "a number";
    throw badRequest(`${name} must be ${what} from ${range.min}${max < Infinity ? ` to ${max}` : " up"}, got '${value}'`);
  }
  return n;
}

function parseLatLon(value: string): { latitude: number; longitude: number } {
  const [latitude, longitude] = parseNumbers("near", value, 2, "LAT,LON like 36.2,37.16");
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) throw badRequest(`near must lie within -90..90, -180..180, got '${value}'`);
  return { latitude, longitude };
}

function parseBbox(value: string | undefined): EventQuery["bbox"] {
  if (value === undefined) return undefined;
  const [west, south, east, north] = parseNumbers("bbox", value, 4, "WEST,SOUTH,EAST,NORTH like 35.5,35.8,38.5,37.2");
  const inRange = [west, east].every((x) => Math.abs(x) <= 180) && [south, north].every((y) => Math.abs(y) <= 90);
  if (!inRange || south > north) throw badRequest(`bbox must have -180..180 longitudes, -90..90 latitudes and south <= north, got '${value}'`);
  return { west, south, east, north };
}

function parseNumbers(name: string, value: string, count: number, expected: string): number[] {
  const parts = value.split(",").map((p) => p.trim());
  const numbers = parts.map(Number);
  if (parts.length !== count || parts.some((p) => p === "") || numbers.some((n) => !Number.isFinite(n))) {
    throw badRequest(`${name} must be ${expected}, got '${value}'`);
  }
  return numbers;
}

function parseSort(value: string | undefined): EventQuery["sort"] {
  if (value === undefined) return undefined;
  const descending = value.startsWith("-");
  const key = descending ? value.slice(1) : value;
  if (!(EVENT_SORT_KEYS as readonly string[]).includes(key)) {
    throw badRequest(`sort must be one of ${EVENT_SORT_KEYS.join(", ")} (prefix '-' for descending), got '${value}'`);
  }
  return { key: key as EventSortKey, descending };
}

/** The listed spelling of a value given in any case. */
function pickListed(name: string, value: string | undefined, choices: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  const found = choices.find((c) => c.toLowerCase() === value.toLowerCase());
  if (!found) throw badRequest(`${name} must be one of ${choices.map((c) => `'${c}'`).join(", ")}; got '${value}'`);
  return found;
}
