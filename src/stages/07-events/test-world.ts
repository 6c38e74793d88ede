// An invented world for the event tests: Arnor (XA), its army, the Dunland Front rebels, the town of Bree.
// Mentions are written by hand so the tests depend on no other stage.
import type { Context } from "../../context.js";
import type { ActorMention, CleanDocument, DateMention, Figure, InterCode, PlaceMention, Sentence } from "../../types.js";
import type { EventInputs } from "./code-events.js";
import { loadEventRules } from "./event-rules.js";

export function createTestContext(): Context {
  const countries = new Map([["XA", { iso2: "XA", name: "Arnor", forms: ["Arnorian"], military: "1999-", police: "2001-", government: "1999-" }]]);
  return { actors: { size: 0, countries, trie: { children: new Map(), values: [] } }, gazetteer: {} as Context["gazetteer"] /* unused by this stage */, events: loadEventRules(), options: {} };
}

const ACTORS: [string, string, InterCode][] = [
  ["Arnorian army", "Military Forces of Arnor (1999-)", 1],
  ["Gondorian jets", "Military Forces of Gondor (2010-)", 8],
  ["Dunland Front", "DLF: Dunland Front", 2],
  ["Hillmen", "Hillmen Militia", 3],
  ["villagers", "Civilians (Arnor)", 7],
  ["police", "Police Forces of Arnor (2001-)", 1],
  ["Arnorian government", "Government of Arnor (1999-)", 1],
  ["Operation Ember", "Operation Ember", 2],
  ["armed men", "Unidentified Armed Group (Arnor)", 3],
];
const PLACES = ["Bree", "Archet", "Arnor"];

export interface TestCase {
  doc: CleanDocument;
  sentences: Sentence[];
  inputs: EventInputs;
}

/** Sentences end at ". "; "[d:2016-08-16]" marks a date mention, "[k:5]" a killed figure (text left out). */
export function createTestCase(source: string): TestCase {
  const marks: { kind: string; value: string; at: number }[] = [];
  let text = "";
  for (const part of source.split(/(\[[dks]:[^\]]+\])/)) {
    const m = /^\[([dks]):([^\]]+)\]$/.exec(part);
    if (m) marks.push({ kind: m[1], value: m[2], at: text.length });
    else text += part;
  }
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^.]+\./g)) {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    const body = m[0].trim();
    sentences.push({ index: sentences.length, start, end: start + body.length, text: body, paragraph: 0 });
  }
  const sentenceAt = (at: number) => sentences.find((s) => at >= s.start && at <= s.end + 1)?.index ?? 0;
  const span = (start: number, t: string) => ({ start, end: start + t.length, text: t });
  const actors: ActorMention[] = ACTORS.flatMap(([form, name, type]) => [...text.matchAll(new RegExp(form, "g"))].map((m) => ({
    name, type, mention: form, country: "XA", rule: "test", sentence: sentenceAt(m.index ?? 0), evidence: span(m.index ?? 0, form),
  })));
  const places: PlaceMention[] = PLACES.flatMap((name) => [...text.matchAll(new RegExp(`\\b${name}\\b(?!ian)`, "g"))].map((m) => ({
    name, resolved: name !== "Archet", latitude: name === "Archet" ? null : 10, longitude: name === "Archet" ? null : 20, country: "XA",
    admin1: null, feature: name === "Arnor" ? "country" : "populated place", gazetteer_id: null, population: null,
    role: "location" as const, geo_precision: (name === "Arnor" ? 3 : 1) as 1 | 3, rule: "test", score: 1,
    sentence: sentenceAt(m.index ?? 0), evidence: span(m.index ?? 0, name),
  })));
  const dates: DateMention[] = marks.filter((k) => k.kind === "d").map((k) => ({
    date: k.value, time_precision: 1, sentence: sentenceAt(k.at), rule: "test", evidence: span(k.at, ""),
  }));
  const figures: Figure[] = marks.filter((k) => k.kind === "k" || k.kind === "s").map((k) => ({
    measure: "killed", value: Number(k.value), low: Number(k.value), high: null, qualifier: null, unit: "people", subject: "people",
    place: null, date: null, attributed_to: null, attribution_chain: [], scope: k.kind === "s" ? "summary" : "event",
    sentence: sentenceAt(k.at), rule: "test", evidence: span(k.at, ""),
  }));
  const doc: CleanDocument = {
    id: "doc", path: null, url: null, title: null, publisher: null, published: null, published_from: null, language: "en", text, removed: [],
  };
  return { doc, sentences, inputs: { dates, places, actors, figures } };
}
