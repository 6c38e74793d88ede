// A worker: claims jobs, runs the pipeline on each, and stores the document and marks the job done in one
// transaction. `concurrency` jobs are in flight at once in this process (the pipeline is synchronous, so more
// CPU means more processes: run one worker per core). With `drain`, returns once no job is queued or running.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Context } from "../context.js";
import { clean, extractCleaned } from "../pipeline.js";
import type { PostgresStore } from "../store/postgres/postgres-store.js";
import { claimJobs, completeJobIn, countJobs, failAbandoned, failJob, LeaseLostError, renewLeases, type ClaimedJob } from "./job-queue.js";

export interface WorkerOptions {
  store: PostgresStore;
  ctx: Context;
  concurrency?: number;
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
        const [job] = await claimJobs(store.pool, workerId, { limit: 1, leaseSeconds });
        if (job) {
          await processJob(job, options, workerId, report);
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

async function processJob(job: ClaimedJob, options: WorkerOptions, workerId: string, report: (r: JobReport) => void): Promise<void> {
  const { store } = options;
  const ctx = { ...options.ctx, options: { ...options.ctx.options, ...job.options } };
  try {
    const cleaned = clean(job.raw, ctx);
    // Already stored (an earlier attempt committed, or the same text came from elsewhere): only the job changes.
    const extraction = (await store.hasDocument(cleaned.id)) ? null : extractCleaned(cleaned, ctx);
    const saved = await store.transaction(async (client) => {
      const result = extraction ? await store.saveExtractionIn(client, extraction, cleaned.text) : { kind: "unchanged" as const, documentId: cleaned.id };
      await completeJobIn(client, job, workerId, { result: result.kind, documentId: result.documentId });
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
