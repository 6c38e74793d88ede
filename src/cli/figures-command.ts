// `sitrep figures [--measure M] [--place NAME] [--summaries] [--json] [--db PATH]`: stored figures as series,
// the same measure at the same place across documents, with dates, claimants, sources and contradictions.
import { toFigureSeries, type FigureSeries } from "../merge/figure-series.js";
import { openStore, resolveStoreUrl } from "../store/store.js";
import { parseCommandArgs, runCommand, UsageError } from "./cli-args.js";

const MEASURES = ["killed", "injured", "displaced", "besieged", "refugees", "strikes", "detained", "missing", "other"];
const USAGE = `Usage: sitrep figures [--measure ${MEASURES.join("|")}] [--place NAME] [--summaries] [--json] [--db PATH]
Figures as series across documents: each value with its date (the figure's, else its document's publication
date), who claimed it and where it was published; same-month values that differ by more than 10% are flagged.
`;

export async function runFigures(args: string[]): Promise<number> {
  return runCommand("figures", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: "string" }, measure: { type: "string" }, place: { type: "string" }, summaries: { type: "boolean" },
      json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    if (values.measure !== undefined && !MEASURES.includes(values.measure)) {
      throw new UsageError(`--measure must be one of ${MEASURES.join(", ")}, got '${values.measure}'`);
    }
    const store = await openStore(resolveStoreUrl(values.db));
    try {
      if (!store.findFigures) throw new Error("this store cannot list figures yet");
      const series = toFigureSeries(await store.findFigures({ measure: values.measure, place: values.place, includeSummaries: values.summaries }));
      process.stdout.write(values.json ? series.map((s) => JSON.stringify(s) + "\n").join("") : series.map(formatSeries).join("\n"));
      process.stderr.write(`sitrep: ${series.length} series\n`);
      return 0;
    } finally {
      await store.close();
    }
  });
}

export function formatSeries(series: FigureSeries): string {
  const lines = [`${series.measure} at ${series.place}`];
  for (const p of series.points) {
    const when = p.date ? `${p.date}${p.date_from === "published" ? " (published)" : ""}` : "date unknown";
    const value = `${p.qualifier ? `${p.qualifier} ` : ""}${p.value.toLocaleString("en-US")}`;
    lines.push(`  ${when.padEnd(22)} ${value.padEnd(22)} ${p.source}${p.claimant ? `, citing ${p.claimant}` : ""}: "${p.evidence}"`);
  }
  for (const c of series.contradictions) lines.push(`  contradiction: ${c}`);
  return lines.join("\n") + "\n";
}
