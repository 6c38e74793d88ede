// Hand-built Extraction records for store, export and CLI tests (an invented world: Gondor and Arnor),
// so no test depends on what the pipeline stages produce today. Exports only; no tests of its own.
import { createHash } from "node:crypto";
import type { CodedEvent, Extraction } from "../types.js";

export function span(text: string, needle: string): { start: number; end: number; text: string } {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`fixture: '${needle}' is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

export function makeEvent(text: string, docId: string, overrides: Partial<CodedEvent> & { sentence: string }): CodedEvent {
  const { sentence, ...rest } = overrides;
  return {
    id: `${docId.slice(0, 8)}-${rest.event_date ?? "nodate"}-${rest.location?.name ?? "noplace"}-${rest.sub_event_type ?? "Armed clash"}`,
    event_type: "Battles", sub_event_type: "Armed clash", kind: "event",
    event_date: "2016-08-16", time_precision: 1,
    actor1: "Military Forces of Gondor (2000-)", assoc_actor_1: [], inter1: 1,
    actor2: "Rangers of Arnor", assoc_actor_2: [], inter2: 2, interaction: 12,
    civilian_targeting: false,
    location: { name: "Osgiliath", latitude: 36.2, longitude: 37.16, geo_precision: 1, admin1: "Anórien", country: "Syria", iso: 760, resolved: true },
    fatalities: { low: 3, best: 4, high: 5 },
    attributed_to: ["SOHR"],
    evidence: [span(text, sentence)],
    rule: "test-rule",
    ...rest,
  };
}

export interface Fixture {
  extraction: Extraction;
  text: string;
}

export function makeExtraction(text: string, build: (docId: string) => CodedEvent[], options: { path?: string; publisher?: string } = {}): Fixture {
  const id = createHash("sha256").update(text).digest("hex");
  const extraction: Extraction = {
    document: {
      id, path: options.path ?? `${id.slice(0, 6)}.txt`, url: null, title: "A report", publisher: options.publisher ?? "The Gondor Times",
      published: "2016-08-18", published_from: "given", language: "en",
    },
    places: [{
      name: "Osgiliath", resolved: true, latitude: 36.2, longitude: 37.16, country: "SY", admin1: "Anórien", feature: "populated place",
      gazetteer_id: "test:1", population: 1000, role: "location", geo_precision: 1, rule: "test-place", score: 0.9, sentence: 0,
      evidence: span(text, text.includes("Osgiliath") ? "Osgiliath" : text.slice(0, 1)),
    }],
    actors: [{ name: "Military Forces of Gondor (2000-)", type: 1, mention: text.slice(0, 3), country: "SY", rule: "test-actor", sentence: 0, evidence: span(text, text.slice(0, 3)) }],
    figures: [{
      measure: "killed", value: 4, low: 4, high: null, qualifier: "at least", unit: "people", subject: "people", place: null, date: null,
      attributed_to: "SOHR", attribution_chain: ["SOHR"], scope: "event", sentence: 0, rule: "test-figure", evidence: span(text, text.slice(0, 5)),
    }],
    events: build(id),
    problems: [{ kind: "unresolved-place", message: "test problem" }],
  };
  return { extraction, text };
}

/** Three documents: a clash in Osgiliath, an air strike in accented Ḥumayra (no date), a protest in far-off Bree with no coordinates. */
export function sampleFixtures(): Fixture[] {
  const a = "Gondor troops clashed with rangers in Osgiliath on Tuesday, killing at least 4.";
  const b = "Eagles of Rohan struck =cmd|' /C calc'!A0 positions in Ḥumayra, near Osgiliath.";
  const c = "Protesters marched in Bree on 1 September 2016, the Shire Herald said.";
  return [
    makeExtraction(a, (id) => [makeEvent(a, id, { sentence: "Gondor troops clashed with rangers in Osgiliath" })]),
    makeExtraction(b, (id) => [makeEvent(b, id, {
      sentence: "Eagles of Rohan struck", event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike",
      event_date: null, time_precision: null, actor1: "Military Forces of Rohan (2000-)", inter1: 8, actor2: null, inter2: null,
      assoc_actor_1: ["Eagles of the Misty Mountains"], interaction: 80, fatalities: { low: null, best: null, high: null },
      location: { name: "Ḥumayra", latitude: 36.3, longitude: 37.3, geo_precision: 2, admin1: "Anórien", country: "Syria", iso: 760, resolved: true },
    })], { publisher: "=HYPERLINK(\"http://evil\")" }),
    makeExtraction(c, (id) => [makeEvent(c, id, {
      sentence: "Protesters marched in Bree", event_type: "Protests", sub_event_type: "Peaceful protest", event_date: "2016-09-01",
      actor1: "Protesters (Eriador)", inter1: 6, actor2: null, inter2: null, interaction: 60, fatalities: { low: 0, best: 0, high: 0 },
      location: { name: "Bree", latitude: null, longitude: null, geo_precision: 3, admin1: null, country: "Lebanon", iso: null, resolved: false },
    })]),
  ];
}
