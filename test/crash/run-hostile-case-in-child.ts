// Runs one case of run-hostile-case.ts in a child process with a deadline: the tests' seam to it.
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { CaseResult } from "./run-hostile-case.js";

const ROOT = join(import.meta.dirname, "..", "..");

export interface ChildOutcome {
  result: CaseResult | null;
  stderr: string;
  killed: boolean;
}

export async function runHostileCase(name: string, options: { killAfterMs: number }): Promise<ChildOutcome> {
  const child = spawn(process.execPath, ["--import", "tsx", join("test", "crash", "run-hostile-case.ts"), name], { cwd: ROOT });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => { stdout += c.toString(); });
  child.stderr.on("data", (c: Buffer) => { stderr = (stderr + c.toString()).slice(-3000); });
  let killed = false;
  const timer = setTimeout(() => { killed = true; child.kill("SIGKILL"); }, options.killAfterMs);
  await new Promise((resolve) => child.on("exit", resolve));
  clearTimeout(timer);
  const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
  return { result: line ? (JSON.parse(line.slice(7)) as CaseResult) : null, stderr, killed };
}

/** Start-up (loading the gazetteer) is not the case's fault: the child gets this on top of the case's deadline. */
export const STARTUP_MS = 20_000;
