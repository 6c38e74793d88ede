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
/** `?columns=1`: the summaries as parallel arrays, repeated text once in `values`, referred to by index (-1: none). */
interface ColumnsPage extends Omit<EventPage, "events"> {
  columns: {
    count: number; id: string[]; latitude: (number | null)[]; longitude: (number | null)[]; resolved: number[]; fatalities_low: (number | null)[];
    codes: Record<CodedField, number[]>; values: Record<CodedField, string[]>;
  };
}
type CodedField = "event_type" | "sub_event_type" | "event_date" | "actor1" | "actor2" | "location";
export interface DocumentText {
  id: string; title: string | null; publisher: string | null; url: string | null; published: string | null; text: string;
  events: { id: string; event_type: string; sub_event_type: string; evidence: Span[] }[];
}
export interface PageConfig { tileUrl: string | null }
export interface FigureSeries {
  measure: string; place: string; disagreement: boolean; contradictions: string[];
  points: { value: number; qualifier: string | null; date: string | null; date_from: "figure" | "published" | null; claimant: string | null;
    source: string; document_id: string; evidence: string }[];
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = (await response.json()) as T & { ok: boolean; error?: string };
  if (!body.ok) throw new Error(body.error ?? `${path} failed with status ${response.status}`);
  return body;
}

/** A page of events in summary form, fetched as columns (the panel asks for the whole event by id). */
export async function fetchEvents(params: URLSearchParams): Promise<EventPage> {
  const { columns, ...page } = await getJson<ColumnsPage>(`/api/events?${params}&columns=1`);
  return { ...page, events: fromColumns(columns) };
}

function fromColumns(c: ColumnsPage["columns"]): EventSummary[] {
  const text = (field: CodedField, i: number) => (c.codes[field][i] === -1 ? null : c.values[field][c.codes[field][i]]);
  return c.id.map((id, i) => {
    const name = text("location", i);
    return {
      id, event_type: text("event_type", i) ?? "", sub_event_type: text("sub_event_type", i) ?? "", event_date: text("event_date", i),
      actor1: text("actor1", i), actor2: text("actor2", i),
      location: name === null ? null : { name, latitude: c.latitude[i], longitude: c.longitude[i], resolved: c.resolved[i] === 1 },
      fatalities: { low: c.fatalities_low[i] },
    };
  });
}
export const fetchEvent = async (id: string) => (await getJson<{ event: SitrepEvent }>(`/api/events/${encodeURIComponent(id)}`)).event;
export const fetchDocument = async (id: string) => (await getJson<{ document: DocumentText }>(`/api/documents/${encodeURIComponent(id)}`)).document;
export async function fetchFigures(filter: { measure: string; place: string }): Promise<FigureSeries[]> {
  const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
  return (await getJson<{ series: FigureSeries[] }>(`/api/figures?${params}`)).series;
}
export const fetchConfig = () => getJson<PageConfig>("/api/config");
