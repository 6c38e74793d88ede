// `sitrep events [filters] [--json]`: the stored events, as an aligned table or JSON Lines.
import { createContext } from "../context.js";
import { toTextTable } from "../export/to-text-table.js";
import { openStore, resolveStoreUrl } from "../store/store.js";
import { GRADES, type EventFilter, type Grade } from "../store/store.js";
import { FILTER_OPTIONS, parseCommandArgs, runCommand, toEventFilter, UsageError } from "./cli-args.js";

export const FILTER_USAGE = `Filters: --type T  --sub-type S  --actor TEXT  --place NAME  --near NAME|LAT,LON [--km N (25)]
         --since YYYY-MM-DD  --until YYYY-MM-DD  --limit N  --offset N  --db PATH (else $DATABASE_URL, else $SITREP_DB, else ./sitrep.db)
`;

const USAGE = `Usage: sitrep events [filters] [--grade '${GRADES.join("'|'")}'] [--json]
Each event is one incident, merged from every report of it, with all its sources.
${FILTER_USAGE}`;

export async function runEvents(args: string[]): Promise<number> {
  return runCommand("events", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      ...FILTER_OPTIONS, grade: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (filters are flags, e.g. --place Aleppo)`);
    const filter = { ...(await resolveFilter(values)), grade: parseGrade(values.grade) };
    const store = await openStore(resolveStoreUrl(values.db));
    try {
      const events = await store.findEvents(filter);
      if (values.json) {
        for (const e of events) process.stdout.write(JSON.stringify(e) + "\n");
      } else {
        process.stdout.write(toTextTable(events));
        process.stderr.write(`sitrep: ${events.length} events\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  });
}

/** The filter from the flags, loading the gazetteer only when --near names a place. */
export async function resolveFilter(values: Parameters<typeof toEventFilter>[0]): Promise<EventFilter> {
  const needsGazetteer = values.near !== undefined && !/^\s*-?[\d.]+\s*,/.test(values.near);
  const gazetteer = needsGazetteer ? (await createContext({})).gazetteer : null;
  return toEventFilter(values, (name) => {
    const entry = gazetteer?.lookup(name)[0];
    return entry ? { latitude: entry.latitude, longitude: entry.longitude } : null;
  });
}

/** --grade: one of the Airwars-style grades, in any case. */
export function parseGrade(value: string | undefined): Grade | undefined {
  if (value === undefined) return undefined;
  const grade = GRADES.find((g) => g === value.trim().toLowerCase());
  if (!grade) throw new UsageError(`--grade must be one of ${GRADES.map((g) => `'${g}'`).join(", ")}; got '${value}'`);
  return grade;
}
