// The pipeline properties as data: a name, a generator of raw documents and the share of runs it gets.
// pipeline.property.test.ts runs them a few hundred times in `npm test`; scripts/fuzz.ts runs them 100,000 times.
import fc from "fast-check";
import type { Context } from "../../src/context.js";
import type { RawDocument } from "../../src/types.js";
import { findExtractionViolations } from "./extraction-violations.js";
import { hostileText, htmlishText, newsLikeText } from "./text-arbitraries.js";

export interface PipelineProperty {
  name: string;
  documents: fc.Arbitrary<RawDocument>;
  /** Share of the runs in `npm test` and in `npm run fuzz`: HTML goes through jsdom (about 50 ms a case) and gets fewer. */
  share: { test: number; fuzz: number };
}

const publishedDate = fc.option(fc.constantFrom("2031-03-02", "2016-08-18", "1999-12-31", "2031-02-29"), { nil: null });

const asText = (body: string, published: string | null): RawDocument => ({ path: null, url: null, body, format: "text", published });
const asHtml = (body: string, published: string | null): RawDocument => ({ path: null, url: null, body, format: "html", published });

export const PIPELINE_PROPERTIES: readonly PipelineProperty[] = [
  { name: "hostile plain text", documents: fc.tuple(hostileText, publishedDate).map(([b, p]) => asText(b, p)), share: { test: 0.45, fuzz: 0.56 } },
  { name: "news-like plain text", documents: fc.tuple(newsLikeText, publishedDate).map(([b, p]) => asText(b, p)), share: { test: 0.45, fuzz: 0.4 } },
  { name: "HTML-ish soup", documents: fc.tuple(htmlishText, publishedDate).map(([b, p]) => asHtml(b, p)), share: { test: 0.05, fuzz: 0.02 } },
  { name: "any text read as HTML", documents: fc.tuple(hostileText, publishedDate).map(([b, p]) => asHtml(b, p)), share: { test: 0.05, fuzz: 0.02 } },
];

/**
 * A fast-check property that fails with every broken rule in its message. Async, and it yields to the event loop
 * after each case: jsdom frees a closed window only on a later turn of the loop, so a synchronous run of
 * thousands of HTML cases would hold every page (about 1 MB each) until the heap runs out.
 */
export function toFastCheckProperty(property: PipelineProperty, ctx: Context): fc.IAsyncPropertyWithHooks<[RawDocument]> {
  return fc.asyncProperty(property.documents, async (raw) => {
    const violations = findExtractionViolations(raw, ctx);
    await new Promise(setImmediate);
    if (violations.length > 0) throw new Error(violations.slice(0, 5).join("\n"));
  });
}
