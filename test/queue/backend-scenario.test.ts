// One scripted scenario, ingest then query then export, run through the real command line on the embedded
// store and on PostgreSQL: every output must be identical (timestamps of storing aside).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { writeCorpus } from "../../scripts/generate-corpus.js";
import { createTestSchemas } from "../../src/store/postgres/pg-test-schemas.test.js";
import { runSitrep } from "../cli/run-sitrep.js";

const schemas = createTestSchemas("scenario");
let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-scenario-"));
  await writeCorpus(join(dir, "corpus"), { count: 30, seed: 5, targetChars: 1500 });
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await schemas.dropAll();
});

const SCRIPT: [string, string[]][] = [
  ["ingest", ["ingest", "CORPUS", "--quiet", "--json"]],
  ["ingest again (nothing new)", ["ingest", "CORPUS", "--quiet", "--json"]],
  ["events", ["events", "--json"]],
  ["events of a type", ["events", "--type", "Battles", "--json"]],
  ["events near Aleppo since a date", ["events", "--near", "36.2,37.16", "--km", "50", "--since", "2030-01-01", "--json"]],
  ["events by actor, paged", ["events", "--actor", "forces", "--limit", "5", "--offset", "2", "--json"]],
  ["export ACLED CSV", ["export", "--format", "acled-csv"]],
  ["export GeoJSON", ["export", "--format", "geojson"]],
  ["export JSON Lines", ["export", "--format", "jsonl"]],
];

function runScript(db: string): string[] {
  return SCRIPT.map(([label, args]) => {
    const result = runSitrep([...args.map((a) => (a === "CORPUS" ? join(dir, "corpus") : a)), "--db", db]);
    assert.equal(result.code, 0, `${label} on ${db}:\n${result.stderr}`);
    // When it was stored differs between runs: ISO timestamps and the CSV's Unix timestamp column.
    return result.stdout.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, "<time>").replace(/,\d{10}(?=,|\r?\n|$)/g, ",<unix>");
  });
}

// TODO until the PostgreSQL store merges reports into incidents as src/store/sqlite/incidents.ts does: today the
// ingest steps match and `events` differs (SQLite lists merged incidents, PostgreSQL per-document reports).
// Reported as a TODO failure on every run, never skipped; remove `todo` once incidents are mirrored.
const INCIDENTS_MIRRORED = false;

test("the same scenario gives identical results on SQLite and PostgreSQL", {
  timeout: 120_000, todo: INCIDENTS_MIRRORED ? undefined : "PostgreSQL does not merge reports into incidents yet",
}, () => {
  const sqlite = runScript(join(dir, "scenario.db"));
  const postgres = runScript(schemas.fresh().url);
  assert.ok(sqlite[2].split("\n").length > 20, "the corpus yields events to compare");
  SCRIPT.forEach(([label], i) => assert.equal(postgres[i], sqlite[i], `${label}: PostgreSQL differs from SQLite`));
});
