// The names ACLED gives the document's country in its generic actors: "Civilians (Syria)", "Police Forces of
// Syria (2000-)", "Military Forces of Syria (2000-)".
import type { CountryNaming } from "./default-actors.js";

export interface CountryRowLike {
  name: string;
  military: string;
  police: string;
}

export function createCountryNaming(
  iso2: string | null, countries: ReadonlyMap<string, CountryRowLike>, countryName: (iso2: string) => string | null,
): CountryNaming {
  const row = iso2 ? countries.get(iso2) : undefined;
  return {
    iso2,
    name: iso2 ? countryName(iso2) : null,
    police: row ? `Police Forces of ${row.name}${row.police ? ` (${row.police})` : ""}` : null,
    military: row ? `Military Forces of ${row.name}${row.military ? ` (${row.military})` : ""}` : null,
  };
}
