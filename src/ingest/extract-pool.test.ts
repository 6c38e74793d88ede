import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createExtractor, type Extractor } from "./extract-pool.js";
import type { RawDocument } from "../types.js";

const ARTICLES: [string, string][] = [
  ["a strike", "Pelargir, 3 March 2031\n\nJets of the Umbar navy bombed the harbour of Pelargir on Tuesday, killing 7 fishermen, the port guild said."],
  ["a clash", "Fighting broke out in Osgiliath on Monday between Gondor troops and Haradrim raiders. At least 12 fighters were killed."],
  ["no events", "The council of Minas Tirith met to discuss the grain harvest."],
];
const raw = (body: string): RawDocument => ({ path: null, url: null, body, format: "text", published: "2031-03-05" });

describe("extract pool", () => {
  let inThread: Extractor;
  let onWorker: Extractor;
  before(async () => {
    [inThread, onWorker] = await Promise.all([createExtractor({ options: {}, sources: {}, workers: 0 }), createExtractor({ options: {}, sources: {}, workers: 1 })]);
  });
  after(async () => {
    await Promise.all([inThread.close(), onWorker.close()]);
  });

  it("runs on a worker thread when asked", () => {
    assert.deepEqual([inThread.workers, onWorker.workers, onWorker.fallback], [0, 1, null]);
  });

  for (const [label, body] of ARTICLES) {
    it(`codes ${label} on a worker exactly as in this thread`, async () => {
      const [here, there] = await Promise.all([inThread.clean(raw(body)), onWorker.clean(raw(body))]);
      assert.deepEqual(there, here);
      assert.deepEqual(await onWorker.extract(there), await inThread.extract(here));
    });
  }

  it("answers a document that fails with its error, and goes on", async () => {
    await assert.rejects(onWorker.extract({ ...(await onWorker.clean(raw("Osgiliath."))), text: null as never }));
    const cleaned = await onWorker.clean(raw(ARTICLES[1][1]));
    assert.ok((await onWorker.extract(cleaned)).events.length > 0);
  });
});
