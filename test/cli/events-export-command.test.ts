import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { sampleFixtures } from "../../src/store/extraction-fixtures.test.js";
import { openStore } from "../../src/store/store.js";
import { runSitrep } from "./run-sitrep.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-events-"));
const db = join(dir, "events.db");
after(() => rmSync(dir, { recursive: true, force: true }));
before(async () => {
  const store = await openStore(db);
  for (const f of sampleFixtures()) await store.saveExtraction(f.extraction, f.text);
  await store.close();
});

describe("sitrep events", () => {
  it("prints an aligned table", () => {
    const result = runSitrep(["events", "--db", db]);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trimEnd().split("\n");
    assert.equal(lines.length, 5);
    assert.match(lines[0], /^date\s+type \/ sub-type\s+actors\s+location\s+fatalities\s+source$/);
    assert.equal(lines[2].indexOf("Battles"), lines[0].indexOf("type"));
    assert.match(lines[2], /3-5/);
    assert.match(result.stderr, /3 events/);
  });

  const cases: [string, string[], string[]][] = [
    ["--type", ["--type", "protests"], ["Bree"]],
    ["--sub-type", ["--sub-type", "Air/drone strike"], ["Ḥumayra"]],
    ["--actor", ["--actor", "rohan"], ["Ḥumayra"]],
    ["--place", ["--place", "humayra"], ["Ḥumayra"]],
    ["--near LAT,LON --km", ["--near", "36.2,37.16", "--km", "5"], ["Osgiliath"]],
    ["--since --until", ["--since", "2016-08-01", "--until", "2016-08-31"], ["Osgiliath"]],
    ["--limit --offset", ["--limit", "1", "--offset", "2"], ["Ḥumayra"]],
  ];
  for (const [label, args, places] of cases) {
    it(`filters with ${label} (--json)`, () => {
      const result = runSitrep(["events", "--db", db, "--json", ...args]);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(result.stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l).location.name), places);
    });
  }

  const errors: [string[], RegExp][] = [
    [["--since", "yesterday"], /--since must be a date like 2016-08-18, got 'yesterday'/],
    [["--until", "2016-02-30"], /--until must be a date like 2016-08-18, got '2016-02-30'/],
    [["--near", "Minas Tirith"], /no place named 'Minas Tirith' in the gazetteer/],
    [["--km", "5"], /--km needs --near/],
    [["--near", "36,37", "--km", "far"], /--km must be a number/],
    [["--limit", "0"], /--limit must be a whole number of at least 1/],
    [["--type", "Battle"], /--type must be one of 'Battles'/],
  ];
  for (const [args, message] of errors) {
    it(`refuses ${args.join(" ")} with exit code 2`, () => {
      const result = runSitrep(["events", "--db", db, ...args]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, message);
    });
  }
});

describe("sitrep export", () => {
  it("writes ACLED CSV to --out", () => {
    const out = join(dir, "events.csv");
    const result = runSitrep(["export", "--format", "acled-csv", "--db", db, "--out", out]);
    assert.equal(result.code, 0, result.stderr);
    const rows = parse(readFileSync(out, "utf8"), { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((r) => r.location), ["Osgiliath", "Bree", "Ḥumayra"]);
    assert.equal(rows[2].source, `'=HYPERLINK("http://evil")`);
  });

  it("writes GeoJSON to stdout, counting events without coordinates", () => {
    const result = runSitrep(["export", "--format", "geojson", "--db", db, "--place", "e"]);
    assert.equal(result.code, 0, result.stderr);
    const collection = JSON.parse(result.stdout);
    assert.equal(collection.type, "FeatureCollection");
    assert.equal(collection.features.length, 0);
    assert.match(result.stderr, /exported 0 events as geojson; 1 without coordinates left out/);
  });

  it("writes JSON Lines with sources, honouring filters", () => {
    const result = runSitrep(["export", "--format", "jsonl", "--db", db, "--type", "Battles"]);
    const events = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(events.length, 1);
    assert.equal(events[0].sources.length, 1);
  });

  it("refuses a missing or unknown --format", () => {
    for (const args of [["export"], ["export", "--format", "xlsx"]]) {
      const result = runSitrep([...args, "--db", db]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /--format must be one of acled-csv, geojson, jsonl/);
    }
  });
});
