// Reads what an ingest left in a SQLite store, for comparing a killed-and-resumed run with an uninterrupted one:
// table counts, duplicate checks, and per-document counts of everything saveExtraction writes with a document
// (schema: src/store/sqlite/migrations.ts). A half-stored document shows up as a per-document count that differs.
import Database from "better-sqlite3";

export interface StoreSnapshot {
  documents: number;
  events: number;
  /** Rows whose key appears more than once (must be 0). */
  duplicateDocuments: number;
  duplicateEvents: number;
  duplicateSources: number;
  /** Events with no source row, sources with no evidence row (must be 0). */
  orphanEvents: number;
  /** document id -> "places/actors/figures/sources/evidence/problems" counts. */
  perDocument: Map<string, string>;
  eventIds: string[];
}

const PER_DOCUMENT = `
SELECT d.id,
  (SELECT count(*) FROM place_mentions p WHERE p.document_id = d.id) || '/' ||
  (SELECT count(*) FROM actor_mentions a WHERE a.document_id = d.id) || '/' ||
  (SELECT count(*) FROM figures f WHERE f.document_id = d.id) || '/' ||
  (SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) || '/' ||
  (SELECT count(*) FROM event_evidence e WHERE e.document_id = d.id) || '/' ||
  (SELECT count(*) FROM problems q WHERE q.document_id = d.id) AS counts
FROM documents d ORDER BY d.id`;

export function readStoreSnapshot(path: string): StoreSnapshot {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      documents: one("SELECT count(*) FROM documents"),
      events: one("SELECT count(*) FROM events"),
      duplicateDocuments: one("SELECT count(*) - count(DISTINCT id) FROM documents"),
      duplicateEvents: one("SELECT count(*) - count(DISTINCT id) FROM events"),
      duplicateSources: one("SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT event_id, document_id FROM event_sources)) FROM event_sources"),
      orphanEvents: one("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)"),
      perDocument: new Map((db.prepare(PER_DOCUMENT).all() as { id: string; counts: string }[]).map((r) => [r.id, r.counts])),
      eventIds: db.prepare("SELECT id FROM events ORDER BY id").pluck().all() as string[],
    };
  } finally {
    db.close();
  }
}

/** Documents stored so far, or -1 while the store cannot be read yet (not created, or locked). */
export function countDocuments(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT count(*) FROM documents").pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return -1; // not there yet, or the schema is still being created: poll again
  }
}
