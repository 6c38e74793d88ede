// Crash safety of the job queue: four `sitrep worker` processes share one queue in PostgreSQL; one is killed
// with SIGKILL while it holds a job, and a fresh worker is started. Every document must be processed once:
// the same documents, events and per-document records as a single worker's run, no job lost, none duplicated,
// and the job the dead worker held retried by another after its lease ran out. The workers re-cluster shared
// incidents at the same time: the incidents must be those the single worker made.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, test } from "node:test";
import pg from "pg";
import { writeCorpus } from "../../scripts/generate-corpus.js";
import { generateMultiSourceCorpus } from "../../scripts/corpus/multi-source.js";
import { parsePostgresUrl } from "../../src/store/postgres/connect.js";
import { createTestSchemas } from "../../src/store/postgres/pg-test-schemas.test.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** Single-source articles; the multi-source ones (several outlets per incident) come on top. */
const SINGLE = 160;
const LEASE_SECONDS = "2";

const schemas = createTestSchemas("queue");
let dir: string;
let DOCUMENTS: number;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-kill-workers-"));
  await writeCorpus(join(dir, "corpus"), { count: SINGLE, seed: 11, targetChars: 700 });
  const multi = generateMultiSourceCorpus({ incidents: 30, seed: 11 });
  writeFileSync(join(dir, "corpus", "multi-source.jsonl"), multi.map((a, i) =>
    JSON.stringify({ id: `multi-${i}`, title: a.title, publisher: a.publisher, published: a.published, text: a.text })).join("\n") + "\n");
  DOCUMENTS = SINGLE + multi.length;
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await schemas.dropAll();
});

function sitrep(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/sitrep.ts", ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

async function succeeds(run: ReturnType<typeof sitrep>, what: string): Promise<void> {
  const { code } = await run.exited;
  assert.equal(code, 0, `${what} failed:\n${run.stderr()}`);
}

const worker = (url: string) => sitrep(["worker", "--db", url, "--drain", "--lease", LEASE_SECONDS, "--quiet"]);

/** What a run leaves behind: per document, the number of each kind of record it owns. */
async function snapshot(db: pg.Client, schema: string) {
  const one = async (sql: string) => (await db.query(sql.replaceAll("S.", `${schema}.`))).rows;
  const [counts] = await one(`SELECT (SELECT count(*) FROM S.documents)::int AS documents, (SELECT count(*) FROM S.events)::int AS events,
    (SELECT count(*) FROM S.events e WHERE NOT EXISTS (SELECT 1 FROM S.event_sources s WHERE s.event_id = e.id))::int AS orphans,
    (SELECT count(*) FROM S.events e WHERE NOT EXISTS (SELECT 1 FROM S.incident_reports r WHERE r.report_id = e.id))::int AS unclustered`);
  const eventIds = (await one("SELECT id FROM S.events ORDER BY id")).map((r) => r.id as string);
  const perDocument = new Map((await one(`SELECT d.id, concat_ws('/',
      (SELECT count(*) FROM S.place_mentions x WHERE x.document_id = d.id), (SELECT count(*) FROM S.actor_mentions x WHERE x.document_id = d.id),
      (SELECT count(*) FROM S.figures x WHERE x.document_id = d.id), (SELECT count(*) FROM S.event_sources x WHERE x.document_id = d.id),
      (SELECT count(*) FROM S.event_evidence x WHERE x.document_id = d.id), (SELECT count(*) FROM S.problems x WHERE x.document_id = d.id)) AS counts
    FROM S.documents d`)).map((r) => [r.id as string, r.counts as string]));
  const jobs = await one("SELECT state, count(*)::int AS n, max(attempts)::int AS attempts FROM S.queue_jobs GROUP BY state");
  // What does not depend on the order sources came in: the reports of each incident, its type, grade and fatalities.
  const incidents = (await one(`SELECT concat_ws(' ', i.id, i.event_type, i.grade, i.sources, i.independent_sources, i.fatalities_low,
      i.fatalities_best, i.fatalities_high, (SELECT string_agg(r.report_id, ',' ORDER BY r.report_id) FROM S.incident_reports r WHERE r.incident_id = i.id)) AS line
    FROM S.incidents i ORDER BY i.id`)).map((r) => r.line as string);
  return { ...counts, eventIds, perDocument, jobs, incidents } as { documents: number; events: number; orphans: number; unclustered: number;
    eventIds: string[]; perDocument: Map<string, string>; jobs: { state: string; n: number; attempts: number }[]; incidents: string[] };
}

test("four workers, one killed mid-batch and restarted, process every document exactly once", { timeout: 120_000 }, async () => {
  const db = new pg.Client({ connectionString: parsePostgresUrl(schemas.fresh().url).connectionString });
  await db.connect();
  try {
    const reference = schemas.fresh();
    await succeeds(sitrep(["enqueue", join(dir, "corpus"), "--db", reference.url]), "enqueue (reference)");
    await succeeds(worker(reference.url), "the single worker");

    const shared = schemas.fresh();
    await succeeds(sitrep(["enqueue", join(dir, "corpus"), "--db", shared.url]), "enqueue");
    const workers = Array.from({ length: 4 }, () => worker(shared.url));
    const victim = workers[0];
    // Kill the first worker once a quarter of the queue is done and it holds a job.
    let held: number | undefined;
    const deadline = Date.now() + 60_000;
    while (held === undefined && Date.now() < deadline && victim.child.exitCode === null) {
      const { rows } = await db.query(`SELECT id, (SELECT count(*) FROM ${shared.schema}.queue_jobs WHERE state = 'done')::int AS done
        FROM ${shared.schema}.queue_jobs WHERE state = 'running' AND locked_by LIKE $1`, [`%:${victim.child.pid}:%`]);
      if (rows.length > 0 && rows[0].done >= DOCUMENTS / 4) held = rows[0].id as number;
      else await sleep(10);
    }
    assert.ok(held !== undefined, `the first worker never held a job after a quarter of the queue was done:\n${victim.stderr()}`);
    victim.child.kill("SIGKILL");
    assert.equal((await victim.exited).signal, "SIGKILL");
    // The job seen running may have committed between that look and the kill: what the dead worker still
    // holds is read after it died (a batch claim holds several).
    const { rows: stillHeld } = await db.query(`SELECT id FROM ${shared.schema}.queue_jobs WHERE state = 'running' AND locked_by LIKE $1`,
      [`%:${victim.child.pid}:%`]);
    const orphaned = stillHeld.map((r) => r.id as number);
    assert.ok(orphaned.length > 0, "the killed worker held no job when it died");
    const restarted = worker(shared.url);
    for (const [i, w] of [...workers.slice(1), restarted].entries()) await succeeds(w, `worker ${i + 1}`);

    const want = await snapshot(db, reference.schema);
    const got = await snapshot(db, shared.schema);
    assert.equal(want.documents, DOCUMENTS, "the single worker stores every generated document");
    assert.deepEqual(got.jobs.map((j) => [j.state, j.n]), [["done", DOCUMENTS]], "every job done, none failed or left running");
    assert.equal(got.documents, want.documents, "document count");
    assert.equal(got.events, want.events, "event count");
    assert.deepEqual(got.eventIds, want.eventIds, "the same event ids");
    assert.equal(got.orphans + want.orphans, 0, "every event has a source");
    assert.equal(got.unclustered + want.unclustered, 0, "every report belongs to an incident");
    assert.ok(want.incidents.length < want.events, "the corpus has incidents with several reports (so re-clustering was shared)");
    assert.deepEqual(got.incidents, want.incidents, "the same incidents, with the same reports, grades and fatalities");
    const differ = [...want.perDocument].filter(([id, counts]) => got.perDocument.get(id) !== counts)
      .map(([id, counts]) => `${id.slice(0, 12)}: want ${counts}, got ${got.perDocument.get(id) ?? "missing"}`);
    assert.deepEqual(differ, [], "documents whose places/actors/figures/sources/evidence/problems differ");
    const { rows: retried } = await db.query(`SELECT state, attempts FROM ${shared.schema}.queue_jobs WHERE id = ANY($1) ORDER BY id`, [orphaned]);
    assert.deepEqual(retried, orphaned.map(() => ({ state: "done", attempts: 2 })), "the jobs the killed worker held were taken over after their lease ran out");
  } finally {
    await db.end();
  }
});
