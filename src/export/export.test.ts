import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { after, before, describe, it } from "node:test";
import { openStore, type Store, type StoredEvent } from "../store/store.js";
import { sampleFixtures } from "../store/extraction-fixtures.test.js";
import { toIsoNumeric, toAlpha3 } from "./country-codes.js";
import { toDisorderType } from "./disorder-type.js";
import { ACLED_COLUMNS, guardFormula, toAcledCsv } from "./to-acled-csv.js";
import { createGeoJsonWriter } from "./to-geojson.js";
import { toJsonl } from "./to-jsonl.js";

let store: Store;
let events: StoredEvent[];
before(async () => {
  store = await openStore(":memory:");
  for (const f of sampleFixtures()) await store.saveExtraction(f.extraction, f.text);
  events = await store.findEvents();
});
after(() => store.close());

const DOMAIN_ORDER = "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp";

describe("acled-csv", () => {
  it("has ACLED's 31 columns in ACLED's order", () => {
    assert.equal(ACLED_COLUMNS.length, 31);
    const header = toAcledCsv([], { header: true }).trim();
    assert.equal(header, DOMAIN_ORDER.replace(/, /g, ","));
  });

  it("writes one row per event that reads back by header name", () => {
    const rows = parse(toAcledCsv(events, { header: true }), { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, 3);
    const [clash, protest, strike] = rows;
    assert.equal(clash.event_date, "2016-08-16");
    assert.equal(clash.year, "2016");
    assert.equal(clash.disorder_type, "Political violence");
    assert.equal(clash.fatalities, "3", "the low figure");
    assert.equal(clash.iso, "760");
    assert.match(clash.event_id_cnty, /^SYR/);
    assert.equal(clash.source, "The Gondor Times");
    assert.equal(clash.notes, "Gondor troops clashed with rangers in Osgiliath");
    assert.match(clash.timestamp, /^\d{10}$/);
    assert.equal(protest.disorder_type, "Demonstrations");
    assert.equal(protest.iso, "422", "from the country name when the location has no code");
    assert.equal(protest.latitude, "");
    assert.equal(strike.assoc_actor_1, "Eagles of the Misty Mountains");
    assert.equal(strike.fatalities, "0");
    assert.match(strike.tags, /fatalities not reported/);
  });

  it("guards cells against formula injection, but not numbers", () => {
    const rows = parse(toAcledCsv(events, { header: true }), { columns: true }) as Record<string, string>[];
    assert.equal(rows[2].source, `'=HYPERLINK("http://evil")`);
    assert.equal(rows[2].notes, "Eagles of Rohan struck");
    for (const [value, expected] of [["=1+1", "'=1+1"], ["+1", "'+1"], ["-2", "'-2"], ["@SUM(A1)", "'@SUM(A1)"], ["\tx", "'\tx"], ["a=b", "a=b"], [-33.9, -33.9]] as const) {
      assert.equal(guardFormula(value), expected);
    }
  });

  for (const [eventType, subEventType, expected] of [
    ["Battles", "Armed clash", "Political violence"],
    ["Explosions/Remote violence", "Air/drone strike", "Political violence"],
    ["Violence against civilians", "Attack", "Political violence"],
    ["Protests", "Peaceful protest", "Demonstrations"],
    ["Protests", "Excessive force against protesters", "Political violence; Demonstrations"],
    ["Riots", "Violent demonstration", "Demonstrations"],
    ["Riots", "Mob violence", "Political violence; Demonstrations"],
    ["Strategic developments", "Agreement", "Strategic developments"],
  ] as const) {
    it(`disorder_type: ${subEventType}`, () => assert.equal(toDisorderType({ event_type: eventType, sub_event_type: subEventType }), expected));
  }

  for (const [country, numeric, alpha3] of [["SY", 760, "SYR"], ["Syria", 760, "SYR"], ["Russia", 643, "RUS"], ["Lebanon", 422, "LBN"], ["Gondor", null, null], [null, null, null]] as const) {
    it(`country codes: ${country}`, () => {
      assert.equal(toIsoNumeric(country), numeric);
      assert.equal(toAlpha3(country), alpha3);
    });
  }
});

describe("geojson", () => {
  it("is an RFC 7946 FeatureCollection of points, leaving out events without coordinates", () => {
    let out = "";
    const writer = createGeoJsonWriter((chunk) => { out += chunk; });
    writer.add(events.slice(0, 2));
    writer.add(events.slice(2));
    assert.deepEqual(writer.end(), { written: 2, skipped: 1 });
    const collection = JSON.parse(out);
    assert.equal(collection.type, "FeatureCollection");
    assert.equal(collection.features.length, 2);
    for (const feature of collection.features) {
      assert.equal(feature.type, "Feature");
      assert.equal(feature.geometry.type, "Point");
      const [lon, lat] = feature.geometry.coordinates;
      assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
      assert.equal(typeof feature.properties, "object");
      assert.ok(typeof feature.id === "string");
    }
    assert.deepEqual(collection.features[0].geometry.coordinates, [37.16, 36.2], "longitude first");
    assert.ok(!("crs" in collection), "RFC 7946 has no crs member");
  });

  it("is valid JSON when empty", () => {
    let out = "";
    const writer = createGeoJsonWriter((chunk) => { out += chunk; });
    writer.end();
    assert.deepEqual(JSON.parse(out), { type: "FeatureCollection", features: [] });
  });
});

describe("jsonl", () => {
  it("writes each stored event with its sources, one per line", () => {
    const lines = toJsonl(events).trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.equal(lines[0].event_type, "Battles");
    assert.equal(lines[0].sources[0].publisher, "The Gondor Times");
    assert.deepEqual(lines[0].fatalities, { low: 3, best: 4, high: 5 });
  });
});
