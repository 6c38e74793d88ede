// Child process for hostile-html.test.ts and hostile-text.test.ts: extracts one hostile case and prints one JSON line (prefixed
// RESULT) with the outcome, time and peak memory. A separate process so a hang can be killed and a crash or
// stack overflow is contained.
import { createContext } from "../../src/context.js";
import { extract } from "../../src/pipeline.js";
import { HTML_CASES } from "./hostile-html-cases.js";
import { TEXT_CASES } from "./hostile-text-cases.js";

export interface CaseResult {
  ok: boolean;
  error: string | null;
  ms: number;
  maxRssMb: number;
  places: string[];
  problems: string[];
}

const name = process.argv[2] ?? "";
const format = name in HTML_CASES ? "html" : "text";
const build = HTML_CASES[name] ?? TEXT_CASES[name];
if (!build) throw new Error(`unknown case '${name}', expected one of: ${[...Object.keys(HTML_CASES), ...Object.keys(TEXT_CASES)].join(", ")}`);
const ctx = await createContext({});
const body = build();
const started = performance.now();
let result: CaseResult;
try {
  const x = extract({ path: null, url: null, body, format }, ctx);
  result = { ok: true, error: null, ms: 0, maxRssMb: 0, places: x.places.map((p) => p.name), problems: x.problems.map((p) => `${p.kind}: ${p.message}`) };
} catch (error) {
  result = { ok: false, error: ((error as Error).stack ?? String(error)).slice(0, 1500), ms: 0, maxRssMb: 0, places: [], problems: [] };
}
result.ms = Math.round(performance.now() - started);
result.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
