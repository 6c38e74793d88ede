// Measures sitrep's speed against its limits on a generated corpus (10,000 articles of about 5 KB by default):
// extract throughput on one core, ingest throughput into SQLite, peak RSS, cold start of the built CLI, and
// the full pipeline's speed as a share of a bare tokenize pass. Prints a table; asserts nothing.
//   npm run bench -- [--n 10000] [--seed 42] [--no-build] [--spawns 5]
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../src/context.js";
import { ensureBenchCorpus, readTexts } from "./bench/bench-corpus.js";
import { buildProject, measureColdStart } from "./bench/measure-cold-start.js";
import { measureExtract, measureTokenize } from "./bench/measure-extract.js";
import { measureIngest } from "./bench/measure-ingest.js";
import { toTable, type Row } from "./bench/report-table.js";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { n: { type: "string", default: "10000" }, seed: { type: "string", default: "42" },
    "no-build": { type: "boolean", default: false }, spawns: { type: "string", default: "5" } },
});
const count = Number(values.n);
const seed = Number(values.seed);
const spawns = Number(values.spawns);
if (!Number.isInteger(count) || count <= 0) throw new Error(`--n must be a positive whole number, got '${values.n}'`);
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

const corpus = await ensureBenchCorpus(count, { seed });
if (!values["no-build"]) {
  log("building (npm run build) for the cold-start figure");
  buildProject(root);
}
log(`cold start: ${spawns} spawns of bin/sitrep.js extract`);
const cold = measureColdStart(root, corpus.files[0], spawns);

const texts = readTexts(corpus.files);
const ctx = await createContext({});
const tokenize = measureTokenize(texts);
log(`extract: ${count} articles`);
const full = measureExtract(texts, ctx, (done) => log(`extract: ${done}/${count}`));
log("ingest into a fresh SQLite store");
const ingest = await measureIngest(texts, ctx, { root, corpusDir: corpus.dir });
const peakRssMb = process.resourceUsage().maxRSS / 1024;

const mb = (bytes: number) => bytes / (1024 * 1024);
const fullMbs = mb(full.bytes) / full.seconds;
const tokenizeMbs = mb(tokenize.bytes) / tokenize.seconds;
const rows: Row[] = [
  { measure: "extract (1 core)", value: full.articles / full.seconds, unit: "articles/s", target: { op: ">=", value: 500 },
    note: `${full.seconds.toFixed(1)} s, ${full.events} events` },
  { measure: "extract (1 core)", value: fullMbs, unit: "MB/s", target: null, note: `${mb(full.bytes).toFixed(1)} MB of text` },
  { measure: "ingest into SQLite", value: ingest.articles / ingest.seconds, unit: "articles/s", target: { op: ">=", value: 300 },
    note: `${ingest.mode}; ${ingest.documents} documents, ${ingest.events} events stored` },
  { measure: "peak RSS", value: peakRssMb, unit: "MB", target: { op: "<=", value: 400 }, note: "bench process, corpus held in memory" },
  { measure: "cold start extract --json", value: cold.medianMs, unit: "ms", target: { op: "<=", value: 400 },
    note: `median of ${spawns}: ${cold.allMs.map((ms) => ms.toFixed(0)).join(", ")}` },
  { measure: "tokenize-only pass", value: tokenizeMbs, unit: "MB/s", target: null, note: `${tokenize.words} words` },
  { measure: "full / tokenize", value: (100 * fullMbs) / tokenizeMbs, unit: "%", target: { op: ">=", value: 20 } },
];
process.stdout.write(`sitrep bench: ${count} articles (${corpus.dir}), node ${process.version}, ${new Date().toISOString()}\n`);
process.stdout.write(toTable(rows) + "\n");
