// Bring-your-own gazetteer: GeoNames-format and TSV files written here (an invented world: the
// villages of Arnor), imported into a cache under $SITREP_CACHE_DIR, then resolved in English text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGazetteer } from "./gazetteer.js";
import { packGazetteerData } from "./gazetteer-data.js";
import { loadImportedSegments, readImportManifest, removeImport } from "./gazetteer-imports.js";
import { describeGazetteer, guessPlaceFileFormat, importGazetteerFile } from "./gazetteer-sources.js";
import { createEmptyPlaceLexicon } from "./place-lexicon.js";
import { findGazetteerPaths } from "./project-paths.js";
import { findSentences } from "../stages/02-sentences/find-sentences.js";
import { findPlaceMentions } from "../stages/04-places/find-places.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-gazetteer-"));
process.env.SITREP_CACHE_DIR = join(dir, "cache");
const paths = findGazetteerPaths();

// The built-in layer of this test: one country and its capital, nothing else.
const base = packGazetteerData([
  { id: "iso3166:AQ", name: "Arnor", latitude: 50, longitude: 10, country: "AQ", admin1: "", feature: "PCLI", population: 2_000_000, alternates: [] },
  { id: "t:1", name: "Annuminas", latitude: 50.2, longitude: 10.2, country: "AQ", admin1: "", feature: "PPLC", population: 300_000, alternates: [] },
]);
const lexicon = createEmptyPlaceLexicon({ stopWords: new Set(["the", "on"]) });
const gazetteerNow = () => createGazetteer(base, lexicon, loadImportedSegments(paths.cacheDir));
const placesIn = (text: string) => findPlaceMentions(text, findSentences(text), gazetteerNow());

const geonamesRow = (id: number, name: string, alternates: string, lat: number, lon: number, code: string, population: number): string =>
  [id, name, name, alternates, lat, lon, code === "ADM1" ? "A" : "P", code, "AQ", "", "01", "", "", "", population, "", "120", "Europe/Arnor", "2020-01-01"].join("\t");

const GEONAMES = join(dir, "AQ.txt");
writeFileSync(GEONAMES, [
  geonamesRow(9000001, "Tharbad Ford", "Tharbad,ثارباد", 50.41, 10.62, "PPL", 1200),
  geonamesRow(9000002, "Fornost", "", 50.9, 10.4, "PPLA", 40_000),
  "9000003\tBroken row without columns",
  geonamesRow(9000004, "Amon Sul", "", 50.5, 10.9, "PPL", 0),
].join("\n") + "\n");
const ALTERNATES = join(dir, "alternateNames.txt");
writeFileSync(ALTERNATES, ["1\t9000004\ten\tWeathertop\t\t\t\t", "2\t9000004\tar\tآمون سول\t\t\t\t", "3\t9000004\tlink\thttps://example.org/x\t\t\t\t", "garbage"].join("\n") + "\n");

const TSV = join(dir, "villages.tsv");
writeFileSync(TSV, [
  "name\talternates\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation",
  "Sarn Ford\tSarnford;Sarn Crossing\t50.31\t10.51\tAQ\tSouth Downs\tPPL\t350",
  "Bad Village\t\tnorth\t10.5\tAQ\t\tPPL\t",
  "Greenway Cross\t\t50.35\t10.44\tAQ\tSouth Downs\tPPL\t120",
].join("\n") + "\n");

test("the file format is guessed from the first line", async () => {
  assert.equal(await guessPlaceFileFormat(GEONAMES), "geonames");
  assert.equal(await guessPlaceFileFormat(TSV), "tsv");
});

test("an invented village resolves only after its TSV is imported; a malformed line is reported with file:line and skipped", async () => {
  const before = placesIn("Fighting was reported in Sarn Ford on Monday.").find((p) => p.name === "Sarn Ford");
  assert.equal(before?.resolved ?? false, false);
  const result = await importGazetteerFile(TSV, { paths });
  assert.equal(result.format, "tsv");
  assert.equal(result.source.entries, 2);
  assert.equal(result.problems.length, 1);
  assert.match(result.problems[0], new RegExp(`${TSV.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3: latitude`));
  const after = placesIn("Fighting was reported in Sarn Ford on Monday.").find((p) => p.name === "Sarn Ford");
  assert.equal(after?.resolved, true);
  assert.equal(after?.admin1, "South Downs");
  assert.equal(placesIn("Shells fell in Sarnford.").find((p) => p.name === "Sarnford")?.latitude, 50.31);
});

test("a GeoNames file with an alternateNames file: towns, English and Arabic alternate names", async () => {
  const result = await importGazetteerFile(GEONAMES, { paths, alternateNames: ALTERNATES });
  assert.equal(result.format, "geonames");
  assert.equal(result.source.entries, 3);
  assert.deepEqual(result.problems.map((p) => p.replace(dir, "DIR").split(": ")[0]), ["DIR/alternateNames.txt:4", "DIR/AQ.txt:3"]);
  assert.equal(placesIn("Troops withdrew from Fornost.").find((p) => p.name === "Fornost")?.gazetteer_id, "geonames:9000002");
  assert.equal(placesIn("A strike hit a school near Weathertop overnight.").find((p) => p.name === "Weathertop")?.gazetteer_id, "geonames:9000004");
});

const ARABIC: [string, string, string][] = [
  ["an Arabic alternate name from the GeoNames row", "Residents said shelling hit ثارباد on Tuesday.", "geonames:9000001"],
  ["an Arabic name from the alternateNames file", "Clashes erupted near آمون سول at dawn.", "geonames:9000004"],
];
test("an Arabic-script place name in an English sentence resolves", () => {
  for (const [label, text, id] of ARABIC) {
    const hit = placesIn(text).find((p) => /\p{Script=Arabic}/u.test(p.name));
    assert.equal(hit?.gazetteer_id, id, label);
    assert.equal(text.slice(hit.evidence.start, hit.evidence.end), hit.name, label);
  }
});

test("info lists the imports; importing again replaces; remove forgets", async () => {
  assert.deepEqual(describeGazetteer(paths).imports.map((s) => [s.name, s.entries]).sort(), [["AQ", 3], ["villages", 2]]);
  await importGazetteerFile(TSV, { paths });
  assert.equal(readImportManifest(paths.cacheDir).filter((s) => s.name === "villages").length, 1);
  assert.equal(removeImport(paths.cacheDir, "villages"), true);
  assert.equal(removeImport(paths.cacheDir, "villages"), false);
  assert.equal(placesIn("Fighting was reported in Sarn Ford on Monday.").find((p) => p.name === "Sarn Ford")?.resolved ?? false, false);
});
