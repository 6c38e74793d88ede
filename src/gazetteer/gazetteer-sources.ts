// What `sitrep gazetteer` does, as library calls: import a user's file into the cache (format given or
// guessed from its first line) and describe what is loaded (built-in sources, imports, cache paths).
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { GAZETTEER_DATA_VERSION } from "./gazetteer-data.js";
import { importBytes, importPlaces, readImportManifest, type ImportedSource, type ImportResult } from "./gazetteer-imports.js";
import { findGazetteerPaths, type GazetteerPaths } from "./project-paths.js";
import { readGeoNamesAlternates, readGeoNamesFile, readTsvFile } from "./read-place-files.js";

export type PlaceFileFormat = "geonames" | "tsv";

/** "geonames" when the first data line has GeoNames' 19 columns and a numeric id, else "tsv". */
export async function guessPlaceFileFormat(file: string): Promise<PlaceFileFormat> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.trim() || line.startsWith("#")) continue;
      const cells = line.split("\t");
      return cells.length >= 15 && /^\d+$/.test(cells[0]) ? "geonames" : "tsv";
    }
  } finally {
    lines.close();
  }
  return "tsv";
}

export interface ImportOptions {
  format?: PlaceFileFormat | null;
  /** GeoNames alternateNames file to join by geonameid. */
  alternateNames?: string | null;
  /** Name of the import (default: the file name without extension); importing the same name replaces it. */
  name?: string | null;
  paths?: GazetteerPaths;
  onProgress?: (message: string) => void;
}

export async function importGazetteerFile(file: string, options: ImportOptions = {}): Promise<ImportResult & { format: PlaceFileFormat }> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`gazetteer file not found: ${file}`);
  if (options.alternateNames && !existsSync(options.alternateNames)) throw new Error(`alternate names file not found: ${options.alternateNames}`);
  const paths = options.paths ?? findGazetteerPaths();
  const format = options.format ?? (await guessPlaceFileFormat(file));
  const early: string[] = [];
  let items;
  if (format === "geonames") {
    const admin1 = JSON.parse(readFileSync(paths.admin1, "utf8")) as { code: string; name: string }[];
    const alternates = options.alternateNames ? await readGeoNamesAlternates(options.alternateNames, (m) => early.push(m)) : undefined;
    items = readGeoNamesFile(file, { admin1Names: new Map(admin1.map((a) => [a.code, a.name])), alternates });
  } else {
    const name = options.name ?? file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
    items = readTsvFile(file, { idPrefix: `import-${name}` });
  }
  const result = await importPlaces(items, {
    cacheDir: paths.cacheDir, file, format, alternateNames: options.alternateNames ?? null, name: options.name ?? null,
    onProgress: (n) => options.onProgress?.(`${n.toLocaleString("en")} entries packed`),
  });
  return { ...result, problems: [...early.slice(0, 100), ...result.problems], moreProblems: result.moreProblems + Math.max(0, early.length - 100), format };
}

export interface GazetteerDescription {
  cacheDir: string;
  builtIn: { cacheFile: string; built: string | null; bytes: number; sources: string[]; version: number };
  imports: (ImportedSource & { bytes: number })[];
}

/** What `sitrep gazetteer info` prints: no building, only what is on disk. */
export function describeGazetteer(paths: GazetteerPaths = findGazetteerPaths()): GazetteerDescription {
  const cacheFile = join(paths.cacheDir, `gazetteer-v${GAZETTEER_DATA_VERSION}.bin`);
  const stat = existsSync(cacheFile) ? statSync(cacheFile) : null;
  return {
    cacheDir: paths.cacheDir,
    builtIn: {
      cacheFile, built: stat ? stat.mtime.toISOString() : null, bytes: stat?.size ?? 0, version: GAZETTEER_DATA_VERSION,
      sources: [paths.cities, paths.admin1, paths.admin2, paths.placesData],
    },
    imports: readImportManifest(paths.cacheDir).map((s) => ({ ...s, bytes: importBytes(paths.cacheDir, s) })),
  };
}
