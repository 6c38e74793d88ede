import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import type { Store } from "../store/store.js";
import { createTestApp, getJson } from "./server-fixtures.test.js";

let app: Hono;
let store: Store;
before(async () => ({ app, store } = await createTestApp()));
after(async () => store.close());

const SUMMARY_KEYS = ["actor1", "actor2", "event_date", "event_type", "fatalities", "id", "location", "sub_event_type"];

describe("GET /api/events?summary=1", () => {
  it("gives each event's map and table fields only, in the same order, with the same total, facets and timeline", async () => {
    const full = (await getJson(app, "/api/events?type=Explosions/Remote%20violence")).body;
    const { status, body } = await getJson(app, "/api/events?type=Explosions/Remote%20violence&summary=1");
    assert.equal(status, 200);
    const events = body.events as Record<string, unknown>[];
    assert.deepEqual(events.map((e) => e.id), (full.events as { id: string }[]).map((e) => e.id));
    for (const event of events) assert.deepEqual(Object.keys(event).sort(), SUMMARY_KEYS);
    assert.deepEqual(events[0], {
      id: events[0].id, event_type: "Explosions/Remote violence", sub_event_type: "Shelling/artillery/missile attack", event_date: "2016-08-20",
      actor1: "Orcs of Mordor", actor2: "Civilians (Gondor)",
      location: { name: "Minas Tirith", latitude: 34.8, longitude: 36.1, resolved: true }, fatalities: { low: 2 },
    });
    assert.deepEqual([body.total, body.facets, body.timeline, body.filter], [full.total, full.facets, full.timeline, full.filter]);
  });

  it("keeps an event without a place as location null", async () => {
    const { body } = await getJson(app, "/api/events?summary=true&place=bree");
    assert.deepEqual((body.events as { location: unknown }[]).map((e) => e.location), [{ name: "Bree", latitude: null, longitude: null, resolved: false }]);
  });

  const flags: [string, boolean][] = [["0", false], ["false", false], ["", false], ["1", true], ["true", true]];
  for (const [value, summarised] of flags) {
    it(`summary=${value} ${summarised ? "summarises" : "gives whole events"}`, async () => {
      const { status, body } = await getJson(app, `/api/events?summary=${value}`);
      assert.equal(status, 200);
      assert.equal("sources" in (body.events as object[])[0], !summarised);
    });
  }

  it("refuses any other value, and the exports refuse the parameter", async () => {
    const { status, body } = await getJson(app, "/api/events?summary=yes");
    assert.deepEqual([status, body.error], [400, "summary must be 1 or 0 (true or false), got 'yes'"]);
    const csv = await getJson(app, "/api/events.csv?summary=1");
    assert.equal(csv.status, 400);
    assert.match(String(csv.body.error), /unknown parameter 'summary'/);
  });
});
