// `sitrep extract FILE... --json`: prints one Extraction per document (JSON Lines). No database.
import { readFileSync } from "node:fs";
import { createContext } from "../context.js";
import { extract } from "../pipeline.js";

export async function runExtract(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith("--"));
  const ctx = await createContext({});
  for (const path of files) {
    const body = readFileSync(path, "utf8");
    const out = extract({ path, url: null, body, format: path.endsWith(".html") ? "html" : "text" }, ctx);
    process.stdout.write(JSON.stringify(out) + "\n");
  }
  return 0;
}
