// Merge candidates come from an R*Tree of each report's days and point (sqlite/event-boxes.ts). A store from
// before that table has its reports boxed on open, so a later report still finds them. Reports at the same
// place name without coordinates are found by name. Invented world (Gondor, Osgiliath).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { strikeFixtures } from "../../src/store/merge-suite.test.js";
import type { Fixture } from "../../src/store/extraction-fixtures.test.js";
import { openStore } from "../../src/store/store.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-boxes-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const idOf = (f: Fixture) => f.extraction.events[0].id;

async function save(path: string, fixtures: Fixture[]): Promise<void> {
  const store = await openStore(path);
  for (const f of fixtures) await store.saveExtraction(f.extraction, f.text);
  await store.close();
}

function countBoxes(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM event_boxes").pluck().get() as number;
  } finally {
    db.close();
  }
}

describe("merge candidates by days and place", () => {
  it("boxes the reports of an older store on open, and a later report still merges with them", async () => {
    const path = join(dir, "older.db");
    const x = strikeFixtures();
    await save(path, [x.a, x.protest]);
    const raw = new Database(path);
    raw.exec("DELETE FROM event_boxes");
    raw.close();
    await save(path, [x.b]);
    assert.equal(countBoxes(path), 3, "every dated report with a point has a box");
    const store = await openStore(path);
    assert.deepEqual((await store.getEvent(idOf(x.b)))?.reports, [idOf(x.a), idOf(x.b)].sort());
    await store.close();
  });

  const cases: [string, (x: ReturnType<typeof strikeFixtures>) => Fixture, number][] = [
    ["finds a report by its place name when it has no coordinates", (x) => withoutPoint(x.b), 1],
    ["finds a report within the radius under another name", (x) => renamed(x.b, "East Osgiliath", 36.25), 1],
    ["leaves a report of the same name two months later apart", (x) => redated(x.b, "2016-10-16"), 2],
    ["finds a month-precise report of the same month", (x) => redated(x.b, "2016-08-15", 3), 1],
  ];
  for (const [label, variant, incidents] of cases) {
    it(label, async () => {
      const x = strikeFixtures();
      const store = await openStore(":memory:");
      for (const f of [x.a, variant(x)]) await store.saveExtraction(f.extraction, f.text);
      assert.equal((await store.counts()).events, incidents);
      await store.close();
    });
  }
});

function mapEvent(f: Fixture, change: (e: Fixture["extraction"]["events"][number]) => Fixture["extraction"]["events"][number]): Fixture {
  return { ...f, extraction: { ...f.extraction, events: f.extraction.events.map(change) } };
}

function withoutPoint(f: Fixture): Fixture {
  return mapEvent(f, (e) => ({ ...e, location: e.location && { ...e.location, name: "Osgiliath", latitude: null, longitude: null, resolved: false } }));
}

function renamed(f: Fixture, name: string, latitude: number): Fixture {
  return mapEvent(f, (e) => ({ ...e, location: e.location && { ...e.location, name, latitude } }));
}

function redated(f: Fixture, date: string, precision: 1 | 2 | 3 = 1): Fixture {
  return mapEvent(f, (e) => ({ ...e, event_date: date, time_precision: precision }));
}
