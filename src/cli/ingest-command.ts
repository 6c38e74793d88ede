// `sitrep ingest PATH|URL|- ... [--db PATH] [--published DATE] [--json]`: read, extract and store each
// document. Documents are coded on worker threads (src/ingest) while this thread writes them to the store in
// batches, each document all-or-nothing. Bad inputs are reported and recorded; the batch always goes on.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Context } from "../context.js";
import { createExtractor, type Extractor } from "../ingest/extract-pool.js";
import { runInBatches, type BatchOptions } from "../ingest/run-in-batches.js";
import { readInputs, type InputItem } from "../input/read-inputs.js";
import { clean, extractCleaned } from "../pipeline.js";
import { openStore, resolveStoreUrl, type BatchSaveResult, type SaveResult, type Store } from "../store/store.js";
import type { Extraction, Problem, RawDocument } from "../types.js";
import { parseCommandArgs, parseNumberArg, runCommand, UsageError } from "./cli-args.js";
import { EXTRACT_OPTION_SPEC, toExtractOptions } from "./extract-options.js";

const USAGE = `Usage: sitrep ingest PATH|URL|- ... [--db PATH] [--published YYYY-MM-DD] [--country ISO2] [--near LAT,LON]
       [--actors FILE.tsv] [--max-bytes N] [--timeout SECONDS] [--workers N] [--json] [--quiet]
Reads .txt .md .html .htm .jsonl .ndjson files, directories (recursively), URLs and stdin ('-'), extracts events
and stores them in the database (--db, else $DATABASE_URL, else $SITREP_DB, else ./sitrep.db). --workers: threads that code
documents while the store writes (default: one per spare core, at most 2; 0 codes in this thread). Each document
is stored whole or not at all. Exit code 0 if anything was
processed, 1 if every input failed, 2 on usage errors.
`;

interface Tally { stored: number; unchanged: number; events: number; problems: number }

export async function runIngest(args: string[]): Promise<number> {
  return runCommand("ingest", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      ...EXTRACT_OPTION_SPEC, db: { type: "string" }, "max-bytes": { type: "string" }, timeout: { type: "string" },
      workers: { type: "string" }, json: { type: "boolean" }, quiet: { type: "boolean" }, help: { type: "boolean", short: "h" },
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
    const workers = parseNumberArg("--workers", values.workers, { integer: true, min: 0 }) ?? defaultWorkers(positionals);
    const store = await openStore(resolveStoreUrl(values.db));
    const extractor = await createExtractor({ options, sources: { actorFiles: values.actors ?? [] }, workers });
    if (extractor.fallback) process.stderr.write(`sitrep: ${extractor.fallback}\n`);
    try {
      const tally: Tally = { stored: 0, unchanged: 0, events: 0, problems: 0 };
      const items = readInputs(positionals, { published, maxBytes, timeoutMs: timeout === undefined ? undefined : timeout * 1000 });
      const o: IngestOptions = { store, extractor, tally, json: !!values.json, quiet: !!values.quiet };
      await runInBatches(items, (item) => prepareItem(item, o), (batch) => saveBatch(batch, o), BATCHING);
      const { stored, unchanged, events, problems } = tally;
      process.stderr.write(`sitrep: ${stored} documents stored, ${unchanged} unchanged, ${events} events, ${problems} problems\n`);
      return stored + unchanged > 0 ? 0 : 1;
    } finally {
      await extractor.close();
      await store.close();
    }
  });
}

/**
 * Up to 100 documents per store transaction (each still all-or-nothing, in its own savepoint); twice that
 * being coded ahead, so the extract worker is busy while the store writes; a batch is saved when the next
 * input takes over a second (a feed, stdin).
 */
const BATCHING: BatchOptions = { lookahead: 200, maxBatch: 100, maxWaitMs: 1000 };

/**
 * One worker thread per spare core, at most two: past that the store's single writer is the limit. None for a
 * few plain files: starting a worker (its own gazetteer) costs more than it saves on a handful of documents.
 */
function defaultWorkers(inputs: readonly string[]): number {
  const few = inputs.length < 8 && inputs.every((input) => isPlainFile(input));
  return few ? 0 : Math.max(0, Math.min(2, availableParallelism() - 1));
}

/** A file holding one document (not a directory, URL, stdin or a JSON Lines file of many). */
function isPlainFile(input: string): boolean {
  if (input === "-" || /^[a-z]+:\/\//i.test(input) || /\.(jsonl|ndjson)$/i.test(input)) return false;
  try {
    return statSync(input).isFile();
  } catch {
    return true; // missing: readInputs reports it; no worker is needed for that
  }
}

interface IngestOptions { store: Store; extractor: Extractor; tally: Tally; json: boolean; quiet: boolean }

/** An input ready for the store: a problem, a document it has, a coded document, or a failure to code it. */
type Prepared =
  | { input: string; kind: "problem"; problem: Problem }
  | { input: string; kind: "unchanged"; documentId: string }
  | { input: string; kind: "extracted"; extraction: Extraction; cleanedText: string }
  | { input: string; kind: "failed"; message: string };

/** Cleans first so a document already stored (same id) skips the rest of the pipeline. Never rejects. */
async function prepareItem(item: InputItem, o: IngestOptions): Promise<Prepared> {
  if (item.kind === "problem") return { input: item.input, kind: "problem", problem: item.problem };
  try {
    const cleaned = await o.extractor.clean(item.doc);
    if (await o.store.hasDocument(cleaned.id)) return { input: item.input, kind: "unchanged", documentId: cleaned.id };
    return { input: item.input, kind: "extracted", extraction: await o.extractor.extract(cleaned), cleanedText: cleaned.text };
  } catch (error) {
    return { input: item.input, kind: "failed", message: (error as Error).message };
  }
}

async function saveBatch(batch: readonly Prepared[], o: IngestOptions): Promise<void> {
  const toSave = batch.filter((p) => p.kind === "extracted");
  const saved = new Map(toSave.map((p, i) => [p, i]));
  const results = await o.store.saveExtractions(toSave.map(({ extraction, cleanedText }) => ({ extraction, cleanedText })));
  for (const p of batch) {
    const result: BatchSaveResult | null = p.kind === "extracted" ? results[saved.get(p)!]! : p.kind === "unchanged" ? p : null;
    if (p.kind === "problem") await reportProblem(p.input, p.problem, { ...o, skipped: true });
    else if (p.kind === "failed") await reportProblem(p.input, internalError(p.message), o);
    else if (result?.kind === "failed") await reportProblem(p.input, internalError(result.error.message), o);
    else if (result) reportSaved(p.input, result, o);
  }
}

function reportSaved(input: string, result: SaveResult, o: IngestOptions): void {
  if (result.kind === "stored") {
    o.tally.stored++;
    o.tally.events += result.events;
  } else {
    o.tally.unchanged++;
  }
  const events = result.kind === "stored" ? result.events : 0;
  if (!o.quiet) process.stderr.write(`sitrep: ${result.kind} ${input}${result.kind === "stored" ? ` (${events} events)` : ""}\n`);
  if (o.json) writeJson({ input, status: result.kind, document_id: result.documentId, events });
}

async function reportProblem(input: string, problem: Problem, o: IngestOptions & { skipped?: boolean }): Promise<void> {
  o.tally.problems++;
  process.stderr.write(`sitrep: ${o.skipped ? "skipped" : "failed"} ${input}: ${problem.message}\n`);
  await o.store.saveInputProblem(input, problem);
  if (o.json) writeJson({ input, status: "problem", problem });
}

function internalError(message: string): Problem {
  return { kind: "internal-error", message: `extracting or storing failed: ${message}` };
}

/** One document, in this thread (`sitrep watch`): cleans first so a document already stored skips the rest. */
export async function extractAndSave(raw: RawDocument, o: { store: Store; ctx: Context }): Promise<SaveResult> {
  const cleaned = clean(raw, o.ctx);
  if (await o.store.hasDocument(cleaned.id)) return { kind: "unchanged", documentId: cleaned.id };
  return o.store.saveExtraction(extractCleaned(cleaned, o.ctx), cleaned.text);
}

function writeJson(record: object): void {
  process.stdout.write(JSON.stringify(record) + "\n");
}
