// One posted text through the pipeline into the store. The pipeline context (gazetteer, lexicons) is
// built on the first document, so a read-only server never pays for it.
import { createContext, type Context } from "../context.js";
import { clean, extractCleaned } from "../pipeline.js";
import type { Store } from "../store/store.js";
import type { Problem } from "../types.js";

export interface PostedText {
  body: string;
  format: "html" | "text";
  title: string | null;
  url: string | null;
  published: string | null;
}

export interface IngestResult {
  status: "stored" | "unchanged";
  document_id: string;
  events: number;
  problems: Problem[];
}

export type IngestText = (posted: PostedText) => Promise<IngestResult>;

export function createTextIngester(store: Store): IngestText {
  let context: Promise<Context> | null = null;
  return async (posted) => {
    context ??= createContext({});
    const ctx = await context;
    const raw = { path: null, url: posted.url, body: posted.body, format: posted.format, title: posted.title, published: posted.published };
    const cleaned = clean(raw, ctx);
    const extraction = extractCleaned(cleaned, ctx);
    const result = await store.saveExtraction(extraction, cleaned.text);
    return {
      status: result.kind, document_id: result.documentId,
      events: result.kind === "stored" ? result.events : 0, problems: extraction.problems,
    };
  };
}
