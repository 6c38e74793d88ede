// Parse GeoNames' tab-separated "cities500" rows (the standard 19 columns) into plain records.
// Alternate names keep Latin and Arabic script only, and drop GeoNames' lower-case romanisations
// ("hlb", "xa lep po") and upper-case codes ("ALP"), which match ordinary words far more often than places.

export interface GeoNamesRow {
  geonameid: number;
  name: string;
  asciiname: string;
  alternates: string[];
  latitude: number;
  longitude: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

const LATIN_OR_ARABIC = /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\s'’`ʿʾ.,()-]+$/u;

/** Is this alternate name worth indexing? (reasons above) */
export function isUsefulAlternate(alt: string): boolean {
  if (alt.length < 3 || alt.length > 60 || /\d/.test(alt)) return false;
  if (!LATIN_OR_ARABIC.test(alt)) return false;
  if (/\p{Script=Arabic}/u.test(alt)) return true;
  if (alt === alt.toLowerCase() || alt === alt.toUpperCase()) return false;
  return true;
}

/** One row, or null when the line is not a GeoNames row. */
export function parseGeoNamesLine(line: string): GeoNamesRow | null {
  return rowOf(line.split("\t"));
}

/** A row from its columns (only 0-8, 10, 11 and 14 are read); `alternates`, when given, is column 3 already split. */
function rowOf(c: readonly string[], alternates?: readonly string[]): GeoNamesRow | null {
  if (c.length < 15) return null;
  const latitude = Number(c[4]);
  const longitude = Number(c[5]);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  return {
    geonameid: Number(c[0]),
    name: c[1],
    asciiname: c[2],
    alternates: c[3] ? (alternates ?? c[3].split(",")).filter(isUsefulAlternate) : [],
    latitude,
    longitude,
    featureClass: c[6],
    featureCode: c[7],
    country: c[8],
    admin1: c[10],
    admin2: c[11],
    population: Number(c[14]) || 0,
  };
}

/** All rows of a GeoNames dump held as one string. */
export function parseGeoNames(text: string): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  for (const line of text.split("\n")) {
    const row = parseGeoNamesLine(line);
    if (row) rows.push(row);
  }
  return rows;
}

/** The columns a row reads, by number (3, the alternate names, is read apart): the rest are never decoded. */
const USED_COLUMNS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 14];
/** Short code columns (feature class and code, country, admin codes): one string per distinct value. */
const CODE_COLUMNS = new Set([6, 7, 8, 10, 11]);

/**
 * All rows of a GeoNames dump read as bytes: the same rows as parseGeoNames over the decoded text, but
 * each column (and each alternate name) is decoded on its own and codes are shared, so the rows hold small
 * strings of their own rather than slices that keep the whole 60 MB text alive (most of the gazetteer
 * build's peak memory).
 */
export function parseGeoNamesBytes(bytes: Buffer): GeoNamesRow[] {
  const rows: GeoNamesRow[] = [];
  const tabs: number[] = [];
  const codes = new Map<string, string>();
  const decode = (from: number, to: number, shared: boolean): string => {
    const text = bytes.toString("utf8", from, to);
    if (!shared) return text;
    const known = codes.get(text);
    if (known !== undefined) return known;
    codes.set(text, text);
    return text;
  };
  for (let start = 0; start <= bytes.length;) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    tabs.length = 0;
    for (let k = bytes.indexOf(9, start); k >= 0 && k < end && tabs.length < 15; k = bytes.indexOf(9, k + 1)) tabs.push(k);
    if (tabs.length >= 14) {
      const columns: string[] = new Array<string>(15).fill("");
      const from = (i: number): number => (i === 0 ? start : tabs[i - 1] + 1);
      const to = (i: number): number => (i < tabs.length ? tabs[i] : end);
      for (const i of USED_COLUMNS) columns[i] = decode(from(i), to(i), CODE_COLUMNS.has(i));
      if (columns[2] === columns[1]) columns[2] = columns[1];
      const alternates: string[] = [];
      for (let a = from(3); a <= to(3);) {
        let comma = bytes.indexOf(44, a);
        if (comma < 0 || comma > to(3)) comma = to(3);
        alternates.push(bytes.toString("utf8", a, comma));
        a = comma + 1;
      }
      const row = rowOf(columns, alternates);
      if (row) rows.push(row);
    }
    start = end + 1;
  }
  return rows;
}
