// The store seam: one interface, SQLite now (better-sqlite3), PostgreSQL later behind the same async methods.
// All SQL lives under src/store.
import type { CodedEvent, Extraction, Problem, Span } from "../types.js";

export interface Store {
  /** One transaction per document; a document already stored (same id) changes nothing. */
  saveExtraction(extraction: Extraction, cleanedText: string): Promise<SaveResult>;
  /** Whether a document with this id (sha256 of its cleaned text) is stored: lets ingest skip extracting it again. */
  hasDocument(id: string): Promise<boolean>;
  /** A problem with an input that never became a document (bad file, failed fetch). */
  saveInputProblem(input: string, problem: Problem): Promise<void>;
  findEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  getEvent(id: string): Promise<StoredEvent | null>;
  listDocuments(options?: { limit?: number; offset?: number }): Promise<StoredDocument[]>;
  counts(): Promise<StoreCounts>;
  /** A page of events for the API and web page: total and counts by field over the whole query (sqlite/read-queries.ts). */
  queryEvents(query: EventQuery, options?: { summary?: boolean }): Promise<EventPage>;
  /** A stored document with its cleaned text and the evidence of every event it supports; null when unknown. */
  getDocument(id: string): Promise<DocumentText | null>;
  close(): Promise<void>;
}

export type SaveResult =
  | { kind: "stored"; documentId: string; events: number }
  | { kind: "unchanged"; documentId: string };

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
}

export interface StoredEvent extends CodedEvent {
  /** When the event was first stored (ISO timestamp). */
  stored_at: string;
  sources: EventSource[];
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

export interface DocumentText extends Omit<StoredDocument, "events"> {
  published_from: string | null;
  language: string | null;
  /** The cleaned text every evidence offset points into. */
  text: string;
  events: { id: string; event_type: string; sub_event_type: string; event_date: string | null; location: string | null; evidence: Span[] }[];
}

export const DEFAULT_DB_PATH = "./sitrep.db";

/** `--db` first, then $SITREP_DB, then ./sitrep.db. */
export function resolveStoreUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env.SITREP_DB || DEFAULT_DB_PATH);
}

/** A path or ":memory:" opens SQLite; a postgres:// URL is reserved for the PostgreSQL store. */
export async function openStore(url: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error(`PostgreSQL stores are not yet supported (got '${url.replace(/\/\/[^@/]*@/, "//***@")}'); use a SQLite file path`);
  }
  const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
  return openSqliteStore(url);
}
