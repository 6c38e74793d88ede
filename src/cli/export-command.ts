// `sitrep export --format acled-csv|geojson|jsonl [filters] [--out FILE]`: the stored events in a
// standard format, read from the store a page at a time.
import { closeSync, openSync, writeSync } from "node:fs";
import { toAcledCsv } from "../export/to-acled-csv.js";
import { createGeoJsonWriter } from "../export/to-geojson.js";
import { toJsonl } from "../export/to-jsonl.js";
import { openStore, resolveStoreUrl, type EventFilter, type Store, type StoredEvent } from "../store/store.js";
import { FILTER_OPTIONS, parseCommandArgs, runCommand, UsageError } from "./cli-args.js";
import { FILTER_USAGE, parseGrade, resolveFilter } from "./events-command.js";

const FORMATS = ["acled-csv", "geojson", "jsonl"] as const;
const PAGE_SIZE = 1000;
const USAGE = `Usage: sitrep export --format ${FORMATS.join("|")} [filters] [--grade G] [--out FILE]
One row or feature per incident; \`source\` lists every outlet that reported it, joined with "; ".
${FILTER_USAGE}`;

export async function runExport(args: string[]): Promise<number> {
  return runCommand("export", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      ...FILTER_OPTIONS, grade: { type: "string" }, format: { type: "string" }, out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = FORMATS.find((f) => f === values.format);
    if (!format) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got '${values.format ?? ""}'`);
    const filter = { ...(await resolveFilter(values)), grade: parseGrade(values.grade) };
    const store = await openStore(resolveStoreUrl(values.db));
    const fd = values.out ? openOut(values.out) : null;
    const write = (chunk: string) => (fd === null ? process.stdout.write(chunk) : writeSync(fd, chunk));
    try {
      const { written, skipped } = await writeEvents(format, pages(store, filter), write);
      const note = skipped > 0 ? `; ${skipped} without coordinates left out` : "";
      process.stderr.write(`sitrep: exported ${written} events as ${format}${values.out ? ` to ${values.out}` : ""}${note}\n`);
      return 0;
    } finally {
      if (fd !== null) closeSync(fd);
      await store.close();
    }
  });
}

async function writeEvents(format: (typeof FORMATS)[number], events: AsyncIterable<StoredEvent[]>, write: (chunk: string) => void) {
  if (format === "geojson") {
    const writer = createGeoJsonWriter(write);
    for await (const page of events) writer.add(page);
    return writer.end();
  }
  let written = 0;
  if (format === "acled-csv") write(toAcledCsv([], { header: true }));
  for await (const page of events) {
    write(format === "acled-csv" ? toAcledCsv(page, { header: false }) : toJsonl(page));
    written += page.length;
  }
  return { written, skipped: 0 };
}

/** The filter's events a page at a time, honouring its own limit and offset. */
async function* pages(store: Store, filter: EventFilter): AsyncGenerator<StoredEvent[]> {
  let offset = filter.offset ?? 0;
  let left = filter.limit ?? Infinity;
  while (left > 0) {
    const page = await store.findEvents({ ...filter, offset, limit: Math.min(PAGE_SIZE, left) });
    if (page.length > 0) yield page;
    if (page.length < Math.min(PAGE_SIZE, left)) return;
    offset += page.length;
    left -= page.length;
  }
}

function openOut(path: string): number {
  try {
    return openSync(path, "w");
  } catch (error) {
    throw new Error(`cannot write --out '${path}': ${(error as Error).message}`, { cause: error });
  }
}
