// The embedded store: better-sqlite3 in WAL mode, migrations applied on open. Synchronous underneath,
// async at the seam so PostgreSQL can follow.
import Database from "better-sqlite3";
import type { Store, StoreCounts, StoredDocument } from "../store.js";
import { createCorrections } from "./corrections.js";
import { createEventFinder } from "./find-events.js";
import { createFigureFinder } from "./find-figures.js";
import { createEventBoxes } from "./event-boxes.js";
import { createIncidentWriter } from "./incidents.js";
import { applyMigrations } from "./migrations.js";
import { createProblemSaver, createSaver } from "./save-extraction.js";
import { createReadQueries } from "./read-queries.js";

export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    // Safe with WAL: a crash of the process loses nothing committed; only a power cut may lose the last commits.
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    // Ingest re-reads the indexes it just wrote (candidates, incidents): a 32 MB page cache keeps them in memory, and
    // a checkpoint every 40 MB of WAL (not 4 MB) copies a page rewritten by many commits once.
    db.pragma("cache_size = -32768");
    db.pragma("wal_autocheckpoint = 10000");
    applyMigrations(db);
  } catch (error) {
    throw new Error(`cannot open the SQLite store at '${path}': ${(error as Error).message}`, { cause: error });
  }
  const boxes = createEventBoxes(db);
  const incidents = createIncidentWriter(db, boxes);
  // A database from before incidents existed gets its reports clustered once.
  // A database from before the search index gets its incidents indexed once. Either way the planner learns the data.
  // Reports from before event_boxes get their boxes first: re-clustering finds candidates through them.
  const backfilled = db.transaction(() => boxes.boxUnboxed() + incidents.clusterUnassigned() + incidents.indexUnsearched())();
  if (backfilled > 0) db.exec("ANALYZE");
  const save = createSaver(db, {
    afterEvents: (ids) => incidents.recluster(ids),
    onReport: (rowid, e) => boxes.add(rowid, { event_date: e.event_date, time_precision: e.time_precision,
      latitude: e.location?.latitude ?? null, longitude: e.location?.longitude ?? null }),
  });
  const saveProblem = createProblemSaver(db);
  const finder = createEventFinder(db);
  const findFigures = createFigureFinder(db);
  const corrections = createCorrections(db, { getEvent: finder.getEvent, recluster: incidents.recluster });
  const reads = createReadQueries(db);
  const documents = db.prepare(`SELECT d.id, d.path, d.url, d.title, d.publisher, d.published, d.ingested_at,
      (SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) AS events
    FROM documents d ORDER BY d.ingested_at, d.id LIMIT ? OFFSET ?`);
  const hasDocument = db.prepare("SELECT 1 FROM documents WHERE id = ?");
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck();
  const counters = {
    documents: count("documents"), events: count("incidents"), places: count("place_mentions"),
    actors: count("actor_mentions"), figures: count("figures"), problems: count("problems"),
  };

  return {
    saveExtraction: async (extraction, cleanedText) => save.save(extraction, cleanedText),
    saveExtractions: async (items) => save.saveBatch(items),
    saveInputProblem: async (input, problem) => saveProblem(input, problem),
    hasDocument: async (id) => hasDocument.get(id) !== undefined,
    findEvents: async (filter) => finder.findEvents(filter),
    getEvent: async (id) => finder.getEvent(id),
    findFigures: async (filter) => findFigures(filter),
    addCorrection: async (correction) => corrections.addCorrection(correction),
    listCorrections: async (eventId) => corrections.listCorrections(eventId),
    listDocuments: async (options = {}) => documents.all(options.limit ?? -1, options.offset ?? 0) as StoredDocument[],
    queryEvents: async (query, options) => reads.queryEvents(query, options),
    queryEventSummaries: async (query, options) => reads.queryEventSummaries(query, options),
    getDocument: async (id) => reads.getDocument(id),
    counts: async () => Object.fromEntries(Object.entries(counters).map(([k, s]) => [k, s.get() as number])) as unknown as StoreCounts,
    close: async () => {
      db.pragma("optimize");
      db.close();
    },
  };
}
