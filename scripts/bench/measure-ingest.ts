// Ingest throughput into the embedded SQLite store. Uses the `sitrep ingest` command when the build has one;
// otherwise the store seam in-process (openStore + clean + extractCleaned + saveExtraction).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Context } from "../../src/context.js";
import { clean, extractCleaned } from "../../src/pipeline.js";
import { openStore } from "../../src/store/store.js";

export interface IngestResult {
  mode: "cli" | "in-process";
  articles: number;
  seconds: number;
  documents: number;
  events: number;
}

export function hasIngestCommand(root: string): boolean {
  return existsSync(join(root, "dist", "cli", "ingest-command.js"));
}

export async function measureIngest(texts: readonly string[], ctx: Context, options: { root: string; corpusDir: string }): Promise<IngestResult> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-db-"));
  try {
    const dbPath = join(dir, "bench.db");
    if (hasIngestCommand(options.root)) return await ingestByCli(options.root, options.corpusDir, dbPath, texts.length);
    return await ingestInProcess(texts, ctx, dbPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ingestInProcess(texts: readonly string[], ctx: Context, dbPath: string): Promise<IngestResult> {
  const store = await openStore(dbPath);
  const started = performance.now();
  for (const [i, body] of texts.entries()) {
    const raw = { path: `bench-${i}.txt`, url: null, body, format: "text" as const };
    const cleaned = clean(raw, ctx);
    await store.saveExtraction(extractCleaned(cleaned, ctx), cleaned.text);
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = await store.counts();
  await store.close();
  return { mode: "in-process", articles: texts.length, seconds, documents: counts.documents, events: counts.events };
}

async function ingestByCli(root: string, corpusDir: string, dbPath: string, articles: number): Promise<IngestResult> {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, "bin", "sitrep.js"), "ingest", corpusDir, "--db", dbPath], {
    stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`sitrep ingest exited ${run.status}: ${run.stderr.toString().slice(-2000)}`);
  const store = await openStore(dbPath);
  const counts = await store.counts();
  await store.close();
  return { mode: "cli", articles, seconds, documents: counts.documents, events: counts.events };
}
