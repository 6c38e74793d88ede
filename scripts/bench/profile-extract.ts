// Where extract's CPU time goes: runs the pipeline over the benchmark corpus under V8's sampling profiler
// (after a warm-up, so JIT compilation is not what gets measured) and prints the time of each stage's entry
// function, then the top files and functions by self time. Run from src/ through tsx, line numbers are those
// of the transformed code; function and file names are right.
//   node --import tsx scripts/bench/profile-extract.ts [--n 2000] [--seed 42] [--top 20] [--interval-us 500] [--out FILE.cpuprofile]
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../../src/context.js";
import { extract } from "../../src/pipeline.js";
import { ensureBenchCorpus, readTexts } from "./bench-corpus.js";
import { formatSummary, summarizeProfile, type CpuProfile } from "./summarize-profile.js";

/** Each stage's entry function, as src/pipeline.ts calls it. */
const STAGE_ENTRIES = ["cleanDocument", "findSentences", "findDates", "findPlaces", "findActors", "findFigures", "codeEvents"];
const WARM_UP = 200;

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "2000" }, seed: { type: "string", default: "42" }, top: { type: "string", default: "20" },
    "interval-us": { type: "string", default: "500" }, out: { type: "string" },
  },
});
const count = Number(values.n);
const top = Number(values.top);
const interval = Number(values["interval-us"]);
for (const [flag, value] of [["--n", count], ["--top", top], ["--interval-us", interval]] as const) {
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} must be a positive whole number, got '${value}'`);
}

const corpus = await ensureBenchCorpus(count, { seed: Number(values.seed) });
const texts = readTexts(corpus.files);
const ctx = await createContext({});
const run = (body: string, i: number) => extract({ path: `bench-${i}.txt`, url: null, body, format: "text" }, ctx);
texts.slice(0, WARM_UP).forEach(run);

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval });
await session.post("Profiler.start");
const cpu = process.cpuUsage();
texts.forEach(run);
const used = process.cpuUsage(cpu);
const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
session.disconnect();

if (values.out) writeFileSync(values.out, JSON.stringify(profile));
const root = join(import.meta.dirname, "..", "..");
process.stdout.write(`extract over ${count} articles: ${((used.user + used.system) / 1e6).toFixed(2)} s CPU while profiled (sampling every ${interval} us)\n`);
process.stdout.write(formatSummary(summarizeProfile(profile, { root, entries: STAGE_ENTRIES, top })) + "\n");
