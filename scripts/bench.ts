// Measures sitrep's speed against its limits on a generated corpus (10,000 articles of about 5 KB by default):
// extract throughput on one core, ingest throughput into SQLite, peak RSS, cold start of the built CLI, and
// the full pipeline's speed as a share of a bare tokenize pass, and each stage's share of the CPU time (over
// the first --stage-n articles). Targets read wall time (quiet machine); CPU time, which a busy machine does
// not inflate, stands beside it. Prints a table; asserts nothing.
//   npm run bench -- [--n 10000] [--seed 42] [--no-build] [--spawns 5] [--stage-n 2000]
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../src/context.js";
import { ensureBenchCorpus, readTexts } from "./bench/bench-corpus.js";
import { buildProject, measureColdStart } from "./bench/measure-cold-start.js";
import { measureExtract, measureStages, measureTokenize } from "./bench/measure-extract.js";
import { measureIngest } from "./bench/measure-ingest.js";
import { toTable, type Row } from "./bench/report-table.js";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { n: { type: "string", default: "10000" }, seed: { type: "string", default: "42" },
    "no-build": { type: "boolean", default: false }, spawns: { type: "string", default: "5" },
    "stage-n": { type: "string", default: "2000" } },
});
const count = Number(values.n);
const seed = Number(values.seed);
const spawns = Number(values.spawns);
const stageCount = Math.min(count, Number(values["stage-n"]));
if (!Number.isInteger(count) || count <= 0) throw new Error(`--n must be a positive whole number, got '${values.n}'`);
if (!Number.isInteger(stageCount) || stageCount <= 0) throw new Error(`--stage-n must be a positive whole number, got '${values["stage-n"]}'`);
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
log(`extract per stage: ${stageCount} articles`);
const stages = measureStages(texts.slice(0, stageCount), ctx);
log("ingest into a fresh SQLite store");
const ingest = await measureIngest(texts, ctx, { root, corpusDir: corpus.dir });
const peakRssMb = process.resourceUsage().maxRSS / 1024;

const mb = (bytes: number) => bytes / (1024 * 1024);
// Targets are read against wall time on a quiet machine, as before; CPU time (which other processes on a
// busy machine do not inflate) is given beside it in the notes.
const fullMbs = mb(full.bytes) / full.seconds;
const tokenizeMbs = mb(tokenize.bytes) / tokenize.seconds;
const cpuRatio = (100 * mb(full.bytes) / full.cpuSeconds) / (mb(tokenize.bytes) / tokenize.cpuSeconds);
const stagesTotal = Object.values(stages).reduce((a, b) => a + b, 0);
const stageRows: Row[] = Object.entries(stages).map(([stage, seconds]) => ({
  measure: `  stage ${stage}`, value: (100 * seconds) / stagesTotal, unit: "%", target: null,
  note: `${((1000 * seconds) / stageCount).toFixed(3)} ms CPU/article`,
}));
const rows: Row[] = [
  { measure: "extract (1 core)", value: full.articles / full.seconds, unit: "articles/s", target: { op: ">=", value: 500 },
    note: `${full.seconds.toFixed(1)} s wall; ${full.cpuSeconds.toFixed(1)} s CPU = ${(full.articles / full.cpuSeconds).toFixed(0)} articles/s; ${full.events} events` },
  { measure: "extract (1 core)", value: fullMbs, unit: "MB/s", target: null, note: `${mb(full.bytes).toFixed(1)} MB of text` },
  // The first pass pays for JIT compilation, whose background threads count in the process's CPU time.
  { measure: "extract, warm (stage pass)", value: stageCount / stagesTotal, unit: "articles/s", target: null,
    note: `${stagesTotal.toFixed(1)} s CPU in stages, ${stageCount} articles` },
  ...stageRows,
  { measure: "ingest into SQLite", value: ingest.articles / ingest.seconds, unit: "articles/s", target: { op: ">=", value: 300 },
    note: `${ingest.mode}; ${ingest.cpuSeconds === null ? "" : `${ingest.cpuSeconds.toFixed(1)} s CPU all threads; `}${ingest.documents} documents, ${ingest.events} events stored` },
  { measure: "peak RSS", value: peakRssMb, unit: "MB", target: { op: "<=", value: 400 }, note: "bench process, corpus held in memory" },
  { measure: "cold start extract --json", value: cold.medianMs, unit: "ms", target: { op: "<=", value: 400 },
    note: `median of ${spawns}: ${cold.allMs.map((ms) => ms.toFixed(0)).join(", ")}` },
  { measure: "tokenize-only pass", value: tokenizeMbs, unit: "MB/s", target: null,
    note: `${tokenize.words} words, ${tokenize.cpuSeconds.toFixed(2)} s CPU` },
  { measure: "full / tokenize", value: (100 * fullMbs) / tokenizeMbs, unit: "%", target: { op: ">=", value: 20 },
    note: `by CPU time: ${cpuRatio.toFixed(2)} %` },
];
process.stdout.write(`sitrep bench: ${count} articles (${corpus.dir}), node ${process.version}, ${new Date().toISOString()}\n`);
process.stdout.write(toTable(rows) + "\n");
