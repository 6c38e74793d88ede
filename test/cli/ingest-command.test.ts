import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { openStore } from "../../src/store/store.js";
import { runSitrep } from "./run-sitrep.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("sitrep ingest", () => {
  const good = file("good.txt", "Syrian government forces shelled Aleppo on Tuesday, killing at least 12 people, activists said.");
  const bad = file("bad.bin", Buffer.concat([Buffer.from("abcdefghijkl"), Buffer.from([0, 1, 2])]));
  const empty = file("empty.txt", "");
  const lines = file("two.jsonl", `{"text":"Rebels attacked Idlib.","published":"2016-08-18"}\n{oops\n`);

  it("stores the good documents, reports each bad input on one line, and is idempotent", async () => {
    const db = join(dir, "a.db");
    const first = runSitrep(["ingest", good, bad, empty, lines, join(dir, "missing.txt"), "--db", db, "--quiet"]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /skipped .*bad\.bin: binary file \(NUL byte at offset 12\)/);
    assert.match(first.stderr, /skipped .*empty\.txt: empty file/);
    assert.match(first.stderr, /skipped .*two\.jsonl:2: invalid JSON/);
    assert.match(first.stderr, /skipped .*missing\.txt: no such file/);
    assert.match(first.stderr, /2 documents stored, 0 unchanged, \d+ events, 4 problems/);
    const second = runSitrep(["ingest", good, lines, "--db", db, "--json"]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /0 documents stored, 2 unchanged/);
    const statuses = second.stdout.trim().split("\n").map((l) => JSON.parse(l).status);
    assert.deepEqual(statuses, ["unchanged", "unchanged", "problem"]);
    const store = await openStore(db);
    const counts = await store.counts();
    await store.close();
    assert.equal(counts.documents, 2);
  });

  it("reads stdin with '-', and takes $SITREP_DB", async () => {
    const db = join(dir, "env.db");
    const result = runSitrep(["ingest", "-"], { stdin: "<html><body><p>Shelling hit Homs.</p><p>More.</p></body></html>", env: { SITREP_DB: db } });
    assert.equal(result.code, 0, result.stderr);
    const store = await openStore(db);
    const docs = await store.listDocuments();
    await store.close();
    assert.equal(docs.length, 1);
  });

  it("exits 1 when every input failed, and 2 on usage errors", () => {
    const db = join(dir, "b.db");
    const allBad = runSitrep(["ingest", bad, empty, "--db", db]);
    assert.equal(allBad.code, 1);
    assert.match(allBad.stderr, /0 documents stored, 0 unchanged, 0 events, 2 problems/);
    for (const args of [["ingest", "--db", db], ["ingest", good, "--published", "yesterday", "--db", db], ["ingest", good, "--bogus"]]) {
      const usage = runSitrep(args);
      assert.equal(usage.code, 2, `${args.join(" ")}: ${usage.stderr}`);
    }
    assert.match(runSitrep(["ingest", good, "--published", "yesterday", "--db", db]).stderr, /--published must be a date like 2016-08-18, got 'yesterday'/);
  });

  it("gives a one-line error for a file over the size limit", () => {
    const big = file("big.txt", "word ".repeat(5000));
    const result = runSitrep(["ingest", big, good, "--max-bytes", "10000", "--db", join(dir, "c.db"), "--quiet"]);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /skipped .*big\.txt: file is 24\.4 KB, over the 9\.8 KB limit/);
  });
});
