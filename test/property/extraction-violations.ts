// What must hold for every extraction, whatever the input: it does not throw; every evidence span lies inside
// the cleaned text and its `text` is exactly that slice; the document id is the sha256 of that text; the same
// input gives the same output. Returns the broken rules as messages (empty: all held), so the property test
// and scripts/fuzz.ts share one definition.
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { Context } from "../../src/context.js";
import { clean, extract } from "../../src/pipeline.js";
import type { Extraction, RawDocument, Span } from "../../src/types.js";

export function findExtractionViolations(raw: RawDocument, ctx: Context): string[] {
  let first: Extraction;
  let second: Extraction;
  try {
    first = extract(raw, ctx);
    second = extract(raw, ctx);
  } catch (error) {
    return [`extract threw: ${(error as Error).stack ?? String(error)}`];
  }
  // The cleaned text every offset points into: stage 1 again, through the pipeline's own clean() that extract() uses.
  const cleaned = clean(raw, ctx).text;
  const violations: string[] = [];
  const id = createHash("sha256").update(cleaned).digest("hex");
  if (first.document.id !== id) violations.push(`document.id ${first.document.id} is not the sha256 of the cleaned text (${id})`);
  for (const { where, span } of listSpans(first)) {
    const problem = checkSpan(span, cleaned);
    if (problem) violations.push(`${where}: ${problem}`);
  }
  if (!isDeepStrictEqual(first, second)) violations.push("not deterministic: the same input twice gave different output");
  return violations;
}

/** Why `span` does not point into `text` correctly, or null when it does. */
export function checkSpan(span: Span, text: string): string | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `offsets must be integers, got ${start}..${end}`;
  if (start < 0 || start > end || end > text.length) return `offsets ${start}..${end} outside 0..${text.length}`;
  const slice = text.slice(start, end);
  if (span.text !== slice) return `evidence.text ${JSON.stringify(span.text)} is not the slice ${JSON.stringify(slice)}`;
  return null;
}

function* listSpans(x: Extraction): Generator<{ where: string; span: Span }> {
  for (const [i, s] of (x.sentences ?? []).entries()) yield { where: `sentences[${i}]`, span: s };
  for (const [i, p] of x.places.entries()) yield { where: `places[${i}] ${p.name}`, span: p.evidence };
  for (const [i, a] of x.actors.entries()) yield { where: `actors[${i}] ${a.mention}`, span: a.evidence };
  for (const [i, f] of x.figures.entries()) yield { where: `figures[${i}] ${f.measure}`, span: f.evidence };
  for (const [i, e] of x.events.entries()) {
    for (const [j, span] of e.evidence.entries()) yield { where: `events[${i}].evidence[${j}] ${e.sub_event_type}`, span };
  }
  for (const [i, p] of x.problems.entries()) if (p.evidence) yield { where: `problems[${i}] ${p.kind}`, span: p.evidence };
}
