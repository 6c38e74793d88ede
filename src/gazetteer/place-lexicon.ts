// The hand-edited lexicons in data/places/ (see its README): read at load time, small, never cached.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface RegionRow {
  name: string;
  latitude: number;
  longitude: number;
  feature: string;
  aliases: string[];
}

export interface PlaceLexicon {
  /** Lower-case words that are not places on their own. */
  stopWords: ReadonlySet<string>;
  /** Given names: the next capitalised word is a surname. */
  givenNames: ReadonlySet<string>;
  /** "Syrian" -> { country: "SY", region: "" } */
  demonyms: ReadonlyMap<string, { country: string; region: string }>;
  /** "Kremlin" -> { country: "RU", seat: "Moscow" } */
  metonyms: ReadonlyMap<string, { country: string; seat: string }>;
  regions: readonly RegionRow[];
  countryAliases: readonly [string, string][];
  countryPoints: ReadonlyMap<string, { latitude: number; longitude: number }>;
  /** "US|Virginia" -> reference point of a first-level division (data/places/division-points.tsv). */
  divisionPoints: ReadonlyMap<string, { latitude: number; longitude: number }>;
  /** "La." / "LA" -> { country: "US", admin1: "Louisiana" }: a state written after a town and a comma. */
  adminAbbreviations: ReadonlyMap<string, { country: string; admin1: string }>;
  /** Words that open a village name and never stand alone before another capitalised word ("Tal", "Kafr"). */
  namePrefixes: ReadonlySet<string>;
  /** News organisations named like places ("al jazeera"), lower case, words joined by one space: a source, never a place. */
  newsOutlets: ReadonlySet<string>;
}

/** Non-comment, non-empty lines split on tabs. */
export function parseTable(text: string): string[][] {
  return text.split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t").map((c) => c.trim()));
}

function readTable(dir: string, file: string): string[][] {
  return parseTable(readFileSync(join(dir, file), "utf8"));
}

export function loadPlaceLexicon(dir: string): PlaceLexicon {
  const words = (file: string): Set<string> => new Set(readTable(dir, file).map((r) => r[0]));
  return {
    stopWords: words("stop-words.txt"),
    givenNames: words("given-names.txt"),
    demonyms: new Map(readTable(dir, "demonyms.tsv").map((r) => [r[0], { country: r[1] ?? "", region: r[2] ?? "" }])),
    metonyms: new Map(readTable(dir, "metonyms.tsv").map((r) => [r[0], { country: r[1], seat: r[2] }])),
    regions: readTable(dir, "regions.tsv").map((r) => ({
      name: r[0], latitude: Number(r[1]), longitude: Number(r[2]), feature: r[3], aliases: r[4] ? r[4].split(";") : [],
    })),
    countryAliases: readTable(dir, "country-aliases.tsv").map((r) => [r[0], r[1]] as [string, string]),
    countryPoints: new Map(readTable(dir, "country-points.tsv").map((r) => [r[0], { latitude: Number(r[1]), longitude: Number(r[2]) }])),
    divisionPoints: new Map(readTable(dir, "division-points.tsv").map((r) => [`${r[0]}|${r[1]}`, { latitude: Number(r[2]), longitude: Number(r[3]) }])),
    adminAbbreviations: new Map(readTable(dir, "admin-abbreviations.tsv").map((r) => [r[0], { country: r[1], admin1: r[2] }])),
    namePrefixes: words("name-prefixes.txt"),
    newsOutlets: words("news-outlets.txt"),
  };
}

/** An empty lexicon, for tests that build a gazetteer in memory. */
export function createEmptyPlaceLexicon(overrides: Partial<PlaceLexicon> = {}): PlaceLexicon {
  return {
    stopWords: new Set(), givenNames: new Set(), demonyms: new Map(), metonyms: new Map(), regions: [],
    countryAliases: [], countryPoints: new Map(), divisionPoints: new Map(), adminAbbreviations: new Map(), namePrefixes: new Set(), newsOutlets: new Set(), ...overrides,
  };
}
