// Crash safety of `sitrep ingest`: SIGKILL it in the middle of a batch, run it again to completion, and the
// store must equal one from an uninterrupted run: same documents and events, no duplicates, and no document
// stored by half (every document's mentions, figures, sources and evidence match the uninterrupted run).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { writeCorpus } from "../../scripts/generate-corpus.js";
import { countDocuments, readStoreSnapshot } from "./store-snapshot.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DOCUMENTS = 1000;
/** Kill once at least this many documents are stored. */
const KILL_AFTER = 150;

let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-ingest-kill-"));
  await writeCorpus(join(dir, "corpus"), { count: DOCUMENTS, seed: 7, targetChars: 700 });
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The dev runner: `node --import tsx scripts/sitrep.ts ingest DIR --db DB --quiet`. */
function startIngest(db: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/sitrep.ts", "ingest", join(dir, "corpus"), "--db", db, "--quiet"],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

async function ingestToCompletion(db: string): Promise<void> {
  const run = startIngest(db);
  const { code } = await run.exited;
  assert.equal(code, 0, `ingest into ${db} failed:\n${run.stderr()}`);
}

test("ingest killed mid-batch and rerun stores exactly what an uninterrupted run stores", { timeout: 600_000 }, async () => {
  const reference = join(dir, "reference.db");
  const resumed = join(dir, "resumed.db");
  await ingestToCompletion(reference);

  const run = startIngest(resumed);
  let storedAtKill = -1;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    storedAtKill = countDocuments(resumed);
    if (storedAtKill >= KILL_AFTER || run.child.exitCode !== null) break;
    await sleep(20);
  }
  run.child.kill("SIGKILL");
  const { signal } = await run.exited;
  assert.equal(signal, "SIGKILL", `ingest ended before it could be killed (stored ${storedAtKill}):\n${run.stderr()}`);
  const partial = readStoreSnapshot(resumed).documents;
  assert.ok(partial > 0 && partial < DOCUMENTS, `expected a partial store after the kill, found ${partial} of ${DOCUMENTS} documents`);

  await ingestToCompletion(resumed);
  const want = readStoreSnapshot(reference);
  const got = readStoreSnapshot(resumed);
  assert.equal(want.documents, DOCUMENTS, "the uninterrupted run stores every generated document");
  assert.equal(got.documents, want.documents, "document count");
  assert.equal(got.events, want.events, "event count");
  assert.deepEqual(got.eventIds, want.eventIds, "the same event ids");
  for (const snapshot of [want, got]) {
    assert.equal(snapshot.duplicateDocuments + snapshot.duplicateEvents + snapshot.duplicateSources, 0, "no duplicate keys");
    assert.equal(snapshot.orphanEvents, 0, "every event has a source");
  }
  const halfStored = [...want.perDocument].filter(([id, counts]) => got.perDocument.get(id) !== counts)
    .map(([id, counts]) => `${id.slice(0, 12)}: want ${counts}, got ${got.perDocument.get(id) ?? "missing"}`);
  assert.deepEqual(halfStored, [], "documents whose places/actors/figures/sources/evidence/problems differ");
});
