// Runs the pipeline properties of test/property/ at scale (100,000 cases by default) and prints a one-line
// summary; a failure prints its shrunk counterexample to stderr and exits 1.
//   npm run fuzz -- [--runs 100000] [--seed N]
import { parseArgs } from "node:util";
import fc from "fast-check";
import { createContext } from "../src/context.js";
import { PIPELINE_PROPERTIES, toFastCheckProperty } from "../test/property/pipeline-properties.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "100000" }, seed: { type: "string" } } });
const total = Number(values.runs);
if (!Number.isInteger(total) || total <= 0) throw new Error(`--runs must be a positive whole number, got '${values.runs}'`);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

const ctx = await createContext({ keepSentences: true });
const started = performance.now();
const parts: string[] = [];
let cases = 0;
let failures = 0;
for (const property of PIPELINE_PROPERTIES) {
  const numRuns = Math.max(1, Math.round(total * property.share.fuzz));
  const t0 = performance.now();
  const result = await fc.check(toFastCheckProperty(property, ctx), { numRuns, seed });
  cases += result.numRuns;
  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  if (result.failed) {
    failures++;
    parts.push(`${property.name}: FAILED after ${result.numRuns}`);
    process.stderr.write(`fuzz: '${property.name}' failed (seed ${seed}, path ${result.counterexamplePath}):\n` +
      `${JSON.stringify(result.counterexample)}\n${String(result.errorInstance)}\n`);
  } else {
    parts.push(`${property.name}: ${result.numRuns} ok in ${seconds} s`);
  }
  process.stderr.write(`fuzz: ${parts[parts.length - 1]}\n`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
process.stdout.write(`fuzz: ${cases} cases in ${seconds} s, seed ${seed}, ${failures} failing properties (${parts.join("; ")})\n`);
process.exitCode = failures > 0 ? 1 : 0;
