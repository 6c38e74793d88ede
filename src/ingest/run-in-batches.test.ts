import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { runInBatches, type BatchOptions } from "./run-in-batches.js";

async function* inputs(count: number, delayMs: (i: number) => number = () => 0): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) {
    const ms = delayMs(i);
    if (ms > 0) await sleep(ms);
    yield i;
  }
}

/** Runs the batching and records the batches, and how many inputs were being prepared at most. */
async function record(source: AsyncIterable<number>, options: BatchOptions, prepareMs: (i: number) => number = () => 0) {
  const batches: number[][] = [];
  let preparing = 0;
  let mostAtOnce = 0;
  const prepare = async (i: number) => {
    mostAtOnce = Math.max(mostAtOnce, ++preparing);
    await sleep(prepareMs(i));
    preparing--;
    return i * 10;
  };
  await runInBatches(source, prepare, async (batch) => { batches.push(batch); }, options);
  return { batches, mostAtOnce };
}

describe("runInBatches", () => {
  const cases: [string, () => Promise<void>][] = [
    ["hands prepared inputs over in input order, in batches of at most maxBatch", async () => {
      const { batches } = await record(inputs(7), { lookahead: 4, maxBatch: 3, maxWaitMs: 1000 }, (i) => (7 - i) * 2);
      assert.deepEqual(batches, [[0, 10, 20], [30, 40, 50], [60]]);
    }],
    ["prepares no more than lookahead inputs at once", async () => {
      const { mostAtOnce } = await record(inputs(20), { lookahead: 3, maxBatch: 10, maxWaitMs: 1000 }, () => 2);
      assert.equal(mostAtOnce, 3);
    }],
    ["saves what is ready when the next input is slow to come", async () => {
      const { batches } = await record(inputs(4, (i) => (i === 2 ? 120 : 0)), { lookahead: 8, maxBatch: 10, maxWaitMs: 30 });
      assert.deepEqual(batches, [[0, 10], [20, 30]]);
    }],
    ["saves nothing for no input", async () => {
      const { batches } = await record(inputs(0), { lookahead: 8, maxBatch: 10, maxWaitMs: 30 });
      assert.deepEqual(batches, []);
    }],
  ];
  for (const [label, run] of cases) it(label, run);
});
