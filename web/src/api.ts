// The JSON API, typed as the page uses it. A failure carries the server's own message.
export interface Span { start: number; end: number; text: string }
export interface EventSource { document_id: string; title: string | null; publisher: string | null; url: string | null; path: string | null; published: string | null; attributed_to: string[]; evidence: Span[] }
export interface SitrepEvent {
  id: string; event_type: string; sub_event_type: string; event_date: string | null; time_precision: number | null;
  actor1: string | null; actor2: string | null; assoc_actor_1: string[]; assoc_actor_2: string[];
  location: { name: string; latitude: number | null; longitude: number | null; geo_precision: number; admin1: string | null; country: string | null; resolved: boolean } | null;
  fatalities: { low: number | null; best: number | null; high: number | null };
  attributed_to: string[]; evidence: Span[]; sources: EventSource[];
}
/** An event as `?summary=1` gives it: what the map and the table show. */
export interface EventSummary {
  id: string; event_type: string; sub_event_type: string; event_date: string | null; actor1: string | null; actor2: string | null;
  location: { name: string; latitude: number | null; longitude: number | null; resolved: boolean } | null;
  fatalities: { low: number | null };
}
export interface EventPage {
  events: EventSummary[]; total: number; filter: string;
  facets: Record<string, Record<string, number>>;
  timeline: { date: string; count: number }[];
}
export interface DocumentText {
  id: string; title: string | null; publisher: string | null; url: string | null; published: string | null; text: string;
  events: { id: string; event_type: string; sub_event_type: string; evidence: Span[] }[];
}
export interface PageConfig { tileUrl: string | null }

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = (await response.json()) as T & { ok: boolean; error?: string };
  if (!body.ok) throw new Error(body.error ?? `${path} failed with status ${response.status}`);
  return body;
}

/** A page of events in summary form (the panel asks for the whole event by id). */
export const fetchEvents = (params: URLSearchParams) => getJson<EventPage>(`/api/events?${params}&summary=1`);
export const fetchEvent = async (id: string) => (await getJson<{ event: SitrepEvent }>(`/api/events/${encodeURIComponent(id)}`)).event;
export const fetchDocument = async (id: string) => (await getJson<{ document: DocumentText }>(`/api/documents/${encodeURIComponent(id)}`)).document;
export const fetchConfig = () => getJson<PageConfig>("/api/config");
