// In-process throughput on one core: the whole pipeline (extract with one shared context) and, for scale, a
// bare tokenize-only pass (a regex word scan) over the same texts.
import type { Context } from "../../src/context.js";
import { extract } from "../../src/pipeline.js";

export interface Throughput {
  articles: number;
  bytes: number;
  seconds: number;
}

export function measureExtract(texts: readonly string[], ctx: Context, onProgress?: (done: number) => void): Throughput & { events: number } {
  let events = 0;
  const started = performance.now();
  texts.forEach((body, i) => {
    events += extract({ path: `bench-${i}.txt`, url: null, body, format: "text" }, ctx).events.length;
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
  });
  return { articles: texts.length, bytes: totalBytes(texts), seconds: (performance.now() - started) / 1000, events };
}

export function measureTokenize(texts: readonly string[]): Throughput & { words: number } {
  const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let words = 0;
  const started = performance.now();
  for (const text of texts) {
    for (const _match of text.matchAll(word)) words++;
  }
  return { articles: texts.length, bytes: totalBytes(texts), seconds: (performance.now() - started) / 1000, words };
}

function totalBytes(texts: readonly string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
}
