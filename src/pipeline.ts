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

export const STAGE_NAMES = ["clean", "sentences", "dates", "places", "actors", "figures", "events"] as const;
export type StageName = (typeof STAGE_NAMES)[number];

/** Runs one stage. The benchmark passes one that times each stage (CPU per stage); by default, the plain call. */
export type StageRunner = <T>(stage: StageName, run: () => T) => T;
export interface PipelineOptions {
  runStage?: StageRunner;
}
const runPlainly: StageRunner = (_stage, run) => run();

export function extract(raw: RawDocument, ctx: Context, options: PipelineOptions = {}): Extraction {
  const run = options.runStage ?? runPlainly;
  return extractCleaned(run("clean", () => clean(raw, ctx)), ctx, options);
}

/** Stage 1 alone: what a store needs to recognise a document it already has (the id) before coding it. */
export function clean(raw: RawDocument, ctx: Context): CleanDocument {
  return cleanDocument(raw, { published: raw.published ?? ctx.options.published ?? null });
}

/** Stages 2-7 over a cleaned document; every offset in the result points into `cleaned.text`. */
export function extractCleaned(cleaned: CleanDocument, ctx: Context, options: PipelineOptions = {}): Extraction {
  const run = options.runStage ?? runPlainly;
  const sentences = run("sentences", () => findSentences(cleaned.text));
  const { dateline, dates } = run("dates", () => findDates(cleaned, sentences));
  const doc = dateline && !cleaned.published ? { ...cleaned, published: dateline, published_from: "dateline" as const } : cleaned;
  const places = run("places", () => findPlaces(doc, sentences, ctx));
  const actors = run("actors", () => findActors(doc, sentences, places, ctx));
  const figures = run("figures", () => findFigures(doc, sentences, { places, dates, actors }));
  const { events, problems } = run("events", () => codeEvents(doc, sentences, { dates, places, actors, figures }, ctx));
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
