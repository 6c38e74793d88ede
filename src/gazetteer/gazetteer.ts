// The gazetteer seam: loadGazetteer() builds the default one from installed sources once, caches the
// compact index under .cache/ (or $SITREP_CACHE_DIR), and answers name lookups; createGazetteer()
// wraps any GazetteerData (tests build tiny invented ones in memory).
import { createSeatLookup } from "./admin-seats.js";
import { createCountryInfoLookup, type CountryInfo } from "./country-info.js";
import { KEY_NAME, type GazetteerData } from "./gazetteer-data.js";
import { loadGazetteerData } from "./gazetteer-cache.js";
import { loadImportedSegments } from "./gazetteer-imports.js";
import { normalizeName } from "./normalize-name.js";
import { createEmptyPlaceLexicon, loadPlaceLexicon, type PlaceLexicon } from "./place-lexicon.js";
import { findGazetteerPaths } from "./project-paths.js";
import { featureLabel, rankEntries } from "./rank-entries.js";
import { looseKeyOf } from "./loose-index.js";
import { keyFlags, keyPostings, stringAt } from "./string-table.js";

export type { CountryInfo } from "./country-info.js";
export type { PlaceLexicon } from "./place-lexicon.js";

export interface GazetteerEntry {
  /** "geonames:170063", "geonames-adm1:SY.09", "iso3166:SY", "sitrep-region:africa" */
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** ISO2 */
  country: string | null;
  admin1: string | null;
  /** "populated place", "country", "first-order administrative division", ... */
  feature: string;
  /** GeoNames feature code: PPL, PPLA, PPLC, ADM1, ADM2, PCLI, CONT, RGN ... */
  featureCode: string;
  population: number;
  /** True when the name matched one of its alternate names rather than its main one. */
  alternate: boolean;
}

export interface Gazetteer {
  readonly size: number;
  /** Entries whose name or alternate name matches, best first. */
  lookup(name: string): readonly GazetteerEntry[];
  /** The same, for a key already made by normalizeName(). */
  lookupKey(key: string): readonly GazetteerEntry[];
  /** Is there any entry under this key? (cheap: no entries are built) */
  hasKey(key: string): boolean;
  /** KEY_NAME when the key is a name, | KEY_PREFIX when it is the first words of a longer one; 0 otherwise. */
  keyFlags(key: string): number;
  /** Consonant-skeleton match inside one country, for spellings too far apart for normalizeName ("Zirba" ~ "Az Zarbah"). */
  lookupLoose(name: string, country: string): readonly GazetteerEntry[];
  /** The seat of a first-level division (its PPLA, or the capital inside it), by ISO2 and admin1 name. */
  seatOf(country: string, admin1: string): GazetteerEntry | null;
  /** Name, numeric ISO code (ACLED's `iso`) and points of a country; null for an unknown code. */
  countryInfo(iso2: string): CountryInfo | null;
  /** The lexicons of data/places that place finding uses. */
  readonly lexicon: PlaceLexicon;
}

/** Lookups kept per gazetteer: names repeat across documents, so ranked entries are reused. */
const LOOKUP_CACHE_LIMIT = 20_000;

/** Entry index i of one layer as a GazetteerEntry; `alternate` says whether the name matched an alternate. */
function entryOf(data: GazetteerData, i: number, alternate: boolean): GazetteerEntry {
  const code = data.features[data.featureCode[i]];
  return {
    id: stringAt(data.strings, data.idRef[i]), name: stringAt(data.strings, data.nameRef[i]),
    latitude: Math.round(data.lat[i] * 1e4) / 1e4, longitude: Math.round(data.lon[i] * 1e4) / 1e4,
    country: data.countries[data.countryCode[i]] || null, admin1: stringAt(data.strings, data.admin1Ref[i]) || null,
    feature: featureLabel(code), featureCode: code, population: data.population[i], alternate,
  };
}

/**
 * A gazetteer over the built-in data and any imported layers (gazetteer-imports.ts). Lookups merge the
 * layers; an entry id found in a later layer replaces the earlier one (a re-imported GeoNames town).
 */
export function createGazetteer(data: GazetteerData, lexicon: PlaceLexicon = createEmptyPlaceLexicon(), layers: readonly GazetteerData[] = []): Gazetteer {
  const all = [data, ...layers];
  const gather = (collect: (layer: GazetteerData) => GazetteerEntry[]): GazetteerEntry[] => {
    if (all.length === 1) return collect(data);
    const seen = new Set<string>();
    const merged: GazetteerEntry[] = [];
    for (let k = all.length - 1; k >= 0; k--) {
      for (const e of collect(all[k])) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        merged.push(e);
      }
    }
    return merged;
  };
  const cache = new Map<string, readonly GazetteerEntry[]>();
  const looseCache = new Map<string, readonly GazetteerEntry[]>();
  const lookupKey = (key: string): readonly GazetteerEntry[] => {
    let found = cache.get(key);
    if (found) return found;
    found = rankEntries(gather((layer) => Array.from(keyPostings(layer.names, key), (p) => entryOf(layer, p >> 1, (p & 1) === 1))));
    if (cache.size >= LOOKUP_CACHE_LIMIT) cache.clear();
    cache.set(key, found);
    return found;
  };
  const flagsOf = (key: string): number => {
    let flags = keyFlags(data.names, key);
    for (const layer of layers) flags |= keyFlags(layer.names, key);
    return flags;
  };
  const seat = createSeatLookup(data);
  return {
    size: all.reduce((n, layer) => n + layer.size, 0),
    lookupKey,
    seatOf: (country, admin1) => {
      const i = seat(country, admin1);
      return i === null ? null : entryOf(data, i, false);
    },
    hasKey: (key) => (flagsOf(key) & KEY_NAME) !== 0,
    keyFlags: flagsOf,
    lookup: (name) => lookupKey(normalizeName(name)),
    lookupLoose: (name, country) => {
      const key = looseKeyOf(name, country);
      if (!key) return [];
      let found = looseCache.get(key);
      if (found) return found;
      found = rankEntries(gather((layer) => Array.from(keyPostings(layer.loose, key), (i) => entryOf(layer, i, true))));
      if (looseCache.size >= LOOKUP_CACHE_LIMIT) looseCache.clear();
      looseCache.set(key, found);
      return found;
    },
    countryInfo: createCountryInfoLookup(data),
    lexicon,
  };
}

/** The built-in gazetteer (built once, then cached) with every imported gazetteer over it. */
export async function loadGazetteer(options: { path: string | null; warn?: (message: string) => void }): Promise<Gazetteer> {
  const paths = findGazetteerPaths();
  const lexicon = loadPlaceLexicon(paths.placesData);
  const data = loadGazetteerData(paths, lexicon, { cacheFile: options.path });
  return createGazetteer(data, lexicon, loadImportedSegments(paths.cacheDir, options.warn));
}
