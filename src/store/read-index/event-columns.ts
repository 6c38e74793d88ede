// The incidents table held in memory as columns, for the API's reads: a filter, its facet counts and its page
// are one pass over typed arrays (milliseconds for 100,000 events) where SQL took a scan per request. Text
// columns are dictionary-encoded: each row keeps a small integer code, so equality, substring and facet tests run
// once per distinct value, not once per row. Built from rows in INCIDENT_COLUMNS order; a backend rebuilds it when
// its data changes (sqlite/read-index.ts).

/** The columns read, in this order, from `incidents` (plus the backend's row key first). */
export const INCIDENT_COLUMNS = ["id", "event_type", "sub_event_type", "event_date", "actor1", "actor2", "location_name", "latitude",
  "longitude", "location_resolved", "fatalities_low", "country", "actors_key", "place_key", "grade", "stored_at"] as const;

export type IncidentRow = [rowKey: number, ...values: (string | number | null)[]];

/** Distinct values of one text column; code 0 is null. */
export interface Dictionary {
  codes: Int32Array;
  values: (string | null)[];
  codeOf: Map<string, number>;
}

export interface EventColumns {
  size: number;
  /** The backend's key of each row (SQLite's rowid), and back. */
  rowKeys: Float64Array;
  rowOf: Map<number, number>;
  id: string[];
  eventType: Dictionary;
  subEventType: Dictionary;
  eventDate: Dictionary;
  actor1: Dictionary;
  actor2: Dictionary;
  location: Dictionary;
  country: Dictionary;
  actorsKey: Dictionary;
  placeKey: Dictionary;
  grade: Dictionary;
  storedAt: Dictionary;
  /** NaN where unknown. */
  latitude: Float64Array;
  longitude: Float64Array;
  fatalitiesLow: Float64Array;
  /** 1 when the place was found in the gazetteer. */
  resolved: Uint8Array;
}

export function buildEventColumns(rows: readonly IncidentRow[]): EventColumns {
  const size = rows.length;
  const at = (name: (typeof INCIDENT_COLUMNS)[number]) => INCIDENT_COLUMNS.indexOf(name) + 1;
  const texts = { eventType: at("event_type"), subEventType: at("sub_event_type"), eventDate: at("event_date"), actor1: at("actor1"),
    actor2: at("actor2"), location: at("location_name"), country: at("country"), actorsKey: at("actors_key"), placeKey: at("place_key"),
    grade: at("grade"), storedAt: at("stored_at") };
  const encoders = Object.values(texts).map(() => createEncoder(size));
  const positions = Object.values(texts);
  const [latAt, lonAt, fatalAt, resolvedAt] = [at("latitude"), at("longitude"), at("fatalities_low"), at("location_resolved")];
  const rowKeys = new Float64Array(size);
  const id: string[] = new Array(size);
  const latitude = new Float64Array(size);
  const longitude = new Float64Array(size);
  const fatalitiesLow = new Float64Array(size);
  const resolved = new Uint8Array(size);
  const rowOf = new Map<number, number>();
  const number = (value: string | number | null) => (value === null ? NaN : Number(value));
  // One pass over the rows fills every column: reading 100,000 rows is the cost worth keeping low.
  for (let i = 0; i < size; i++) {
    const r = rows[i];
    rowKeys[i] = r[0];
    rowOf.set(r[0], i);
    id[i] = r[1] as string;
    for (let c = 0; c < positions.length; c++) encoders[c].add(i, r[positions[c]] as string | null);
    latitude[i] = number(r[latAt]);
    longitude[i] = number(r[lonAt]);
    fatalitiesLow[i] = number(r[fatalAt]);
    resolved[i] = r[resolvedAt] === 1 ? 1 : 0;
  }
  const dictionaries = Object.fromEntries(Object.keys(texts).map((name, c) => [name, encoders[c].dictionary])) as Record<keyof typeof texts, Dictionary>;
  return { size, rowKeys, rowOf, id, ...dictionaries, latitude, longitude, fatalitiesLow, resolved };
}

function createEncoder(size: number): { add(row: number, value: string | null): void; dictionary: Dictionary } {
  const dictionary: Dictionary = { codes: new Int32Array(size), values: [null], codeOf: new Map() };
  return {
    dictionary,
    add(row, value) {
      if (value === null) return;
      let code = dictionary.codeOf.get(value);
      if (code === undefined) {
        code = dictionary.values.length;
        dictionary.values.push(value);
        dictionary.codeOf.set(value, code);
      }
      dictionary.codes[row] = code;
    },
  };
}

/** A mask over a dictionary's codes: which distinct values pass `test` (null never does). */
export function matchValues(dictionary: Dictionary, test: (value: string) => boolean): Uint8Array {
  const mask = new Uint8Array(dictionary.values.length);
  for (let code = 1; code < dictionary.values.length; code++) if (test(dictionary.values[code] as string)) mask[code] = 1;
  return mask;
}
