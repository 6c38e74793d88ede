// The benchmark's corpus: generated once into the temp directory (keyed by size and seed) and reused after.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "../generate-corpus.js";

export interface BenchCorpus {
  dir: string;
  files: string[];
}

export async function ensureBenchCorpus(count: number, options: { seed: number; dir?: string }): Promise<BenchCorpus> {
  const dir = options.dir ?? join(tmpdir(), `sitrep-bench-corpus-${count}-seed${options.seed}`);
  const done = join(dir, ".complete");
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`bench: generating ${count} articles into ${dir}\n`);
    await writeCorpus(dir, { count, seed: options.seed });
    writeFileSync(done, new Date().toISOString());
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));
  if (files.length < count) throw new Error(`bench corpus at ${dir} has ${files.length} articles, expected ${count}`);
  return { dir, files: files.slice(0, count) };
}

export function readTexts(files: readonly string[]): string[] {
  return files.map((f) => readFileSync(f, "utf8"));
}
