// Stage 2: sentences. Minimal first version (to be replaced).
import type { Sentence } from "../../types.js";

export function findSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    sentences.push({ index: sentences.length, start, end: start + body.length, text: body, paragraph: 0 });
  }
  return sentences;
}
