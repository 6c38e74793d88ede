// One transaction on one pooled connection: BEGIN, the body, COMMIT; ROLLBACK on any error. A deadlock,
// serialization failure or re-clustering conflict (two workers writing the same events or incidents) is
// retried after a short random pause, a few times, then reported. Errors from the server are restated in the
// words the SQLite store uses ("NOT NULL constraint failed").
import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";

const RETRYABLE = new Set(["40P01", "40001"]);
const ATTEMPTS = 8;

/** A conflict with a concurrent transaction that a retry resolves (see incident-locks.ts). */
export class RetryableConflictError extends Error {
  readonly code = "40001";
}

export async function inTransaction<T>(pool: pg.Pool, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      const result = await body(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped from the pool; the first error is the one reported.
      await client.query("ROLLBACK").catch((rollbackError: Error) => { broken = rollbackError; });
      const code = (error as { code?: string }).code;
      if (broken || !(code && RETRYABLE.has(code) && attempt < ATTEMPTS)) throw toStoreError(error);
    } finally {
      client.release(broken);
    }
    // Only a retryable conflict gets here. Backing off at random lets the transaction that won finish first.
    await sleep(Math.random() * 20 * 2 ** attempt);
  }
}

export function toStoreError(error: unknown): Error {
  const e = error as pg.DatabaseError;
  if (e?.code === "23502") {
    return new Error(`NOT NULL constraint failed: ${e.table}.${e.column} (${e.message})`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
