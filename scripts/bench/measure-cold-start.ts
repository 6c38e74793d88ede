// Cold start of the built command: `node bin/sitrep.js extract ONE.txt --json`, wall time of several spawns.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export function measureColdStart(root: string, articlePath: string, spawns: number): { medianMs: number; allMs: number[] } {
  const allMs: number[] = [];
  for (let i = 0; i < spawns; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(root, "bin", "sitrep.js"), "extract", articlePath, "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    allMs.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`sitrep extract exited ${run.status}: ${run.stderr.toString().slice(-2000)}`);
    if (!run.stdout.toString().includes("\"document\"")) throw new Error("sitrep extract printed no extraction");
  }
  const sorted = [...allMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], allMs };
}

/** `npm run build` (tsc): the cold start measures the compiled CLI. Type errors still emit; they are reported. */
export function buildProject(root: string): void {
  const run = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.json")], { stdio: ["ignore", "pipe", "pipe"] });
  if (run.status !== 0) process.stderr.write(`bench: build reported errors (continuing with what it emitted):\n${run.stdout.toString().slice(0, 2000)}\n`);
}
