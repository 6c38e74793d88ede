// EventFilter to WHERE clauses over the incidents table with `?` placeholders (turned into $n by toPositional):
// the same clauses as the SQLite store's, on the same key columns, so both backends filter alike.
import { boundingBox } from "../geo.js";
import { likeContains } from "../search-keys.js";
import type { EventFilter } from "../store.js";

interface Where {
  clauses: string[];
  params: (string | number)[];
}

export function buildWhere(filter: EventFilter): Where {
  const where: Where = { clauses: [], params: [] };
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
