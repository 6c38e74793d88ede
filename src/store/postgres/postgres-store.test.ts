// The shared store suite on PostgreSQL, each test in a fresh schema; plus what only this backend has:
// migrations under an advisory lock, concurrent saves of one document, and deadlock-free shared events and incidents.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { makeEvent, makeExtraction, sampleFixtures } from "../extraction-fixtures.test.js";
import { comparable, strikeFixtures } from "../merge-suite.test.js";
import { runStoreSuite } from "../store-suite.test.js";
import { openStore, resolveStoreUrl } from "../store.js";
import { copySqliteToPostgres } from "./copy-from-sqlite.js";
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

  it("saves documents that share events in opposite orders, concurrently, without losing a source or an incident", async () => {
    const store = await openPostgresStore(schemas.fresh().url, { connections: 8 });
    const docs = Array.from({ length: 16 }, (_, i) => {
      const text = `Report ${i}: Gondor troops clashed in Osgiliath and Bree.`;
      const events = ["e-a", "e-b", "e-c"].map((id) => ({ ...makeEvent(text, "x", { sentence: "Gondor troops clashed" }), id }));
      return makeExtraction(text, () => (i % 2 ? events.reverse() : events));
    });
    await Promise.all(docs.map((d) => store.saveExtraction(d.extraction, d.text)));
    // The three reports tell of one clash, so every worker re-clustered the same incident at once.
    const event = await store.getEvent("e-b");
    assert.deepEqual(event?.reports, ["e-a", "e-b", "e-c"]);
    assert.equal(event?.sources.filter((s) => s.report_id === "e-b").length, 16);
    assert.equal(event?.sources.length, 48);
    assert.equal((await store.counts()).events, 1);
    const rows = await store.pool.query<{ incident_id: string; n: number }>("SELECT incident_id, count(*) AS n FROM incident_reports GROUP BY incident_id");
    assert.deepEqual(rows.rows, [{ incident_id: "e-a", n: 3 }]);
    await store.close();
  });

  for (const [label, flag, env, expected] of [
    ["$DATABASE_URL when $SITREP_DB is unset", undefined, { DATABASE_URL: "postgres://h/db" }, "postgres://h/db"],
    ["$DATABASE_URL before $SITREP_DB", undefined, { SITREP_DB: "x.db", DATABASE_URL: "postgres://h/db" }, "postgres://h/db"],
    ["--db before both", "postgres://a/b", { SITREP_DB: "x.db", DATABASE_URL: "postgres://h/db" }, "postgres://a/b"],
  ] as const) {
    it(`resolveStoreUrl: ${label}`, () => assert.equal(resolveStoreUrl(flag, env), expected));
  }

  it("clusters the reports of a store from before incidents on open, as saving them did, however many open it at once", async () => {
    const { url } = schemas.fresh();
    const store = await openPostgresStore(url);
    const x = strikeFixtures();
    for (const f of [...sampleFixtures(), ...Object.values(x)]) await store.saveExtraction(f.extraction, f.text);
    await store.addCorrection({ kind: "split", event: x.a.extraction.events[0].id, reports: [x.c.extraction.events[0].id], author: "ana", reason: "two raids" });
    const want = comparable(await store.findEvents());
    const forget = async (where: string) => {
      await store.pool.query(`DELETE FROM incident_reports WHERE incident_id IN (SELECT id FROM incidents ${where})`);
      await store.pool.query(`DELETE FROM incidents ${where}`);
    };
    for (const where of ["", "WHERE grade <> 'single source'"]) {
      await forget(where);
      assert.notDeepEqual(comparable(await store.findEvents()), want);
      const opened = await Promise.all(Array.from({ length: 3 }, () => openPostgresStore(url, { connections: 2 })));
      assert.deepEqual(comparable(await opened[0].findEvents()), want, `after forgetting incidents ${where || "all"}`);
      assert.equal((await opened[0].queryEvents({ q: "aircraft" })).total, 1, "and their search text");
      await Promise.all(opened.map((s) => s.close()));
    }
    await store.close();
  });

  it("copies a SQLite store with its incidents and corrections, and reads them back alike (search included)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-copy-"));
    try {
      const path = join(dir, "from.db");
      const sqlite = await openStore(path);
      const x = strikeFixtures();
      for (const f of [...sampleFixtures(), x.a, x.b, x.c, x.nextDay]) await sqlite.saveExtraction(f.extraction, f.text);
      await sqlite.addCorrection({ kind: "split", event: x.a.extraction.events[0].id, reports: [x.c.extraction.events[0].id], author: "ana", reason: "two raids" });
      const read = async (store: typeof sqlite) => [comparable(await store.findEvents()), await store.listCorrections(), await store.counts(),
        (await store.queryEvents({ q: "aircraft osgil" })).events.map((e) => e.id), await store.queryEventSummaries({ sort: { key: "location", descending: true } })];
      const want = await read(sqlite);
      await sqlite.close();
      const store = await openPostgresStore(schemas.fresh().url);
      const report = await copySqliteToPostgres(path, store);
      assert.equal(report.tables.incident_details, 6);
      assert.ok(report.skipped.includes("incident_search"), "SQLite's full-text table has no twin");
      assert.deepEqual(await read(store), want);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says where it could not connect, without the password", async () => {
    await assert.rejects(openStore("postgres://me:secret@127.0.0.1:1/nowhere"), (error: Error) =>
      /cannot open the PostgreSQL store at 'postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nowhere'/.test(error.message) && !error.message.includes("secret"));
  });
});
