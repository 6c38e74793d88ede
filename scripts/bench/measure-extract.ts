// In-process throughput on one core: the whole pipeline (extract with one shared context), each stage's share
// of it, and, for scale, a bare tokenize-only pass (a regex word scan) over the same texts. Each records wall
// time and CPU time (process.cpuUsage: other processes on a busy machine do not inflate it, but the process's
// own JIT and GC threads count in it).
import type { Context } from "../../src/context.js";
import { extract, STAGE_NAMES, type StageName, type StageRunner } from "../../src/pipeline.js";

export interface Throughput {
  articles: number;
  bytes: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds (user + system) of this process. */
  cpuSeconds: number;
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export function measureExtract(texts: readonly string[], ctx: Context, onProgress?: (done: number) => void): Throughput & { events: number } {
  let events = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  texts.forEach((body, i) => {
    events += extract({ path: `bench-${i}.txt`, url: null, body, format: "text" }, ctx).events.length;
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1);
  });
  const cpuSeconds = cpuSecondsSince(cpu);
  return { articles: texts.length, bytes: totalBytes(texts), seconds: (performance.now() - started) / 1000, cpuSeconds, events };
}

/**
 * CPU seconds spent in each stage over the texts. A separate pass from measureExtract, so that the two
 * CPU readings per stage and document (a system call each) stay out of the headline figure.
 */
export function measureStages(texts: readonly string[], ctx: Context): Record<StageName, number> {
  const spent = Object.fromEntries(STAGE_NAMES.map((s) => [s, 0])) as Record<StageName, number>;
  const runStage: StageRunner = (stage, run) => {
    const cpu = process.cpuUsage();
    const result = run();
    spent[stage] += cpuSecondsSince(cpu);
    return result;
  };
  texts.forEach((body, i) => extract({ path: `bench-${i}.txt`, url: null, body, format: "text" }, ctx, { runStage }));
  return spent;
}

export function measureTokenize(texts: readonly string[]): Throughput & { words: number } {
  const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  let words = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) {
    for (const _match of text.matchAll(word)) words++;
  }
  const cpuSeconds = cpuSecondsSince(cpu);
  return { articles: texts.length, bytes: totalBytes(texts), seconds: (performance.now() - started) / 1000, cpuSeconds, words };
}

function totalBytes(texts: readonly string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
}
