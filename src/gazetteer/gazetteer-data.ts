// The compact, serialisable form of the gazetteer: typed-array columns of entries, a string list, a
// name index from normalised key to postings (entry index * 2, +1 when the key came from an alternate
// name) that also marks keys which are the first words of longer names (so the text scanner stops as
// soon as no name can continue), and a consonant-skeleton index per country. The same bytes are
// written to the cache and viewed in place on load: nothing is parsed, strings are decoded on demand.
import { skeletonOf } from "./loose-index.js";
import { normalizeName } from "./normalize-name.js";
import { createKeyTableBuilder, packStringList, type KeyTable, type StringList } from "./string-table.js";

export const GAZETTEER_DATA_VERSION = 6;

/** keyFlags bits: the key is a whole name; the key is the first words of a longer name. */
export const KEY_NAME = 1;
export const KEY_PREFIX = 2;

export interface GazetteerData {
  version: number;
  size: number;
  /** Code tables for the country and feature columns. */
  countries: string[];
  features: string[];
  strings: StringList;
  /** Per entry: indexes into strings. */
  idRef: Uint32Array;
  nameRef: Uint32Array;
  admin1Ref: Uint32Array;
  lat: Float32Array;
  lon: Float32Array;
  population: Float64Array;
  countryCode: Uint16Array;
  featureCode: Uint8Array;
  names: KeyTable;
  /** "SY|zrb" -> entry indexes of populated places. */
  loose: KeyTable;
}

/** One entry before it is packed into columns. */
export interface PlaceRecord {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
  country: string;
  admin1: string;
  feature: string;
  population: number;
  /** Other names it is known by (alternates), in any supported script. */
  alternates: readonly string[];
  /** Alternates are as good as the main name (countries' short and long names): no alternate flag. */
  alternatesArePrimary?: boolean;
}

function codeOf(table: string[], lookup: Map<string, number>, value: string): number {
  let code = lookup.get(value);
  if (code === undefined) {
    code = table.length;
    table.push(value);
    lookup.set(value, code);
  }
  return code;
}

/** Growable columns: the records are streamed, so their number is known only at the end. */
function createColumns(capacity: number) {
  return {
    idRef: new Uint32Array(capacity), nameRef: new Uint32Array(capacity), admin1Ref: new Uint32Array(capacity), lat: new Float32Array(capacity),
    lon: new Float32Array(capacity), population: new Float64Array(capacity), countryCode: new Uint16Array(capacity), featureCode: new Uint8Array(capacity),
  };
}
type Columns = ReturnType<typeof createColumns>;

function resizeColumns(cols: Columns, size: number): Columns {
  const out = createColumns(size);
  for (const name of Object.keys(cols) as (keyof Columns)[]) out[name].set(cols[name].subarray(0, Math.min(size, cols[name].length)));
  return out;
}

/** Pack records into columns and build the name and skeleton indexes, one record at a time (none is kept). */
export function packGazetteerData(input: Iterable<PlaceRecord>): GazetteerData {
  const strings: string[] = [];
  const stringCodes = new Map<string, number>();
  const countries: string[] = [];
  const countryCodes = new Map<string, number>();
  const features: string[] = [];
  const featureCodes = new Map<string, number>();
  let cols = createColumns(1024);
  const names = createKeyTableBuilder();
  const loose = createKeyTableBuilder();
  let i = 0;
  for (const r of input) {
    if (i === cols.idRef.length) cols = resizeColumns(cols, i * 2);
    cols.idRef[i] = codeOf(strings, stringCodes, r.id);
    cols.nameRef[i] = codeOf(strings, stringCodes, r.name);
    cols.admin1Ref[i] = codeOf(strings, stringCodes, r.admin1);
    cols.lat[i] = r.latitude;
    cols.lon[i] = r.longitude;
    cols.population[i] = r.population;
    cols.countryCode[i] = codeOf(countries, countryCodes, r.country);
    cols.featureCode[i] = codeOf(features, featureCodes, r.feature);
    const seen = new Set<string>();
    const entry = i;
    const add = (text: string, alt: number): void => {
      const key = normalizeName(text);
      if (!key || seen.has(key)) return;
      seen.add(key);
      names.note(key, KEY_NAME, entry * 2 + alt);
      const words = key.split(" ");
      for (let k = 1; k < words.length; k++) names.note(words.slice(0, k).join(" "), KEY_PREFIX, null);
    };
    add(r.name, 0);
    for (const alt of r.alternates) add(alt, r.alternatesArePrimary ? 0 : 1);
    if (r.feature.startsWith("PPL")) {
      const skeleton = skeletonOf(r.name);
      if (skeleton.length >= 3) loose.note(`${r.country}|${skeleton}`, KEY_NAME, i);
    }
    i++;
  }
  return {
    version: GAZETTEER_DATA_VERSION, size: i, countries, features, strings: packStringList(strings), ...resizeColumns(cols, i),
    names: names.pack(), loose: loose.pack(),
  };
}
