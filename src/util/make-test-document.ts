// Test helper: a CleanDocument and naively split sentences (at . ! ? before a space) from a string, so tests need no other stage.
import type { CleanDocument, Sentence } from "../types.js";

export function makeTestDocument(text: string, published: string | null = null): { doc: CleanDocument; sentences: Sentence[] } {
  const doc: CleanDocument = {
    id: "test", path: null, url: null, title: null, publisher: null,
    published, published_from: published ? "given" : null, language: "en", text, removed: [],
  };
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/(?:[^.!?\n]|[.!?](?!\s|$))+(?:[.!?]+|$)/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = (m.index ?? 0) + lead;
    sentences.push({ index: sentences.length, start, end: start + body.length, text: body, paragraph: 0 });
  }
  return { doc, sentences };
}
