// The pipeline, top to bottom: one call per stage, in order. Each stage is a pure function over typed
// records; only this file composes them.
import type { Context } from "./context.js";
import type { CleanDocument, Extraction, RawDocument } from "./types.js";
import { cleanDocument } from "./stages/01-clean/clean-document.js";
import { findSentences } from "./stages/02-sentences/find-sentences.js";
import { findDates } from "./stages/03-dates/find-dates.js";
import { findPlaces } from "./stages/04-places/find-places.js";
import { findActors } from "./stages/05-actors/find-actors.js";
import { findFigures } from "./stages/06-figures/find-figures.js";
import { codeEvents } from "./stages/07-events/code-events.js";

export function extract(raw: RawDocument, ctx: Context): Extraction {
  return extractCleaned(clean(raw, ctx), ctx);
}

/** Stage 1 alone: what a store needs to recognise a document it already has (the id) before coding it. */
export function clean(raw: RawDocument, ctx: Context): CleanDocument {
  return cleanDocument(raw, { published: raw.published ?? ctx.options.published ?? null });
}

/** Stages 2-7 over a cleaned document; every offset in the result points into `cleaned.text`. */
export function extractCleaned(cleaned: CleanDocument, ctx: Context): Extraction {
  const sentences = findSentences(cleaned.text);
  const { dateline, dates } = findDates(cleaned, sentences);
  const doc = dateline && !cleaned.published ? { ...cleaned, published: dateline, published_from: "dateline" as const } : cleaned;
  const places = findPlaces(doc, sentences, ctx);
  const actors = findActors(doc, sentences, places, ctx);
  const figures = findFigures(doc, sentences, { places, dates, actors });
  const { events, problems } = codeEvents(doc, sentences, { dates, places, actors, figures }, ctx);
  const { text: _text, removed: _removed, ...document } = doc;
  return {
    document,
    ...(ctx.options.keepSentences ? { sentences } : {}),
    places,
    actors,
    figures,
    events,
    problems,
  };
}
