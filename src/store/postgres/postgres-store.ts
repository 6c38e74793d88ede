// The PostgreSQL store: the same Store as the embedded one, over a node-postgres pool. Migrations are applied
// on open (under an advisory lock); each document is saved, and the incidents its reports join re-clustered
// (incidents.ts), in one transaction. `transaction` and
// `saveExtractionIn` let the job queue (src/queue) store a document and finish its job in the same transaction.
import type pg from "pg";
import type { Extraction, Problem } from "../../types.js";
import type { BatchSaveResult, SaveResult, Store, StoreCounts, StoredDocument } from "../store.js";
import { createPool, parsePostgresUrl, type PostgresTarget } from "./connect.js";
import { clusterAllIn } from "./cluster-all.js";
import { addCorrectionIn, listCorrections } from "./corrections.js";
import { findEvents, getEvent } from "./find-events.js";
import { findFigures } from "./find-figures.js";
import { indexUnsearchedIn, listUnassigned, reclusterIn } from "./incidents.js";
import { applyPostgresMigrations } from "./migrations.js";
import { getDocument, queryEventSummaries, queryEvents } from "./read-queries.js";
import { saveExtractionIn, saveProblemsIn } from "./save-extraction.js";
import { inTransaction } from "./transaction.js";

export interface PostgresStore extends Store {
  readonly kind: "postgres";
  readonly pool: pg.Pool;
  readonly target: PostgresTarget;
  /** BEGIN, body, COMMIT (ROLLBACK on error; a deadlock, serialization failure or re-clustering conflict is retried). */
  transaction<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /** saveExtraction inside a transaction the caller holds. */
  saveExtractionIn(client: pg.PoolClient, extraction: Extraction, cleanedText: string): Promise<SaveResult>;
}

export interface PostgresStoreOptions {
  /** Overrides the URL's ?schema=; created if missing. */
  schema?: string;
  /** Pool size (default 4). */
  connections?: number;
}

const TABLE_COUNTS: Record<keyof StoreCounts, string> = {
  documents: "documents", events: "incidents", places: "place_mentions", actors: "actor_mentions", figures: "figures", problems: "problems",
};

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const target = parsePostgresUrl(url, { schema: options.schema });
  const pool = createPool(target, { max: options.connections });
  try {
    const client = await pool.connect();
    try {
      await applyPostgresMigrations(client, { schema: target.schema });
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw new Error(`cannot open the PostgreSQL store at '${target.redacted}': ${(error as Error).message}`, { cause: error });
  }
  const transaction = <T>(body: (client: pg.PoolClient) => Promise<T>) => inTransaction(pool, body);
  try {
    // A database from before incidents existed gets its reports clustered once: all at once when it has no incident,
    // else a report at a time; incidents copied from SQLite (whose search table is not copied) get their search text.
    if ((await listUnassigned(pool, { limit: 1 })).length > 0) {
      await transaction(clusterAllIn);
      for (const id of await listUnassigned(pool)) await transaction(async (client) => reclusterIn(client, [id], { unlessAssigned: true }));
    }
    await transaction(indexUnsearchedIn);
  } catch (error) {
    await pool.end();
    throw new Error(`cannot cluster the reports of the PostgreSQL store at '${target.redacted}': ${(error as Error).message}`, { cause: error });
  }

  return {
    kind: "postgres",
    pool,
    target,
    transaction,
    saveExtractionIn,
    saveExtraction: (extraction, cleanedText) => transaction((client) => saveExtractionIn(client, extraction, cleanedText)),
    // A transaction per document: workers on other machines re-cluster the same incidents, so locks stay short.
    saveExtractions: async (items) => {
      const results: BatchSaveResult[] = [];
      for (const { extraction, cleanedText } of items) {
        try {
          results.push(await transaction((client) => saveExtractionIn(client, extraction, cleanedText)));
        } catch (error) {
          results.push({ kind: "failed", documentId: extraction.document.id, error: error as Error });
        }
      }
      return results;
    },
    saveInputProblem: (input: string, problem: Problem) => saveProblemsIn(pool, [{ documentId: null, input, problem }]),
    hasDocument: async (id) => (await pool.query("SELECT 1 FROM documents WHERE id = $1", [id])).rowCount === 1,
    findEvents: (filter) => findEvents(pool, filter),
    getEvent: (id) => getEvent(pool, id),
    findFigures: (filter) => findFigures(pool, filter),
    addCorrection: async (correction) => {
      await transaction((client) => addCorrectionIn(client, correction));
      return getEvent(pool, correction.event);
    },
    listCorrections: (eventId) => listCorrections(pool, eventId),
    listDocuments: async (options = {}) => (await pool.query<StoredDocument>(`SELECT d.id, d.path, d.url, d.title, d.publisher, d.published,
        d.ingested_at, (SELECT count(*) FROM event_sources s WHERE s.document_id = d.id) AS events
      FROM documents d ORDER BY d.ingested_at, d.id LIMIT $1 OFFSET $2`, [options.limit ?? null, options.offset ?? 0])).rows,
    queryEvents: (query, options) => queryEvents(pool, query, options),
    queryEventSummaries: (query, options) => queryEventSummaries(pool, query, options),
    getDocument: (id) => getDocument(pool, id),
    counts: async () => {
      const selects = Object.entries(TABLE_COUNTS).map(([key, table]) => `(SELECT count(*) FROM ${table}) AS ${key}`);
      return (await pool.query<StoreCounts>(`SELECT ${selects.join(", ")}`)).rows[0];
    },
    close: () => pool.end(),
  };
}
