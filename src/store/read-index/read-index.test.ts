// The in-memory read path (event-columns and friends) must answer every page exactly as SQL does: the same rows
// in the same order, the same total, facets and timeline. One store of generated events, one row per filter.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { generateExtractions } from "../../../scripts/bench-web/generate-extractions.js";
import { openSqliteStore } from "../sqlite/sqlite-store.js";
import { createReadQueries } from "../sqlite/read-queries.js";
import { createSqliteEventIndex } from "./sqlite-event-index.js";
import type { EventQuery } from "../store.js";

const QUERIES: [label: string, query: EventQuery][] = [
  ["everything, default order", {}],
  ["a type", { eventType: "Battles" }],
  ["a type nobody used", { eventType: "Nothing" }],
  ["a sub-type", { subEventType: "Armed clash" }],
  ["an actor substring, any case", { actor: "ARVENTA" }],
  ["a place substring", { place: "kessaro village" }],
  ["a date range", { since: "2022-03-01", until: "2022-03-31" }],
  ["only since", { since: "2023-12-01" }],
  ["near a point", { near: { latitude: 4.12, longitude: 21.4, km: 30 } }],
  ["a bounding box", { bbox: { west: 20, south: 3, east: 22, north: 5 } }],
  ["a box across the antimeridian", { bbox: { west: 170, south: -90, east: 40, north: 90 } }],
  ["one text word", { q: "shelling" }],
  ["two text words", { q: "Duna clash" }],
  ["a text word with a LIKE wildcard", { q: "100%" }],
  ["a two-letter word, with no trigram", { q: "in" }],
  ["a word with a double quote", { q: 'duna"' }],
  ["an accented word, folded", { q: "KESSARÓ" }],
  ["grade", { grade: "single source" }],
  ["sorted by fatalities, descending", { sort: { key: "fatalities", descending: true }, limit: 40 }],
  ["sorted by location, paged", { sort: { key: "location", descending: false }, limit: 25, offset: 50 }],
  ["a small match sorted by actor", { eventType: "Riots", place: "orbe", sort: { key: "actor1", descending: true } }],
  ["a page past the end", { limit: 10, offset: 100_000 }],
  ["type and month with a page", { eventType: "Protests", since: "2022-06-01", until: "2022-08-31", limit: 5, offset: 3 }],
];

describe("read index: the in-memory page equals the SQL page", () => {
  const file = join(tmpdir(), `sitrep-read-index-${process.pid}.db`);
  let db: Database.Database;
  let inMemory: ReturnType<typeof createReadQueries>;
  let sql: ReturnType<typeof createReadQueries>;

  before(async () => {
    // Filled through the store, as ingest does; then read two ways over one connection.
    const store = openSqliteStore(file);
    for (const { extraction, text } of generateExtractions(1200, { seed: 3 })) await store.saveExtraction(extraction, text);
    await store.close();
    db = new Database(file);
    inMemory = createReadQueries(db);
    sql = createReadQueries(db, { inMemory: false });
  });
  after(() => {
    db?.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  });

  for (const [label, query] of QUERIES) {
    it(label, () => {
      for (const shape of ["queryEvents", "queryEventSummaries"] as const) {
        const expected = sql[shape](query);
        const actual = inMemory[shape](query);
        assert.deepEqual(actual.events.map((e) => e.id), expected.events.map((e) => e.id), `${shape}: the page's ids in order`);
        assert.deepEqual(actual, expected, shape);
      }
    });
  }

  it("is rebuilt after a write, and says null while writes come faster than it is built", () => {
    const eager = createSqliteEventIndex(db, { rebuildGap: 0 });
    const before = eager.current();
    assert.ok(before);
    assert.equal(eager.current(), before, "the same index while nothing changes");
    db.prepare("UPDATE incidents SET fatalities_low = fatalities_low WHERE id = (SELECT max(id) FROM incidents)").run();
    const after = eager.current();
    assert.ok(after && after !== before && after.version !== before.version);
    const patient = createSqliteEventIndex(db, { rebuildGap: 1e9 });
    assert.ok(patient.current());
    db.prepare("UPDATE incidents SET fatalities_low = fatalities_low WHERE id = (SELECT max(id) FROM incidents)").run();
    assert.equal(patient.current(), null, "too soon to rebuild: the caller reads SQL");
  });

  it("sees a write at once", () => {
    const before = inMemory.queryEventSummaries({ limit: 1 }).total;
    db.prepare("DELETE FROM incidents WHERE id = (SELECT min(id) FROM incidents)").run();
    assert.equal(inMemory.queryEventSummaries({ limit: 1 }).total, before - 1);
  });
});
