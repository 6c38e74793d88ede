// Reads an ACLED CSV export (by header name) and scores sitrep's coding of each row's notes.
// The scoring itself lives in acled-eval.ts.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Context } from "../context.js";
import { evaluateAcled, formatAcledReport } from "./acled-eval.js";

export async function evaluateAcledFile(path: string, ctx: Context): Promise<string> {
  const rows = parse(readFileSync(path, "utf8"), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return formatAcledReport(evaluateAcled(rows, ctx, {}));
}
