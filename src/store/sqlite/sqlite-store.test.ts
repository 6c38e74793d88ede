import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { openStore, resolveStoreUrl } from "../store.js";
import { runStoreSuite } from "../store-suite.test.js";
import { sampleFixtures } from "../extraction-fixtures.test.js";
import { comparable, strikeFixtures } from "../merge-suite.test.js";
import { MIGRATIONS } from "./migrations.js";

runStoreSuite("SQLite in memory", () => openStore(":memory:"));

describe("SQLite store on disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("uses WAL, applies each migration once, and keeps data across reopening", async () => {
    const path = join(dir, "a.db");
    const store = await openStore(path);
    const [f] = sampleFixtures();
    await store.saveExtraction(f.extraction, f.text);
    await store.close();
    const reopened = await openStore(path);
    assert.equal((await reopened.counts()).documents, 1);
    await reopened.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    assert.deepEqual(raw.prepare("SELECT id FROM schema_migrations").pluck().all(), MIGRATIONS.map((m) => m.id));
    raw.close();
  });

  it("clusters an older store's reports on open to the same incidents, searchable, as ingesting them one by one", async () => {
    const path = join(dir, "backfill.db");
    const store = await openStore(path);
    for (const f of Object.values(strikeFixtures())) await store.saveExtraction(f.extraction, f.text);
    const expected = comparable(await store.findEvents());
    const found = (await store.queryEvents({ q: "aircraft" })).events.map((e) => e.id);
    await store.close();
    const raw = new Database(path);
    raw.exec("DELETE FROM incident_search; DELETE FROM incident_reports; DELETE FROM incidents;");
    raw.close();
    const reopened = await openStore(path);
    assert.ok(expected.length >= 2 && expected.length < Object.keys(strikeFixtures()).length, "some reports merge, some do not");
    assert.deepEqual(comparable(await reopened.findEvents()), expected);
    assert.deepEqual((await reopened.queryEvents({ q: "aircraft" })).events.map((e) => e.id), found);
    assert.equal(found.length, 1);
    await reopened.close();
  });

  it("explains a path it cannot open", async () => {
    await assert.rejects(openStore(join(dir, "missing-dir", "x.db")), /cannot open the SQLite store at '.*missing-dir/);
  });
});

describe("openStore: which backend", () => {
  it("sends postgres:// to the PostgreSQL store, without echoing the password", async () => {
    await assert.rejects(openStore("postgres://me:secret@127.0.0.1:1/db"), (error: Error) =>
      /cannot open the PostgreSQL store/.test(error.message) && !error.message.includes("secret"));
  });
  for (const [label, flag, env, expected] of [
    ["--db wins", "x.db", { SITREP_DB: "y.db" }, "x.db"],
    ["then $SITREP_DB", undefined, { SITREP_DB: "y.db" }, "y.db"],
    ["then ./sitrep.db", undefined, {}, "./sitrep.db"],
  ] as const) {
    it(label, () => assert.equal(resolveStoreUrl(flag, env), expected));
  }
});
