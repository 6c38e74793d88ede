// One scripted scenario, ingest then query then export, run through the real command line on the embedded
// store and on PostgreSQL: every output must be identical (timestamps of storing aside).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { writeCorpus } from "../../scripts/generate-corpus.js";
import { generateMultiSourceCorpus } from "../../scripts/corpus/multi-source.js";
import { createTestSchemas } from "../../src/store/postgres/pg-test-schemas.test.js";
import { runSitrep } from "../cli/run-sitrep.js";

const schemas = createTestSchemas("scenario");
let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-scenario-"));
  await writeCorpus(join(dir, "corpus"), { count: 30, seed: 5, targetChars: 1500 });
  // Incidents told by several outlets, so that reports merge, grades differ and sources dispute.
  writeFileSync(join(dir, "corpus", "multi-source.jsonl"), generateMultiSourceCorpus({ incidents: 8, seed: 5 }).map((a, i) =>
    JSON.stringify({ id: `multi-${i}`, title: a.title, publisher: a.publisher, published: a.published, text: a.text })).join("\n") + "\n");
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
  ["events from several sources", ["events", "--grade", "multiple sources", "--json"]],
  ["figures as series", ["figures", "--json"]],
  // An analyst's correction of the first incident several sources reported (EVENT), kept and applied alike.
  ["correct an event", ["correct", "EVENT", "--by", "ana", "--why", "hospital list", "--fatalities", "3", "--json"]],
  ["events after the correction", ["events", "--json"]],
  ["corrections", ["correct", "list", "--json"]],
  ["export ACLED CSV", ["export", "--format", "acled-csv"]],
  ["export GeoJSON", ["export", "--format", "geojson"]],
  ["export JSON Lines", ["export", "--format", "jsonl"]],
];

function runScript(db: string): string[] {
  const outputs: string[] = [];
  const several = SCRIPT.findIndex(([label]) => label === "events from several sources");
  const resolve = (arg: string) => (arg === "CORPUS" ? join(dir, "corpus") : arg === "EVENT" ? (JSON.parse(outputs[several].split("\n")[0]) as { id: string }).id : arg);
  for (const [label, args] of SCRIPT) {
    const result = runSitrep([...args.map(resolve), "--db", db]);
    assert.equal(result.code, 0, `${label} on ${db}:\n${result.stderr}`);
    // When it was stored differs between runs: ISO timestamps and the CSV's Unix timestamp column.
    outputs.push(result.stdout.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, "<time>").replace(/,\d{10}(?=,|\r?\n|$)/g, ",<unix>"));
  }
  return outputs;
}

test("the same scenario gives identical results on SQLite and PostgreSQL", { timeout: 300_000 }, () => {
  const sqlite = runScript(join(dir, "scenario.db"));
  const postgres = runScript(schemas.fresh().url);
  assert.ok(sqlite[2].split("\n").length > 20, "the corpus yields events to compare");
  assert.ok(sqlite[6].split("\n").length > 3, "some incidents merge reports from several sources");
  assert.match(sqlite[9], /"author":"ana","reason":"hospital list"/, "the corrected event lists its correction");
  SCRIPT.forEach(([label], i) => assert.equal(postgres[i], sqlite[i], `${label}: PostgreSQL differs from SQLite`));
});
