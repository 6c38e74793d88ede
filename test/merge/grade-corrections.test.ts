// The confidence grade follows analysts' corrections: naming the perpetrator settles a contest between
// sources, a corrected event type can end one, and merges and splits by hand change how many sources an
// incident has. On both backends. The invented world of the merge suite (Gondor, Mordor, Osgiliath).
import assert from "node:assert/strict";
import { after, afterEach, describe, it } from "node:test";
import { strikeFixtures } from "../../src/store/merge-suite.test.js";
import type { Fixture } from "../../src/store/extraction-fixtures.test.js";
import { createTestSchemas } from "../../src/store/postgres/pg-test-schemas.test.js";
import { openStore, type CorrectionInput, type Grade, type Store } from "../../src/store/store.js";

type Strikes = ReturnType<typeof strikeFixtures>;
const idOf = (f: Fixture) => f.extraction.events[0].id;
const by = { author: "ana", reason: "checked against the hospital list" };

interface Case {
  label: string;
  documents: (x: Strikes) => Fixture[];
  /** The grade of the event holding `watch` before and after the correction. */
  watch: (x: Strikes) => Fixture;
  correction: (x: Strikes) => CorrectionInput;
  before: Grade;
  after: Grade;
}

const CASES: Case[] = [
  { label: "an analyst who names the perpetrator settles a contested strike",
    documents: (x) => [x.a, x.b, x.c], watch: (x) => x.a,
    correction: (x) => ({ kind: "set", event: idOf(x.a), changes: { actor1: "Military Forces of Gondor (2000-)" }, ...by }),
    before: "contested", after: "multiple sources" },
  { label: "an analyst who recodes a contested strike as a battle ends the contest",
    documents: (x) => [x.a, x.b, x.c], watch: (x) => x.a,
    correction: (x) => ({ kind: "set", event: idOf(x.a), changes: { event_type: "Battles", sub_event_type: "Armed clash" }, ...by }),
    before: "contested", after: "multiple sources" },
  { label: "a correction of the fatalities alone leaves the contest open",
    documents: (x) => [x.a, x.b, x.c], watch: (x) => x.a,
    correction: (x) => ({ kind: "set", event: idOf(x.a), changes: { fatalities: { low: 9 } }, ...by }),
    before: "contested", after: "contested" },
  { label: "splitting off the report that names another perpetrator ends the contest",
    documents: (x) => [x.a, x.b, x.c], watch: (x) => x.a,
    correction: (x) => ({ kind: "split", event: idOf(x.a), reports: [idOf(x.c)], ...by }),
    before: "contested", after: "multiple sources" },
  { label: "the report split off is a single source",
    documents: (x) => [x.a, x.c], watch: (x) => x.c,
    correction: (x) => ({ kind: "split", event: idOf(x.a), reports: [idOf(x.c)], ...by }),
    before: "contested", after: "single source" },
  { label: "merging two single-source events by hand gives multiple sources",
    documents: (x) => [x.a, x.farAway], watch: (x) => x.a,
    correction: (x) => ({ kind: "merge", event: idOf(x.a), other: idOf(x.farAway), ...by }),
    before: "single source", after: "multiple sources" },
];

function runGradeCases(backend: string, openFresh: () => Promise<Store>): void {
  describe(`grade after corrections: ${backend}`, () => {
    const opened: Store[] = [];
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });
    for (const c of CASES) {
      it(c.label, async () => {
        const x = strikeFixtures();
        const store = await openFresh();
        opened.push(store);
        await store.saveExtractions(c.documents(x).map((f) => ({ extraction: f.extraction, cleanedText: f.text })));
        const watched = idOf(c.watch(x));
        assert.equal((await store.getEvent(watched))?.confidence.grade, c.before, "before the correction");
        await store.addCorrection(c.correction(x));
        const after = await store.getEvent(watched);
        assert.equal(after?.confidence.grade, c.after, "after the correction");
        assert.equal(after?.confidence.perpetrator_contested, c.after === "contested");
        const listed = await store.findEvents({ grade: c.after });
        assert.ok(listed.some((e) => e.id === after?.id), "the grade filter agrees");
      });
    }
  });
}

runGradeCases("SQLite", () => openStore(":memory:"));
const schemas = createTestSchemas("grade");
after(() => schemas.dropAll());
runGradeCases("PostgreSQL", () => openStore(schemas.fresh().url));
