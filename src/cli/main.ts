// The command line: parse the command, lazy-import it, return an exit code. Data to stdout, progress and
// problems to stderr. Exit codes: 0 done, 1 nothing could be processed, 2 a usage error.
import { UsageError } from "./cli-args.js";

const USAGE = `usage: sitrep <command> [options]
  extract [FILE|DIR|URL|-]... [--json]     code documents, print results (no database)
  ingest  [FILE|DIR|URL|-]... [--db PATH]  code documents and store them
  events  [filters] [--json]               list stored events
  export  --format acled-csv|geojson|jsonl write stored events
  eval    GOLD.json|ACLED.csv              score extraction against gold data
  serve   [--db PATH] [--port N]           web page and JSON API (--allow-ingest --token T for writes)
Common options: --published YYYY-MM-DD, --country ISO2, --near LAT,LON, --actors FILE.tsv, --db PATH`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "extract": return await (await import("./extract-command.js")).runExtract(rest);
      case "eval": return await (await import("./eval-command.js")).runEval(rest);
      case "serve": return await (await import("./serve-command.js")).runServe(rest);
      case "ingest": return await (await import("./ingest-command.js")).runIngest(rest);
      case "events": return await (await import("./events-command.js")).runEvents(rest);
      case "export": return await (await import("./export-command.js")).runExport(rest);
      case undefined: case "help": case "--help": case "-h":
        process.stdout.write(USAGE + "\n");
        return command === undefined ? 2 : 0;
      default:
        process.stderr.write(`sitrep: unknown command '${command}'\n${USAGE}\n`);
        return 2;
    }
  } catch (error) {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`sitrep ${command}: ${(error as Error).message}\n`);
    return usage ? 2 : 1;
  }
}
