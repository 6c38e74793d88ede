// The merge part of the store suite: reports of one incident from several documents become one event, in any
// order, with stable ids, every source, fatalities low/best/high, disputes, a grade, figures and corrections.
// Every backend runs it through runStoreSuite. An invented world (Gondor, Mordor), so no rule knows the real one.
import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import type { CodedEvent } from "../types.js";
import { makeEvent, makeExtraction, type Fixture } from "./extraction-fixtures.test.js";
import type { Store, StoredEvent } from "./store.js";

const OSGILIATH = { name: "Osgiliath", latitude: 36.2, longitude: 37.16, geo_precision: 1 as const, admin1: "Anórien", country: "Syria", iso: 760, resolved: true };
const STRIKE: Partial<CodedEvent> = {
  event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", event_date: "2016-08-16", time_precision: 1,
  actor1: "Military Forces of Mordor (2000-)", inter1: 8, actor2: "Rangers of Arnor", inter2: 2, interaction: 28, location: OSGILIATH,
};

function report(text: string, publisher: string, sentence: string, overrides: Partial<CodedEvent>): Fixture {
  return makeExtraction(text, (id) => [makeEvent(text, id, { sentence, ...STRIKE, ...overrides })], { publisher });
}

/** Three reports of one strike (two agree on the perpetrator, one names Gondor), and three look-alikes that are not it. */
export function strikeFixtures() {
  return {
    a: report("Mordor jets bombed Osgiliath on Tuesday, killing 12, the White Tower Monitor said.", "The Gondor Times",
      "Mordor jets bombed Osgiliath", { fatalities: { low: 12, best: 12, high: 12 }, attributed_to: ["White Tower Monitor"] }),
    b: report("At least 15 people died when Mordor aircraft struck osgiliath on 16 August.", "Minas Herald",
      "Mordor aircraft struck osgiliath", { fatalities: { low: 15, best: 15, high: null }, attributed_to: [],
        location: { ...OSGILIATH, name: "osgiliath", latitude: 36.21, longitude: 37.17 } }),
    c: report("Gondor's air force hit Osgiliath on Tuesday, 20 were killed, rangers said.", "Pelargir Post",
      "Gondor's air force hit Osgiliath", { actor1: "Military Forces of Gondor (2000-)", inter1: 1, fatalities: { low: 20, best: 20, high: 20 }, attributed_to: ["Rangers"] }),
    protest: report("Hundreds protested in Osgiliath on Tuesday against the war.", "The Gondor Times",
      "Hundreds protested in Osgiliath", { event_type: "Protests", sub_event_type: "Peaceful protest", actor1: "Protesters (Gondor)", inter1: 6, actor2: null, inter2: null, interaction: 60, fatalities: { low: 0, best: 0, high: 0 } }),
    nextDay: report("Mordor jets bombed Osgiliath again on Wednesday, killing 3.", "Minas Herald",
      "Mordor jets bombed Osgiliath again", { event_date: "2016-08-17", fatalities: { low: 3, best: 3, high: 3 } }),
    farAway: report("Mordor jets bombed Bree on Tuesday.", "Minas Herald",
      "Mordor jets bombed Bree", { location: { ...OSGILIATH, name: "Bree", latitude: 38.0, longitude: 40.0 } }),
  };
}

/** The events with what depends on the clock (stored_at) left out, for comparing stores. */
export function comparable(events: readonly StoredEvent[]): unknown[] {
  return events.map(({ stored_at: _s, ...e }) => e);
}

export function runMergeSuite(backend: string, openFresh: () => Promise<Store>): void {
  describe(`store suite, merging: ${backend}`, () => {
    const opened: Store[] = [];
    const fresh = async (fixtures: Fixture[]) => {
      const store = await openFresh();
      opened.push(store);
      for (const f of fixtures) await store.saveExtraction(f.extraction, f.text);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });
    const idOf = (f: Fixture) => f.extraction.events[0].id;

    it("merges two reports of one strike into one event with both sources, and keeps look-alikes apart", async () => {
      const x = strikeFixtures();
      const store = await fresh([x.a, x.b, x.protest, x.nextDay, x.farAway]);
      const events = await store.findEvents();
      assert.equal(events.length, 4);
      const strike = await store.getEvent(idOf(x.a));
      assert.ok(strike);
      assert.equal(strike.id, [idOf(x.a), idOf(x.b)].sort()[0], "the incident id is the smallest report id");
      assert.deepEqual(strike.reports, [idOf(x.a), idOf(x.b)].sort());
      assert.deepEqual(new Set(strike.sources.map((s) => s.publisher)), new Set(["The Gondor Times", "Minas Herald"]));
      assert.deepEqual(strike.sources.map((s) => s.said?.fatalities.low).sort(), [12, 15]);
      assert.deepEqual(strike.fatalities, { low: 12, best: 12, high: 15 });
      assert.match(strike.location?.name ?? "", /^osgiliath$/i);
      assert.deepEqual(strike.confidence, { grade: "multiple sources", sources: 2, independent_sources: 2, perpetrator_contested: false,
        perpetrators: ["Military Forces of Mordor (2000-)"] });
      assert.equal(strike.disputes?.length, 1);
      assert.match(strike.disputes?.[0] ?? "", /^fatalities: .*12 \(The Gondor Times, citing White Tower Monitor\)/);
      assert.match(strike.disputes?.[0] ?? "", /15 \(Minas Herald\)/);
      assert.equal((await store.getEvent(idOf(x.b)))?.id, strike.id, "a merged report's id resolves to the incident");
      assert.equal((await store.counts()).events, 4);
    });

    it("grades a strike whose perpetrator sources dispute as contested, and filters on the grade", async () => {
      const x = strikeFixtures();
      const store = await fresh([x.a, x.b, x.c, x.protest]);
      const strike = await store.getEvent(idOf(x.c));
      assert.equal(strike?.confidence?.grade, "contested");
      assert.deepEqual(strike?.confidence?.perpetrators, ["Military Forces of Gondor (2000-)", "Military Forces of Mordor (2000-)"]);
      assert.equal(strike?.actor1, "Military Forces of Mordor (2000-)", "two sources against one");
      assert.match(strike?.disputes?.[0] ?? "", /^perpetrator: /);
      assert.deepEqual((await store.findEvents({ grade: "contested" })).map((e) => e.id), [strike?.id]);
      assert.deepEqual((await store.findEvents({ grade: "single source" })).map((e) => e.event_type), ["Protests"]);
    });

    it("counts a wire story republished by two outlets as one independent source", async () => {
      const x = strikeFixtures();
      const copy = report("Mordor jets bombed Osgiliath on Tuesday, killing 12, the White Tower Monitor said. (Reprinted)", "Dol Amroth Daily",
        "Mordor jets bombed Osgiliath", { fatalities: { low: 12, best: 12, high: 12 }, attributed_to: [] });
      const store = await fresh([x.a, copy]);
      const [strike] = await store.findEvents();
      assert.deepEqual([strike.confidence?.sources, strike.confidence?.independent_sources, strike.confidence?.grade], [2, 1, "single source"]);
    });

    it("gives the same events whatever order the documents come in, and re-ingesting changes nothing", async () => {
      const x = strikeFixtures();
      const all = [x.a, x.b, x.c, x.protest, x.nextDay, x.farAway];
      const expected = comparable(await (await fresh(all)).findEvents());
      for (const order of [[5, 4, 3, 2, 1, 0], [2, 0, 4, 1, 5, 3], [1, 2, 0, 3, 4, 5]]) {
        const store = await fresh(order.map((i) => all[i]));
        assert.deepEqual(comparable(await store.findEvents()), expected, `order ${order.join(",")}`);
        for (const f of all) await store.saveExtraction(f.extraction, f.text);
        assert.deepEqual(comparable(await store.findEvents()), expected, "after re-ingesting");
      }
    });

    it("keeps analysts' corrections (who, when, why) through later documents: set, split and merge", async () => {
      const x = strikeFixtures();
      const store = await fresh([x.a, x.c]);
      const merged = await store.getEvent(idOf(x.a));
      assert.equal(merged?.reports?.length, 2);
      const split = await store.addCorrection({ kind: "split", event: idOf(x.a), reports: [idOf(x.c)], author: "ana", reason: "Gondor's strike was another raid" });
      assert.deepEqual(split?.reports, [idOf(x.a)]);
      assert.deepEqual((await store.getEvent(idOf(x.c)))?.reports, [idOf(x.c)]);
      const set = await store.addCorrection({ kind: "set", event: idOf(x.a), changes: { fatalities: { low: 11 } }, author: "ben", reason: "hospital list" });
      assert.equal(set?.fatalities.low, 11);
      await store.saveExtraction(x.b.extraction, x.b.text);
      const later = await store.getEvent(idOf(x.a));
      assert.deepEqual(later?.reports, [idOf(x.a), idOf(x.b)].sort(), "a new report still joins");
      assert.equal(later?.fatalities.low, 11, "the correction survives");
      assert.deepEqual(later?.corrections?.map((c) => [c.kind, c.author, c.reason]), [["split", "ana", "Gondor's strike was another raid"], ["set", "ben", "hospital list"]]);
      assert.match(later?.corrections?.[0].created_at ?? "", /^\d{4}-\d{2}-\d{2}T/);
      assert.equal((await store.getEvent(idOf(x.c)))?.reports?.length, 1, "the split survives");
      const hand = await store.addCorrection({ kind: "merge", event: idOf(x.c), other: idOf(x.a), author: "ana", reason: "same raid after all" });
      assert.equal(hand?.reports?.length, 2, "a split pair stays apart even when merged by hand; the cannot-link wins");
      assert.equal((await store.listCorrections()).length, 3);
      await assert.rejects(store.addCorrection({ kind: "set", event: "nope", changes: { actor1: "x" }, author: "a", reason: "r" }), /no event with id 'nope'/);
      await assert.rejects(store.addCorrection({ kind: "set", event: idOf(x.a), changes: { event_date: "Tuesday" }, author: "a", reason: "r" }), /event_date must be a date/);
    });

    it("merges two events by hand, and the merge survives later documents", async () => {
      const x = strikeFixtures();
      const store = await fresh([x.a, x.nextDay]);
      const merged = await store.addCorrection({ kind: "merge", event: idOf(x.a), other: idOf(x.nextDay), author: "ana", reason: "one overnight raid" });
      assert.deepEqual(merged?.reports, [idOf(x.a), idOf(x.nextDay)].sort());
      await store.saveExtraction(x.protest.extraction, x.protest.text);
      assert.equal((await store.findEvents()).length, 2);
      assert.equal((await store.getEvent(idOf(x.nextDay)))?.id, merged?.id);
    });

    it("lists figures of a measure at a place with their documents", async () => {
      const x = strikeFixtures();
      const store = await fresh([x.a]);
      const figures = await store.findFigures({ measure: "killed" });
      assert.equal(figures.length, 1);
      assert.deepEqual([figures[0].value, figures[0].publisher, figures[0].published], [4, "The Gondor Times", "2016-08-18"]);
      assert.deepEqual(await store.findFigures({ measure: "besieged" }), []);
    });
  });
}
