// The shape of a fast ingest: inputs are prepared (cleaned, coded) several at a time, possibly on other
// threads, and handed to the store in input order, a batch at a time, so the store pays one commit per batch
// rather than one per document. A batch is saved early when the next input is slow to come (a feed, stdin),
// so nothing prepared waits long unsaved.
import { setTimeout as sleep } from "node:timers/promises";

export interface BatchOptions {
  /** Inputs being prepared at once (ahead of the one the store waits for). */
  lookahead: number;
  /** Largest batch handed to `save`. */
  maxBatch: number;
  /** How long to wait for the next input before saving what is ready. */
  maxWaitMs: number;
}

const SLOW = Symbol("slow input");

/** `prepare` must not reject: turn a failure into a value. Batches come in input order, each non-empty. */
export async function runInBatches<I, P>(inputs: AsyncIterable<I>, prepare: (input: I) => Promise<P>,
  save: (batch: P[]) => Promise<void>, options: BatchOptions): Promise<void> {
  const iterator = inputs[Symbol.asyncIterator]();
  const preparing: Promise<P>[] = [];
  let batch: P[] = [];
  const saveBatch = async () => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    await save(full);
  };
  const takeOldest = async () => {
    batch.push(await preparing.shift()!);
    if (batch.length >= options.maxBatch) await saveBatch();
  };

  let next: Promise<IteratorResult<I>> | null = iterator.next();
  while (next !== null) {
    if (preparing.length >= Math.max(1, options.lookahead)) {
      await takeOldest();
      continue;
    }
    const idle = preparing.length === 0 && batch.length === 0;
    const result = idle ? await next : await within(next, options.maxWaitMs);
    if (result === SLOW) {
      while (preparing.length > 0) await takeOldest();
      await saveBatch();
      continue;
    }
    if (result.done) next = null;
    else {
      preparing.push(prepare(result.value));
      next = iterator.next();
    }
  }
  while (preparing.length > 0) await takeOldest();
  await saveBatch();
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof SLOW> {
  const timer = new AbortController();
  const slow: Promise<typeof SLOW> = sleep(ms, SLOW, { signal: timer.signal }).then(() => SLOW, () => SLOW);
  try {
    return await Promise.race([promise, slow]);
  } finally {
    timer.abort();
  }
}
