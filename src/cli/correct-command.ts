// `sitrep correct EVENT_ID --by NAME --why TEXT [--type T] [--sub-type S] [--actor1 A] [--actor2 A] [--date D]
//   [--place NAME --lat N --lon N [--geo-precision 1|2|3]] [--fatalities LOW[-HIGH]]`,
// `sitrep correct merge ID OTHER_ID --by --why`, `sitrep correct split ID --reports R1,R2 --by --why`,
// `sitrep correct list [ID]`: analysts' corrections, kept with who, when and why, surviving re-ingestion.
import { openStore, resolveStoreUrl, type CorrectionInput, type EventChanges, type Store } from "../store/store.js";
import { EVENT_TYPES, type GeoPrecision } from "../types.js";
import { parseCommandArgs, parseDateArg, parseNumberArg, runCommand, UsageError } from "./cli-args.js";

const USAGE = `Usage: sitrep correct EVENT_ID --by NAME --why TEXT [field changes]
       sitrep correct merge EVENT_ID OTHER_ID --by NAME --why TEXT
       sitrep correct split EVENT_ID --reports REPORT_ID[,REPORT_ID...] --by NAME --why TEXT
       sitrep correct list [EVENT_ID] [--json]
Field changes: --type T --sub-type S --actor1 NAME --actor2 NAME --date YYYY-MM-DD
               --place NAME [--lat N --lon N] [--geo-precision 1|2|3] --fatalities LOW[-HIGH]
Every correction is kept with who (--by), when and why (--why), and is applied again whenever the event is
re-merged, so it survives re-ingestion. Options: --db PATH, --json.
`;

const OPTIONS = {
  db: { type: "string" }, by: { type: "string" }, why: { type: "string" }, type: { type: "string" }, "sub-type": { type: "string" },
  actor1: { type: "string" }, actor2: { type: "string" }, date: { type: "string" }, place: { type: "string" }, lat: { type: "string" },
  lon: { type: "string" }, "geo-precision": { type: "string" }, fatalities: { type: "string" }, reports: { type: "string" },
  json: { type: "boolean" }, help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>["values"];

export async function runCorrect(args: string[]): Promise<number> {
  return runCommand("correct", async () => {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (values.help || positionals.length === 0) {
      process.stdout.write(USAGE);
      return values.help ? 0 : 2;
    }
    const store = await openStore(resolveStoreUrl(values.db));
    try {
      if (positionals[0] === "list") return await list(store, positionals[1], !!values.json);
      const event = await store.addCorrection(toCorrection(positionals, values));
      if (!event) throw new Error("the correction was kept, but its event could not be read back");
      process.stdout.write(values.json ? JSON.stringify(event) + "\n" : `corrected ${event.id}: ${event.reports?.length ?? 1} reports, ` +
        `${event.event_date ?? "no date"} ${event.sub_event_type} at ${event.location?.name ?? "?"}, fatalities ${event.fatalities.low ?? "?"}\n`);
      return 0;
    } finally {
      await store.close();
    }
  });
}

async function list(store: Store, eventId: string | undefined, json: boolean): Promise<number> {
  for (const c of await store.listCorrections(eventId)) {
    process.stdout.write(json ? JSON.stringify(c) + "\n" : `${c.created_at}  ${c.kind.padEnd(5)} ${c.report_id}${c.other_report_id ? ` ${c.other_report_id}` : ""}` +
      `${c.changes ? ` ${JSON.stringify(c.changes)}` : ""}  by ${c.author}: ${c.reason}\n`);
  }
  return 0;
}

export function toCorrection(positionals: string[], values: Values): CorrectionInput {
  if (!values.by?.trim()) throw new UsageError("--by NAME is required: who made the correction");
  if (!values.why?.trim()) throw new UsageError("--why TEXT is required: why the correction was made");
  const who = { author: values.by, reason: values.why };
  const [first, second, third] = positionals;
  if (first === "merge") {
    if (!second || !third || positionals.length > 3) throw new UsageError("merge takes two event ids: sitrep correct merge ID OTHER_ID");
    return { kind: "merge", event: second, other: third, ...who };
  }
  if (first === "split") {
    const reports = (values.reports ?? "").split(",").map((r) => r.trim()).filter(Boolean);
    if (!second || positionals.length > 2 || reports.length === 0) throw new UsageError("split takes one event id and --reports R1,R2: the reports to send apart");
    return { kind: "split", event: second, reports, ...who };
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${second}'`);
  return { kind: "set", event: first, changes: toChanges(values), ...who };
}

function toChanges(values: Values): EventChanges {
  const changes: EventChanges = {};
  if (values.type !== undefined) {
    const type = Object.keys(EVENT_TYPES).find((t) => t.toLowerCase() === values.type!.toLowerCase());
    if (!type) throw new UsageError(`--type must be one of ${Object.keys(EVENT_TYPES).join(", ")}; got '${values.type}'`);
    changes.event_type = type as EventChanges["event_type"];
  }
  if (values["sub-type"] !== undefined) {
    const sub = Object.values(EVENT_TYPES).flat().find((t) => t.toLowerCase() === values["sub-type"]!.toLowerCase());
    if (!sub) throw new UsageError(`--sub-type '${values["sub-type"]}' is not an ACLED sub-event type`);
    changes.sub_event_type = sub;
    changes.event_type ??= Object.entries(EVENT_TYPES).find(([, subs]) => (subs as readonly string[]).includes(sub))![0] as EventChanges["event_type"];
  }
  if (values.actor1 !== undefined) changes.actor1 = values.actor1;
  if (values.actor2 !== undefined) changes.actor2 = values.actor2;
  if (values.date !== undefined) {
    changes.event_date = parseDateArg("--date", values.date)!;
    changes.time_precision = 1;
  }
  if (values.place !== undefined) {
    const latitude = parseNumberArg("--lat", values.lat, { min: -90 }) ?? null;
    const longitude = parseNumberArg("--lon", values.lon, { min: -180 }) ?? null;
    const precision = parseNumberArg("--geo-precision", values["geo-precision"], { integer: true, min: 1 }) ?? 1;
    if (precision > 3) throw new UsageError(`--geo-precision must be 1, 2 or 3, got '${values["geo-precision"]}'`);
    changes.location = { name: values.place, latitude, longitude, geo_precision: precision as GeoPrecision };
  } else if (values.lat !== undefined || values.lon !== undefined) {
    throw new UsageError("--lat and --lon need --place NAME");
  }
  if (values.fatalities !== undefined) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(values.fatalities.trim());
    if (!match) throw new UsageError(`--fatalities must be a number or a range like 12-15, got '${values.fatalities}'`);
    const low = Number(match[1]);
    const high = match[2] === undefined ? low : Number(match[2]);
    if (high < low) throw new UsageError(`--fatalities: the high figure (${high}) is below the low one (${low})`);
    changes.fatalities = { low, best: low, high };
  }
  if (Object.keys(changes).length === 0) throw new UsageError("nothing to correct: give a field change such as --fatalities 12 or --actor1 NAME");
  return changes;
}
