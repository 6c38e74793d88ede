// The store seam: one interface, two backends behind the same async methods: SQLite (better-sqlite3) and PostgreSQL (pg).
// All SQL lives under src/store.
import type { CodedEvent, Extraction, Fatalities, Figure, GeoPrecision, InterCode, Problem, Span, TimePrecision } from "../types.js";

export interface Store {
  /** One transaction per document; a document already stored (same id) changes nothing. */
  saveExtraction(extraction: Extraction, cleanedText: string): Promise<SaveResult>;
  /**
   * Several documents at once, each still all-or-nothing: a document that fails is left out (its result says why)
   * and the others are kept. SQLite commits the batch as one transaction with a savepoint per document and
   * re-clusters once (a crash loses the uncommitted batch whole, never half a document); PostgreSQL saves one at a time.
   */
  saveExtractions(items: readonly ExtractionToSave[]): Promise<BatchSaveResult[]>;
  /** Whether a document with this id (sha256 of its cleaned text) is stored: lets ingest skip extracting it again. */
  hasDocument(id: string): Promise<boolean>;
  /** A problem with an input that never became a document (bad file, failed fetch). */
  saveInputProblem(input: string, problem: Problem): Promise<void>;
  /** Incidents: each merges the per-document reports of one thing that happened (src/merge), with every source. */
  findEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  /** By incident id, or by any report id or former incident id merged into it (an id cited yesterday still resolves). */
  getEvent(id: string): Promise<StoredEvent | null>;
  /** Stored figures with their document's date and publisher, for series (src/merge/figure-series.ts). */
  findFigures(filter?: FigureFilter): Promise<StoredFigure[]>;
  /** Records an analyst's correction (kept with who, when, why; applied on every re-clustering) and returns the event it now shapes. */
  addCorrection(correction: CorrectionInput): Promise<StoredEvent | null>;
  /** Every correction, oldest first; with an event id, those applying to that event's reports. */
  listCorrections(eventId?: string): Promise<StoredCorrection[]>;
  listDocuments(options?: { limit?: number; offset?: number }): Promise<StoredDocument[]>;
  counts(): Promise<StoreCounts>;
  /** A page of events for the API and web page: total and counts by field over the whole query (sqlite/read-queries.ts). */
  queryEvents(query: EventQuery, options?: { summary?: boolean }): Promise<EventPage>;
  /**
   * The same page with each event as the few fields a map and a table need (GET /api/events?summary=1): read from
   * columns, no sources or JSON.
   */
  queryEventSummaries(query: EventQuery, options?: { summary?: boolean }): Promise<EventSummaryPage>;
  /** A stored document with its cleaned text and the evidence of every event it supports; null when unknown. */
  getDocument(id: string): Promise<DocumentText | null>;
  close(): Promise<void>;
}

export type SaveResult =
  | { kind: "stored"; documentId: string; events: number }
  | { kind: "unchanged"; documentId: string };

export interface ExtractionToSave {
  extraction: Extraction;
  cleanedText: string;
}

/** A document of a batch that could not be stored: nothing of it was written. */
export type BatchSaveResult = SaveResult | { kind: "failed"; documentId: string; error: Error };

export interface EventFilter {
  eventType?: string;
  subEventType?: string;
  /** Substring of actor1, actor2 or an associated actor, case-insensitive. */
  actor?: string;
  /** Substring of the location name, case- and accent-insensitive. */
  place?: string;
  near?: { latitude: number; longitude: number; km: number };
  /** Inclusive ISO dates; events without a date never match a date filter. */
  since?: string;
  until?: string;
  /** Airwars-style confidence grade of the incident. */
  grade?: Grade;
  limit?: number;
  offset?: number;
}

export interface EventSource {
  document_id: string;
  path: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  attributed_to: string[];
  evidence: Span[];
  /** The per-document report this source gave, and what it said: disagreements between sources stay visible. */
  report_id: string;
  said: ReportClaim;
}

export interface ReportClaim {
  event_type: string;
  sub_event_type: string;
  event_date: string | null;
  time_precision: TimePrecision | null;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  fatalities: Fatalities;
}

export const GRADES = ["single source", "multiple sources", "contested"] as const;
/** Airwars' grading, as far as sources can tell: one independent source, several, or competing claims of who did it. */
export type Grade = (typeof GRADES)[number];

export interface Confidence {
  grade: Grade;
  /** Documents that reported the incident. */
  sources: number;
  /** Sources after folding republished wire copy (same publisher, same claimant, near-identical evidence). */
  independent_sources: number;
  perpetrator_contested: boolean;
  /** Every perpetrator (actor1) some source named. */
  perpetrators: string[];
}

/** An incident: one thing that happened, merged from every report of it. */
export interface StoredEvent extends CodedEvent {
  /** When the event was first stored (ISO timestamp). */
  stored_at: string;
  sources: EventSource[];
  /** Ids of the per-document reports merged into this incident, sorted; the first is the incident id. */
  reports: string[];
  confidence: Confidence;
  /** What sources disagree on, in words ("fatalities: 12 (AFP); 15 (Reuters)"). */
  disputes: string[];
  /** Analysts' corrections applied to this incident, oldest first. */
  corrections: StoredCorrection[];
}

/** Former names of EventSource and StoredEvent, from when their merge fields were optional (src/merge uses them). */
export type MergedSource = EventSource;
export type MergedEvent = StoredEvent;

/** Fields an analyst can correct; absent ones keep the sources' values. */
export interface EventChanges {
  event_type?: CodedEvent["event_type"];
  sub_event_type?: CodedEvent["sub_event_type"];
  actor1?: string | null;
  inter1?: InterCode | null;
  actor2?: string | null;
  inter2?: InterCode | null;
  event_date?: string | null;
  time_precision?: TimePrecision | null;
  location?: { name: string; latitude: number | null; longitude: number | null; geo_precision: GeoPrecision };
  fatalities?: Partial<Fatalities>;
}

interface CorrectionBase {
  /** An event (incident or report) id as the analyst saw it. */
  event: string;
  author: string;
  reason: string;
}

export type CorrectionInput =
  | (CorrectionBase & { kind: "set"; changes: EventChanges })
  /** The other event's reports join this one's (a must-link). */
  | (CorrectionBase & { kind: "merge"; other: string })
  /** These reports leave the event and stay apart from the rest of it (cannot-links). */
  | (CorrectionBase & { kind: "split"; reports: string[] });

export interface StoredCorrection {
  id: number;
  kind: "set" | "merge" | "split";
  /** The report the correction is anchored to (stable across re-clustering and re-ingestion). */
  report_id: string;
  /** merge: a report of the other event; split: the report sent apart. */
  other_report_id: string | null;
  changes: EventChanges | null;
  author: string;
  reason: string;
  created_at: string;
}

export interface FigureFilter {
  measure?: string;
  /** Substring of the figure's place, case- and accent-insensitive. */
  place?: string;
  /** Whole-war summaries are left out unless asked for. */
  includeSummaries?: boolean;
}

export interface StoredFigure extends Omit<Figure, "sentence" | "rule"> {
  document_id: string;
  publisher: string | null;
  title: string | null;
  path: string | null;
  url: string | null;
  published: string | null;
}

export interface StoredDocument {
  id: string;
  path: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  ingested_at: string;
  events: number;
}

export interface StoreCounts {
  documents: number;
  /** Incidents (merged events). */
  events: number;
  places: number;
  actors: number;
  figures: number;
  problems: number;
}

/** EventFilter plus what a browsing UI needs. */
export interface EventQuery extends EventFilter {
  /** Degrees; west > east crosses the antimeridian. */
  bbox?: { west: number; south: number; east: number; north: number };
  /** Every word must occur in an evidence sentence, an actor or the place (case- and accent-insensitive). */
  q?: string;
  sort?: { key: EventSortKey; descending: boolean };
}

export const EVENT_SORT_KEYS = ["event_date", "event_type", "sub_event_type", "location", "actor1", "fatalities", "stored_at"] as const;
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];
export const FACET_FIELDS = ["event_type", "sub_event_type", "actor1", "actor2", "country", "location"] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export interface EventPage {
  events: StoredEvent[];
  /** Matching events in all (the page is `events`); with `summary: false`, just the page's length. */
  total: number;
  /** Per field, value -> number of matching events (the commonest values); empty with `summary: false`. */
  facets: Record<FacetField, Record<string, number>>;
  /** Events per day matching the query without its since/until, for a timeline; empty with `summary: false`. */
  timeline: { date: string; count: number }[];
}

/** An event as a map and a table show it: no sources, evidence or associated actors. */
export interface EventSummary {
  id: string;
  event_type: string;
  sub_event_type: string;
  event_date: string | null;
  actor1: string | null;
  actor2: string | null;
  location: { name: string; latitude: number | null; longitude: number | null; resolved: boolean } | null;
  fatalities: { low: number | null };
}

export interface EventSummaryPage extends Omit<EventPage, "events"> {
  events: EventSummary[];
}

export interface DocumentText extends Omit<StoredDocument, "events"> {
  published_from: string | null;
  language: string | null;
  /** The cleaned text every evidence offset points into. */
  text: string;
  events: { id: string; event_type: string; sub_event_type: string; event_date: string | null; location: string | null; evidence: Span[] }[];
}

/** Which database a command opens: one rule for every command (`--db`, else $DATABASE_URL, else $SITREP_DB, else ./sitrep.db). */
export { DEFAULT_DB_PATH, DATABASE_RULE, resolveDatabaseUrl as resolveStoreUrl } from "./admin/resolve-database-url.js";

/** A path or ":memory:" opens SQLite; a postgres:// URL (optionally `?schema=NAME`) opens PostgreSQL (src/store/postgres). */
export async function openStore(url: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(url);
  }
  const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
  return openSqliteStore(url);
}
