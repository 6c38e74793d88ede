// Streaming readers for gazetteers a user brings: GeoNames dump files (allCountries, a country file
// like SY.txt, citiesN; alternateNames as an optional second file) and a simple TSV (a newsroom's
// village list). One line at a time through readline, so a file of any size is read in bounded memory;
// a malformed line becomes a problem with its file:line, and reading goes on.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { PlaceRecord } from "./gazetteer-data.js";
import { isUsefulAlternate, parseGeoNamesLine } from "./parse-geonames.js";

export type PlaceFileItem = { kind: "record"; record: PlaceRecord } | { kind: "problem"; message: string };

async function* readLines(file: string): AsyncGenerator<[string, number]> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) yield [line, ++n];
}

/** GeoNames feature classes and codes worth placing events at: towns, divisions, and a few sites. */
const KEPT_CLASSES = new Set(["P", "A"]);
const KEPT_CODES = new Set(["AIRP", "AIRB", "MILB", "CMP", "CMPRF", "CMPQ", "DAM", "PRN", "PS", "PSH", "HSP", "BDG", "CSTL", "RGN", "AREA", "ISL", "ISLS", "MT", "MTS", "VAL", "WAD", "OAS", "PASS", "PLN", "PLAT", "DSRT"]);

/** Alternate-name languages kept: unlabelled, English, Arabic. Codes like "link", "post", "iata" are not names. */
const KEPT_LANGUAGES = new Set(["", "en", "ar"]);

/** geonameid -> extra alternate names, from alternateNames.txt / alternateNamesV2.txt (bounded by the language filter). */
export async function readGeoNamesAlternates(file: string, onProblem: (message: string) => void): Promise<Map<number, string[]>> {
  const byId = new Map<number, string[]>();
  for await (const [line, n] of readLines(file)) {
    if (!line || line.startsWith("#")) continue;
    const c = line.split("\t");
    const id = Number(c[1]);
    if (c.length < 4 || !Number.isInteger(id)) {
      onProblem(`${file}:${n}: expected an alternateNames row (id, geonameid, language, name, ...), got ${JSON.stringify(line.slice(0, 60))}`);
      continue;
    }
    if (!KEPT_LANGUAGES.has(c[2]) || c[6] === "1" || c[7] === "1" || !isUsefulAlternate(c[3])) continue; // colloquial, historic
    const list = byId.get(id);
    if (!list) byId.set(id, [c[3]]);
    else if (list.length < 24 && !list.includes(c[3])) list.push(c[3]);
  }
  return byId;
}

/** PlaceRecords from a GeoNames dump; `admin1Names` maps "SY.09" to "Aleppo". */
export async function* readGeoNamesFile(file: string, options: { admin1Names: ReadonlyMap<string, string>; alternates?: ReadonlyMap<number, string[]> }): AsyncGenerator<PlaceFileItem> {
  for await (const [line, n] of readLines(file)) {
    if (!line || line.startsWith("#")) continue;
    const row = parseGeoNamesLine(line);
    if (!row || !Number.isInteger(row.geonameid) || !row.name) {
      yield { kind: "problem", message: `${file}:${n}: expected a GeoNames row (19 tab-separated columns, latitude and longitude numbers), got ${JSON.stringify(line.slice(0, 60))}` };
      continue;
    }
    if (!KEPT_CLASSES.has(row.featureClass) && !KEPT_CODES.has(row.featureCode)) continue;
    const extra = options.alternates?.get(row.geonameid) ?? [];
    const admin1 = options.admin1Names.get(`${row.country}.${row.admin1}`) ?? (row.featureCode === "ADM1" ? row.name : "");
    yield {
      kind: "record",
      record: {
        id: `geonames:${row.geonameid}`, name: row.name, latitude: row.latitude, longitude: row.longitude, country: row.country,
        admin1, feature: row.featureCode || "PPL", population: row.population,
        alternates: [...new Set([row.asciiname, ...row.alternates, ...extra])],
      },
    };
  }
}

const TSV_COLUMNS = "name, alternate names (;-separated), latitude, longitude, country (ISO2), admin1, feature, population";

/** One TSV row as a record, or the reason it is not one. */
export function parseTsvPlace(line: string, id: string): PlaceRecord | string {
  const c = line.split("\t").map((x) => x.trim());
  const [name, alternates = "", lat = "", lon = "", country = "", admin1 = "", feature = "", population = ""] = c;
  if (c.length < 4 || !name) return `expected ${TSV_COLUMNS}, got ${c.length} column(s)`;
  const latitude = Number(lat);
  const longitude = Number(lon);
  if (lat === "" || !Number.isFinite(latitude) || Math.abs(latitude) > 90) return `latitude must be a number from -90 to 90, got '${lat}'`;
  if (lon === "" || !Number.isFinite(longitude) || Math.abs(longitude) > 180) return `longitude must be a number from -180 to 180, got '${lon}'`;
  if (country && !/^[A-Za-z]{2}$/.test(country)) return `country must be an ISO 3166 two-letter code like SY, got '${country}'`;
  const people = population === "" ? 0 : Number(population.replace(/[, _]/g, ""));
  if (!Number.isFinite(people) || people < 0) return `population must be a whole number, got '${population}'`;
  return {
    id, name, latitude, longitude, country: country.toUpperCase(), admin1, feature: feature || "PPL", population: Math.round(people),
    alternates: alternates.split(/[;|]/).map((a) => a.trim()).filter(Boolean),
  };
}

/** PlaceRecords from a TSV of the columns above; a first line starting "name" is a header; "#" lines are comments. */
export async function* readTsvFile(file: string, options: { idPrefix: string }): AsyncGenerator<PlaceFileItem> {
  for await (const [line, n] of readLines(file)) {
    if (!line.trim() || line.startsWith("#") || (n === 1 && /^name\t/i.test(line))) continue;
    const parsed = parseTsvPlace(line, `${options.idPrefix}:${n}`);
    if (typeof parsed === "string") yield { kind: "problem", message: `${file}:${n}: ${parsed}` };
    else yield { kind: "record", record: parsed };
  }
}
