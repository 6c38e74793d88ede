// The worker loop in-process on PostgreSQL: it claims jobs in batches, stores each document in its own
// transaction, and when told to stop gives back the jobs of its batch it had not started (not waiting for
// their leases to run out). Documents from an invented world.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createContext, type Context } from "../../src/context.js";
import { setTimeout as sleep } from "node:timers/promises";
import { extract } from "../../src/pipeline.js";
import { claimJobs, completeJobIn, countJobs, enqueueJobs, LeaseLostError, releaseJobs, type QueuedInput } from "../../src/queue/job-queue.js";
import { runWorker } from "../../src/queue/run-worker.js";
import { openPostgresStore, type PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { createTestSchemas } from "../../src/store/postgres/pg-test-schemas.test.js";

const TOWNS = ["Minas Tirith", "Osgiliath", "Pelargir", "Dol Amroth", "Edoras", "Fornost"];

function inputs(): QueuedInput[] {
  return TOWNS.map((town, i) => ({
    input: `report-${i}.txt`,
    raw: { path: `report-${i}.txt`, url: null, format: "text", published: "2031-05-0" + (i + 1),
      body: `Artillery of the Gondorian army shelled ${town} on Tuesday, killing ${i + 2} civilians, the ${town} council said.` },
    options: { published: null, country: null, near: null },
  }));
}

const schemas = createTestSchemas("worker");
let ctx: Context;
before(async () => { ctx = await createContext({}); });
after(() => schemas.dropAll());

describe("runWorker batches", () => {
  let store: PostgresStore;
  before(async () => { store = await openPostgresStore(schemas.fresh().url); });
  after(() => store.close());

  it("on stop, finishes the job in hand and gives the rest of its batch back at once, the attempt not counted", async () => {
    await enqueueJobs(store.pool, inputs());
    const stop = new AbortController();
    const tally = await runWorker({ store, ctx, batch: 4, drain: true, signal: stop.signal, onJob: () => stop.abort() }, "gondor:1:test");
    assert.equal(tally.stored, 1);
    assert.deepEqual(await countJobs(store.pool), { queued: 5, running: 0, done: 1, failed: 0, expired: 0 });
    const { rows } = await store.pool.query<{ attempts: number; locked_by: string | null }>(
      "SELECT attempts, locked_by FROM queue_jobs WHERE state = 'queued' ORDER BY id");
    assert.deepEqual(rows, Array(5).fill({ attempts: 0, locked_by: null }));
  });

  it("a second worker then drains the queue: every document stored once", async () => {
    const tally = await runWorker({ store, ctx, batch: 4, drain: true }, "gondor:2:test");
    assert.equal(tally.stored, 5);
    assert.deepEqual(await countJobs(store.pool), { queued: 0, running: 0, done: 6, failed: 0, expired: 0 });
    assert.equal((await store.counts()).documents, 6);
  });
});

describe("a worker that was only slow, not dead", () => {
  it("loses its job to another once its lease ran out; its late commit rolls back, so the document is stored once", async () => {
    const store = await openPostgresStore(schemas.fresh().url);
    try {
      await enqueueJobs(store.pool, inputs().slice(0, 1));
      const [job] = await claimJobs(store.pool, "slow:1", { limit: 1, leaseSeconds: 1 });
      await sleep(1200);
      const tally = await runWorker({ store, ctx, drain: true }, "quick:2");
      assert.equal(tally.stored, 1, "the quick worker took the expired job");
      // What the slow worker's transaction does first (run-worker.ts): mark its job done. It no longer holds it.
      const documentId = extract(job.raw, ctx).document.id;
      const late = store.transaction((client) => completeJobIn(client, job, "slow:1", { result: "stored", documentId }));
      await assert.rejects(late, LeaseLostError);
      assert.equal((await store.counts()).documents, 1);
      const { rows } = await store.pool.query("SELECT state, attempts, locked_by FROM queue_jobs");
      assert.deepEqual(rows, [{ state: "done", attempts: 2, locked_by: null }]);
    } finally {
      await store.close();
    }
  });
});

describe("releaseJobs", () => {
  it("gives back only the jobs the named worker holds", async () => {
    const store = await openPostgresStore(schemas.fresh().url);
    try {
      await enqueueJobs(store.pool, inputs());
      const mine = await claimJobs(store.pool, "arnor:1", { limit: 2, leaseSeconds: 60 });
      const theirs = await claimJobs(store.pool, "arnor:2", { limit: 2, leaseSeconds: 60 });
      assert.equal(await releaseJobs(store.pool, [...mine, ...theirs], "arnor:1"), 2);
      assert.deepEqual(await countJobs(store.pool), { queued: 4, running: 2, done: 0, failed: 0, expired: 0 });
    } finally {
      await store.close();
    }
  });
});
