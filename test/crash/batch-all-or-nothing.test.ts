// A batch of documents saved in one go (`Store.saveExtractions`, what `sitrep ingest` uses) keeps each
// document all-or-nothing: one that fails half way leaves no trace and the others are stored; a document
// twice in a batch is stored once. On both backends. Invented world (Gondor, Osgiliath).
import assert from "node:assert/strict";
import { after, afterEach, describe, it } from "node:test";
import { makeEvent, makeExtraction, type Fixture } from "../../src/store/extraction-fixtures.test.js";
import { createTestSchemas } from "../../src/store/postgres/pg-test-schemas.test.js";
import { openStore, type Store } from "../../src/store/store.js";

function clash(text: string, sentence: string): Fixture {
  return makeExtraction(text, (id) => [makeEvent(text, id, { sentence })]);
}

/** Its second event lacks an event type (NOT NULL): the save fails after the document and first event are written. */
function brokenHalfWay(): Fixture {
  const text = "Gondor troops clashed in Osgiliath at dawn. Fighting spread to the river.";
  return makeExtraction(text, (id) => [
    makeEvent(text, id, { sentence: "Gondor troops clashed in Osgiliath at dawn" }),
    { ...makeEvent(text, id, { sentence: "Fighting spread to the river" }), id: `${id}-second`, event_type: null as never },
  ]);
}

const toSave = (fixtures: Fixture[]) => fixtures.map((f) => ({ extraction: f.extraction, cleanedText: f.text }));

function runBatchCases(backend: string, openFresh: () => Promise<Store>): void {
  describe(`saving a batch: ${backend}`, () => {
    const opened: Store[] = [];
    const fresh = async () => {
      const store = await openFresh();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });

    it("stores the good documents around one that fails half way, and nothing of that one", async () => {
      const store = await fresh();
      const first = clash("Gondor troops clashed in Osgiliath on Monday.", "Gondor troops clashed in Osgiliath");
      const last = clash("Rangers fought in Bree on Monday.", "Rangers fought in Bree");
      const broken = brokenHalfWay();
      const results = await store.saveExtractions(toSave([first, broken, last]));
      assert.deepEqual(results.map((r) => r.kind), ["stored", "failed", "stored"]);
      assert.match(results[1].kind === "failed" ? results[1].error.message : "", /NOT NULL|null value/);
      assert.equal(await store.hasDocument(broken.extraction.document.id), false, "no trace of the failed document");
      // Both good reports are clashes at Osgiliath on the same day: one incident.
      assert.deepEqual(await store.counts(), { documents: 2, events: 1, places: 2, actors: 2, figures: 2, problems: 2 });
    });

    it("stores a document that comes twice in a batch once", async () => {
      const store = await fresh();
      const doc = clash("Gondor troops clashed in Osgiliath on Monday.", "Gondor troops clashed in Osgiliath");
      const results = await store.saveExtractions(toSave([doc, doc]));
      assert.deepEqual(results.map((r) => r.kind), ["stored", "unchanged"]);
      assert.equal((await store.counts()).documents, 1);
    });

    it("gives the same events as saving one document at a time", async () => {
      const docs = ["Monday", "Tuesday"].flatMap((day) => [
        clash(`Gondor troops clashed in Osgiliath on ${day}, the Herald said.`, "Gondor troops clashed in Osgiliath"),
        clash(`Fighting in Osgiliath on ${day} between Gondor and the rangers.`, "Fighting in Osgiliath"),
      ]);
      const batched = await fresh();
      await batched.saveExtractions(toSave(docs));
      const single = await fresh();
      for (const f of docs) await single.saveExtraction(f.extraction, f.text);
      const view = async (s: Store) => (await s.findEvents()).map(({ stored_at: _t, ...e }) => e);
      assert.deepEqual(await view(batched), await view(single));
    });
  });
}

runBatchCases("SQLite", () => openStore(":memory:"));
const schemas = createTestSchemas("batch");
after(() => schemas.dropAll());
runBatchCases("PostgreSQL", () => openStore(schemas.fresh().url));
