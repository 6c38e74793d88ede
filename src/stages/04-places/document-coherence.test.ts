// Finding and resolving places with the whole document as context, on sentences written for these tests
// in an invented world: a province of Eriador (Breeland) whose small towns have bigger namesakes
// abroad in Gondor and Rohan. One case per rule.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createGazetteer } from "../../gazetteer/gazetteer.js";
import { packGazetteerData, type PlaceRecord } from "../../gazetteer/gazetteer-data.js";
import { createEmptyPlaceLexicon } from "../../gazetteer/place-lexicon.js";
import { findSentences } from "../02-sentences/find-sentences.js";
import { findPlaceMentions } from "./find-places.js";

const place = (id: string, name: string, country: string, admin1: string, feature: string, population: number, latitude: number, longitude: number): PlaceRecord =>
  ({ id, name, country, admin1, feature, population, latitude, longitude, alternates: [] });

const gazetteer = createGazetteer(packGazetteerData([
  place("iso3166:ER", "Eriador", "ER", "", "PCLI", 3_000_000, 50, 10),
  place("iso3166:GO", "Gondor", "GO", "", "PCLI", 9_000_000, 30, 40),
  place("iso3166:RO", "Rohan", "RO", "", "PCLI", 1_000_000, 45, 25),
  place("a:1", "Breeland", "ER", "Breeland", "ADM1", 400_000, 50, 10),
  place("a:2", "Shire", "ER", "Shire", "ADM1", 600_000, 52, 5),
  // Small towns of Breeland, each with a bigger namesake in Gondor or the Shire.
  place("t:1", "Staddle", "ER", "Breeland", "PPL", 3_000, 50.1, 10.1),
  place("t:2", "Staddle", "GO", "Lebennin", "PPLA", 400_000, 30.5, 40.5),
  place("t:3", "Combe", "ER", "Breeland", "PPL", 2_000, 50.2, 10.0),
  place("t:4", "Combe", "RO", "Westfold", "PPL", 40_000, 45.1, 25.1),
  place("t:5", "Archet", "ER", "Breeland", "PPL", 1_500, 49.9, 10.2),
  place("t:6", "Archet", "GO", "Lebennin", "PPL", 90_000, 30.2, 40.1),
  place("t:7", "Gondor", "ER", "Breeland", "PPL", 800, 50.05, 10.05),
  place("t:8", "Tal", "GO", "Lebennin", "PPL", 30_000, 30.1, 40.3),
  place("t:9", "Pelargir", "GO", "Lebennin", "PPLA", 200_000, 30.3, 40.2),
  place("t:10", "Ferny", "ER", "Breeland", "PPL", 5_000, 50.3, 10.3),
  place("t:13", "Ferny", "RO", "Westfold", "PPL", 70_000, 45.3, 25.3),
  place("t:11", "Lond", "GO", "Lebennin", "PPL", 60_000, 30.4, 40.4),
  place("t:12", "Harlond", "GO", "Lebennin", "PPL", 25_000, 30.6, 40.6),
  place("t:14", "St. Mallow", "ER", "Breeland", "PPL", 8_000, 50.4, 10.4),
  place("t:16", "Val d'Ombre", "ER", "Breeland", "PPL", 30_000, 50.6, 10.6),
  place("t:17", "Eriador", "GO", "Lebennin", "PPL", 2_000, 30.7, 40.7),
  place("t:18", "Bree", "ER", "Breeland", "PPLA", 90_000, 50.01, 10.01),
  place("a:3", "Rosewater", "ER", "Breeland", "ADM2", 60_000, 49.5, 9.5),
  place("t:15", "Rosewater", "ER", "Breeland", "PPLA2", 6_000, 49.8, 9.9),
  { ...place("iso3166:UN", "Union of Arda", "UN", "", "PCLI", 20_000_000, 0, 0), alternates: ["UN"], alternatesArePrimary: true },
]), createEmptyPlaceLexicon({
  stopWords: new Set(["the", "school", "un"]), givenNames: new Set(["Bilbo", "Roy"]), namePrefixes: new Set(["Tal"]),
  adminAbbreviations: new Map([["Brl.", { country: "ER", admin1: "Breeland" }]]),
}));

const find = (text: string) => findPlaceMentions(text, findSentences(text), gazetteer);
const named = (text: string, name: string) => find(text).find((p) => p.name === name);

test("names resolve where the document's other names cluster", () => {
  const table: [string, string, string, string, string][] = [
    ["home division: small towns of one province beat bigger namesakes abroad", "Floods hit Staddle, Combe and Archet on Monday.", "Staddle", "ER", "Breeland"],
    ["namesakes near each other support each other", "The road from Archet to Ferny was cut.", "Archet", "ER", "Breeland"],
    ["a country named in the text draws its villages, though a small town abroad shares its name", "Shelling hit Staddle in eastern Eriador.", "Staddle", "ER", "Breeland"],
    ["a country keeps its sense beside its own small namesake", "Staddle and Combe sent aid to Gondor.", "Gondor", "GO", ""],
  ];
  for (const [label, text, name, country, admin1] of table) {
    const hit = named(text, name);
    assert.ok(hit, `${label}: ${name} not found`);
    assert.deepEqual([hit.country, hit.admin1 ?? ""], [country, admin1], label);
  }
});

test("a name qualified by its division in parentheses resolves inside that division", () => {
  assert.equal(named("Shells fell on Combe (Breeland) at dawn.", "Combe")?.admin1, "Breeland");
});

test("words that are not places though the gazetteer has them", () => {
  const table: [string, string, string][] = [
    ["a word in the name of a military operation", "Troops of Operation Harlond Dawn crossed the river near Pelargir.", "Harlond"],
    ["a surname after a title and a middle initial", "Capt. Roy A. Lond said the road was closed near Pelargir. Lond added more.", "Lond"],
    ["a speaker learned from a past verb of speech", "Ferny told reporters the bridge at Pelargir held. Later Ferny left.", "Ferny"],
  ];
  for (const [label, text, name] of table) {
    const names = find(text).map((p) => p.name);
    assert.equal(names.includes(name), false, `${label}: ${names.join(", ")}`);
    assert.equal(names.includes("Pelargir"), true, `${label}: the real place is kept`);
  }
});

test("unknown names after weak locatives or running into a longer name are not places", () => {
  const table: [string, string, string][] = [
    ["after 'to'", "The case was handed to Mallory on Friday.", "Mallory"],
    ["after 'at'", "Prices fell at Brandywine on Friday.", "Brandywine"],
    ["a school named after someone", "A boy was hurt in Hobson Middle School yesterday.", "Hobson"],
    ["a possessive", "He worked in Maggot's farm for years.", "Maggot"],
  ];
  for (const [label, text, name] of table) assert.equal(find(text).some((p) => p.name.startsWith(name)), false, label);
  assert.equal(named("Gunmen attacked a checkpoint in Brandywine yesterday.", "Brandywine")?.resolved, false, "'in' still finds an unknown place");
  assert.equal(named("In Brandywine (Breeland) gunmen attacked a checkpoint.", "Brandywine")?.resolved, false, "and so does 'In' opening a sentence");

});

test("a village name opened by a prefix word is one unresolved name, not the small town of the prefix", () => {
  const names = find("Rebels shelled Tal Orodruin on Monday.").map((p) => [p.name, p.resolved]);
  assert.deepEqual(names, [["Tal Orodruin", false]]);
});

test("a name the cue finds and the gazetteer holds as written is resolved", () => {
  const hit = named("A sniper killed a guard in PD2 Pelargir city.", "Pelargir");
  assert.deepEqual([hit?.resolved, hit?.country], [true, "GO"]);
});

test("written forms of places that plain lookup misses", () => {
  const table: [string, string, string, string][] = [
    ["a state abbreviated after a town is a place of its own", "A barn burned near Staddle, Brl. on Sunday.", "Brl.", "a:1"],
    ["a country's upper-case short form is no pronoun", "Talks between the UN and Gondor stalled.", "UN", "iso3166:UN"],
    ["an upper-case dateline", "PELARGIR - Shells fell overnight.", "PELARGIR", "t:9"],
    ["a dotted 'St.' runs on into the name", "Floods hit St. Mallow on Monday.", "St. Mallow", "t:14"],
    ["an elided French article inside a name", "Floods hit Val d'Ombre on Monday.", "Val d'Ombre", "t:16"],
    ["a speaker's home town before a verb of speech", "A farmer of Pelargir said the river rose.", "Pelargir", "t:9"],
    ["'In' opening a sentence is no part of the name", "In Archet (Breeland) a shop burned.", "Archet", "t:5"],
    ["a municipality's name stands for its seat town", "Police found a body in Rosewater on Monday.", "Rosewater", "t:15"],
  ];
  for (const [label, text, name, id] of table) assert.equal(named(text, name)?.gazetteer_id, id, label);
});

test("a town followed by its provincial capital is two places, not one unknown name", () => {
  const names = find("Gunmen shot a man in Archet Bree on Monday.").map((p) => [p.name, p.resolved]);
  assert.deepEqual(names, [["Archet", true], ["Bree", true]]);
});
