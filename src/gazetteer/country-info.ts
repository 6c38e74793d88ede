// Country facts for export: English name, numeric ISO 3166 code (ACLED's `iso` column), the point
// the gazetteer gives the country, and its capital (GeoNames PPLC).
import countries from "i18n-iso-countries";
import type { GazetteerData } from "./gazetteer-data.js";
import { stringAt } from "./string-table.js";

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export interface CountryInfo {
  iso2: string;
  name: string;
  /** ISO 3166-1 numeric, e.g. 760 for Syria. */
  numeric: number | null;
  latitude: number | null;
  longitude: number | null;
  capital: { name: string; latitude: number; longitude: number } | null;
}

/** Returns a lookup from ISO2 to CountryInfo; the table of capitals and countries is built on first use. */
export function createCountryInfoLookup(data: GazetteerData): (iso2: string) => CountryInfo | null {
  let table: Map<string, { self?: number; capital?: number }> | null = null;
  const build = (): Map<string, { self?: number; capital?: number }> => {
    const map = new Map<string, { self?: number; capital?: number }>();
    const pcli = data.features.indexOf("PCLI");
    const pplc = data.features.indexOf("PPLC");
    for (let i = 0; i < data.size; i++) {
      const code = data.featureCode[i];
      if (code !== pcli && code !== pplc) continue;
      const f = code === pcli ? "PCLI" : "PPLC";
      const country = data.countries[data.countryCode[i]];
      const row = map.get(country) ?? {};
      if (f === "PCLI") row.self = i;
      else if (row.capital === undefined || data.population[i] > data.population[row.capital]) row.capital = i;
      map.set(country, row);
    }
    return map;
  };
  return (iso2) => {
    const code = iso2.toUpperCase();
    const name = countries.getName(code, "en");
    if (!name) return null;
    table ??= build();
    const row = table.get(code) ?? {};
    const numeric = countries.alpha2ToNumeric(code);
    const at = (i: number | undefined) => (i === undefined ? null : { name: stringAt(data.strings, data.nameRef[i]), latitude: round4(data.lat[i]), longitude: round4(data.lon[i]) });
    const self = at(row.self);
    return { iso2: code, name, numeric: numeric ? Number(numeric) : null, latitude: self?.latitude ?? null, longitude: self?.longitude ?? null, capital: at(row.capital) };
  };
}
