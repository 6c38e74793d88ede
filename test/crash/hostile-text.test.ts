// Hostile plain text through extract(): no spaces, no punctuation, megabytes of whitespace, endless
// abbreviations, digits and names, shapes that send regular expressions quadratic. Same rules as the HTML cases.
import { test } from "node:test";
import { TEXT_CASES } from "./hostile-text-cases.js";
import { assertSurvived, DEADLINE_MS } from "./assert-survived.js";
import { runHostileCase, STARTUP_MS } from "./run-hostile-case-in-child.js";

for (const name of Object.keys(TEXT_CASES)) {
  test(`hostile text: ${name}`, { timeout: DEADLINE_MS + STARTUP_MS + 30_000 }, async () => {
    assertSurvived(await runHostileCase(name, { killAfterMs: DEADLINE_MS + STARTUP_MS }));
  });
}
