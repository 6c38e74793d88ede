// The command line: parse the command, lazy-import it, return an exit code. Data to stdout, progress to stderr.
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "extract": return (await import("./extract-command.js")).runExtract(rest);
    default:
      process.stderr.write(`sitrep: unknown command '${command ?? ""}'. Try: extract, ingest, events, export, eval, serve\n`);
      return 2;
  }
}
