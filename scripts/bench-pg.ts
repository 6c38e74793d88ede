// Documents per second into PostgreSQL with 1, 2 and 4 `sitrep worker` processes, beside `sitrep ingest` into
// the embedded SQLite store, on the same generated corpus. Each figure is one run of whole processes (start-up,
// gazetteer load and all); the start-up of one worker on an empty queue is shown so it can be subtracted.
// On a machine shared with other work wall time says little, so CPU time is reported too: of the sitrep
// processes (bash's `times`), and of the PostgreSQL server (/proc, all its clients, so others' load counts in).
//   npm run bench:pg -- [--n 1000] [--seed 42] [--workers 1,2,4] [--batch 4] [--pg postgres://127.0.0.1:5432/test]
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./generate-corpus.js";
import { createTestSchemas } from "../src/store/postgres/pg-test-schemas.test.js";

const root = join(import.meta.dirname, "..");
const { values } = parseArgs({ options: { n: { type: "string", default: "1000" }, seed: { type: "string", default: "42" },
  workers: { type: "string", default: "1,2,4" }, batch: { type: "string", default: "4" }, pg: { type: "string" } } });
const count = Number(values.n);
if (!Number.isInteger(count) || count <= 0) throw new Error(`--n must be a positive whole number, got '${values.n}'`);
const workerCounts = values.workers.split(",").map(Number);
if (values.pg) process.env.SITREP_TEST_PG = values.pg;
const log = (message: string) => process.stderr.write(`bench:pg: ${message}\n`);

/** Runs the CLI under bash so that `times` reports its CPU (user + system, worker threads included). */
function sitrep(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const script = 'node --import tsx scripts/sitrep.ts "$@"; code=$?; times >&2; exit $code';
    const child = spawn("bash", ["-c", script, "sitrep", ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-2000); });
    child.on("exit", (code) => (code === 0 ? resolve(parseChildCpu(stderr)) : reject(new Error(`sitrep ${args[0]} exited ${code}:\n${stderr}`))));
  });
}

/** The second line of bash's `times` ("0m5.120s 0m0.830s"): CPU seconds of the shell's children. */
function parseChildCpu(stderr: string): number {
  const line = stderr.trim().split("\n").at(-1) ?? "";
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return parts.length === 2 ? parts[0] + parts[1] : NaN;
}

/** CPU seconds of every local postgres process, exited backends included (counted in the postmaster's cutime). */
function postgresCpu(): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime, stime, cutime, cstime are fields 14-17 of stat, 12-15 after the name.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      continue; // the process ended while we looked: its time is in its parent's cutime now
    }
  }
  return ticks / 100;
}

interface Run { wall: number; cpu: number; server: number }

async function measure(run: () => Promise<number | number[]>): Promise<Run> {
  const server0 = postgresCpu();
  const start = performance.now();
  const cpu = [await run()].flat().reduce((a, b) => a + b, 0);
  return { wall: (performance.now() - start) / 1000, cpu, server: postgresCpu() - server0 };
}

const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-pg-"));
const schemas = createTestSchemas("bench");
try {
  const corpus = join(dir, "corpus");
  await writeCorpus(corpus, { count, seed: Number(values.seed) });
  log(`${count} articles in ${corpus}`);
  const rows: [string, Run, boolean][] = [];
  log("SQLite: sitrep ingest");
  rows.push(["SQLite, sitrep ingest (1 process)", await measure(() => sitrep(["ingest", corpus, "--db", join(dir, "bench.db"), "--quiet"])), true]);
  const empty = schemas.fresh().url;
  await sitrep(["db", "migrate", "--db", empty]);
  rows.push(["worker start-up, empty queue", await measure(() => sitrep(["worker", "--db", empty, "--drain", "--quiet"])), false]);
  for (const workers of workerCounts) {
    const { url } = schemas.fresh();
    const enqueue = await measure(() => sitrep(["enqueue", corpus, "--db", url]));
    log(`PostgreSQL: ${workers} worker(s)`);
    const run = await measure(() => Promise.all(Array.from({ length: workers }, () => sitrep(["worker", "--db", url, "--drain", "--quiet", "--batch", values.batch]))));
    rows.push([`PostgreSQL, ${workers} worker process(es) (enqueue ${enqueue.wall.toFixed(1)} s before)`, run, true]);
  }
  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`${"run".padEnd(width)}  wall s  docs/s  sitrep cpu s  server cpu s  docs per cpu s\n`);
  for (const [label, r, rated] of rows) {
    const rate = (x: number) => (rated ? (count / x).toFixed(1) : "-").padStart(6);
    process.stdout.write(`${label.padEnd(width)}  ${r.wall.toFixed(1).padStart(6)}  ${rate(r.wall)}  ${r.cpu.toFixed(1).padStart(12)}  ` +
      `${r.server.toFixed(1).padStart(12)}  ${rate(r.cpu + r.server).padStart(14)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  await schemas.dropAll();
}
