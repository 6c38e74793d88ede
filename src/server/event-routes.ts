// GET /api/events (a page, its total, facets, timeline and a sentence saying what was filtered),
// /api/events/:id, and the current filter as ACLED CSV or GeoJSON (streamed page by page).
import { Hono } from "hono";
import { createGeoJsonWriter } from "../export/to-geojson.js";
import { toAcledCsv } from "../export/to-acled-csv.js";
import type { EventQuery, Store, StoredEvent } from "../store/store.js";
import { ApiError } from "./api-error.js";
import { describeQuery } from "./describe-query.js";
import { parseFlag, type EventSummary } from "./event-summary.js";
import { DEFAULT_LIMIT, parseEventQuery } from "./parse-event-query.js";
import { toSummaryColumns } from "./summary-columns.js";

const EXPORT_PAGE = 500;

export function createEventRoutes(store: Store): Hono {
  const routes = new Hono();
  const queryOf = (url: string, defaultLimit: number | null) => parseEventQuery(new URL(url).searchParams, { defaultLimit });

  routes.get("/events", async (c) => {
    // `summary` shapes the answer, not the filter: taken out before the filter is parsed (the exports refuse it).
    const params = new URL(c.req.url).searchParams;
    const columns = parseFlag("columns", params.get("columns"));
    const summary = parseFlag("summary", params.get("summary")) || columns;
    params.delete("summary");
    params.delete("columns");
    const query = parseEventQuery(params, { defaultLimit: DEFAULT_LIMIT });
    const page = summary ? await store.queryEventSummaries(query) : await store.queryEvents(query);
    return c.json({
      ok: true, filter: describeQuery(query), total: page.total, limit: query.limit, offset: query.offset ?? 0,
      ...(columns ? { columns: toSummaryColumns(page.events as EventSummary[]) } : { events: page.events }),
      facets: page.facets, timeline: page.timeline,
    });
  });

  routes.get("/events.csv", (c) => {
    const query = queryOf(c.req.url, null);
    let first = true;
    const body = streamText(async (write) => {
      for await (const events of pagesOf(store, query)) {
        write(toAcledCsv(events, { header: first }));
        first = false;
      }
      if (first) write(toAcledCsv([], { header: true }));
    });
    return c.body(body, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="sitrep-events.csv"' });
  });

  routes.get("/events.geojson", (c) => {
    const query = queryOf(c.req.url, null);
    const body = streamText(async (write) => {
      const writer = createGeoJsonWriter(write);
      for await (const events of pagesOf(store, query)) writer.add(events);
      writer.end();
    });
    return c.body(body, 200, { "Content-Type": "application/geo+json; charset=utf-8", "Content-Disposition": 'attachment; filename="sitrep-events.geojson"' });
  });

  routes.get("/events/:id", async (c) => {
    const event = await store.getEvent(c.req.param("id"));
    if (!event) throw new ApiError(404, `no event with id '${c.req.param("id")}'`);
    return c.json({ ok: true, event });
  });

  return routes;
}


/** Every event of the query, EXPORT_PAGE at a time, honouring the query's own limit and offset. */
async function* pagesOf(store: Store, query: EventQuery): AsyncGenerator<StoredEvent[]> {
  let offset = query.offset ?? 0;
  let left = query.limit ?? Infinity;
  while (left > 0) {
    const limit = Math.min(EXPORT_PAGE, left);
    const { events } = await store.queryEvents({ ...query, limit, offset }, { summary: false });
    if (events.length > 0) yield events;
    if (events.length < limit) return;
    offset += events.length;
    left -= events.length;
  }
}

/**
 * A text body produced by `produce`. Parameters were checked before this point, so a failure here is a
 * server fault: the stream errors and the client sees a cut-off download.
 */
function streamText(produce: (write: (chunk: string) => void) => Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      try {
        await produce((chunk) => controller.enqueue(encoder.encode(chunk)));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
