// The store suite: every backend runs the same tests (SQLite now, PostgreSQL when it comes).
// Exports only; a backend's own test file calls runStoreSuite with its factory.
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import type { Store } from "./store.js";
import { makeEvent, makeExtraction, sampleFixtures } from "./extraction-fixtures.test.js";
import { runMergeSuite } from "./merge-suite.test.js";

export function runStoreSuite(backend: string, openFresh: () => Promise<Store>): void {
  describe(`store suite: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFresh();
      for (const f of sampleFixtures()) await store.saveExtraction(f.extraction, f.text);
    });
    afterEach(async () => store.close());

    it("stores every record of a document, and a second save changes nothing", async () => {
      assert.deepEqual(await store.counts(), { documents: 3, events: 3, places: 3, actors: 3, figures: 3, problems: 3 });
      const [first] = sampleFixtures();
      const again = await store.saveExtraction(first.extraction, first.text);
      assert.deepEqual(again, { kind: "unchanged", documentId: first.extraction.document.id });
      assert.equal(await store.hasDocument(first.extraction.document.id), true);
      assert.equal(await store.hasDocument("0".repeat(64)), false);
      assert.deepEqual(await store.counts(), { documents: 3, events: 3, places: 3, actors: 3, figures: 3, problems: 3 });
    });

    it("round-trips an event in the contract's shape, with its source", async () => {
      const [first] = sampleFixtures();
      const original = first.extraction.events[0];
      const stored = await store.getEvent(original.id);
      assert.ok(stored);
      const { stored_at, sources, reports, confidence, disputes, corrections, ...event } = stored;
      assert.deepEqual(event, original);
      assert.deepEqual([reports, confidence?.grade, disputes, corrections], [[original.id], "single source", [], []]);
      assert.match(stored_at, /^\d{4}-\d{2}-\d{2}T/);
      assert.equal(sources.length, 1);
      assert.equal(sources[0].document_id, first.extraction.document.id);
      assert.deepEqual(sources[0].evidence, original.evidence);
      assert.equal(first.text.slice(sources[0].evidence[0].start, sources[0].evidence[0].end), sources[0].evidence[0].text);
      assert.equal(await store.getEvent("no-such-event"), null);
    });

    it("gives an event reported by a second document a second source", async () => {
      const [first] = sampleFixtures();
      const text = "Wire: Gondor troops clashed with rangers in Osgiliath.";
      const other = makeExtraction(text, () => [{ ...makeEvent(text, "x", { sentence: "Gondor troops clashed" }), id: first.extraction.events[0].id, attributed_to: ["AP"] }]);
      assert.equal((await store.saveExtraction(other.extraction, other.text)).kind, "stored");
      const stored = await store.getEvent(first.extraction.events[0].id);
      assert.deepEqual(stored?.sources.map((s) => s.document_id), [first.extraction.document.id, other.extraction.document.id]);
      assert.deepEqual(stored?.attributed_to, ["SOHR", "AP"]);
      assert.equal((await store.counts()).events, 3);
    });

    it("keeps the evidence of an event id that comes twice in one document", async () => {
      const text = "Gondor troops clashed in Osgiliath. The clash in Osgiliath went on.";
      const twice = makeExtraction(text, (id) => [
        makeEvent(text, id, { sentence: "Gondor troops clashed in Osgiliath" }),
        makeEvent(text, id, { sentence: "The clash in Osgiliath went on" }),
      ]);
      await store.saveExtraction(twice.extraction, twice.text);
      const stored = await store.getEvent(twice.extraction.events[0].id);
      const mine = stored?.sources.find((x) => x.document_id === twice.extraction.document.id);
      assert.deepEqual(mine?.evidence.map((e) => e.text), ["Gondor troops clashed in Osgiliath", "The clash in Osgiliath went on"]);
    });

    it("stores nothing of a document whose save fails half way, and stays usable", async () => {
      const text = "Gondor troops clashed in Osgiliath again.";
      const broken = makeExtraction(text, (id) => [
        makeEvent(text, id, { sentence: "Gondor troops clashed" }),
        { ...makeEvent(text, id, { sentence: "Osgiliath" }), id: "second", event_type: null as never },
      ]);
      await assert.rejects(store.saveExtraction(broken.extraction, broken.text), /NOT NULL/);
      assert.deepEqual(await store.counts(), { documents: 3, events: 3, places: 3, actors: 3, figures: 3, problems: 3 });
      const fine = makeExtraction(text, (id) => [makeEvent(text, id, { sentence: "Gondor troops clashed" })]);
      assert.deepEqual(await store.saveExtraction(fine.extraction, fine.text), { kind: "stored", documentId: fine.extraction.document.id, events: 1 });
    });

    const near = { latitude: 36.2, longitude: 37.16 };
    const filters: [string, Parameters<Store["findEvents"]>[0], string[]][] = [
      ["no filter: dated events first, in date order", {}, ["Osgiliath", "Bree", "Ḥumayra"]],
      ["event type", { eventType: "Protests" }, ["Bree"]],
      ["sub-event type", { subEventType: "Air/drone strike" }, ["Ḥumayra"]],
      ["actor substring, any case", { actor: "forces of GONDOR" }, ["Osgiliath"]],
      ["associated actor", { actor: "misty" }, ["Ḥumayra"]],
      ["LIKE wildcards are literal", { actor: "%" }, []],
      ["place, accent-insensitive", { place: "humay" }, ["Ḥumayra"]],
      ["place, exact case", { place: "Bree" }, ["Bree"]],
      ["since (inclusive)", { since: "2016-09-01" }, ["Bree"]],
      ["until (inclusive)", { until: "2016-08-16" }, ["Osgiliath"]],
      ["since and until", { since: "2016-08-17", until: "2016-08-31" }, []],
      ["near, 5 km", { near: { ...near, km: 5 } }, ["Osgiliath"]],
      // Ḥumayra is 16.8 km away: inside the 13 km bounding box's corner, outside the 13 km circle.
      ["near, 13 km: box corner, not within radius", { near: { ...near, km: 13 } }, ["Osgiliath"]],
      ["near, 17 km", { near: { ...near, km: 17 } }, ["Osgiliath", "Ḥumayra"]],
      ["near, 25 km", { near: { ...near, km: 25 } }, ["Osgiliath", "Ḥumayra"]],
      ["near, far away", { near: { latitude: -33.9, longitude: 18.4, km: 100 } }, []],
      ["limit", { limit: 1 }, ["Osgiliath"]],
      ["limit and offset", { limit: 1, offset: 1 }, ["Bree"]],
      ["near with offset", { near: { ...near, km: 25 }, offset: 1 }, ["Ḥumayra"]],
      ["filters combine", { eventType: "Battles", place: "bree" }, []],
    ];
    for (const [label, filter, expected] of filters) {
      it(`findEvents: ${label}`, async () => {
        const found = await store.findEvents(filter);
        assert.deepEqual(found.map((e) => e.location?.name), expected);
      });
    }

    it("lists documents with their event counts, and records input problems", async () => {
      const docs = await store.listDocuments();
      assert.equal(docs.length, 3);
      assert.deepEqual(docs.map((d) => d.events), [1, 1, 1]);
      assert.equal((await store.listDocuments({ limit: 2, offset: 2 })).length, 1);
      await store.saveInputProblem("bad.bin", { kind: "binary-input", message: "binary file (NUL byte at offset 12)" });
      assert.equal((await store.counts()).problems, 4);
    });
  });
  runMergeSuite(backend, openFresh);
}
