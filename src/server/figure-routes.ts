// GET /api/figures (and /api/figures.csv, a row per point): stored figures as series, the same measure at the same place across documents, each point
// with its date, claimant, source and sentence; a series whose same-month points differ materially carries
// `disagreement: true` and the contradictions in words (src/merge/figure-series.ts, as `sitrep figures`).
import { Hono } from "hono";
import { toFigureSeries } from "../merge/figure-series.js";
import type { Store } from "../store/store.js";
import { parseFlag } from "./event-summary.js";
import { attachment, toCsv } from "./list-formats.js";
import { badRequest } from "./parse-event-query.js";

export const MEASURES = ["killed", "injured", "displaced", "besieged", "refugees", "strikes", "detained", "missing", "other"] as const;
export const FIGURE_QUERY_PARAMS = ["measure", "place", "summaries", "disputed"] as const;

export function createFigureRoutes(store: Store): Hono {
  const routes = new Hono();
  routes.get("/figures", async (c) => {
    const { series, filter } = await findSeries(store, c.req.url);
    return c.json({ ok: true, filter, total: series.length, series });
  });
  // One row per point of every series.
  routes.get("/figures.csv", async (c) => {
    const { series } = await findSeries(store, c.req.url);
    const rows = series.flatMap((s) => s.points.map((p) => [s.measure, s.place, p.date, p.date_from, p.value, p.qualifier, p.claimant, p.source,
      p.document_id, p.evidence, s.disagreement]));
    const csv = toCsv(["measure", "place", "date", "date_from", "value", "qualifier", "claimant", "source", "document_id", "evidence", "disagreement"], rows);
    return c.body(csv, 200, attachment("sitrep-figures.csv", "text/csv"));
  });
  return routes;
}

/** The series the query asks for, checked at the boundary. */
async function findSeries(store: Store, url: string) {
  const params = new URL(url).searchParams;
  for (const key of new Set(params.keys())) {
    if (!(FIGURE_QUERY_PARAMS as readonly string[]).includes(key)) throw badRequest(`unknown parameter '${key}'; known: ${FIGURE_QUERY_PARAMS.join(", ")}`);
  }
  const measure = params.get("measure")?.trim() || undefined;
  if (measure !== undefined && !(MEASURES as readonly string[]).includes(measure)) {
    throw badRequest(`measure must be one of ${MEASURES.join(", ")}, got '${measure}'`);
  }
  const place = params.get("place")?.trim() || undefined;
  const includeSummaries = parseFlag("summaries", params.get("summaries"));
  const onlyDisputed = parseFlag("disputed", params.get("disputed"));
  const series = toFigureSeries(await store.findFigures({ measure, place, includeSummaries }))
    .map((s) => ({ ...s, disagreement: s.contradictions.length > 0 }))
    .filter((s) => !onlyDisputed || s.disagreement);
  return { series, filter: describeFigureFilter(measure, place, onlyDisputed) };
}

function describeFigureFilter(measure: string | undefined, place: string | undefined, onlyDisputed: boolean): string {
  const parts = [measure ? `Figures of people ${measure}` : "All figures"];
  if (place) parts.push(`at a place matching '${place}'`);
  if (onlyDisputed) parts.push("where sources disagree");
  return parts.join(" ");
}
