// Property: any permutation of the same documents, in any batches, gives identical stored events.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { comparable, strikeFixtures } from "../../src/store/merge-suite.test.js";
import { makeEvent, makeExtraction, type Fixture } from "../../src/store/extraction-fixtures.test.js";
import { openStore } from "../../src/store/store.js";

/** The strike fixtures plus a second strike sequence at Osgiliath on nearby days, so merges chain and compete. */
function documents(): Fixture[] {
  const x = strikeFixtures();
  const extra = ["2016-08-16", "2016-08-17", "2016-08-16"].map((day, i) => {
    const text = `Report ${i}: Mordor jets struck Osgiliath, ${i + 2} dead.`;
    return makeExtraction(text, (id) => [makeEvent(text, id, {
      sentence: "Mordor jets struck Osgiliath", event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", event_date: day,
      actor1: i === 2 ? null : "Military Forces of Mordor (2000-)", inter1: 8, actor2: "Rangers of Arnor", inter2: 2,
      fatalities: { low: i + 2, best: i + 2, high: i + 2 },
    })], { publisher: `Outlet ${i}` });
  });
  return [x.a, x.b, x.c, x.protest, x.nextDay, x.farAway, ...extra];
}

/** Saves the documents in this order, one at a time, or in batches of these sizes (what `sitrep ingest` does). */
async function eventsOf(order: Fixture[], batchSizes: number[] = []): Promise<unknown[]> {
  const store = await openStore(":memory:");
  try {
    let next = 0;
    for (const size of batchSizes) {
      const batch = order.slice(next, next + size);
      next += size;
      await store.saveExtractions(batch.map((f) => ({ extraction: f.extraction, cleanedText: f.text })));
    }
    for (const f of order.slice(next)) await store.saveExtraction(f.extraction, f.text);
    return comparable(await store.findEvents());
  } finally {
    await store.close();
  }
}

describe("merging is order-independent", () => {
  it("any permutation of the documents yields identical events", async () => {
    const docs = documents();
    const expected = await eventsOf(docs);
    await fc.assert(fc.asyncProperty(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), async (order) => {
      assert.deepEqual(await eventsOf(order), expected);
    }), { numRuns: 40, seed: 20160818 });
  });

  it("any permutation saved in any batches yields identical events", async () => {
    const docs = documents();
    const expected = await eventsOf(docs);
    const order = fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length });
    await fc.assert(fc.asyncProperty(order, fc.array(fc.integer({ min: 1, max: docs.length }), { maxLength: docs.length }), async (o, sizes) => {
      assert.deepEqual(await eventsOf(o, sizes), expected);
    }), { numRuns: 40, seed: 20161122 });
  });
});
