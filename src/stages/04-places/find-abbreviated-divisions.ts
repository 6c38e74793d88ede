// "Wichita, Kan.", "Dayton, OH": the abbreviated state after a town is a place mention of its own (the
// division), besides qualifying the town. It is found from the town's span, so a lone "Kan." elsewhere
// (a word, an initial) is never taken for a state.
import type { Gazetteer } from "../../gazetteer/gazetteer.js";
import type { PlaceMention } from "../../types.js";
import { findAdminQualifier } from "./find-admin-qualifier.js";
import type { NameSpan } from "./find-name-spans.js";
import type { Token } from "./tokenize-text.js";

export function findAbbreviatedDivisions(text: string, spans: readonly NameSpan[], tokens: readonly Token[], gazetteer: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const span of spans) {
    if (span.kind !== "gazetteer") continue;
    const q = findAdminQualifier(text, tokens[span.last].end, gazetteer.lexicon);
    if (!q) continue;
    const division = gazetteer.lookup(q.admin1).find((e) => e.featureCode === "ADM1" && e.country === q.country) ?? null;
    const written = text.slice(q.start, q.end);
    out.push({
      name: written, resolved: division !== null, latitude: division?.latitude ?? null, longitude: division?.longitude ?? null,
      country: q.country, admin1: q.admin1, feature: division?.feature ?? null, gazetteer_id: division?.id ?? null,
      population: division?.population ?? null, role: "location", geo_precision: 3, rule: "abbreviated-division", score: 0.9,
      sentence: tokens[span.last].sentence, evidence: { start: q.start, end: q.end, text: written },
    });
  }
  return out;
}
