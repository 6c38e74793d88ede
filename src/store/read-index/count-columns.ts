// Facet counts and a day-by-day timeline over matching rows of EventColumns: one counter array per field,
// indexed by dictionary code, filled in one pass. Same result as the SQL it replaces: the commonest FACET_SIZE
// non-null values per field, most first, ties by value; days in date order.
import { FACET_FIELDS, type EventPage, type FacetField } from "../store.js";
import { FACET_SIZE } from "../event-where.js";
import type { Dictionary, EventColumns } from "./event-columns.js";

const FACET_DICTIONARY: Record<FacetField, (c: EventColumns) => Dictionary> = {
  event_type: (c) => c.eventType, sub_event_type: (c) => c.subEventType, actor1: (c) => c.actor1, actor2: (c) => c.actor2,
  country: (c) => c.country, location: (c) => c.location,
};

export function countFacets(columns: EventColumns, rows: Int32Array): EventPage["facets"] {
  return Object.fromEntries(FACET_FIELDS.map((field) => {
    const dictionary = FACET_DICTIONARY[field](columns);
    return [field, topValues(dictionary, countCodes(dictionary, rows))];
  })) as EventPage["facets"];
}

export function countDays(columns: EventColumns, rows: Int32Array): EventPage["timeline"] {
  const counts = countCodes(columns.eventDate, rows);
  const days: EventPage["timeline"] = [];
  for (let code = 1; code < counts.length; code++) if (counts[code] > 0) days.push({ date: columns.eventDate.values[code] as string, count: counts[code] });
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function countCodes(dictionary: Dictionary, rows: Int32Array): Int32Array {
  const counts = new Int32Array(dictionary.values.length);
  const codes = dictionary.codes;
  for (let i = 0; i < rows.length; i++) counts[codes[rows[i]]]++;
  return counts;
}

function topValues(dictionary: Dictionary, counts: Int32Array): Record<string, number> {
  const seen: [string, number][] = [];
  for (let code = 1; code < counts.length; code++) if (counts[code] > 0) seen.push([dictionary.values[code] as string, counts[code]]);
  seen.sort(([va, na], [vb, nb]) => nb - na || (va < vb ? -1 : va > vb ? 1 : 0));
  return Object.fromEntries(seen.slice(0, FACET_SIZE));
}
