// `sitrep ingest PATH|URL|- ... [--db PATH] [--published DATE] [--json]`: read, extract and store each
// document, one transaction each. Bad inputs are reported and recorded; the batch always goes on.
import { createContext, type Context } from "../context.js";
import { readInputs, type InputItem } from "../input/read-inputs.js";
import { clean, extractCleaned } from "../pipeline.js";
import { openStore, resolveStoreUrl, type SaveResult, type Store } from "../store/store.js";
import type { RawDocument } from "../types.js";
import { parseCommandArgs, parseNumberArg, runCommand, UsageError } from "./cli-args.js";
import { EXTRACT_OPTION_SPEC, toExtractOptions } from "./extract-options.js";

const USAGE = `Usage: sitrep ingest PATH|URL|- ... [--db PATH] [--published YYYY-MM-DD] [--country ISO2] [--near LAT,LON]
       [--actors FILE.tsv] [--max-bytes N] [--timeout SECONDS] [--json] [--quiet]
Reads .txt .md .html .htm .jsonl .ndjson files, directories (recursively), URLs and stdin ('-'), extracts events
and stores them in the database (--db, else $SITREP_DB, else ./sitrep.db). Exit code 0 if anything was
processed, 1 if every input failed, 2 on usage errors.
`;

interface Tally { stored: number; unchanged: number; events: number; problems: number }

export async function runIngest(args: string[]): Promise<number> {
  return runCommand("ingest", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      ...EXTRACT_OPTION_SPEC, db: { type: "string" }, "max-bytes": { type: "string" }, timeout: { type: "string" },
      json: { type: "boolean" }, quiet: { type: "boolean" }, help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError("expected at least one file, directory, URL or '-'");
    const options = toExtractOptions(values);
    const published = options.published ?? null;
    const maxBytes = parseNumberArg("--max-bytes", values["max-bytes"], { integer: true, min: 1 });
    const timeout = parseNumberArg("--timeout", values.timeout, { min: 0.001 });
    const store = await openStore(resolveStoreUrl(values.db));
    try {
      const ctx = await createContext(options, { actorFiles: values.actors ?? [] });
      const tally: Tally = { stored: 0, unchanged: 0, events: 0, problems: 0 };
      const items = readInputs(positionals, { published, maxBytes, timeoutMs: timeout === undefined ? undefined : timeout * 1000 });
      for await (const item of items) await ingestItem(item, { store, ctx, tally, json: !!values.json, quiet: !!values.quiet });
      const { stored, unchanged, events, problems } = tally;
      process.stderr.write(`sitrep: ${stored} documents stored, ${unchanged} unchanged, ${events} events, ${problems} problems\n`);
      return stored + unchanged > 0 ? 0 : 1;
    } finally {
      await store.close();
    }
  });
}

interface IngestOptions { store: Store; ctx: Context; tally: Tally; json: boolean; quiet: boolean }

async function ingestItem(item: InputItem, o: IngestOptions): Promise<void> {
  if (item.kind === "problem") {
    o.tally.problems++;
    process.stderr.write(`sitrep: skipped ${item.input}: ${item.problem.message}\n`);
    await o.store.saveInputProblem(item.input, item.problem);
    if (o.json) writeJson({ input: item.input, status: "problem", problem: item.problem });
    return;
  }
  try {
    const result = await extractAndSave(item.doc, o);
    if (result.kind === "stored") {
      o.tally.stored++;
      o.tally.events += result.events;
    } else {
      o.tally.unchanged++;
    }
    const events = result.kind === "stored" ? result.events : 0;
    if (!o.quiet) process.stderr.write(`sitrep: ${result.kind} ${item.input}${result.kind === "stored" ? ` (${events} events)` : ""}\n`);
    if (o.json) writeJson({ input: item.input, status: result.kind, document_id: result.documentId, events });
  } catch (error) {
    o.tally.problems++;
    const problem = { kind: "internal-error" as const, message: `extracting or storing failed: ${(error as Error).message}` };
    process.stderr.write(`sitrep: failed ${item.input}: ${problem.message}\n`);
    await o.store.saveInputProblem(item.input, problem);
    if (o.json) writeJson({ input: item.input, status: "problem", problem });
  }
}

/** Cleans first so a document already stored (same id) skips the rest of the pipeline. */
export async function extractAndSave(raw: RawDocument, o: Pick<IngestOptions, "store" | "ctx">): Promise<SaveResult> {
  const cleaned = clean(raw, o.ctx);
  if (await o.store.hasDocument(cleaned.id)) return { kind: "unchanged", documentId: cleaned.id };
  return o.store.saveExtraction(extractCleaned(cleaned, o.ctx), cleaned.text);
}

function writeJson(record: object): void {
  process.stdout.write(JSON.stringify(record) + "\n");
}
