// The compact gazetteer: packing, the byte form, prefix keys, seats and representative points, on an invented world.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createGazetteer } from "./gazetteer.js";
import { fromGazetteerBytes, toGazetteerBytes } from "./gazetteer-binary.js";
import { GAZETTEER_DATA_VERSION, KEY_NAME, KEY_PREFIX, packGazetteerData, type PlaceRecord } from "./gazetteer-data.js";
import { normalizeName } from "./normalize-name.js";
import { representativePoint } from "./representative-point.js";
import type { PlaceMention } from "../types.js";

const place = (id: string, name: string, country: string, admin1: string, feature: string, population: number, latitude: number, longitude: number, alternates: string[] = []): PlaceRecord =>
  ({ id, name, country, admin1, feature, population, latitude, longitude, alternates });

// Country facts come from ISO tables, so the invented Gondor borrows a real code (AQ).
const RECORDS = [
  place("iso3166:AQ", "Gondor", "AQ", "", "PCLI", 5_000_000, 40, 20, ["غوندور"]),
  place("adm1:AQ.1", "Anorien", "AQ", "Anorien", "ADM1", 800_000, 41, 21),
  place("t:1", "Minas Tirith", "AQ", "Lebennin", "PPLC", 900_000, 40.1, 20.1),
  place("t:2", "Cair Andros", "AQ", "Anorien", "PPLA", 40_000, 41.2, 21.3),
  place("t:3", "Az Zarbah", "AQ", "Anorien", "PPL", 2_000, 41.4, 21.1),
];
const data = packGazetteerData(RECORDS);
const bytes = toGazetteerBytes(data);
const read = fromGazetteerBytes(bytes, GAZETTEER_DATA_VERSION);
assert.ok(read);

test("the byte form reads back the same gazetteer", () => {
  const a = createGazetteer(data);
  const b = createGazetteer(read);
  for (const name of ["Gondor", "Minas Tirith", "غوندور", "al-Zarba", "Cair Andros"]) assert.deepEqual(b.lookup(name), a.lookup(name), name);
  assert.equal(b.size, RECORDS.length);
});

test("bytes of another version or kind are refused, not misread", () => {
  assert.equal(fromGazetteerBytes(bytes, GAZETTEER_DATA_VERSION + 1), null);
  assert.equal(fromGazetteerBytes(new Uint8Array(40), GAZETTEER_DATA_VERSION), null);
});

const FLAGS: [string, string, number][] = [
  ["a one-word name", "Gondor", KEY_NAME],
  ["first word of a longer name", "Minas", KEY_PREFIX],
  ["a whole two-word name", "Minas Tirith", KEY_NAME],
  ["not a name at all", "Rohan", 0],
];
test("keyFlags marks names and the first words of longer names", () => {
  const g = createGazetteer(read);
  for (const [label, name, flags] of FLAGS) assert.equal(g.keyFlags(normalizeName(name)), flags, label);
});

test("a loose spelling finds a populated place inside its country only", () => {
  const g = createGazetteer(read);
  assert.equal(g.lookupLoose("Zirba", "AQ")[0]?.id, "t:3");
  assert.equal(g.lookupLoose("Zirba", "AR").length, 0);
});

const mention = (over: Partial<PlaceMention>): PlaceMention => ({
  name: "x", resolved: true, latitude: 1, longitude: 2, country: "AQ", admin1: null, feature: "populated place", gazetteer_id: null,
  population: 0, role: "location", geo_precision: 1, rule: "test", score: 1, sentence: 0, evidence: { start: 0, end: 1, text: "x" }, ...over,
});

const POINTS: [string, Partial<PlaceMention>, string | null][] = [
  ["a town stays where it is", { name: "Az Zarbah", latitude: 41.4, longitude: 21.1 }, "Az Zarbah"],
  ["a country is coded to its capital", { name: "Gondor", feature: "country", geo_precision: 3 }, "Minas Tirith"],
  ["a province is coded to its seat", { name: "Anorien", feature: "first-order administrative division", admin1: "Anorien", geo_precision: 3 }, "Cair Andros"],
  ["an unresolved place has no point", { resolved: false, latitude: null, longitude: null }, null],
];
test("representativePoint codes precision-3 areas to their capital or seat", () => {
  const g = createGazetteer(read);
  for (const [label, over, name] of POINTS) assert.equal(representativePoint(mention(over), g)?.name ?? null, name, label);
});
