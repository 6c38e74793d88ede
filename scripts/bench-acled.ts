// Benchmarks sitrep against ACLED's own coding: every ../shared/data/acled/*.csv (read at run time, never
// copied) except the category list. Usage: npm run bench:acled [-- --dir DIR] [--limit N] [--errors FILE]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { createContext } from "../src/context.js";
import { evaluateAcled, formatAcledReport, type AcledRow } from "../src/eval/acled-eval.js";

function option(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? null : null;
}

const dir = option("--dir") ?? new URL("../../shared/data/acled/", import.meta.url).pathname;
const limit = Number(option("--limit")) || undefined;
const errorsFile = option("--errors");
const files = readdirSync(dir).filter((f) => f.endsWith(".csv") && f !== "acled_event_categories.csv").sort();
const rows = files.flatMap((f) =>
  parse(readFileSync(join(dir, f), "utf8"), { columns: true, skip_empty_lines: true, bom: true }) as AcledRow[]);
process.stderr.write(`${rows.length} ACLED rows from ${files.length} files in ${dir}\n`);
const ctx = await createContext({});
const report = evaluateAcled(rows, ctx, { limit, keepRows: Boolean(errorsFile) });
process.stdout.write(formatAcledReport(report) + "\n");
if (errorsFile && report.rows) {
  const notes = new Map(rows.map((r) => [r.event_id_cnty, r.notes]));
  writeFileSync(errorsFile, report.rows.map((r) => JSON.stringify({ ...r, notes: notes.get(r.id) })).join("\n") + "\n");
}
