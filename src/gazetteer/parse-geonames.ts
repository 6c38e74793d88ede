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
  const c = line.split("\t");
  if (c.length < 15) return null;
  const latitude = Number(c[4]);
  const longitude = Number(c[5]);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  return {
    geonameid: Number(c[0]),
    name: c[1],
    asciiname: c[2],
    alternates: c[3] ? c[3].split(",").filter(isUsefulAlternate) : [],
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
