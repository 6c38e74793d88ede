// An EventQuery over EventColumns: the rows it matches, with the same meaning as the SQL of ../event-where.ts
// (substrings of the folded keys, inclusive dates that undated rows never pass, a box then the exact radius for
// `near`, longitudes that may cross the antimeridian). Text search (`q`) is the backend's: it hands over the rows
// whose search text holds every word.
import { boundingBox, haversineKm } from "../geo.js";
import { foldText } from "../search-keys.js";
import type { EventQuery } from "../store.js";
import { matchValues, type Dictionary, type EventColumns } from "./event-columns.js";

type RowTest = (row: number) => boolean;

/** Row indices matching the query, in table order; `textRows` (when the query has `q`) are the rows search found. */
export function filterRows(columns: EventColumns, query: EventQuery, textRows: Uint8Array | null): Int32Array {
  const tests = toRowTests(columns, query, textRows);
  const out = new Int32Array(columns.size);
  let n = 0;
  if (tests === null) return out.subarray(0, 0);
  outer: for (let row = 0; row < columns.size; row++) {
    for (let t = 0; t < tests.length; t++) if (!tests[t](row)) continue outer;
    out[n++] = row;
  }
  return out.subarray(0, n);
}

/** One test per filter, cheapest first; null when some filter can match nothing (an unknown type, say). */
function toRowTests(columns: EventColumns, query: EventQuery, textRows: Uint8Array | null): RowTest[] | null {
  const tests: RowTest[] = [];
  const equal = (dictionary: Dictionary, value: string): boolean => {
    const code = dictionary.codeOf.get(value);
    if (code === undefined) return false;
    const codes = dictionary.codes;
    tests.push((row) => codes[row] === code);
    return true;
  };
  if (query.eventType !== undefined && !equal(columns.eventType, query.eventType)) return null;
  if (query.subEventType !== undefined && !equal(columns.subEventType, query.subEventType)) return null;
  if (query.grade !== undefined && !equal(columns.grade, query.grade)) return null;
  if (query.since !== undefined || query.until !== undefined) tests.push(dateTest(columns.eventDate, query.since, query.until));
  if (query.actor) tests.push(containsTest(columns.actorsKey, query.actor));
  if (query.place) tests.push(containsTest(columns.placeKey, query.place));
  if (query.bbox) tests.push(boxTest(columns, { minLat: query.bbox.south, maxLat: query.bbox.north, minLon: query.bbox.west, maxLon: query.bbox.east }));
  if (query.near) {
    const near = query.near;
    const box = boundingBox(near, near.km);
    const inBox = boxTest(columns, box);
    const { latitude, longitude } = columns;
    tests.push((row) => inBox(row) && haversineKm(near, { latitude: latitude[row], longitude: longitude[row] }) <= near.km);
  }
  if (textRows) tests.push((row) => textRows[row] === 1);
  return tests;
}

function containsTest(dictionary: Dictionary, needle: string): RowTest {
  const folded = foldText(needle);
  const mask = matchValues(dictionary, (value) => value.includes(folded));
  const codes = dictionary.codes;
  return (row) => mask[codes[row]] === 1;
}

/** ISO dates compare as strings; a mask over the distinct dates. */
function dateTest(dates: Dictionary, since: string | undefined, until: string | undefined): RowTest {
  const mask = matchValues(dates, (date) => (since === undefined || date >= since) && (until === undefined || date <= until));
  const codes = dates.codes;
  return (row) => mask[codes[row]] === 1;
}

/** Inside latitudes and longitudes (minLon > maxLon crosses the antimeridian); unknown points never are. */
function boxTest(columns: EventColumns, box: { minLat: number; maxLat: number; minLon: number; maxLon: number }): RowTest {
  const { latitude, longitude } = columns;
  const { minLat, maxLat, minLon, maxLon } = box;
  if (minLon <= maxLon) return (row) => latitude[row] >= minLat && latitude[row] <= maxLat && longitude[row] >= minLon && longitude[row] <= maxLon;
  return (row) => latitude[row] >= minLat && latitude[row] <= maxLat && (longitude[row] >= minLon || longitude[row] <= maxLon);
}
