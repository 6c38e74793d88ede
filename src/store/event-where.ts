// EventFilter and EventQuery to SQL over the incidents table, with `?` placeholders (PostgreSQL's toPositional turns
// them into $n): one set of clauses, so both backends filter, page and sort alike. Only free-text search differs by
// dialect, so each backend passes its own clause for one folded word.
import { boundingBox } from "./geo.js";
import { foldText, likeContains } from "./search-keys.js";
import type { EventFilter, EventQuery, EventSortKey, FacetField } from "./store.js";

interface Clauses {
  clauses: string[];
  params: (string | number)[];
}

export interface WhereSql {
  sql: string;
  params: (string | number)[];
}

export const FACET_COLUMNS: Record<FacetField, string> = {
  event_type: "event_type", sub_event_type: "sub_event_type", actor1: "actor1", actor2: "actor2",
  country: "country", location: "location_name",
};
export const FACET_SIZE = 30;

const SORT_COLUMNS: Record<EventSortKey, string> = {
  event_date: "event_date", event_type: "event_type", sub_event_type: "sub_event_type", location: "location_name",
  actor1: "actor1", fatalities: "fatalities_low", stored_at: "stored_at",
};
const MAX_QUERY_WORDS = 12;

/** Every filter a clause on an indexed or keyed column; `near` only as a latitude/longitude box (callers refine it). */
export function buildWhere(filter: EventFilter): Clauses {
  const where: Clauses = { clauses: [], params: [] };
  const add = (clause: string, ...params: (string | number)[]) => {
    where.clauses.push(clause);
    where.params.push(...params);
  };
  if (filter.eventType) add("event_type = ?", filter.eventType);
  if (filter.subEventType) add("sub_event_type = ?", filter.subEventType);
  if (filter.actor) add("actors_key LIKE ? ESCAPE '\\'", likeContains(filter.actor));
  if (filter.place) add("place_key LIKE ? ESCAPE '\\'", likeContains(filter.place));
  if (filter.since) add("event_date >= ?", filter.since);
  if (filter.until) add("event_date <= ?", filter.until);
  if (filter.grade) add("grade = ?", filter.grade);
  if (filter.near) {
    const box = boundingBox(filter.near, filter.near.km);
    add("latitude BETWEEN ? AND ?", box.minLat, box.maxLat);
    if (box.minLon <= box.maxLon) add("longitude BETWEEN ? AND ?", box.minLon, box.maxLon);
    else add("(longitude >= ? OR longitude <= ?)", box.minLon, box.maxLon);
  }
  return where;
}

/** The API's WHERE: the filter's clauses, the exact `near` radius, `bbox`, and each word of `q` via `matchWord`. */
export function buildQueryWhere(query: EventQuery, matchWord: (folded: string) => [clause: string, param: string]): WhereSql {
  const { clauses, params } = buildWhere(query);
  const add = (clause: string, ...values: (string | number)[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (query.near) {
    add("latitude IS NOT NULL AND longitude IS NOT NULL AND sitrep_km(latitude, longitude, ?, ?) <= ?",
      query.near.latitude, query.near.longitude, query.near.km);
  }
  if (query.bbox) {
    const { west, south, east, north } = query.bbox;
    add("latitude BETWEEN ? AND ?", south, north);
    if (west <= east) add("longitude BETWEEN ? AND ?", west, east);
    else add("(longitude >= ? OR longitude <= ?)", west, east);
  }
  for (const word of (query.q ?? "").split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS)) add(...matchWord(foldText(word)));
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/** ORDER BY the query's sort key, undated (or unknown) last, then id so pages are stable. */
export function toOrderBy(query: EventQuery): string {
  const sort = query.sort ?? { key: "event_date", descending: false };
  const column = SORT_COLUMNS[sort.key];
  if (!column) throw new Error(`cannot sort events by '${sort.key}'`);
  const direction = sort.descending ? "DESC" : "ASC";
  return `ORDER BY ${column} IS NULL, ${column} ${direction}, id`;
}
