// Ingest throughput into the embedded SQLite store. Uses the `sitrep ingest` command when the build has one
// (or, with SITREP_BENCH_FROM_SOURCE=1, the sources through tsx: no build needed); otherwise the store seam
// in-process (openStore + clean + extractCleaned + saveExtraction). The command's CPU time (every thread) is
// read from the kernel's count for waited-for children, on Linux.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Context } from "../../src/context.js";
import { clean, extractCleaned } from "../../src/pipeline.js";
import { openStore } from "../../src/store/store.js";

export interface IngestResult {
  mode: "cli" | "cli from source" | "in-process";
  articles: number;
  seconds: number;
  /** User + system CPU seconds of the ingest, all threads; null where the platform does not say. */
  cpuSeconds: number | null;
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
    const fromSource = process.env.SITREP_BENCH_FROM_SOURCE === "1";
    if (fromSource || hasIngestCommand(options.root)) return await ingestByCli(options.root, options.corpusDir, dbPath, texts.length, { fromSource });
    return await ingestInProcess(texts, ctx, dbPath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ingestInProcess(texts: readonly string[], ctx: Context, dbPath: string): Promise<IngestResult> {
  const store = await openStore(dbPath);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const [i, body] of texts.entries()) {
    const raw = { path: `bench-${i}.txt`, url: null, body, format: "text" as const };
    const cleaned = clean(raw, ctx);
    await store.saveExtraction(extractCleaned(cleaned, ctx), cleaned.text);
  }
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const counts = await store.counts();
  await store.close();
  return { mode: "in-process", articles: texts.length, seconds, cpuSeconds: (user + system) / 1e6, documents: counts.documents, events: counts.events };
}

async function ingestByCli(root: string, corpusDir: string, dbPath: string, articles: number, o: { fromSource: boolean }): Promise<IngestResult> {
  const command = o.fromSource ? ["--import", "tsx", join(root, "scripts", "sitrep.ts")] : [join(root, "bin", "sitrep.js")];
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const run = spawnSync(process.execPath, [...command, "ingest", corpusDir, "--db", dbPath], {
    cwd: root, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  if (run.status !== 0) throw new Error(`sitrep ingest exited ${run.status}: ${run.stderr.toString().slice(-2000)}`);
  const store = await openStore(dbPath);
  const counts = await store.counts();
  await store.close();
  return { mode: o.fromSource ? "cli from source" : "cli", articles, seconds, cpuSeconds, documents: counts.documents, events: counts.events };
}

/** CPU seconds of this process's waited-for children (fields cutime and cstime of /proc/self/stat, in ticks of 1/100 s). */
function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After "pid (comm) ", field 3 (state) is index 0; cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}
