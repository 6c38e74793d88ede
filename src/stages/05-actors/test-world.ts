// An invented world for the actor tests (PETRARCH's Arnor and Gondor): no rule can pass by knowing the real one.
import type { Context } from "../../context.js";
import type { CleanDocument, PlaceMention, Sentence } from "../../types.js";
import { createActorLexicon } from "./actor-lexicon.js";
import { parseActorRows, parseCountryRows } from "./parse-actor-tsv.js";

const COUNTRIES = ["XA\tArnor\tArnorian\t1999-\t2001-\t1999-", "XG\tGondor\tGondorian\t2010-\t\t2010-"].join("\n");
const ACTORS = [
  "{adj} army\t{military}\t1\t@adj\t\tstate army",
  "{adj} warplane\t{military}\t1\t@adj\t\tstate air force",
  "government forces\t{military}\t1\t@doc\t\tthe document's army",
  "government forces\tRangers of the North\t2\tXG\tXG\tin Gondor the rangers govern (invented)",
  "civilian\tCivilians ({name})\t7\t@doc\t\tcivilians",
  "Dunland Front\tDLF: Dunland Front\t2\tXA\t\tinvented rebels",
  "DLF\tDLF: Dunland Front\t2\tXA\t\tacronym",
  "anti-DLF\t-\t0\t\t\tan adjective, not the group",
  "Minas Tirith\t{government}\t1\tXG\t\tcapital for the government",
].join("\n");

export function createTestContext(): Context {
  const actors = createActorLexicon({ countries: parseCountryRows(COUNTRIES, "countries"), rows: parseActorRows(ACTORS, "test.tsv") });
  return { actors, gazetteer: {} as Context["gazetteer"] /* unused by this stage */, events: {} as Context["events"] /* unused by this stage */, options: {} };
}

export function createTestDocument(text: string): { doc: CleanDocument; sentences: Sentence[] } {
  const doc: CleanDocument = {
    id: "test", path: null, url: null, title: null, publisher: null, published: null, published_from: null, language: "en", text, removed: [],
  };
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^.]+\.?/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = (m.index ?? 0) + lead;
    const body = m[0].trim();
    if (body) sentences.push({ index: sentences.length, start, end: start + body.length, text: body, paragraph: 0 });
  }
  return { doc, sentences };
}

export function placeIn(country: string, sentence = 0): PlaceMention {
  return {
    name: "Bree", resolved: true, latitude: 1, longitude: 2, country, admin1: null, feature: "populated place", gazetteer_id: null,
    population: null, role: "location", geo_precision: 1, rule: "test", score: 1, sentence, evidence: { start: 0, end: 0, text: "" },
  };
}
