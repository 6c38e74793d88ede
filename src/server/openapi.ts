// GET /api/openapi.json: the API described as OpenAPI 3.0, built from the same parameter list the server checks.
import { EVENT_SORT_KEYS, FACET_FIELDS, GRADES } from "../store/store.js";
import { EVENT_TYPES } from "../types.js";
import { MEASURES } from "./figure-routes.js";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./parse-event-query.js";

const text = (description: string, extra: object = {}) => ({ schema: { type: "string", ...extra }, description });
const query = (name: string, description: string, extra: object = {}) => ({ name, in: "query", required: false, ...text(description, extra) });

const EVENT_PARAMETERS = [
  query("type", "ACLED event_type (any case)", { enum: Object.keys(EVENT_TYPES) }),
  query("sub_type", "ACLED sub_event_type (any case)", { enum: Object.values(EVENT_TYPES).flat() }),
  query("actor", "substring of any actor name, case- and accent-insensitive"),
  query("place", "substring of the location name, case- and accent-insensitive"),
  query("near", "LAT,LON: events within `km` of this point", { example: "36.2,37.16" }),
  query("km", "radius for `near`, default 25", { pattern: "^[0-9.]+$" }),
  query("bbox", "WEST,SOUTH,EAST,NORTH in degrees", { example: "35.5,35.8,38.5,37.2" }),
  query("since", "first day, inclusive (undated events never match a date filter)", { format: "date" }),
  query("until", "last day, inclusive", { format: "date" }),
  query("grade", "the incident's confidence grade", { enum: [...GRADES] }),
  query("q", "words that must all occur in an evidence sentence, an actor or the place"),
  query("limit", `page size, 1-${MAX_LIMIT} (default ${DEFAULT_LIMIT} for JSON; all for CSV and GeoJSON)`, { pattern: "^[0-9]+$" }),
  query("offset", "events to skip", { pattern: "^[0-9]+$" }),
  query("sort", "a sort key, '-' prefixed for descending", { enum: EVENT_SORT_KEYS.flatMap((k) => [k, `-${k}`]) }),
];

/** The lists take the events' filter; paging and sorting do not apply to them. */
const LIST_PARAMETERS = EVENT_PARAMETERS.filter((p) => !["limit", "offset", "sort"].includes(p.name));

const FIGURE_PARAMETERS = [query("measure", "what was counted", { enum: [...MEASURES] }), query("place", "substring of the place, case- and accent-insensitive"),
  query("summaries", "1: include whole-war summary figures", { enum: ["0", "1", "true", "false"] }),
  query("disputed", "1: only series where sources disagree", { enum: ["0", "1", "true", "false"] })];
const CSV = { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } };

const ERROR = {
  description: "the one error shape",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};
const json = (description: string, schema: object = { type: "object" }) => ({ description, content: { "application/json": { schema } } });
const idParameter = (what: string) => [{ name: "id", in: "path", required: true, ...text(`the ${what} id`) }];

export function createOpenApiDocument(options: { allowIngest: boolean }): object {
  return {
    openapi: "3.0.3",
    info: { title: "sitrep", version: "0.1.0", description: "Conflict events coded from news reports, each with the sentences it came from." },
    paths: {
      "/api/events": { get: {
        summary: "A page of events matching the filter, its total, facet counts, a per-day timeline and a sentence describing the filter",
        parameters: [...EVENT_PARAMETERS, query("summary", "1: each event as id, types, date, actor1/2, place (name, point, resolved) and "
          + "fatalities.low only, for maps and tables (about a quarter of the JSON)", { enum: ["0", "1", "true", "false"] }),
        query("columns", "1: the summary fields as parallel arrays under `columns` (instead of `events`), repeated text given once in "
          + "`columns.values` and referred to by index, -1 for none: about a fifth of the bytes of summary=1", { enum: ["0", "1", "true", "false"] })],
        responses: { 200: json("events", { $ref: "#/components/schemas/EventPage" }), 400: ERROR },
      } },
      "/api/events.csv": { get: {
        summary: "Every event matching the filter as ACLED's 31-column CSV", parameters: EVENT_PARAMETERS,
        responses: { 200: { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } }, 400: ERROR },
      } },
      "/api/events.geojson": { get: {
        summary: "Every located event matching the filter as an RFC 7946 FeatureCollection", parameters: EVENT_PARAMETERS,
        responses: { 200: { description: "GeoJSON", content: { "application/geo+json": { schema: { type: "object" } } } }, 400: ERROR },
      } },
      "/api/events/{id}": { get: {
        summary: "One event with its sources and evidence spans", parameters: idParameter("event"),
        responses: { 200: json("the event"), 404: ERROR },
      } },
      "/api/documents/{id}": { get: {
        summary: "A document's cleaned text (every evidence offset points into it) and the evidence of each of its events",
        parameters: idParameter("document"), responses: { 200: json("the document"), 404: ERROR },
      } },
      "/api/documents": { post: {
        summary: options.allowIngest ? "Code and store one document (bearer token required)" : "Refused: this server is read-only",
        security: [{ bearer: [] }],
        parameters: [query("title", "the document's title"), query("url", "where it came from"), query("published", "publication date", { format: "date" })],
        requestBody: { required: true, content: { "text/plain": { schema: { type: "string" } }, "text/html": { schema: { type: "string" } } } },
        responses: { 201: json("stored"), 200: json("already stored"), 400: ERROR, 401: ERROR, 403: ERROR, 413: ERROR },
      } },
      "/api/figures": { get: {
        summary: "Figures as series: one measure at one place across documents, each point with its date, claimant, source and sentence; "
          + "`disagreement` when same-month points differ by more than a tenth",
        parameters: FIGURE_PARAMETERS,
        responses: { 200: json("series", { $ref: "#/components/schemas/FigureSeriesList" }), 400: ERROR },
      } },
      "/api/actors": { get: {
        summary: "Every actor of the events matching the filter, with its number of events (as actor1, as actor2, in all), most first",
        parameters: LIST_PARAMETERS, responses: { 200: json("actors"), 400: ERROR },
      } },
      "/api/places": { get: {
        summary: "Every place of the events matching the filter (name, point, whether the gazetteer knew it), with its events by type, most first",
        parameters: LIST_PARAMETERS, responses: { 200: json("places"), 400: ERROR },
      } },
      "/api/actors.csv": { get: { summary: "The actors list as CSV", parameters: LIST_PARAMETERS, responses: { 200: CSV, 400: ERROR } } },
      "/api/places.csv": { get: { summary: "The places list as CSV", parameters: LIST_PARAMETERS, responses: { 200: CSV, 400: ERROR } } },
      "/api/places.geojson": { get: {
        summary: "The places with a point as an RFC 7946 FeatureCollection, their counts as properties", parameters: LIST_PARAMETERS,
        responses: { 200: { description: "GeoJSON", content: { "application/geo+json": { schema: { type: "object" } } } }, 400: ERROR },
      } },
      "/api/figures.csv": { get: { summary: "The figure series as CSV, one row per point", parameters: FIGURE_PARAMETERS, responses: { 200: CSV, 400: ERROR } } },
      "/api/corrections": { get: { summary: "Every analyst's correction, oldest first", responses: { 200: json("corrections") } } },
      "/api/events/{id}/corrections": {
        get: { summary: "The corrections applied to this event", parameters: idParameter("event"), responses: { 200: json("corrections"), 404: ERROR } },
        post: {
          summary: options.allowIngest ? "Record an analyst's correction (bearer token required), as `sitrep correct`; answers with the corrected event"
            : "Refused: this server is read-only",
          security: [{ bearer: [] }], parameters: idParameter("event"),
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Correction" } } } },
          responses: { 201: json("the event as corrected"), 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR, 413: ERROR },
        },
      },
      "/api/openapi.json": { get: { summary: "This document", responses: { 200: json("OpenAPI 3") } } },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: { type: "object", required: ["ok", "error", "status"], properties: {
          ok: { type: "boolean", enum: [false] }, error: { type: "string" }, status: { type: "integer" } } },
        FigureSeriesList: { type: "object", required: ["ok", "series", "total", "filter"], properties: {
          ok: { type: "boolean" }, filter: { type: "string" }, total: { type: "integer" }, series: { type: "array", items: { type: "object", properties: {
            measure: { type: "string" }, place: { type: "string" }, disagreement: { type: "boolean" },
            contradictions: { type: "array", items: { type: "string" } },
            points: { type: "array", items: { type: "object", properties: { value: { type: "number" }, qualifier: { type: "string", nullable: true },
              date: { type: "string", nullable: true }, date_from: { type: "string", nullable: true }, claimant: { type: "string", nullable: true },
              source: { type: "string" }, document_id: { type: "string" }, evidence: { type: "string" } } } },
          } } },
        } },
        Correction: { type: "object", required: ["by", "why"], properties: {
          kind: { type: "string", enum: ["set", "merge", "split"], default: "set" }, by: { type: "string", description: "who" },
          why: { type: "string", description: "why" }, other: { type: "string", description: "merge: the other event's id" },
          reports: { type: "array", items: { type: "string" }, description: "split: report ids sent apart" },
          changes: { type: "object", description: "set: fields to correct", properties: {
            event_type: { type: "string" }, sub_event_type: { type: "string" }, actor1: { type: "string", nullable: true },
            actor2: { type: "string", nullable: true }, event_date: { type: "string", format: "date" },
            location: { type: "object", properties: { name: { type: "string" }, latitude: { type: "number" }, longitude: { type: "number" },
              geo_precision: { type: "integer", enum: [1, 2, 3] } } },
            fatalities: { oneOf: [{ type: "integer" }, { type: "object", properties: { low: { type: "integer" }, best: { type: "integer" }, high: { type: "integer" } } }] },
          } },
        } },
        EventPage: { type: "object", required: ["ok", "total", "facets", "filter"], properties: {
          ok: { type: "boolean" }, events: { type: "array", items: { type: "object" }, description: "absent with columns=1" },
          columns: { type: "object", description: "with columns=1: count, id[], codes{field: index[]}, values{field: text[]}, latitude[], longitude[], resolved[], fatalities_low[]" },
          total: { type: "integer" },
          filter: { type: "string" }, timeline: { type: "array", items: { type: "object" } },
          facets: { type: "object", properties: Object.fromEntries(FACET_FIELDS.map((f) => [f, { type: "object", additionalProperties: { type: "integer" } }])) },
        } },
      },
    },
  };
}
