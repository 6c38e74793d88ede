// GET /api/actors and /api/places over the invented world of the server fixtures: every actor and place of the
// filtered events, with counts, most first; the events' filter applies and its errors are the one error shape.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Hono } from "hono";
import type { Store } from "../store/store.js";
import { createTestApp, getJson } from "./server-fixtures.test.js";

let app: Hono;
let store: Store;
before(async () => ({ app, store } = await createTestApp()));
after(async () => store.close());

describe("GET /api/actors", () => {
  const rows: [label: string, query: string, expected: [string, number, number, number][]][] = [
    ["every actor, most events first", "?since=2016-08-01", [
      ["Civilians (Gondor)", 1, 0, 1], ["Military Forces of Gondor (2000-)", 1, 1, 0], ["Orcs of Mordor", 1, 1, 0], ["Protesters (Eriador)", 1, 1, 0],
      ["Rangers of Arnor", 1, 0, 1]]],
    ["one type", "?type=protests", [["Protesters (Eriador)", 1, 1, 0]]],
    ["nothing matches", "?actor=dragons", []],
  ];
  for (const [label, query, expected] of rows) {
    it(label, async () => {
      const { status, body } = await getJson(app, `/api/actors${query}`);
      assert.equal(status, 200, JSON.stringify(body));
      const actors = body.actors as { name: string; events: number; as_actor1: number; as_actor2: number }[];
      assert.deepEqual(actors.map((a) => [a.name, a.events, a.as_actor1, a.as_actor2]), expected);
    });
  }
});

describe("GET /api/places", () => {
  it("gives every place with its point, whether it was found, and its events by type", async () => {
    const { status, body } = await getJson(app, "/api/places?type=Explosions/Remote%20violence");
    assert.equal(status, 200);
    assert.equal(body.events, 2);
    assert.deepEqual(body.places, [
      { name: "Minas Tirith", latitude: 34.8, longitude: 36.1, resolved: true, events: 1, event_types: { "Explosions/Remote violence": 1 } },
      { name: "Ḥumayra", latitude: 36.3, longitude: 37.3, resolved: true, events: 1, event_types: { "Explosions/Remote violence": 1 } },
    ]);
  });

  it("keeps a place the gazetteer lacked, without a point", async () => {
    const { body } = await getJson(app, "/api/places?place=bree");
    assert.deepEqual((body.places as { name: string; latitude: null; resolved: boolean }[]).map((p) => [p.name, p.latitude, p.resolved]), [["Bree", null, false]]);
  });
});

describe("the lists as CSV and GeoJSON", () => {
  it("gives the actors as CSV, with the filter applied", async () => {
    const response = await app.request("/api/actors.csv?type=protests");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("Content-Type") ?? "", /^text\/csv/);
    assert.deepEqual((await response.text()).trim().split("\n"), ["actor,events,as_actor1,as_actor2", "Protesters (Eriador),1,1,0"]);
  });

  it("gives the places as CSV, a place without a point included", async () => {
    const lines = (await (await app.request("/api/places.csv?place=bree")).text()).trim().split("\n");
    assert.deepEqual(lines, ["place,latitude,longitude,resolved,events,event_types", "Bree,,,false,1,Protests: 1"]);
  });

  it("gives the places with a point as GeoJSON", async () => {
    const response = await app.request("/api/places.geojson");
    assert.match(response.headers.get("Content-Type") ?? "", /^application\/geo\+json/);
    const collection = (await response.json()) as { type: string; features: { geometry: { coordinates: number[] }; properties: { name: string } }[] };
    assert.equal(collection.type, "FeatureCollection");
    assert.deepEqual(collection.features.map((f) => f.properties.name).sort(), ["Minas Tirith", "Osgiliath", "Ḥumayra"]);
    const tirith = collection.features.find((f) => f.properties.name === "Minas Tirith");
    assert.deepEqual(tirith?.geometry.coordinates, [36.1, 34.8], "longitude first (RFC 7946)");
  });
});

describe("the lists' errors", () => {
  for (const [path, message] of [["/api/actors?limit=5", /'limit' does not apply/], ["/api/places?since=soon", /since must be a date/],
    ["/api/places?colour=red", /unknown parameter 'colour'/], ["/api/places.geojson?limit=3", /'limit' does not apply/]] as const) {
    it(`${path} is a 400`, async () => {
      const { status, body } = await getJson(app, path);
      assert.deepEqual([status, body.ok, body.status], [400, false, 400]);
      assert.match(String(body.error), message);
    });
  }
});
