// Property tests of the whole pipeline: for arbitrary text and HTML, extract() never throws, every evidence
// span is the exact slice of the cleaned text it claims, and the output is deterministic. Kept to a few
// hundred runs here; `npm run fuzz` runs the same properties 100,000 times.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createContext } from "../../src/context.js";
import { extract } from "../../src/pipeline.js";
import { checkSpan, findExtractionViolations } from "./extraction-violations.js";
import { PIPELINE_PROPERTIES, toFastCheckProperty } from "./pipeline-properties.js";

const ctx = await createContext({ keepSentences: true });
const RUNS = 800;

for (const property of PIPELINE_PROPERTIES) {
  test(`property: ${property.name}`, async () => {
    await fc.assert(toFastCheckProperty(property, ctx), { numRuns: Math.max(20, Math.round(RUNS * property.share.test)), seed: 20310302 });
  });
}

test("property check: a real article passes, with spans to check", () => {
  const body = "Rebels shelled Aleppo on Tuesday, killing at least 12 people, the Syrian Observatory said.\n\nThree were wounded.";
  const raw = { path: null, url: null, body, format: "text" as const, published: "2031-03-02" };
  assert.deepEqual(findExtractionViolations(raw, ctx), []);
  assert.ok(extract(raw, ctx).sentences?.length, "expected sentences to be kept, so their spans are checked");
});

test("property check: a span off by one, or out of range, is reported (the check can fail)", () => {
  const text = "Rebels shelled Aleppo on Tuesday.";
  assert.equal(checkSpan({ start: 15, end: 21, text: "Aleppo" }, text), null);
  assert.match(checkSpan({ start: 16, end: 22, text: "Aleppo" }, text) ?? "", /is not the slice/);
  assert.match(checkSpan({ start: 30, end: 40, text: "" }, text) ?? "", /outside/);
  assert.match(checkSpan({ start: 5, end: 4, text: "" }, text) ?? "", /outside/);
});
