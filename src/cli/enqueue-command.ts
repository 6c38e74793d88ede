// `sitrep enqueue PATH|URL|- ... [--db postgres://...]`: reads documents and puts them on the job queue for
// `sitrep worker`, instead of extracting them here. A document already queued (same body) is not queued again.
// Inputs that cannot be read are recorded as problems at once, as ingest does.
import { readInputs } from "../input/read-inputs.js";
import { enqueueJobs, type QueuedInput } from "../queue/job-queue.js";
import { parseCommandArgs, parseNumberArg, runCommand, UsageError } from "./cli-args.js";
import { EXTRACT_OPTION_SPEC, toExtractOptions } from "./extract-options.js";
import { DATABASE_RULE } from "../store/admin/resolve-database-url.js";
import { openQueueStore } from "./open-queue-store.js";

const USAGE = `Usage: sitrep enqueue PATH|URL|- ... [--db postgres://...] [--published YYYY-MM-DD] [--country ISO2] [--near LAT,LON]
       [--max-bytes N] [--timeout SECONDS] [--max-attempts N] [--json]
Reads documents as 'sitrep ingest' does and puts them on the job queue in PostgreSQL for 'sitrep worker'.
The database is ${DATABASE_RULE}, and must be a postgres:// URL.
Exit code 0 if anything was queued or was queued before, 1 if every input failed, 2 on usage errors.
`;
const BATCH = 200;

export async function runEnqueue(args: string[]): Promise<number> {
  return runCommand("enqueue", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      ...EXTRACT_OPTION_SPEC, db: { type: "string" }, "max-bytes": { type: "string" }, timeout: { type: "string" },
      "max-attempts": { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("expected at least one file, directory, URL or '-'");
    if (values.actors) throw new UsageError("--actors belongs to 'sitrep worker' (the lexicon is loaded where documents are extracted)");
    const options = toExtractOptions(values);
    const maxBytes = parseNumberArg("--max-bytes", values["max-bytes"], { integer: true, min: 1 });
    const timeout = parseNumberArg("--timeout", values.timeout, { min: 0.001 });
    const maxAttempts = parseNumberArg("--max-attempts", values["max-attempts"], { integer: true, min: 1 });
    const store = await openQueueStore(values.db, { connections: 2 });
    try {
      const tally = { read: 0, queued: 0, problems: 0 };
      let batch: QueuedInput[] = [];
      const flush = async () => {
        tally.queued += await enqueueJobs(store.pool, batch, { maxAttempts });
        batch = [];
      };
      const jobOptions = { published: options.published ?? null, country: options.country ?? null, near: options.near ?? null };
      for await (const item of readInputs(positionals, { published: options.published ?? null, maxBytes, timeoutMs: timeout === undefined ? undefined : timeout * 1000 })) {
        if (item.kind === "problem") {
          tally.problems++;
          process.stderr.write(`sitrep: skipped ${item.input}: ${item.problem.message}\n`);
          await store.saveInputProblem(item.input, item.problem);
          if (values.json) process.stdout.write(JSON.stringify({ input: item.input, status: "problem", problem: item.problem }) + "\n");
          continue;
        }
        tally.read++;
        batch.push({ input: item.input, raw: item.doc, options: jobOptions });
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      process.stderr.write(`sitrep: ${tally.queued} documents queued, ${tally.read - tally.queued} queued before, ${tally.problems} problems\n`);
      return tally.read > 0 ? 0 : 1;
    } finally {
      await store.close();
    }
  });
}
