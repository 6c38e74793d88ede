// GET /api/figures over an invented world: two outlets disagree on how many are besieged in Vell Amar in the
// same month; one count of the wounded in Tosk Harin stands alone; a whole-war total appears only when asked.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createApp } from "./create-app.js";
import { getJson } from "./server-fixtures.test.js";
import { makeExtraction, span } from "../store/extraction-fixtures.test.js";
import { openStore, type Store } from "../store/store.js";
import type { Figure } from "../types.js";

const REPORTS: [text: string, publisher: string, figures: [needle: string, measure: Figure["measure"], value: number, place: string | null, scope: Figure["scope"]][]][] = [
  ["Some 30,000 people are trapped in Vell Amar, the Saltcoast Monitor said.", "Coast Courier", [["30,000", "besieged", 30_000, "Vell Amar", "event"]]],
  ["About 21,000 remain besieged in Vell Amar. Since the war began 90,000 have died.", "Frontline Wire",
    [["21,000", "besieged", 21_000, "Vell Amar", "event"], ["90,000", "killed", 90_000, "Arventa", "summary"]]],
  ["Nine people were wounded in Tosk Harin.", "Monitor Weekly", [["Nine", "injured", 9, "Tosk Harin", "event"]]],
];

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => {
  store = await openStore(":memory:");
  for (const [text, publisher, figures] of REPORTS) {
    const fixture = makeExtraction(text, () => [], { publisher });
    fixture.extraction.figures = figures.map(([needle, measure, value, place, scope]) => ({
      measure, value, low: value, high: null, qualifier: null, unit: "people", subject: "people", place, date: null,
      attributed_to: publisher === "Coast Courier" ? "Saltcoast Monitor" : null, attribution_chain: [], scope, sentence: 0, rule: "test-figure",
      evidence: span(text, needle),
    }));
    await store.saveExtraction(fixture.extraction, fixture.text);
  }
  app = createApp({ store });
});
after(async () => store.close());

interface Series { measure: string; place: string; disagreement: boolean; contradictions: string[]; points: { value: number; source: string; claimant: string | null; evidence: string }[] }
const seriesOf = async (query: string) => {
  const { status, body } = await getJson(app, `/api/figures${query}`);
  assert.equal(status, 200, JSON.stringify(body));
  return body.series as Series[];
};

describe("GET /api/figures", () => {
  const rows: [label: string, query: string, expected: string[]][] = [
    ["every series but summaries", "", ["besieged at Vell Amar", "injured at Tosk Harin"]],
    ["one measure", "?measure=besieged", ["besieged at Vell Amar"]],
    ["a place, any case", "?place=tosk%20HARIN", ["injured at Tosk Harin"]],
    ["summaries when asked", "?summaries=1&measure=killed", ["killed at Arventa"]],
    ["only where sources disagree", "?disputed=1", ["besieged at Vell Amar"]],
  ];
  for (const [label, query, expected] of rows) {
    it(label, async () => assert.deepEqual((await seriesOf(query)).map((s) => `${s.measure} at ${s.place}`), expected));
  }

  it("gives each point its source, claimant and sentence, and flags the disagreement", async () => {
    const [besieged] = await seriesOf("?measure=besieged");
    assert.equal(besieged.disagreement, true);
    assert.equal(besieged.contradictions.length, 1);
    assert.deepEqual(besieged.points.map((p) => [p.value, p.source, p.claimant, p.evidence]), [
      [21_000, "Frontline Wire", null, "21,000"], [30_000, "Coast Courier", "Saltcoast Monitor", "30,000"]]);
    const [injured] = await seriesOf("?measure=injured");
    assert.equal(injured.disagreement, false);
  });

  it("gives one CSV row per point, with its series", async () => {
    const response = await app.request("/api/figures.csv?measure=besieged");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("Content-Type") ?? "", /^text\/csv/);
    const lines = (await response.text()).trim().split("\n");
    assert.equal(lines[0], "measure,place,date,date_from,value,qualifier,claimant,source,document_id,evidence,disagreement");
    assert.equal(lines.length, 3);
    assert.match(lines[2], /^besieged,Vell Amar,2016-08-18,published,30000,,Saltcoast Monitor,Coast Courier,[0-9a-f]{64},"30,000",true$/);
  });

  for (const [query, message] of [["?measure=eaten", /measure must be one of/], ["?colour=red", /unknown parameter 'colour'/], ["?disputed=maybe", /disputed must be 1 or 0/]] as const) {
    it(`answers ${query} with a 400 in the one error shape`, async () => {
      const { status, body } = await getJson(app, `/api/figures${query}`);
      assert.deepEqual([status, body.ok, body.status], [400, false, 400]);
      assert.match(String(body.error), message);
    });
  }
});
