// What surviving a hostile case means: not killed at the deadline, a result printed, no throw, in time, in
// bounded memory, and the real sentence kept (Aleppo found) or a problem saying why not.
import assert from "node:assert/strict";
import type { ChildOutcome } from "./run-hostile-case-in-child.js";

/** Per case, excluding start-up. A document under 6 MB handled in linear time takes a few seconds. */
export const DEADLINE_MS = 20_000;
export const MAX_RSS_MB = 1024;

export function assertSurvived({ result, stderr, killed }: ChildOutcome): void {
  assert.ok(!killed, "still running at the deadline: killed");
  assert.ok(result, `the case process died without a result:\n${stderr}`);
  assert.equal(result.error, null, `extract threw:\n${result.error}`);
  assert.ok(result.ms < DEADLINE_MS, `took ${result.ms} ms (deadline ${DEADLINE_MS} ms)`);
  assert.ok(result.maxRssMb < MAX_RSS_MB, `peak RSS ${result.maxRssMb} MB (bound ${MAX_RSS_MB} MB)`);
  const kept = result.places.includes("Aleppo");
  assert.ok(kept || result.problems.length > 0, "neither kept the real sentence (no Aleppo) nor reported a problem");
}
