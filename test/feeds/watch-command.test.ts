import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { createTestSchemas } from "../../src/store/postgres/pg-test-schemas.test.js";
import { openStore } from "../../src/store/store.js";
import { gondorRss, startFeedServer, type FeedServer } from "./feed-server.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The real command line in a child process, without blocking this process (which serves the feeds). */
function sitrep(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "scripts/sitrep.ts", ...args], { cwd: ROOT, env: { ...process.env, SITREP_DB: "", DATABASE_URL: "" }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

async function documentCount(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.counts()).documents;
  } finally {
    await store.close();
  }
}

describe("sitrep watch and sitrep ingest FEED", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-watch-"));
  const schemas = createTestSchemas("watch");
  let server: FeedServer;
  before(async () => { server = await startFeedServer(); });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
    await schemas.dropAll();
  });

  it("--enqueue puts new articles on the PostgreSQL queue, where a worker stores them; it refuses a SQLite database", async () => {
    const { url } = schemas.fresh();
    const state = join(dir, "enqueue.json");
    const watched = await sitrep(["watch", `${server.base}/gondor.rss`, `${server.base}/arnor.atom`, "--once", "--enqueue", "--db", url, "--state", state, "--host-delay", "0"]);
    assert.equal(watched.code, 0, watched.stderr);
    assert.match(watched.stderr, /queued .*\/news\/minas-tirith-shelling\.html/);
    assert.match(watched.stderr, /2 documents queued/);
    assert.equal(await documentCount(url), 0, "nothing is extracted by the watcher");
    const worked = await sitrep(["worker", "--drain", "--db", url]);
    assert.equal(worked.code, 0, worked.stderr);
    assert.match(worked.stderr, /2 documents stored/);
    assert.equal(await documentCount(url), 2);
    const refused = await sitrep(["watch", `${server.base}/gondor.rss`, "--once", "--enqueue", "--db", join(dir, "local.db")]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--enqueue needs the job queue, which lives in PostgreSQL/);
  });

  it("keeps seen items in the state file, so a second --once run fetches no article", async () => {
    const db = join(dir, "watch.db");
    const state = join(dir, "state.json");
    const list = join(dir, "sites.txt");
    writeFileSync(list, `# the realm's papers\n${server.base}/gondor.rss\n${server.base}/bree.rdf\n${server.base}/broken.rss\n`);
    const first = await sitrep(["watch", list, "--once", "--db", db, "--state", state, "--host-delay", "0.05", "--json"]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /feed failed .*broken\.rss: cannot fetch feed .*HTTP 500/);
    assert.match(first.stderr, /round 1: 2 of 3 feeds answered; since start 2 documents stored/);
    const kinds = first.stdout.trim().split("\n").map((line) => JSON.parse(line).kind);
    assert.equal(kinds.filter((k) => k === "article-stored").length, 2);
    assert.equal(await documentCount(db), 2);
    const saved = JSON.parse(readFileSync(state, "utf8"));
    assert.deepEqual(saved.feeds[`${server.base}/bree.rdf`].seen, [`${server.base}/news/bree-protest.html`]);

    const before = server.requests.length;
    const second = await sitrep(["watch", list, "--once", "--db", db, "--state", state, "--host-delay", "0.05"]);
    assert.equal(second.code, 0, second.stderr);
    const paths = server.requests.slice(before).map((r) => r.path);
    assert.deepEqual(paths.filter((p) => p.startsWith("/news/")), [], "an article was fetched again");
    assert.match(second.stderr, /not modified .*gondor\.rss/);
    assert.match(second.stderr, /read .*bree\.rdf: 1 items, 0 new/);
    assert.match(second.stderr, /waiting .*broken\.rss: backing off until/);
    assert.equal(await documentCount(db), 2);
  });

  it("exits 1 when every feed failed, 2 on usage errors", async () => {
    server.broken.mode = "500";
    const state = join(dir, "broken.json");
    const failed = await sitrep(["watch", `${server.base}/broken.rss`, "--once", "--db", join(dir, "b.db"), "--state", state, "--host-delay", "0"]);
    assert.equal(failed.code, 1, failed.stderr);
    for (const args of [["watch"], ["watch", `${server.base}/gondor.rss`, "--interval", "soon"], ["watch", join(dir, "no-such-list.txt")]]) {
      const usage = await sitrep(args);
      assert.equal(usage.code, 2, `${args.join(" ")}: ${usage.stderr}`);
    }
  });

  it("ingests a feed URL and a local feed file, article by article, robots.txt permitting", async () => {
    const db = join(dir, "ingest.db");
    const fromUrl = await sitrep(["ingest", `${server.base}/arnor.atom`, "--db", db]);
    assert.equal(fromUrl.code, 0, fromUrl.stderr);
    assert.match(fromUrl.stderr, /stored .*\/news\/fornost-clash\.html/);
    const file = join(dir, "gondor.rss");
    writeFileSync(file, gondorRss(server.base));
    const fromFile = await sitrep(["ingest", file, join(dir, "bad.xml"), "--db", db]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.match(fromFile.stderr, /stored .*\/news\/minas-tirith-shelling\.html/);
    assert.match(fromFile.stderr, /skipped .*bad\.xml: no such file/);
    assert.match(fromFile.stderr, /skipped .*\/private\/osgiliath-raid\.html: not fetched: .*robots\.txt disallows it/);
    assert.ok(!server.requests.some((r) => r.path.startsWith("/private/")), "a disallowed page is never requested");
    assert.equal(await documentCount(db), 2);
  });

  it("reports a malformed feed by name and goes on", async () => {
    server.broken.mode = "malformed";
    const result = await sitrep(["ingest", `${server.base}/broken.rss`, `${server.base}/bree.rdf`, "--db", join(dir, "m.db")]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /skipped .*broken\.rss: .*broken\.rss is not well-formed XML \(line 1/);
    assert.match(result.stderr, /stored .*bree-protest\.html/);
  });
});
