// A page of matching rows in the query's order, as `ORDER BY col IS NULL, col [DESC], id` would give it
// (../event-where.ts toOrderBy): unknown values last in either direction, ties by id. The whole table's order
// for a sort is computed once per EventColumns and reused; a small match is sorted on its own instead.
import type { EventQuery, EventSortKey } from "../store.js";
import type { Dictionary, EventColumns } from "./event-columns.js";

const NULL_RANK = 2 ** 31 - 1;

export interface PageOrders {
  pageRows(rows: Int32Array, query: EventQuery): Int32Array;
}

export function createPageOrders(columns: EventColumns): PageOrders {
  const orders = new Map<string, Int32Array>();
  const ranks = new Map<EventSortKey, Int32Array>();
  let idRank: Int32Array | null = null;
  const ranksOf = (key: EventSortKey): Int32Array => {
    idRank ??= rankIds(columns.id);
    let rank = ranks.get(key);
    if (!rank) ranks.set(key, (rank = key === "fatalities" ? rankNumbers(columns.fatalitiesLow) : rankDictionary(dictionaryOf(columns, key))));
    return rank;
  };
  const comparator = (key: EventSortKey, descending: boolean) => {
    const rank = ranksOf(key);
    const ids = idRank as Int32Array;
    return (a: number, b: number) => {
      const ra = rank[a], rb = rank[b];
      if (ra !== rb) {
        if (ra === NULL_RANK || rb === NULL_RANK) return ra === NULL_RANK ? 1 : -1;
        return descending ? rb - ra : ra - rb;
      }
      return ids[a] - ids[b];
    };
  };

  return {
    pageRows(rows, query) {
      const sort = query.sort ?? { key: "event_date", descending: false };
      const offset = query.offset ?? 0;
      const end = query.limit === undefined ? rows.length : Math.min(rows.length, offset + query.limit);
      if (offset >= end) return new Int32Array(0);
      // Sorting the match costs n log n; walking the table's order costs the table: pick the cheaper.
      if (rows.length * 16 < columns.size) return Int32Array.from(rows).sort(comparator(sort.key, sort.descending)).subarray(offset, end);
      const name = `${sort.key}:${sort.descending}`;
      let order = orders.get(name);
      if (!order) orders.set(name, (order = Int32Array.from({ length: columns.size }, (_, i) => i).sort(comparator(sort.key, sort.descending))));
      const matching = new Uint8Array(columns.size);
      for (let i = 0; i < rows.length; i++) matching[rows[i]] = 1;
      const page = new Int32Array(end - offset);
      for (let i = 0, seen = 0, n = 0; i < order.length && n < page.length; i++) {
        if (matching[order[i]] === 0) continue;
        if (seen++ >= offset) page[n++] = order[i];
      }
      return page;
    },
  };
}

function dictionaryOf(columns: EventColumns, key: Exclude<EventSortKey, "fatalities">): Dictionary {
  const byKey = { event_date: columns.eventDate, event_type: columns.eventType, sub_event_type: columns.subEventType,
    location: columns.location, actor1: columns.actor1, stored_at: columns.storedAt };
  return byKey[key];
}

/** Each row's rank by its value (code-unit order, as SQLite's BINARY collation), NULL_RANK when unknown. */
function rankDictionary(dictionary: Dictionary): Int32Array {
  const codes = Int32Array.from({ length: dictionary.values.length - 1 }, (_, i) => i + 1);
  const values = dictionary.values as string[];
  codes.sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0));
  const rankOfCode = new Int32Array(dictionary.values.length);
  rankOfCode[0] = NULL_RANK;
  codes.forEach((code, rank) => (rankOfCode[code] = rank));
  return Int32Array.from(dictionary.codes, (code) => rankOfCode[code]);
}

function rankNumbers(values: Float64Array): Int32Array {
  const known = Int32Array.from({ length: values.length }, (_, i) => i).filter((i) => !Number.isNaN(values[i]));
  known.sort((a, b) => values[a] - values[b]);
  const rank = new Int32Array(values.length).fill(NULL_RANK);
  // Equal values share a rank, so ties fall through to the id.
  for (let i = 0, r = 0; i < known.length; i++) {
    if (i > 0 && values[known[i]] !== values[known[i - 1]]) r = i;
    rank[known[i]] = r;
  }
  return rank;
}

function rankIds(ids: readonly string[]): Int32Array {
  const order = Int32Array.from({ length: ids.length }, (_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((row, r) => (rank[row] = r));
  return rank;
}
