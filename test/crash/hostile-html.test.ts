// Hostile HTML through extract(): deep nesting, a 5 MB attribute, thousands of repeated tags. Each case runs in
// its own process so a hang is cut off at the deadline and a stack overflow cannot take the test runner down.
// Each must finish without throwing, within a time a linear cleaner easily meets, in bounded memory, and either
// keep the page's one real sentence or say in a problem why it could not.
import { test } from "node:test";
import { HTML_CASES } from "./hostile-html-cases.js";
import { assertSurvived, DEADLINE_MS } from "./assert-survived.js";
import { runHostileCase, STARTUP_MS } from "./run-hostile-case-in-child.js";

for (const name of Object.keys(HTML_CASES)) {
  test(`hostile HTML: ${name}`, { timeout: DEADLINE_MS + STARTUP_MS + 30_000 }, async () => {
    assertSurvived(await runHostileCase(name, { killAfterMs: DEADLINE_MS + STARTUP_MS }));
  });
}
