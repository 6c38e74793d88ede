// The places stage on sentences written for these tests, in an invented world (Arnor, Gondor and
// their towns) so that no rule can pass by knowing the real one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createGazetteer } from "../../gazetteer/gazetteer.js";
import { packGazetteerData, type PlaceRecord } from "../../gazetteer/gazetteer-data.js";
import { createEmptyPlaceLexicon } from "../../gazetteer/place-lexicon.js";
import { findSentences } from "../02-sentences/find-sentences.js";
import { findPlaceMentions } from "./find-places.js";

const place = (id: string, name: string, country: string, feature: string, population: number, latitude: number, longitude: number, alternates: string[] = []): PlaceRecord =>
  ({ id, name, country, feature, population, latitude, longitude, admin1: "", alternates });

const gazetteer = createGazetteer(packGazetteerData([
  place("iso3166:AR", "Arnor", "AR", "PCLI", 2_000_000, 50, 10, ["أرنور"]),
  place("iso3166:GO", "Gondor", "GO", "PCLI", 5_000_000, 40, 20),
  place("t:1", "Minas Tirith", "GO", "PPLC", 900_000, 40.1, 20.1),
  place("t:2", "Annuminas", "AR", "PPLC", 300_000, 50.2, 10.2),
  place("t:3", "Bree", "AR", "PPL", 4_000, 50.5, 10.5),
  place("t:4", "Bree", "GO", "PPL", 90_000, 40.5, 20.5),
  place("t:5", "Az Zarbah", "AR", "PPL", 2_000, 50.3, 10.3),
  place("t:6", "Pelargir", "GO", "PPL", 50_000, 39.5, 20.6),
  place("t:7", "Dol", "AR", "PPL", 300, 50.9, 10.9),
  place("t:8", "Baggins", "GO", "PPL", 30_000, 39.9, 20.9),
  place("t:9", "Thengel", "AR", "PPL", 5_000, 50.1, 10.1),
]), createEmptyPlaceLexicon({ stopWords: new Set(["the", "most"]), givenNames: new Set(["Aragorn", "Bilbo"]) }));

const find = (text: string, options = {}) => findPlaceMentions(text, findSentences(text), gazetteer, options);
const only = (text: string, name: string, options = {}) => {
  const hit = find(text, options).find((p) => p.name === name);
  assert.ok(hit, `${name} not found in: ${text}`);
  return hit;
};

const RESOLVE: [string, string, string, string | null][] = [
  ["a capital", "Fighting was reported in Minas Tirith on Monday.", "Minas Tirith", "GO"],
  ["a village in two countries, the document's country wins", "Troops left Annuminas and shelled Bree.", "Bree", "AR"],
  ["the same village, bigger one without context", "They met in Bree.", "Bree", "GO"],
  ["spelling variant of the article form", "The army reached the outskirts of Al-Zarbah.", "Al-Zarbah", "AR"],
  ["Arabic script", "قصف في أرنور", "أرنور", "AR"],
];

test("findPlaceMentions resolves names with context", () => {
  for (const [label, text, name, country] of RESOLVE) assert.equal(only(text, name).country, country, label);
});

test("the user's country bias decides an ambiguous village", () => {
  assert.equal(only("They met in Bree.", "Bree", { country: "AR" }).country, "AR");
});

test("names the gazetteer lacks are kept unresolved", () => {
  const text = "Rebels seized villages including Dol Amroth, Edhellond and Linhir near Pelargir.";
  const names = find(text).filter((p) => !p.resolved).map((p) => p.name);
  assert.deepEqual(names, ["Dol Amroth", "Edhellond", "Linhir"]);
});

test("capitals acting as governments are metonyms, places where things happen are not", () => {
  assert.equal(only("Minas Tirith said it would respond.", "Minas Tirith").role, "metonym");
  assert.equal(only("Arnor and Gondor have agreed a truce.", "Arnor").role, "metonym");
  assert.equal(only("A bomb exploded in Minas Tirith.", "Minas Tirith").role, "location");
});

test("geo precision: the town, near it, a region", () => {
  assert.equal(only("A shell hit Pelargir.", "Pelargir").geo_precision, 1);
  assert.equal(only("Clashes on the outskirts of Pelargir.", "Pelargir").geo_precision, 2);
  assert.equal(only("Shelling in Gondor.", "Gondor").geo_precision, 3);
});

test("a surname after a given name is not a place", () => {
  assert.equal(find("Aragorn Bree spoke to reporters.").some((p) => p.name === "Bree"), false);
});

test("evidence is the exact slice of the text, with the sentence index", () => {
  const text = "Quiet day. Then a strike on Pelargir killed two.";
  for (const p of find(text)) {
    assert.equal(text.slice(p.evidence.start, p.evidence.end), p.evidence.text);
    assert.equal(p.sentence, 1);
  }
});

test("a cue phrase takes the whole capitalised run even when its first word is a small place", () => {
  const hit = only("Troops entered the town of Dol Guldur at dawn.", "Dol Guldur");
  assert.equal(hit.resolved, false);
  assert.equal(find("Troops entered the town of Dol Guldur at dawn.").some((p) => p.name === "Dol"), false);
});

const PEOPLE: [string, string, string][] = [
  ["after a title", "President Thengel visited the troops in Pelargir.", "Thengel"],
  ["a surname named earlier with a given name", "Bilbo Baggins arrived on Monday. Later, Baggins left for Pelargir.", "Baggins"],
  ["a small place followed by a verb of speech", "Thengel said the shelling had stopped.", "Thengel"],
  ["a small place as the subject of reported speech", "The envoy said Baggins was wrong about Pelargir.", "Baggins"],
];
test("people who share a name with a town are not places", () => {
  for (const [label, text, name] of PEOPLE) {
    const names = find(text).map((p) => p.name);
    assert.equal(names.includes(name), false, `${label}: ${names.join(", ")}`);
    assert.equal(names.includes("Pelargir") || !text.includes("Pelargir"), true, `${label}: the place is kept`);
  }
});

test("a news organisation named like a place is a source, not a place; the place itself still is one", () => {
  const withOutlets = createGazetteer(packGazetteerData([
    place("t:20", "Al Dunwold", "AR", "ADM1", 1_500_000, 50.4, 10.4),
    place("t:21", "Bree", "AR", "PPL", 4_000, 50.5, 10.5),
  ]), createEmptyPlaceLexicon({ stopWords: new Set(["the", "monday"]), newsOutlets: new Set(["al dunwold"]) }));
  const names = (text: string) => findPlaceMentions(text, findSentences(text), withOutlets, {}).map((p) => p.name);
  const rows: [label: string, text: string, expected: string[]][] = [
    ["the outlet after a speech verb", "Riders raided a farm in Bree on Monday, Al Dunwold reported.", ["Bree"]],
    ["the outlet told", "A guard in Bree told Al Dunwold the farm burned.", ["Bree"]],
    ["the province of the same name, with a locative cue", "Riders raided villages across Al Dunwold province.", ["Al Dunwold"]],
  ];
  for (const [label, text, expected] of rows) {
    const found = names(text);
    for (const name of expected) assert.ok(found.includes(name), `${label}: ${name} missing from ${found.join(", ")}`);
    if (!expected.includes("Al Dunwold")) assert.ok(!found.includes("Al Dunwold"), `${label}: the outlet came out as a place`);
  }
});
