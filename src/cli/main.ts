// The command line: parse the command, lazy-import it, return an exit code. Data to stdout, progress and
// problems to stderr. Exit codes: 0 done, 1 nothing could be processed, 2 a usage error.
import { UsageError } from "./cli-args.js";

const USAGE = `usage: sitrep <command> [options]
  extract [FILE|DIR|URL|-]... [--json]     code documents, print results (no database)
  ingest  [FILE|DIR|URL|-]... [--db PATH]  code documents and store them
  watch   FEED_URL|LIST... [--once]        poll RSS/Atom feeds and store new articles
  events  [filters] [--json]               list stored events
  export  --format acled-csv|geojson|jsonl write stored events
  figures [--measure M] [--place NAME]     figures as series across documents, with contradictions
  correct EVENT_ID|merge|split|list ...    analysts' corrections (who, when, why), kept across re-ingestion
  eval    GOLD.json|ACLED.csv              score extraction against gold data
  serve   [--db PATH] [--port N]           web page and JSON API (--allow-ingest --token T for writes)
  gazetteer import FILE|info|remove NAME   bring your own gazetteer (GeoNames dump or TSV)
Common options: --published YYYY-MM-DD, --country ISO2, --near LAT,LON, --actors FILE.tsv, --db PATH`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "extract": return await (await import("./extract-command.js")).runExtract(rest);
      case "gazetteer": return await (await import("./gazetteer-command.js")).runGazetteer(rest);
      case "eval": return await (await import("./eval-command.js")).runEval(rest);
      case "serve": return await (await import("./serve-command.js")).runServe(rest);
      case "ingest": return await (await import("./ingest-command.js")).runIngest(rest);
      case "watch": return await (await import("./watch-command.js")).runWatch(rest);
      case "db": return await (await import("./db-command.js")).runDb(rest);
      case "enqueue": return await (await import("./enqueue-command.js")).runEnqueue(rest);
      case "worker": return await (await import("./worker-command.js")).runWorkerCommand(rest);
      case "events": return await (await import("./events-command.js")).runEvents(rest);
      case "export": return await (await import("./export-command.js")).runExport(rest);
      case "figures": return await (await import("./figures-command.js")).runFigures(rest);
      case "correct": return await (await import("./correct-command.js")).runCorrect(rest);
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
