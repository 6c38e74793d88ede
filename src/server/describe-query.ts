// An EventQuery as one human sentence, echoed beside the results so a reader sees what was filtered
// ("Battles involving 'gondor' from 2016-08-01, newest first").
import type { EventQuery } from "../store/store.js";

export function describeQuery(query: EventQuery): string {
  const what = query.subEventType ?? query.eventType;
  const parts = [what ? `${what} events` : "All events"];
  if (query.subEventType && query.eventType) parts[0] = `${query.eventType} events of sub-type ${query.subEventType}`;
  if (query.actor) parts.push(`involving an actor matching '${query.actor}'`);
  if (query.place) parts.push(`at a place matching '${query.place}'`);
  if (query.near) parts.push(`within ${query.near.km} km of ${query.near.latitude}, ${query.near.longitude}`);
  if (query.bbox) {
    const b = query.bbox;
    parts.push(`inside longitudes ${b.west} to ${b.east} and latitudes ${b.south} to ${b.north}`);
  }
  if (query.since && query.until) parts.push(`from ${query.since} to ${query.until}`);
  else if (query.since) parts.push(`on or after ${query.since}`);
  else if (query.until) parts.push(`on or before ${query.until}`);
  if (query.grade) parts.push(`graded '${query.grade}'`);
  if (query.q) parts.push(`mentioning '${query.q}'`);
  let sentence = parts.join(" ");
  if (query.sort) sentence += `, sorted by ${query.sort.key.replace("_", " ")}${query.sort.descending ? " (descending)" : ""}`;
  return sentence;
}
