// Hostile HTML through extract(): deep nesting, a 5 MB attribute, thousands of repeated tags. Each case runs in
// its own process (run-html-case.ts) so a hang is cut off at the deadline and a stack overflow cannot take the
// test runner down. Each must finish without throwing, within a time a linear cleaner easily meets, in bounded
// memory, and either keep the page's one real sentence or say in a problem why it could not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { HTML_CASES } from "./hostile-html-cases.js";
import type { CaseResult } from "./run-html-case.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** Per case, excluding the child's start-up (context loading). A page under 6 MB cleaned linearly takes a few seconds. */
const DEADLINE_MS = 45_000;
const MAX_RSS_MB = 1024;

async function runCase(name: string): Promise<{ result: CaseResult | null; stderr: string; killed: boolean }> {
  const child = spawn(process.execPath, ["--import", "tsx", join("test", "crash", "run-html-case.ts"), name], { cwd: ROOT });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => { stdout += c.toString(); });
  child.stderr.on("data", (c: Buffer) => { stderr = (stderr + c.toString()).slice(-3000); });
  let killed = false;
  // Start-up (loading the gazetteer) is not the case's fault: allow 30 s on top of the deadline.
  const timer = setTimeout(() => { killed = true; child.kill("SIGKILL"); }, DEADLINE_MS + 30_000);
  await new Promise((resolve) => child.on("exit", resolve));
  clearTimeout(timer);
  const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
  return { result: line ? (JSON.parse(line.slice(7)) as CaseResult) : null, stderr, killed };
}

for (const name of Object.keys(HTML_CASES)) {
  test(`hostile HTML: ${name}`, { timeout: DEADLINE_MS + 60_000 }, async () => {
    const { result, stderr, killed } = await runCase(name);
    assert.ok(!killed, `still running after ${(DEADLINE_MS + 30_000) / 1000} s: killed`);
    assert.ok(result, `the case process died without a result:\n${stderr}`);
    assert.equal(result.error, null, `extract threw:\n${result.error}`);
    assert.ok(result.ms < DEADLINE_MS, `took ${result.ms} ms (deadline ${DEADLINE_MS} ms)`);
    assert.ok(result.maxRssMb < MAX_RSS_MB, `peak RSS ${result.maxRssMb} MB (bound ${MAX_RSS_MB} MB)`);
    const kept = result.places.includes("Aleppo");
    assert.ok(kept || result.problems.length > 0, "neither kept the real sentence (no Aleppo) nor reported a problem");
  });
}
