// `sitrep figures` and `sitrep correct` end to end on the seeds: the besieged series, and seed events that
// never describe the same incident twice.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { isSameIncident } from "../../src/merge/same-incident.js";
import { runSitrep } from "./run-sitrep.js";

const SEEDS = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "sitrep-figures-"));
const db = join(dir, "seeds.db");
after(() => rmSync(dir, { recursive: true, force: true }));
before(() => {
  // The September article carries no date; its publication day (23 September 2016) is given, not guessed.
  const first = runSitrep(["ingest", ...["000_2fd2c954192b06b9.txt", "001_db72a8ae80e6f370.txt", "003_236f2a20a491f673.txt"].map((f) => SEEDS + f), "--db", db, "--quiet"]);
  assert.equal(first.code, 0, first.stderr);
  const second = runSitrep(["ingest", SEEDS + "002_e3bea8c0509286ea.txt", "--published", "2016-09-23", "--db", db, "--quiet"]);
  assert.equal(second.code, 0, second.stderr);
});

describe("sitrep figures on the seeds", () => {
  it("shows east Aleppo's besieged population as a series: 300,000 in August, 250,000 in September, each with its source", () => {
    const result = runSitrep(["figures", "--measure", "besieged", "--place", "Aleppo", "--db", db, "--json"]);
    assert.equal(result.code, 0, result.stderr);
    const [series, ...rest] = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(rest.length, 0);
    assert.deepEqual(series.points.map((p: { value: number; date: string }) => [p.value, p.date.slice(0, 7)]), [[300000, "2016-08"], [250000, "2016-09"]]);
    assert.ok(series.points.every((p: { source: string; evidence: string }) => p.source && p.evidence));
    assert.deepEqual(series.contradictions, [], "different months are a series, not a contradiction");
    const text = runSitrep(["figures", "--measure", "besieged", "--place", "Aleppo", "--db", db]);
    assert.match(text.stdout, /300,000[\s\S]*250,000/);
  });

  it("stores no two seed events that describe the same incident", () => {
    const result = runSitrep(["events", "--db", db, "--json"]);
    const events = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.ok(events.length > 5);
    for (let i = 0; i < events.length; i++) {
      for (let j = i + 1; j < events.length; j++) assert.ok(!isSameIncident(events[i], events[j]), `${events[i].id} and ${events[j].id}`);
    }
  });

  it("rejects an unknown measure", () => {
    const result = runSitrep(["figures", "--measure", "wounded", "--db", db]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--measure must be one of/);
  });
});

describe("sitrep correct", () => {
  it("corrects fatalities with who and why, lists the correction, and keeps it after re-ingesting", () => {
    const [event] = runSitrep(["events", "--db", db, "--json", "--since", "2016-08-16", "--until", "2016-08-16"]).stdout.trim().split("\n").map((l) => JSON.parse(l));
    const fixed = runSitrep(["correct", event.id, "--fatalities", "3-5", "--by", "analyst", "--why", "hospital records", "--db", db, "--json"]);
    assert.equal(fixed.code, 0, fixed.stderr);
    assert.deepEqual(JSON.parse(fixed.stdout).fatalities, { low: 3, best: 3, high: 5 });
    runSitrep(["ingest", SEEDS + "003_236f2a20a491f673.txt", "--db", db, "--quiet"]);
    const again = JSON.parse(runSitrep(["events", "--db", db, "--json", "--since", "2016-08-16", "--until", "2016-08-16"]).stdout.trim());
    assert.equal(again.fatalities.low, 3);
    assert.deepEqual(again.corrections.map((c: { author: string; reason: string }) => [c.author, c.reason]), [["analyst", "hospital records"]]);
    assert.match(runSitrep(["correct", "list", "--db", db]).stdout, /set .*by analyst: hospital records/);
    const noWhy = runSitrep(["correct", event.id, "--fatalities", "3", "--by", "analyst", "--db", db]);
    assert.equal(noWhy.code, 2);
    assert.match(noWhy.stderr, /--why/);
  });
});
