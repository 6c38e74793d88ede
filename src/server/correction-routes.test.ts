// Analysts' corrections over HTTP: refused on a read-only server, token-guarded otherwise, checked at the boundary
// like `sitrep correct`, and visible at once on the event and in the lists.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { StoredCorrection, StoredEvent } from "../store/store.js";
import { allFixtures, createTestAppMaker, getJson } from "./server-fixtures.test.js";

const testApp = createTestAppMaker();

const [clash, strike] = allFixtures().map((f) => f.extraction.events[0].id);
const post = (body: unknown, token: string | null = "s3cret") => ({
  method: "POST", body: typeof body === "string" ? body : JSON.stringify(body),
  headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
});
const who = { by: "Analyst Ioreth", why: "the ranger's own report gives the toll" };

describe("POST /api/events/:id/corrections", () => {
  it("is refused by default: the server is read-only", async () => {
    const { status, body } = await getJson(await testApp(), `/api/events/${encodeURIComponent(clash)}/corrections`, post({ ...who, changes: { fatalities: 5 } }));
    assert.deepEqual([status, body.ok, body.status], [403, false, 403]);
    assert.match(String(body.error), /read-only/);
  });

  it("needs the bearer token", async () => {
    const app = await testApp({ allowIngest: true, token: "s3cret" });
    for (const token of [null, "wrong"]) {
      const { status, body } = await getJson(app, `/api/events/${encodeURIComponent(clash)}/corrections`, post({ ...who, changes: { fatalities: 5 } }, token));
      assert.deepEqual([status, body.ok], [401, false]);
    }
    assert.deepEqual((await getJson(app, "/api/corrections")).body.corrections, []);
  });

  it("sets fields, keeps who and why, and shows the corrected event at once", async () => {
    const app = await testApp({ allowIngest: true, token: "s3cret" });
    const { status, body } = await getJson(app, `/api/events/${encodeURIComponent(clash)}/corrections`,
      post({ ...who, changes: { fatalities: { low: 5, high: 7 }, actor2: "Rangers of Ithilien" } }));
    assert.equal(status, 201, JSON.stringify(body));
    const event = body.event as StoredEvent;
    assert.deepEqual([event.fatalities, event.actor2], [{ low: 5, best: 5, high: 7 }, "Rangers of Ithilien"]);
    assert.deepEqual(((await getJson(app, `/api/events/${encodeURIComponent(clash)}`)).body.event as StoredEvent).fatalities.low, 5);
    const listed = (await getJson(app, `/api/events/${encodeURIComponent(clash)}/corrections`)).body.corrections as StoredCorrection[];
    assert.deepEqual(listed.map((c) => [c.kind, c.author, c.reason]), [["set", who.by, who.why]]);
    const page = (await getJson(app, "/api/events?actor=ithilien")).body;
    assert.equal(page.total, 1, "the list reads the correction too");
  });

  it("merges two events into one, whose id still resolves from either", async () => {
    const app = await testApp({ allowIngest: true, token: "s3cret" });
    const { status, body } = await getJson(app, `/api/events/${encodeURIComponent(clash)}/corrections`, post({ ...who, kind: "merge", other: strike }));
    assert.equal(status, 201, JSON.stringify(body));
    const merged = body.event as StoredEvent;
    assert.deepEqual([...merged.reports].sort(), [clash, strike].sort());
    assert.equal(((await getJson(app, `/api/events/${encodeURIComponent(strike)}`)).body.event as StoredEvent).id, merged.id);
  });

  const bad: [label: string, id: string, body: unknown, status: number, message: RegExp][] = [
    ["no author", clash, { why: "x", changes: { fatalities: 1 } }, 400, /"by" is required/],
    ["no reason", clash, { by: "x", changes: { fatalities: 1 } }, 400, /"why" is required/],
    ["not JSON", clash, "fatalities=5", 400, /must be JSON/],
    ["no changes", clash, { ...who, changes: {} }, 400, /at least one field/],
    ["an unknown field", clash, { ...who, changes: { colour: "red" } }, 400, /cannot correct colour/],
    ["an unknown event type", clash, { ...who, changes: { event_type: "Picnics" } }, 400, /event_type must be one of/],
    ["a sub-type of another type", clash, { ...who, changes: { event_type: "Riots", sub_event_type: "Armed clash" } }, 400, /not a sub-event type of Riots/],
    ["a bad date", clash, { ...who, changes: { event_date: "last Tuesday" } }, 400, /event_date must be a date/],
    ["negative fatalities", clash, { ...who, changes: { fatalities: -2 } }, 400, /fatalities must be/],
    ["a place without its other coordinate", clash, { ...who, changes: { location: { name: "Cair Andros", latitude: 36 } } }, 400, /both latitude and longitude/],
    ["an unknown kind", clash, { ...who, kind: "delete" }, 400, /kind must be/],
    ["an unknown event", "no-such-event", { ...who, changes: { fatalities: 1 } }, 404, /no event with id 'no-such-event'/],
    ["a merge with an unknown event", clash, { ...who, kind: "merge", other: "nowhere" }, 404, /no event with id 'nowhere'/],
    ["a merge with itself", clash, { ...who, kind: "merge", other: clash }, 400, /already one event/],
    ["a split of every report", clash, { ...who, kind: "split", reports: [clash] }, 400, /some, but not all/],
    ["a split of another event's report", clash, { ...who, kind: "split", reports: [strike] }, 400, /not reports of event/],
  ];
  for (const [label, id, body, expected, message] of bad) {
    it(`refuses ${label} with a ${expected}, changing nothing`, async () => {
      const app = await testApp({ allowIngest: true, token: "s3cret" });
      const response = await getJson(app, `/api/events/${encodeURIComponent(id)}/corrections`, post(body));
      assert.deepEqual([response.status, response.body.ok, response.body.status], [expected, false, expected]);
      assert.match(String(response.body.error), message);
      assert.deepEqual((await getJson(app, "/api/corrections")).body.corrections, []);
    });
  }
});

describe("GET /api/events/:id/corrections", () => {
  it("answers an unknown event with a 404", async () => {
    const { status, body } = await getJson(await testApp(), "/api/events/nothing/corrections");
    assert.deepEqual([status, body], [404, { ok: false, error: "no event with id 'nothing'", status: 404 }]);
  });
});
