import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveDatabaseUrl } from "./resolve-database-url.js";

describe("resolveDatabaseUrl: --db, then $DATABASE_URL, then $SITREP_DB, then ./sitrep.db", () => {
  const cases: [string, string | undefined, NodeJS.ProcessEnv, string][] = [
    ["--db wins over both variables", "arnor.db", { DATABASE_URL: "postgres://h/db", SITREP_DB: "gondor.db" }, "arnor.db"],
    ["$DATABASE_URL before $SITREP_DB", undefined, { DATABASE_URL: "postgres://h/db", SITREP_DB: "gondor.db" }, "postgres://h/db"],
    ["$SITREP_DB when $DATABASE_URL is unset", undefined, { SITREP_DB: "gondor.db" }, "gondor.db"],
    ["an empty $DATABASE_URL counts as unset", undefined, { DATABASE_URL: "", SITREP_DB: "gondor.db" }, "gondor.db"],
    ["the embedded default when nothing is set", undefined, {}, "./sitrep.db"],
  ];
  for (const [label, flag, env, expected] of cases) it(label, () => assert.equal(resolveDatabaseUrl(flag, env), expected));
});
