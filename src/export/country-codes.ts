// Country names and ISO2 codes to ISO 3166-1 numeric (ACLED's `iso` column) and alpha-3, from
// i18n-iso-countries plus the short names its English list lacks ("Syria").
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

const SHORT_NAMES: Record<string, string> = {
  "syria": "SY", "palestine": "PS", "south korea": "KR", "north korea": "KP", "laos": "LA", "vietnam": "VN",
  "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "democratic republic of congo": "CD",
  "dr congo": "CD", "republic of congo": "CG", "ivory coast": "CI", "turkey": "TR", "czech republic": "CZ",
};

let byName: Map<string, string> | null = null;

/** ISO2 for "SY", "Syria", "Syrian Arab Republic"; null when unknown. */
export function toAlpha2(country: string | null): string | null {
  if (!country) return null;
  const trimmed = country.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) return trimmed.toUpperCase();
  byName ??= buildNameIndex();
  return byName.get(trimmed.toLowerCase()) ?? null;
}

export function toIsoNumeric(country: string | null): number | null {
  const alpha2 = toAlpha2(country);
  const numeric = alpha2 ? countries.alpha2ToNumeric(alpha2) : undefined;
  return numeric ? Number(numeric) : null;
}

export function toAlpha3(country: string | null): string | null {
  const alpha2 = toAlpha2(country);
  return (alpha2 && countries.alpha2ToAlpha3(alpha2)) || null;
}

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>(Object.entries(SHORT_NAMES));
  for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
    for (const name of names) index.set(name.toLowerCase(), code);
  }
  return index;
}
