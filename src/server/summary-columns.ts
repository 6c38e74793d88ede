// `GET /api/events?columns=1`: the page's 10,000 map and table rows as parallel arrays, repeated text (types,
// dates, actors, places) given once in `values` and referred to by index (-1 for none). About a fifth of the
// bytes of `summary=1`, and arrays of numbers parse several times faster than objects: the page's fetch on a
// re-filter is mostly this.
import type { EventSummary } from "../store/store.js";

const CODED = ["event_type", "sub_event_type", "event_date", "actor1", "actor2", "location"] as const;
type CodedField = (typeof CODED)[number];

export interface SummaryColumns {
  count: number;
  id: string[];
  /** Per coded field, each event's index into `values[field]`, -1 when unknown. */
  codes: Record<CodedField, number[]>;
  values: Record<CodedField, string[]>;
  latitude: (number | null)[];
  longitude: (number | null)[];
  /** 1 when the place was found in the gazetteer. */
  resolved: number[];
  fatalities_low: (number | null)[];
}

export function toSummaryColumns(events: readonly EventSummary[]): SummaryColumns {
  const pick: Record<CodedField, (e: EventSummary) => string | null> = {
    event_type: (e) => e.event_type, sub_event_type: (e) => e.sub_event_type, event_date: (e) => e.event_date,
    actor1: (e) => e.actor1, actor2: (e) => e.actor2, location: (e) => e.location?.name ?? null,
  };
  const codes = {} as SummaryColumns["codes"];
  const values = {} as SummaryColumns["values"];
  for (const field of CODED) {
    const index = new Map<string, number>();
    codes[field] = events.map((e) => {
      const value = pick[field](e);
      if (value === null) return -1;
      let code = index.get(value);
      if (code === undefined) index.set(value, (code = index.size));
      return code;
    });
    values[field] = [...index.keys()];
  }
  return {
    count: events.length, id: events.map((e) => e.id), codes, values,
    latitude: events.map((e) => e.location?.latitude ?? null), longitude: events.map((e) => e.location?.longitude ?? null),
    resolved: events.map((e) => (e.location?.resolved ? 1 : 0)), fatalities_low: events.map((e) => e.fatalities.low),
  };
}
