// Documents per second into PostgreSQL with 1, 2 and 4 `sitrep worker` processes, beside `sitrep ingest` into
// the embedded SQLite store, on the same generated corpus. Each figure is wall time of whole processes (start-up,
// gazetteer load and all), once; the start-up of one worker on an empty queue is shown so it can be subtracted.
//   npm run bench:pg -- [--n 1000] [--seed 42] [--workers 1,2,4] [--pg postgres://127.0.0.1:5432/test]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./generate-corpus.js";
import { createTestSchemas } from "../src/store/postgres/pg-test-schemas.test.js";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { n: { type: "string", default: "1000" }, seed: { type: "string", default: "42" },
  workers: { type: "string", default: "1,2,4" }, pg: { type: "string" } } });
const count = Number(values.n);
if (!Number.isInteger(count) || count <= 0) throw new Error(`--n must be a positive whole number, got '${values.n}'`);
const workerCounts = values.workers.split(",").map(Number);
if (values.pg) process.env.SITREP_TEST_PG = values.pg;
const log = (message: string) => process.stderr.write(`bench:pg: ${message}\n`);

function sitrep(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/sitrep.ts", ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-2000); });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`sitrep ${args[0]} exited ${code}:\n${stderr}`))));
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return (performance.now() - start) / 1000;
}

const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-pg-"));
const schemas = createTestSchemas("bench");
try {
  const corpus = join(dir, "corpus");
  await writeCorpus(corpus, { count, seed: Number(values.seed) });
  log(`${count} articles in ${corpus}`);
  const rows: [string, number, string][] = [];
  log("SQLite: sitrep ingest");
  const sqlite = await timed(() => sitrep(["ingest", corpus, "--db", join(dir, "bench.db"), "--quiet"]));
  rows.push(["SQLite, sitrep ingest (1 process)", sqlite, (count / sqlite).toFixed(1)]);
  const empty = schemas.fresh().url;
  await sitrep(["db", "migrate", "--db", empty]);
  const startup = await timed(() => sitrep(["worker", "--db", empty, "--drain", "--quiet"]));
  rows.push(["worker start-up, empty queue", startup, "-"]);
  for (const workers of workerCounts) {
    const { url } = schemas.fresh();
    const enqueue = await timed(() => sitrep(["enqueue", corpus, "--db", url]));
    log(`PostgreSQL: ${workers} worker(s)`);
    const seconds = await timed(() => Promise.all(Array.from({ length: workers }, () => sitrep(["worker", "--db", url, "--drain", "--quiet"]))));
    rows.push([`PostgreSQL, ${workers} worker process(es) (enqueue ${enqueue.toFixed(1)} s before)`, seconds, (count / seconds).toFixed(1)]);
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${"run".padEnd(width)}  wall s  docs/s\n`);
  for (const [label, seconds, rate] of rows) process.stdout.write(`${label.padEnd(width)}  ${seconds.toFixed(1).padStart(6)}  ${rate.padStart(6)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  await schemas.dropAll();
}
