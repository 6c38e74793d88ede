// The shared store suite on PostgreSQL, each test in a fresh schema; plus what only this backend has:
// migrations under an advisory lock, concurrent saves of one document, and deadlock-free shared events.
import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { makeEvent, makeExtraction, sampleFixtures } from "../extraction-fixtures.test.js";
import { runStoreSuite } from "../store-suite.test.js";
import { openStore } from "../store.js";
import { POSTGRES_MIGRATIONS } from "./migrations.js";
import { openPostgresStore } from "./postgres-store.js";
import { createTestSchemas } from "./pg-test-schemas.test.js";

const schemas = createTestSchemas("store");
after(() => schemas.dropAll());

runStoreSuite("PostgreSQL", () => openStore(schemas.fresh().url));

describe("PostgreSQL store", () => {
  it("applies each migration once when eight stores open the same new schema at once", async () => {
    const { url } = schemas.fresh();
    const stores = await Promise.all(Array.from({ length: 8 }, () => openPostgresStore(url, { connections: 1 })));
    const ids = (await stores[0].pool.query<{ id: string }>("SELECT id FROM schema_migrations ORDER BY applied_at, id")).rows.map((r) => r.id);
    assert.deepEqual(ids.sort(), POSTGRES_MIGRATIONS.map((m) => m.id).sort());
    await Promise.all(stores.map((s) => s.close()));
  });

  it("stores a document once when many connections save it at the same moment", async () => {
    const store = await openPostgresStore(schemas.fresh().url, { connections: 8 });
    const [f] = sampleFixtures();
    const results = await Promise.all(Array.from({ length: 8 }, () => store.saveExtraction(f.extraction, f.text)));
    assert.deepEqual(results.map((r) => r.kind).sort(), ["stored", ...Array(7).fill("unchanged")]);
    assert.deepEqual(await store.counts(), { documents: 1, events: 1, places: 1, actors: 1, figures: 1, problems: 1 });
    await store.close();
  });

  it("saves documents that share events in opposite orders, concurrently, without losing a source", async () => {
    const store = await openPostgresStore(schemas.fresh().url, { connections: 8 });
    const docs = Array.from({ length: 16 }, (_, i) => {
      const text = `Report ${i}: Gondor troops clashed in Osgiliath and Bree.`;
      const events = ["e-a", "e-b", "e-c"].map((id) => ({ ...makeEvent(text, "x", { sentence: "Gondor troops clashed" }), id }));
      return makeExtraction(text, () => (i % 2 ? events.reverse() : events));
    });
    await Promise.all(docs.map((d) => store.saveExtraction(d.extraction, d.text)));
    const event = await store.getEvent("e-b");
    assert.equal(event?.sources.length, 16);
    assert.equal((await store.counts()).events, 3);
    await store.close();
  });

  it("says where it could not connect, without the password", async () => {
    await assert.rejects(openStore("postgres://me:secret@127.0.0.1:1/nowhere"), (error: Error) =>
      /cannot open the PostgreSQL store at 'postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nowhere'/.test(error.message) && !error.message.includes("secret"));
  });
});
