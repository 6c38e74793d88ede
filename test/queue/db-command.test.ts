// `sitrep db` through the real command line, on both backends: migrate, status, vacuum, copy from the embedded
// store into PostgreSQL, and the one rule for which database a command opens (--db, $DATABASE_URL, $SITREP_DB).
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { sampleFixtures } from "../../src/store/extraction-fixtures.test.js";
import { createTestSchemas } from "../../src/store/postgres/pg-test-schemas.test.js";
import { openStore } from "../../src/store/store.js";
import { runSitrep } from "../cli/run-sitrep.js";

interface Status { backend: string; pending: string[]; tables: Record<string, number>; queue: Record<string, number> | null }

const schemas = createTestSchemas("dbcmd");
let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), "sitrep-db-command-")); });
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await schemas.dropAll();
});

function ok(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = runSitrep(args, { env: { DATABASE_URL: "", ...env } });
  assert.equal(result.code, 0, `sitrep ${args.join(" ")}:\n${result.stderr}`);
  return result.stdout;
}

function status(db: string, env: NodeJS.ProcessEnv = {}): Status {
  return JSON.parse(ok(["db", "status", "--json", ...(db ? ["--db", db] : [])], env)) as Status;
}

describe("sitrep db", () => {
  it("migrate creates an embedded store with nothing pending; status reports it; vacuum keeps its rows", async () => {
    const path = join(dir, "gondor.db");
    ok(["db", "migrate", "--db", path]);
    assert.ok(existsSync(path));
    const store = await openStore(path);
    for (const f of sampleFixtures()) await store.saveExtraction(f.extraction, f.text);
    const documents = (await store.counts()).documents;
    await store.close();
    ok(["db", "vacuum", "--db", path]);
    const got = status(path);
    assert.equal(got.backend, "sqlite");
    assert.deepEqual(got.pending, []);
    assert.equal(got.queue, null);
    assert.equal(got.tables.documents, documents);
    assert.ok(documents > 1);
  });

  it("copy moves the embedded store into an empty PostgreSQL one, where events read the same; a second copy is refused", () => {
    const path = join(dir, "gondor.db");
    const { url } = schemas.fresh();
    ok(["db", "copy", "--from", path, "--to", url]);
    const copied = status(url);
    assert.equal(copied.backend, "postgres");
    assert.deepEqual(copied.pending, []);
    assert.equal(copied.tables.documents, status(path).tables.documents);
    assert.deepEqual(copied.queue, { queued: 0, running: 0, done: 0, failed: 0, expired: 0 });
    assert.equal(ok(["events", "--json", "--db", url]), ok(["events", "--json", "--db", path]));
    ok(["db", "vacuum", "--db", url]);
    const again = runSitrep(["db", "copy", "--from", path, "--to", url], { env: { DATABASE_URL: "" } });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds \d+ documents; copy into an empty one/);
  });

  it("says what it expected when called wrongly (exit 2) or pointed at nothing (exit 1)", () => {
    const cases: [string, string[], number, RegExp][] = [
      ["an unknown action", ["db", "frobnicate"], 2, /expected migrate, status, vacuum or copy, got 'frobnicate'/],
      ["copy from PostgreSQL", ["db", "copy", "--from", "postgres://127.0.0.1/test", "--to", "postgres://127.0.0.1/test"], 2, /--from must be a SQLite file/],
      ["copy into a file", ["db", "copy", "--from", join(dir, "gondor.db"), "--to", join(dir, "other.db")], 2, /--to must be a postgres:\/\/ URL/],
      ["status of a store that does not exist", ["db", "status", "--db", join(dir, "typo.db")], 1, /no embedded database at '.*typo\.db'/],
    ];
    for (const [label, args, code, message] of cases) {
      const result = runSitrep(args, { env: { DATABASE_URL: "" } });
      assert.equal(result.code, code, `${label}: ${result.stderr}`);
      assert.match(result.stderr, message, label);
    }
    assert.ok(!existsSync(join(dir, "typo.db")), "status never creates a store");
  });

  it("opens --db, else $DATABASE_URL, else $SITREP_DB", () => {
    const { url } = schemas.fresh();
    const path = join(dir, "gondor.db");
    assert.equal(status("", { DATABASE_URL: url, SITREP_DB: path }).backend, "postgres");
    assert.equal(status("", { SITREP_DB: path }).backend, "sqlite");
    assert.equal(status(path, { DATABASE_URL: url }).backend, "sqlite");
  });
});
