// `sitrep extract [FILE|DIR|URL|-]... [--json]`: runs the pipeline on each document and prints the result,
// without touching a database. --json prints the contract (../shared/CONTRACT.md) as JSON Lines;
// otherwise a short readable summary per document. Problems go to stderr, one line each.
import { parseArgs } from "node:util";
import { createContext } from "../context.js";
import { readInputs } from "../input/read-inputs.js";
import { extract } from "../pipeline.js";
import type { Extraction } from "../types.js";
import { UsageError } from "./cli-args.js";
import { EXTRACT_OPTION_SPEC, toExtractOptions } from "./extract-options.js";

export async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { ...EXTRACT_OPTION_SPEC, json: { type: "boolean" }, sentences: { type: "boolean" } },
  });
  if (!positionals.length) throw new UsageError("extract needs at least one FILE, DIR, URL or - (stdin)");
  const options = { ...toExtractOptions(values), keepSentences: values.sentences ?? false };
  const ctx = await createContext(options, { actorFiles: values.actors ?? [] });
  let documents = 0;
  let failed = 0;
  for await (const item of readInputs(positionals, { published: options.published })) {
    if (item.kind === "problem") {
      failed++;
      process.stderr.write(`sitrep: skipped ${item.input}: ${item.problem.message}\n`);
      continue;
    }
    const out = extract(item.doc, ctx);
    documents++;
    process.stdout.write(values.json ? JSON.stringify(out) + "\n" : formatSummary(out));
  }
  return documents === 0 && failed > 0 ? 1 : 0;
}

function formatSummary(out: Extraction): string {
  const d = out.document;
  const lines = [`== ${d.path ?? d.url ?? d.id.slice(0, 12)}${d.title ? `: ${d.title}` : ""} (published ${d.published ?? "unknown"})`];
  for (const e of out.events) {
    const where = e.location ? `${e.location.name}${e.location.resolved ? "" : " (unresolved)"}` : "?";
    const who = [e.actor1, e.actor2].filter(Boolean).join(" vs ") || "unknown actors";
    lines.push(`  ${e.event_date ?? "date ?"}  ${e.sub_event_type.padEnd(34)} ${where.padEnd(22)} ${who}; fatalities ${e.fatalities.low ?? "-"}`);
  }
  if (!out.events.length) lines.push("  no events");
  const places = out.places.map((p) => (p.resolved ? p.name : `${p.name}?`));
  lines.push(`  places: ${[...new Set(places)].join(", ") || "none"}`);
  lines.push(`  figures: ${out.figures.map((f) => `${f.measure} ${f.value}${f.attributed_to ? ` (${f.attributed_to})` : ""}`).join("; ") || "none"}`);
  return lines.join("\n") + "\n";
}
