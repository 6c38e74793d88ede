// What the page shows, kept in the URL (?type=Battles&since=2016-08-01&event=ID) so a view can be shared.
// The filter part is passed to the API as it is.
export const FILTER_KEYS = ["type", "sub_type", "actor", "place", "q", "since", "until", "near", "km", "bbox"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ViewState {
  filter: Partial<Record<FilterKey, string>>;
  sort: string;
  /** The selected event's id. */
  event: string | null;
}

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filter: ViewState["filter"] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return { filter, sort: params.get("sort") ?? "event_date", event: params.get("event") };
}

export function toSearch(state: ViewState): string {
  const params = toApiParams(state);
  if (state.event) params.set("event", state.event);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The filter and sort as /api/events parameters. */
export function toApiParams(state: ViewState, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filter[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== "event_date") params.set("sort", state.sort);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}
