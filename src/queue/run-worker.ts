// A worker: claims a few jobs at once, runs the pipeline on each, and stores each document and marks its job
// done in one transaction per document. `concurrency` claim loops run at once in this process (the pipeline is
// synchronous, so more CPU means more processes: run one worker per core). With `drain`, returns once no job
// is queued or running. Stopped (signal), it finishes the job in hand and gives the rest of its batch back.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Context } from "../context.js";
import type { CleanDocument } from "../types.js";
import { clean, extractCleaned } from "../pipeline.js";
import type { PostgresStore } from "../store/postgres/postgres-store.js";
import type { SaveResult } from "../store/store.js";
import { claimJobs, completeJobIn, recordJobResultIn, countJobs, failAbandoned, failJob, LeaseLostError, releaseJobs, renewLeases, type ClaimedJob } from "./job-queue.js";

export interface WorkerOptions {
  store: PostgresStore;
  ctx: Context;
  concurrency?: number;
  /**
   * Jobs claimed in one query (each still stored in its own transaction). Default 4: fewer round trips per
   * document, while a worker that dies leaves only a few jobs waiting for their leases to run out.
   */
  batch?: number;
  /** A job whose lease is not renewed for this long is handed to another worker. Default 60 s. */
  leaseSeconds?: number;
  /** Return when the queue is empty (nothing queued, nothing running anywhere) instead of waiting for more. */
  drain?: boolean;
  /** How long to wait before looking again when nothing is due. Default 500 ms. */
  pollMs?: number;
  signal?: AbortSignal;
  /** One line per job, for the command's stderr. */
  onJob?: (report: JobReport) => void;
}

export type JobReport =
  | { kind: "stored" | "unchanged"; job: ClaimedJob; documentId: string; events: number }
  | { kind: "retry" | "failed" | "lease-lost"; job: ClaimedJob; message: string };

export interface WorkerTally { stored: number; unchanged: number; events: number; retried: number; failed: number }

export function createWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export async function runWorker(options: WorkerOptions, workerId = createWorkerId()): Promise<WorkerTally> {
  const { store, signal } = options;
  const leaseSeconds = options.leaseSeconds ?? 60;
  const tally: WorkerTally = { stored: 0, unchanged: 0, events: 0, retried: 0, failed: 0 };
  const report = (r: JobReport) => {
    if (r.kind === "stored") { tally.stored++; tally.events += r.events; }
    else if (r.kind === "unchanged") tally.unchanged++;
    else if (r.kind === "failed") tally.failed++;
    else tally.retried++;
    options.onJob?.(r);
  };
  // The heartbeat: renewed at a quarter of the lease, so three missed beats still keep the jobs.
  const heartbeat = setInterval(() => {
    renewLeases(store.pool, workerId, leaseSeconds).catch(() => undefined /* the next beat tries again */);
  }, Math.max(200, (leaseSeconds * 1000) / 4));
  try {
    const slot = async () => {
      while (!signal?.aborted) {
        const jobs = await claimJobs(store.pool, workerId, { limit: Math.max(1, options.batch ?? 4), leaseSeconds });
        if (jobs.length > 0) {
          await processBatch(jobs, options, workerId, report);
          continue;
        }
        await failAbandoned(store.pool);
        if (options.drain) {
          const counts = await countJobs(store.pool);
          if (counts.queued === 0 && counts.running === 0) return;
        }
        await sleep(options.pollMs ?? 500, undefined, { signal }).catch(() => undefined /* aborted: the loop ends */);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, slot));
  } finally {
    clearInterval(heartbeat);
  }
  return tally;
}

/** Cleans every job's document and asks which are stored already (at once), then works through them in order. */
async function processBatch(jobs: ClaimedJob[], options: WorkerOptions, workerId: string, report: (r: JobReport) => void): Promise<void> {
  const prepared = jobs.map((job) => prepareJob(job, options));
  const stored = await Promise.all(prepared.map((p) => (p.cleaned ? options.store.hasDocument(p.cleaned.id) : false)));
  for (const [i, { job, ctx, cleaned, error }] of prepared.entries()) {
    if (options.signal?.aborted) {
      await releaseJobs(options.store.pool, jobs.slice(i), workerId);
      return;
    }
    await processJob(job, { ctx, cleaned, error, alreadyStored: stored[i] }, options, workerId, report);
  }
}

interface PreparedJob {
  job: ClaimedJob;
  ctx: Context;
  cleaned: CleanDocument | null;
  /** Cleaning failed: the job is given back (and retried) like any other failure. */
  error: Error | null;
}

function prepareJob(job: ClaimedJob, options: WorkerOptions): PreparedJob {
  const ctx = { ...options.ctx, options: { ...options.ctx.options, ...job.options } };
  try {
    return { job, ctx, cleaned: clean(job.raw, ctx), error: null };
  } catch (error) {
    return { job, ctx, cleaned: null, error: error as Error };
  }
}

async function processJob(job: ClaimedJob, prepared: Omit<PreparedJob, "job"> & { alreadyStored: boolean }, options: WorkerOptions,
  workerId: string, report: (r: JobReport) => void): Promise<void> {
  const { store } = options;
  const { ctx, cleaned } = prepared;
  try {
    if (!cleaned) throw prepared.error ?? new Error("the document could not be cleaned");
    // Already stored (an earlier attempt committed, or the same text came from elsewhere): only the job changes.
    const extraction = prepared.alreadyStored ? null : extractCleaned(cleaned, ctx);
    const saved = await store.transaction(async (client): Promise<SaveResult> => {
      // The job is marked done first: a lost lease rolls back before any write, and the incident locks that saving
      // takes (held until COMMIT, and what concurrent workers wait on) are not held over one more round trip.
      await completeJobIn(client, job, workerId, { result: extraction ? "stored" : "unchanged", documentId: cleaned.id });
      if (!extraction) return { kind: "unchanged", documentId: cleaned.id };
      const result = await store.saveExtractionIn(client, extraction, cleaned.text);
      // Rare: another worker stored the same text between our check and now.
      if (result.kind !== "stored") await recordJobResultIn(client, job, result.kind);
      return result;
    });
    report(saved.kind === "stored" ? { kind: "stored", job, documentId: saved.documentId, events: saved.events }
      : { kind: "unchanged", job, documentId: saved.documentId, events: 0 });
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof LeaseLostError) {
      report({ kind: "lease-lost", job, message });
      return;
    }
    const state = await failJob(store.pool, job, workerId, message);
    if (state === "failed") {
      await store.saveInputProblem(job.input, { kind: "internal-error", message: `extracting or storing failed ${job.attempts} times: ${message}` });
    }
    report({ kind: state === "failed" ? "failed" : "retry", job, message });
  }
}
