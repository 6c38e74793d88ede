// The job queue in PostgreSQL (table queue_jobs, created by the store's migrations): enqueue documents, claim
// a few with FOR UPDATE SKIP LOCKED under a lease, keep the lease alive, finish a job in the caller's
// transaction (the one that stores the document), give a failed one back with a backoff. See README.md.
import { createHash } from "node:crypto";
import type pg from "pg";
import type { ExtractOptions } from "../context.js";
import type { RawDocument } from "../types.js";

export interface QueuedInput {
  input: string;
  raw: RawDocument;
  options: Pick<ExtractOptions, "published" | "country" | "near">;
}

export interface ClaimedJob extends QueuedInput {
  id: number;
  attempts: number;
  maxAttempts: number;
}

export type JobState = "queued" | "running" | "done" | "failed";

/** The same document body (and format) is queued once, however often it is enqueued. */
export function toDedupeKey(raw: RawDocument): string {
  return createHash("sha256").update(raw.format).update("\0").update(raw.body).digest("hex");
}

/** Returns how many were new (the rest were queued before). */
export async function enqueueJobs(db: pg.Pool | pg.PoolClient, inputs: readonly QueuedInput[], options: { maxAttempts?: number } = {}): Promise<number> {
  let added = 0;
  for (let from = 0; from < inputs.length; from += 500) {
    const chunk = inputs.slice(from, from + 500);
    const result = await db.query(`INSERT INTO queue_jobs (input, raw, options, dedupe_key, max_attempts)
      SELECT * FROM unnest($1::text[], $2::jsonb[], $3::jsonb[], $4::text[], $5::int[])
      ON CONFLICT (dedupe_key) DO NOTHING`, [
      chunk.map((j) => j.input), chunk.map((j) => JSON.stringify(j.raw)), chunk.map((j) => JSON.stringify(j.options)),
      chunk.map((j) => toDedupeKey(j.raw)), chunk.map(() => options.maxAttempts ?? 5),
    ]);
    added += result.rowCount ?? 0;
  }
  return added;
}

/**
 * Claims up to `limit` jobs that are queued and due, or running under a lease that ran out (its worker died).
 * SKIP LOCKED: workers claiming at the same moment take different rows and never wait on each other.
 */
export async function claimJobs(db: pg.Pool, workerId: string, options: { limit: number; leaseSeconds: number }): Promise<ClaimedJob[]> {
  const result = await db.query<{ id: number; input: string; raw: RawDocument; options: QueuedInput["options"]; attempts: number; max_attempts: number }>(`
    UPDATE queue_jobs j SET state = 'running', attempts = j.attempts + 1, locked_by = $1,
      lease_until = now() + make_interval(secs => $2)
    FROM (SELECT id FROM queue_jobs
          WHERE (state = 'queued' AND run_after <= now()) OR (state = 'running' AND lease_until < now() AND attempts < max_attempts)
          ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) next
    WHERE j.id = next.id
    RETURNING j.id, j.input, j.raw, j.options, j.attempts, j.max_attempts`, [workerId, options.leaseSeconds, options.limit]);
  return result.rows.map((r) => ({ id: r.id, input: r.input, raw: r.raw, options: r.options, attempts: r.attempts, maxAttempts: r.max_attempts }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Gives back jobs this worker claimed but did not start (it was told to stop): queued again at once, the
 * attempt not counted, so another worker takes them without waiting for the lease to run out.
 */
export async function releaseJobs(db: pg.Pool, jobs: readonly ClaimedJob[], workerId: string): Promise<number> {
  if (jobs.length === 0) return 0;
  const result = await db.query(`UPDATE queue_jobs SET state = 'queued', attempts = attempts - 1, locked_by = NULL, lease_until = NULL
    WHERE id = ANY($1::bigint[]) AND locked_by = $2 AND state = 'running'`, [jobs.map((j) => j.id), workerId]);
  return result.rowCount ?? 0;
}

/** Extends the lease of every job this worker holds; returns how many it still holds. */
export async function renewLeases(db: pg.Pool, workerId: string, leaseSeconds: number): Promise<number> {
  const result = await db.query(`UPDATE queue_jobs SET lease_until = now() + make_interval(secs => $2)
    WHERE locked_by = $1 AND state = 'running'`, [workerId, leaseSeconds]);
  return result.rowCount ?? 0;
}

export class LeaseLostError extends Error {}

/**
 * Marks a job done inside the caller's transaction. If this worker no longer holds it (its lease ran out and
 * another worker took it), throws LeaseLostError so the whole transaction, document included, rolls back.
 */
export async function completeJobIn(client: pg.PoolClient, job: ClaimedJob, workerId: string, outcome: { result: string; documentId: string }): Promise<void> {
  const result = await client.query(`UPDATE queue_jobs SET state = 'done', finished_at = now(), locked_by = NULL, lease_until = NULL,
      result = $3, document_id = $4, last_error = NULL
    WHERE id = $1 AND locked_by = $2 AND state = 'running'`, [job.id, workerId, outcome.result, outcome.documentId]);
  if (result.rowCount !== 1) throw new LeaseLostError(`job ${job.id} (${job.input}) is no longer held by ${workerId}`);
}

/** Corrects the result a finished job records, inside the same transaction. */
export async function recordJobResultIn(client: pg.PoolClient, job: ClaimedJob, result: string): Promise<void> {
  await client.query("UPDATE queue_jobs SET result = $2 WHERE id = $1", [job.id, result]);
}

/** Gives a job back after an error: queued again after a backoff, or failed for good after its last attempt. */
export async function failJob(db: pg.Pool | pg.PoolClient, job: ClaimedJob, workerId: string, message: string): Promise<JobState> {
  const result = await db.query<{ state: JobState }>(`UPDATE queue_jobs SET
      state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
      run_after = now() + make_interval(secs => least(300, power(2, attempts))::int),
      finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
      locked_by = NULL, lease_until = NULL, last_error = $3
    WHERE id = $1 AND locked_by = $2 AND state = 'running' RETURNING state`, [job.id, workerId, message]);
  return result.rows[0]?.state ?? "running";
}

/** Jobs whose worker died on every attempt (a document that kills the process): failed, so they stop coming back. */
export async function failAbandoned(db: pg.Pool): Promise<number> {
  const result = await db.query(`UPDATE queue_jobs SET state = 'failed', finished_at = now(), locked_by = NULL,
      last_error = 'its worker stopped (lease ran out) on every attempt'
    WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts`);
  return result.rowCount ?? 0;
}

export type QueueCounts = Record<JobState, number> & { expired: number };

export async function countJobs(db: pg.Pool | pg.PoolClient): Promise<QueueCounts> {
  const result = await db.query<QueueCounts>(`SELECT
      count(*) FILTER (WHERE state = 'queued') AS queued, count(*) FILTER (WHERE state = 'running') AS running,
      count(*) FILTER (WHERE state = 'done') AS done, count(*) FILTER (WHERE state = 'failed') AS failed,
      count(*) FILTER (WHERE state = 'running' AND lease_until < now()) AS expired
    FROM queue_jobs`);
  return result.rows[0];
}
