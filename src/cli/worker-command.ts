// `sitrep worker [--db postgres://...] [--concurrency N] [--batch N] [--lease SECONDS] [--drain]`: takes documents from the
// job queue in PostgreSQL, extracts and stores each; many workers (processes, machines) can share one queue.
// SIGINT/SIGTERM: finish the jobs in hand, then stop.
import { createContext } from "../context.js";
import { createWorkerId, runWorker, type JobReport } from "../queue/run-worker.js";
import { parseCommandArgs, parseNumberArg, runCommand } from "./cli-args.js";
import { DATABASE_RULE } from "../store/admin/resolve-database-url.js";
import { openQueueStore } from "./open-queue-store.js";

const USAGE = `Usage: sitrep worker [--db postgres://...] [--concurrency N] [--batch N] [--lease SECONDS] [--drain] [--actors FILE.tsv]
       [--quiet] [--json]
Processes documents put on the queue by 'sitrep enqueue'. The queue and the events live in PostgreSQL:
the database is ${DATABASE_RULE}, and must be a postgres:// URL.
Run one worker per core, on as many machines as you like.
  --concurrency N  claim loops in this process (default 1; more only overlaps database round trips)
  --batch N        jobs claimed at once, each stored in its own transaction (default 4)
  --lease SECONDS  how long a silent worker keeps its jobs before another takes them (default 60)
  --drain          exit once nothing is queued or running
SIGINT/SIGTERM: finish the job in hand, give the rest of the batch back, exit.
Exit code 0 when stopped or drained, 1 on a database error, 2 on usage errors.
`;

export async function runWorkerCommand(args: string[]): Promise<number> {
  return runCommand("worker", async () => {
    const { values } = parseCommandArgs(args, {
      db: { type: "string" }, concurrency: { type: "string" }, batch: { type: "string" }, lease: { type: "string" }, drain: { type: "boolean" },
      actors: { type: "string", multiple: true }, quiet: { type: "boolean" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const concurrency = parseNumberArg("--concurrency", values.concurrency, { integer: true, min: 1 }) ?? 1;
    const batch = parseNumberArg("--batch", values.batch, { integer: true, min: 1 }) ?? 4;
    const leaseSeconds = parseNumberArg("--lease", values.lease, { min: 1 }) ?? 60;
    const store = await openQueueStore(values.db, { connections: concurrency + 2 });
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    try {
      const ctx = await createContext({}, { actorFiles: values.actors ?? [] });
      const workerId = createWorkerId();
      process.stderr.write(`sitrep worker ${workerId}: started (${concurrency} at a time, batches of ${batch}, lease ${leaseSeconds} s)\n`);
      const tally = await runWorker({ store, ctx, concurrency, batch, leaseSeconds, drain: !!values.drain, signal: stop.signal,
        onJob: (r) => writeReport(r, { quiet: !!values.quiet, json: !!values.json }) }, workerId);
      // CPU seconds of this process (start-up included), for benchmarks on machines shared with other work.
      const cpu = process.cpuUsage();
      process.stderr.write(`sitrep worker: ${tally.stored} documents stored, ${tally.unchanged} unchanged, ${tally.events} events, ` +
        `${tally.retried} to retry, ${tally.failed} failed; cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s\n`);
      return 0;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      await store.close();
    }
  });
}

function writeReport(r: JobReport, o: { quiet: boolean; json: boolean }): void {
  if (o.json) {
    const { job, ...rest } = r;
    process.stdout.write(JSON.stringify({ job: job.id, input: job.input, attempt: job.attempts, ...rest }) + "\n");
  }
  if (o.quiet && (r.kind === "stored" || r.kind === "unchanged")) return;
  const detail = "message" in r ? `: ${r.message}` : r.kind === "stored" ? ` (${r.events} events)` : "";
  process.stderr.write(`sitrep worker: ${r.kind} ${r.job.input}${detail}\n`);
}
