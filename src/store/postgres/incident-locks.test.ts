// The bucket locks of re-clustering: which buckets a report takes, that a key below one held is only tried (a
// conflict rolls back, never waits), and that a transaction rolled back for it is retried.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createPool, parsePostgresUrl } from "./connect.js";
import { createBucketLocks, toLockKeys } from "./incident-locks.js";
import { createTestSchemas } from "./pg-test-schemas.test.js";
import { inTransaction, RetryableConflictError } from "./transaction.js";

describe("toLockKeys: the buckets of a report's candidate window (35 days each side)", () => {
  const rows: [string, { event_type: string; event_date: string | null }, string[]][] = [
    ["mid-month: the month, the one before and the one after", { event_type: "Battles", event_date: "2016-08-16" },
      ["Battles|2016-07", "Battles|2016-08", "Battles|2016-09"]],
    ["first of the month: reaches back two months' ends", { event_type: "Battles", event_date: "2016-03-01" },
      ["Battles|2016-01", "Battles|2016-02", "Battles|2016-03", "Battles|2016-04"]],
    ["across a new year", { event_type: "Protests", event_date: "2016-12-30" }, ["Protests|2016-11", "Protests|2016-12", "Protests|2017-01", "Protests|2017-02"]],
    ["undated: one bucket per type", { event_type: "Riots", event_date: null }, ["Riots|undated"]],
  ];
  for (const [label, report, expected] of rows) it(label, () => assert.deepEqual(toLockKeys(report), expected));
});

describe("bucket locks on PostgreSQL", () => {
  const schemas = createTestSchemas("locks");
  const { url, schema } = schemas.fresh();
  const pool = createPool(parsePostgresUrl(url), { max: 4 });
  before(async () => {
    await pool.query(`CREATE SCHEMA ${schema}`);
  });
  after(async () => {
    await pool.end();
    await schemas.dropAll();
  });

  it("tries a key below one held, and gives up at once with a retryable error if another transaction has it", async () => {
    const [first, second] = [await pool.connect(), await pool.connect()];
    try {
      await first.query("BEGIN");
      await second.query("BEGIN");
      assert.equal(await createBucketLocks(first).lock(["Battles|2016-07"]), true);
      const locks = createBucketLocks(second);
      assert.equal(await locks.lock(["Battles|2016-09"]), true);
      assert.equal(await locks.lock(["Battles|2016-09"]), false, "a key held already is nothing new");
      await assert.rejects(locks.lock(["Battles|2016-07"]), (error: Error) => error instanceof RetryableConflictError && /2016-07/.test(error.message));
      const { rows } = await second.query<{ n: number }>("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()");
      assert.equal(rows[0].n, 2, "the shared lock every re-clustering holds, and its own bucket");
    } finally {
      await first.query("ROLLBACK");
      await second.query("ROLLBACK");
      first.release();
      second.release();
    }
  });

  it("retries a transaction rolled back for a conflict, and reports other errors at once", async () => {
    let attempts = 0;
    const result = await inTransaction(pool, async () => {
      if (++attempts < 3) throw new RetryableConflictError("busy");
      return "done";
    });
    assert.deepEqual([result, attempts], ["done", 3]);
    attempts = 0;
    await assert.rejects(inTransaction(pool, async () => {
      attempts++;
      throw new Error("no such thing");
    }), /no such thing/);
    assert.equal(attempts, 1);
  });
});
