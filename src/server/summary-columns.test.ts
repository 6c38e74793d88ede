// GET /api/events?columns=1 carries exactly what summary=1 does, as parallel arrays with repeated text coded.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import type { EventSummary, Store } from "../store/store.js";
import { createTestApp, getJson } from "./server-fixtures.test.js";
import type { SummaryColumns } from "./summary-columns.js";

let app: Hono;
let store: Store;
before(async () => ({ app, store } = await createTestApp()));
after(async () => store.close());

/** The page's own decoding (web/src/api.ts), restated: columns back to summaries. */
function decode(c: SummaryColumns): EventSummary[] {
  const text = (field: keyof SummaryColumns["codes"], i: number) => (c.codes[field][i] === -1 ? null : c.values[field][c.codes[field][i]]);
  return c.id.map((id, i) => {
    const name = text("location", i);
    return { id, event_type: text("event_type", i)!, sub_event_type: text("sub_event_type", i)!, event_date: text("event_date", i),
      actor1: text("actor1", i), actor2: text("actor2", i),
      location: name === null ? null : { name, latitude: c.latitude[i], longitude: c.longitude[i], resolved: c.resolved[i] === 1 },
      fatalities: { low: c.fatalities_low[i] } };
  });
}

describe("GET /api/events?columns=1", () => {
  for (const query of ["", "sort=-event_date", "type=Explosions/Remote%20violence", "place=bree"]) {
    it(`decodes to the summaries of '${query}', with the same counts`, async () => {
      const summaries = (await getJson(app, `/api/events?summary=1&${query}`)).body;
      const { status, body } = await getJson(app, `/api/events?columns=1&${query}`);
      assert.equal(status, 200);
      assert.equal("events" in body, false);
      const columns = body.columns as SummaryColumns;
      assert.equal(columns.count, (summaries.events as unknown[]).length);
      assert.deepEqual(decode(columns), summaries.events);
      assert.deepEqual([body.total, body.facets, body.timeline, body.filter], [summaries.total, summaries.facets, summaries.timeline, summaries.filter]);
    });
  }

  it("gives each repeated value once", async () => {
    const columns = (await getJson(app, "/api/events?columns=1")).body.columns as SummaryColumns;
    assert.equal(new Set(columns.values.event_date).size, columns.values.event_date.length);
    assert.ok(columns.codes.event_date.includes(-1), "an undated event is -1");
  });

  it("refuses a value other than 1 or 0", async () => {
    const { status, body } = await getJson(app, "/api/events?columns=all");
    assert.deepEqual([status, body.error], [400, "columns must be 1 or 0 (true or false), got 'all'"]);
  });
});
