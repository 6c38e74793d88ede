import { test } from "node:test";
import assert from "node:assert/strict";
import { findActors } from "./find-actors.js";
import { createTestContext, createTestDocument, placeIn } from "./test-world.js";

const ctx = createTestContext();

function actorsOf(text: string, country: string | null): string[] {
  const { doc, sentences } = createTestDocument(text);
  return findActors(doc, sentences, country ? [placeIn(country)] : [], ctx).map((a) => `${a.mention}=${a.name}/${a.type}`);
}

test("surface forms resolve to canonical dated names", () => {
  const table: [string, string, string | null, string[]][] = [
    ["adjective + army", "The Arnorian army advanced.", "XA", ["Arnorian army=Military Forces of Arnor (1999-)/1"]],
    ["plural form", "Arnorian warplanes struck.", "XA", ["Arnorian warplanes=Military Forces of Arnor (1999-)/1"]],
    ["acronym in capitals", "DLF fighters left.", "XA", ["DLF=DLF: Dunland Front/2"]],
    ["acronym not in lower case", "the dlf left.", "XA", []],
    ["longest match wins", "The Dunland Front retreated.", "XA", ["Dunland Front=DLF: Dunland Front/2"]],
    ["blocker form yields nothing", "anti-DLF militias gathered.", "XA", []],
  ];
  for (const [label, text, country, expected] of table) assert.deepEqual(actorsOf(text, country), expected, label);
});

test("country-dependent forms take the document's dominant country", () => {
  const table: [string, string, string | null, string[]][] = [
    ["government forces in Arnor", "government forces shelled it.", "XA", ["government forces=Military Forces of Arnor (1999-)/1"]],
    ["scoped line beats generic one in Gondor", "government forces shelled it.", "XG", ["government forces=Rangers of the North/2"]],
    ["civilians take the country name", "two civilians died.", "XG", ["civilians=Civilians (Gondor)/7"]],
    ["no places: country of named actors", "DLF fighters met civilians.", null, ["DLF=DLF: Dunland Front/2", "civilians=Civilians (Arnor)/7"]],
  ];
  for (const [label, text, country, expected] of table) assert.deepEqual(actorsOf(text, country), expected, label);
});

test("a state's forces abroad are external (8); metonyms are governments", () => {
  const table: [string, string, string | null, string[]][] = [
    ["Gondorian army in Arnor", "The Gondorian army crossed.", "XA", ["Gondorian army=Military Forces of Gondor (2010-)/8"]],
    ["Gondorian army at home", "The Gondorian army crossed.", "XG", ["Gondorian army=Military Forces of Gondor (2010-)/1"]],
    ["capital as government", "Minas Tirith denied it.", "XG", ["Minas Tirith=Government of Gondor (2010-)/1"]],
  ];
  for (const [label, text, country, expected] of table) assert.deepEqual(actorsOf(text, country), expected, label);
});

test("evidence is the exact slice of the text", () => {
  const { doc, sentences } = createTestDocument("Fighting went on. Then the Arnorian army withdrew.");
  const [a] = findActors(doc, sentences, [placeIn("XA")], ctx);
  assert.equal(doc.text.slice(a.evidence.start, a.evidence.end), "Arnorian army");
  assert.equal(a.sentence, 1);
  assert.match(a.rule, /^actor-lexicon:test\.tsv:\d+$/);
});

test("people held by the state are civilians; prison guards are a unit of the police", async () => {
  const { loadActorLexicon } = await import("./actor-lexicon.js");
  const real = { ...ctx, actors: await loadActorLexicon({ extraFiles: [] }) };
  const { doc, sentences } = createTestDocument("Prison guards beat two inmates and a detainee.");
  const found = findActors(doc, sentences, [placeIn("TR")], real).map((a) => `${a.mention}=${a.name}/${a.type}`);
  assert.deepEqual(found, ["Prison guards=Police Forces of Turkey (2016-) Prison Guards/1", "inmates=Civilians (Turkey)/7", "detainee=Civilians (Turkey)/7"]);
});

test("no places, no country-bound actors: the country the text names", () => {
  const table: [string, string, string[]][] = [
    ["country name", "In a market of Gondor two civilians died.", ["civilians=Civilians (Gondor)/7"]],
    ["country adjective", "Outside the Arnorian mint two civilians died.", ["civilians=Civilians (Arnor)/7"]],
    ["nothing named: no country", "Two civilians died.", ["civilians=Civilians/7"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(actorsOf(text, null), expected, label);
});

test("unnamed attackers and civilians by trade", async () => {
  const { loadActorLexicon } = await import("./actor-lexicon.js");
  const real = { ...ctx, actors: await loadActorLexicon({ extraFiles: [] }) };
  const table: [string, string, string[]][] = [
    ["armed men, a driver", "Armed men shot a driver.", ["Armed men=Unidentified Armed Group (Turkey)/3", "driver=Civilians (Turkey)/7"]],
    ["an unknown group", "A bomb planted by an unknown group hit a shopkeeper.", ["unknown group=Unidentified Armed Group (Turkey)/3", "shopkeeper=Civilians (Turkey)/7"]],
  ];
  for (const [label, text, expected] of table) {
    const { doc, sentences } = createTestDocument(text);
    assert.deepEqual(findActors(doc, sentences, [placeIn("TR")], real).map((a) => `${a.mention}=${a.name}/${a.type}`), expected, label);
  }
});

test("ACLED's units and hired guards", async () => {
  const { loadActorLexicon } = await import("./actor-lexicon.js");
  const real = { ...ctx, actors: await loadActorLexicon({ extraFiles: [] }) };
  const table: [string, string, string, string[]][] = [
    ["special forces are a unit of the army", "Special forces raided a farm.", "AF", ["Special forces=Military Forces of Afghanistan (2014-) Special Forces/1"]],
    ["a foreign state's special forces", "Russian special forces landed.", "SY", ["Russian special forces=Military Forces of Russia (2000-) Special Forces/8"]],
    ["hired guards", "Armed individuals shot two private guards.", "MX", ["Armed individuals=Unidentified Armed Group (Mexico)/3", "private guards=Private Security Forces (Mexico)/8"]],
    ["Saudi forces in Yemen are the coalition", "Saudi forces fired rockets.", "YE", ["Saudi forces=Operation Restoring Hope/8"]],
    ["Saudi forces at home are Saudi Arabia's", "Saudi forces fired rockets.", "SA", ["Saudi forces=Military Forces of Saudi Arabia (2015-)/1"]],
  ];
  for (const [label, text, country, expected] of table) {
    const { doc, sentences } = createTestDocument(text);
    assert.deepEqual(findActors(doc, sentences, [placeIn(country)], real).map((a) => `${a.mention}=${a.name}/${a.type}`), expected, label);
  }
});
