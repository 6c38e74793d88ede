import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import { ACLED_COLUMNS } from "../export/to-acled-csv.js";
import type { Store, StoredEvent } from "../store/store.js";
import { allFixtures, createTestApp, getJson } from "./server-fixtures.test.js";

let app: Hono;
let store: Store;
before(async () => ({ app, store } = await createTestApp()));
after(async () => store.close());

const places = (body: Record<string, unknown>) => (body.events as StoredEvent[]).map((e) => e.location?.name);

describe("GET /api/events", () => {
  it("lists every event with its total, facets, timeline and a sentence saying what was filtered", async () => {
    const { status, body } = await getJson(app, "/api/events");
    assert.equal(status, 200);
    assert.equal(body.ok, true);
    assert.equal(body.total, 4);
    assert.equal(body.filter, "All events");
    assert.deepEqual(places(body), ["Osgiliath", "Minas Tirith", "Bree", "Ḥumayra"]);
    const facets = body.facets as Record<string, Record<string, number>>;
    assert.deepEqual(facets.event_type, { "Explosions/Remote violence": 2, "Battles": 1, "Protests": 1 });
    assert.deepEqual(facets.country, { Syria: 3, Lebanon: 1 });
    assert.deepEqual(body.timeline, [{ date: "2016-08-16", count: 1 }, { date: "2016-08-20", count: 1 }, { date: "2016-09-01", count: 1 }]);
  });

  const rows: [string, string, string[], string?][] = [
    ["type, any case", "type=battles", ["Osgiliath"], "Battles events"],
    ["sub-type", "sub_type=Air/drone%20strike", ["Ḥumayra"]],
    ["type and sub-type", "type=Explosions/Remote%20violence&sub_type=Shelling/artillery/missile%20attack", ["Minas Tirith"]],
    ["an associated actor", "actor=misty", ["Ḥumayra"], "All events involving an actor matching 'misty'"],
    ["place without accents", "place=humayra", ["Ḥumayra"]],
    ["near, with a radius", "near=36.2,37.16&km=20", ["Osgiliath", "Ḥumayra"]],
    ["near, a smaller radius", "near=36.2,37.16&km=5", ["Osgiliath"], "All events within 5 km of 36.2, 37.16"],
    ["bbox", "bbox=36,34,36.5,35", ["Minas Tirith"]],
    ["since", "since=2016-08-17", ["Minas Tirith", "Bree"], "All events on or after 2016-08-17"],
    ["since and until", "since=2016-08-01&until=2016-08-31", ["Osgiliath", "Minas Tirith"], "All events from 2016-08-01 to 2016-08-31"],
    ["text in the evidence", "q=shelled", ["Minas Tirith"], "All events mentioning 'shelled'"],
    ["every word must match", "q=gondor%20osgiliath", ["Osgiliath"]],
    ["paging", "limit=2&offset=1", ["Minas Tirith", "Bree"]],
    ["a grade", "grade=single%20source&type=protests", ["Bree"], "Protests events graded 'single source'"],
    ["a grade nobody has", "grade=contested", []],
    ["sorted, descending", "sort=-event_date", ["Bree", "Minas Tirith", "Osgiliath", "Ḥumayra"]],
    ["sorted by place", "sort=location", ["Bree", "Minas Tirith", "Osgiliath", "Ḥumayra"]],
  ];
  for (const [label, query, expected, sentence] of rows) {
    it(`filters: ${label}`, async () => {
      const { status, body } = await getJson(app, `/api/events?${query}`);
      assert.equal(status, 200, JSON.stringify(body));
      assert.deepEqual(places(body), expected);
      if (sentence) assert.equal(body.filter, sentence);
    });
  }

  it("counts the total and facets over the whole filter, not the page", async () => {
    const { body } = await getJson(app, "/api/events?type=Explosions/Remote%20violence&limit=1");
    assert.equal((body.events as unknown[]).length, 1);
    assert.equal(body.total, 2);
    assert.deepEqual((body.facets as Record<string, object>).sub_event_type, { "Air/drone strike": 1, "Shelling/artillery/missile attack": 1 });
  });
});

describe("GET /api/events: bad parameters are a 400 that says what was expected", () => {
  const rows: [string, string, RegExp | string][] = [
    ["a date in words", "since=yesterday", "since must be a date like 2016-08-18, got 'yesterday'"],
    ["an impossible date", "until=2016-02-30", "until must be a date like 2016-08-18, got '2016-02-30'"],
    ["since after until", "since=2016-09-01&until=2016-08-01", /since \(2016-09-01\) must not be after until/],
    ["an unknown type", "type=Skirmish", /type must be one of 'Battles'.*got 'Skirmish'/],
    ["a zero limit", "limit=0", /limit must be a whole number from 1 to 10000, got '0'/],
    ["a huge limit", "limit=99999999", /limit must be a whole number from 1 to 10000/],
    ["a negative offset", "offset=-1", /offset must be a whole number from 0 up, got '-1'/],
    ["near not a pair", "near=Osgiliath", /near must be LAT,LON like 36.2,37.16, got 'Osgiliath'/],
    ["near out of range", "near=91,0", /near must lie within/],
    ["km without near", "km=5", "km needs near=LAT,LON"],
    ["bbox with three numbers", "bbox=1,2,3", /bbox must be WEST,SOUTH,EAST,NORTH/],
    ["bbox upside down", "bbox=0,10,1,5", /south <= north/],
    ["an unknown sort", "sort=fatalities;drop", /sort must be one of/],
    ["an unknown grade", "grade=certain", /grade must be one of 'single source', 'multiple sources', 'contested'; got 'certain'/],
    ["a misspelt parameter", "tpye=Battles", /unknown parameter 'tpye'; known: type, sub_type/],
  ];
  for (const [label, query, message] of rows) {
    it(label, async () => {
      const { status, body } = await getJson(app, `/api/events?${query}`);
      assert.equal(status, 400);
      assert.deepEqual(Object.keys(body).sort(), ["error", "ok", "status"]);
      assert.equal(body.ok, false);
      assert.equal(body.status, 400);
      if (typeof message === "string") assert.equal(body.error, message);
      else assert.match(body.error as string, message);
    });
  }
});

describe("SQL injection strings are harmless in every filter", () => {
  const attacks = ["' OR '1'='1", "x'); DROP TABLE events; --", "%", "_", "\\", "\" OR 1=1 --", "Osgiliath' --", "%' UNION SELECT * FROM documents --"];
  const textParams = ["actor", "place", "q"];
  const checkedParams = ["type", "sub_type", "since", "until", "near", "km", "bbox", "limit", "offset", "sort"];
  for (const attack of attacks) {
    it(`'${attack}'`, async () => {
      for (const param of textParams) {
        const { status, body } = await getJson(app, `/api/events?${param}=${encodeURIComponent(attack)}`);
        assert.equal(status, 200, `${param}: ${JSON.stringify(body)}`);
        assert.equal(body.total, 0, `${param}=${attack} matched events`);
      }
      for (const param of checkedParams) {
        const { status, body } = await getJson(app, `/api/events?${param}=${encodeURIComponent(attack)}`);
        assert.equal(status, 400, `${param}: ${JSON.stringify(body)}`);
      }
      const id = await app.request(`/api/events/${encodeURIComponent(attack)}`);
      assert.equal(id.status, 404);
      assert.equal((await store.counts()).events, 4);
    });
  }
});

describe("GET /api/events/:id", () => {
  it("returns the event with its sources and evidence spans", async () => {
    const original = allFixtures()[0];
    const { status, body } = await getJson(app, `/api/events/${encodeURIComponent(original.extraction.events[0].id)}`);
    assert.equal(status, 200);
    const event = body.event as StoredEvent;
    assert.equal(event.sub_event_type, "Armed clash");
    assert.equal(event.sources[0].document_id, original.extraction.document.id);
    assert.deepEqual(event.sources[0].evidence, original.extraction.events[0].evidence);
  });

  it("answers an unknown id with a 404 in the one error shape", async () => {
    const { status, body } = await getJson(app, "/api/events/no-such-event");
    assert.deepEqual([status, body], [404, { ok: false, error: "no event with id 'no-such-event'", status: 404 }]);
  });
});

describe("exports of the current filter", () => {
  it("GET /api/events.csv: ACLED's columns, one row per matching event, formulas defused", async () => {
    const response = await app.request("/api/events.csv?since=2016-08-01&until=2016-08-31");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("Content-Type") ?? "", /^text\/csv/);
    assert.match(response.headers.get("Content-Disposition") ?? "", /attachment; filename="sitrep-events.csv"/);
    const lines = (await response.text()).trim().split("\n");
    assert.equal(lines[0], ACLED_COLUMNS.join(","));
    assert.equal(lines.length, 3);
    assert.ok(lines[1].includes("Osgiliath") && lines[2].includes("Minas Tirith"));
    const all = await (await app.request("/api/events.csv")).text();
    assert.ok(all.includes("'=HYPERLINK"), "a formula-like publisher gets an apostrophe");
  });

  it("GET /api/events.csv with nothing matching still has the header", async () => {
    const text = await (await app.request("/api/events.csv?q=nothing-matches-this")).text();
    assert.equal(text.trim(), ACLED_COLUMNS.join(","));
  });

  it("GET /api/events.geojson: located events as Point features", async () => {
    const response = await app.request("/api/events.geojson?type=Explosions/Remote%20violence");
    assert.match(response.headers.get("Content-Type") ?? "", /^application\/geo\+json/);
    const collection = (await response.json()) as { type: string; features: { geometry: { coordinates: number[] } }[] };
    assert.equal(collection.type, "FeatureCollection");
    assert.deepEqual(collection.features.map((f) => f.geometry.coordinates), [[36.1, 34.8], [37.3, 36.3]]);
    const everything = (await (await app.request("/api/events.geojson")).json()) as { features: unknown[] };
    assert.equal(everything.features.length, 3, "Bree has no coordinates");
  });

  it("checks the filter before streaming", async () => {
    const { status, body } = await getJson(app, "/api/events.csv?since=yesterday");
    assert.deepEqual([status, body.error], [400, "since must be a date like 2016-08-18, got 'yesterday'"]);
  });
});
