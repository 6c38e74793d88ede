// Generates a deterministic corpus of news-like conflict articles (about 5 KB each) from the templates in
// scripts/corpus/, for benchmarks and crash tests:
//   npx tsx scripts/generate-corpus.ts --n 10000 --out DIR|FILE.jsonl [--seed 42] [--size 5000]
import { mkdirSync, writeFileSync, createWriteStream } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createRandom } from "./corpus/random.js";
import { createArticle, type Article } from "./corpus/render-article.js";

export interface CorpusOptions {
  count: number;
  seed?: number;
  /** Rough article size in characters. Default 5000. */
  targetChars?: number;
}

/** The articles of a corpus, one at a time; the same options always give the same articles. */
export function* generateCorpus(options: CorpusOptions): Generator<Article> {
  const random = createRandom(options.seed ?? 42);
  for (let i = 0; i < options.count; i++) yield createArticle(random, { targetChars: options.targetChars ?? 5000 });
}

/** Writes a corpus as numbered .txt files in a directory, or as JSON Lines when `out` ends in .jsonl. */
export async function writeCorpus(out: string, options: CorpusOptions): Promise<{ files: number; bytes: number }> {
  let bytes = 0;
  let files = 0;
  if (out.endsWith(".jsonl")) {
    const stream = createWriteStream(out);
    for (const a of generateCorpus(options)) {
      const line = JSON.stringify({ id: `article-${++files}`, title: a.title, publisher: a.publisher, published: a.published, text: a.text }) + "\n";
      bytes += Buffer.byteLength(line);
      if (!stream.write(line)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
    }
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return { files: 1, bytes };
  }
  mkdirSync(out, { recursive: true });
  for (const a of generateCorpus(options)) {
    files++;
    writeFileSync(join(out, `article-${String(files).padStart(6, "0")}.txt`), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return { files, bytes };
}

async function runCli(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { n: { type: "string", default: "1000" }, out: { type: "string" }, seed: { type: "string", default: "42" }, size: { type: "string", default: "5000" } },
  });
  const count = Number(values.n);
  const seed = Number(values.seed);
  const targetChars = Number(values.size);
  if (!values.out) throw new Error("--out is required: a directory, or a file ending in .jsonl");
  if (!Number.isInteger(count) || count < 0) throw new Error(`--n must be a whole number, got '${values.n}'`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got '${values.seed}'`);
  if (!(targetChars > 0)) throw new Error(`--size must be a positive number of characters, got '${values.size}'`);
  const result = await writeCorpus(values.out, { count, seed, targetChars });
  process.stderr.write(`wrote ${count} articles (${(result.bytes / 1e6).toFixed(1)} MB) to ${values.out}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runCli(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`generate-corpus: ${error.message}\n`);
    process.exitCode = 2;
  });
}
