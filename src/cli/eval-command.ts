// `sitrep eval GOLD.json [--docs DIR]`: scores extraction against gold in the seed gold format and prints
// per-field accuracy. `sitrep eval ACLED.csv`: codes each row's notes and compares with ACLED's coding.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { createContext } from "../context.js";
import { formatTally, scoreGoldDocument, type GoldDocument, type Tally } from "../eval/gold-eval.js";
import { extract } from "../pipeline.js";
import { UsageError } from "./cli-args.js";
import { EXTRACT_OPTION_SPEC, toExtractOptions } from "./extract-options.js";

export async function runEval(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { ...EXTRACT_OPTION_SPEC, docs: { type: "string" }, verbose: { type: "boolean" } },
  });
  const [goldPath] = positionals;
  if (!goldPath || positionals.length > 1) throw new UsageError("eval takes one gold file: a seed-format .json or an ACLED .csv");
  const ctx = await createContext(toExtractOptions(values), { actorFiles: values.actors ?? [] });
  if (goldPath.endsWith(".csv")) {
    const { evaluateAcledFile } = await import("../eval/acled-file.js");
    process.stdout.write(await evaluateAcledFile(goldPath, ctx) + "\n");
    return 0;
  }
  const gold = readGold(goldPath);
  const docsDir = values.docs ?? join(dirname(goldPath), "..", "seeds");
  const tally: Tally = {};
  for (const doc of gold) {
    const body = readFileSync(join(docsDir, doc.file), "utf8");
    const out = extract({ path: doc.file, url: null, body, format: doc.file.endsWith(".html") ? "html" : "text" }, ctx);
    const notes = scoreGoldDocument(doc, out, tally);
    process.stdout.write(`${basename(doc.file)}: ${notes.length ? "" : "all found"}\n`);
    for (const note of notes) process.stdout.write(`  ${note}\n`);
  }
  process.stdout.write(`\nper-field accuracy over ${gold.length} documents\n${formatTally(tally)}\n`);
  return 0;
}

function readGold(path: string): GoldDocument[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read gold file ${path}: ${(error as Error).message}`, { cause: error });
  }
  const documents = (parsed as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) throw new UsageError(`${path} is not a gold file: expected {"documents": [...]}`);
  return documents as GoldDocument[];
}
