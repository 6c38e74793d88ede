// Runs the real command line (from the TypeScript sources) in a child process, for end-to-end tests.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runSitrep(args: string[], options: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/sitrep.ts", ...args], {
    cwd: ROOT, input: options.stdin ?? "", encoding: "utf8", env: { ...process.env, SITREP_DB: "", DATABASE_URL: "", ...options.env }, timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
