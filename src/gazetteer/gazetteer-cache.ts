// Build the gazetteer data once and keep it as one binary file under the cache folder (viewed in
// place on load, see gazetteer-binary.ts); reuse it while the sources (cities500, admin tables,
// data/places files, this code's data version) are unchanged.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildGazetteerData } from "./build-gazetteer-data.js";
import { fromGazetteerBytes, toGazetteerChunks } from "./gazetteer-binary.js";
import { GAZETTEER_DATA_VERSION, type GazetteerData } from "./gazetteer-data.js";
import type { PlaceLexicon } from "./place-lexicon.js";
import type { GazetteerPaths } from "./project-paths.js";

/** A stamp of the sources: size and modification time of each file, and the data version. */
export function stampSources(paths: GazetteerPaths): string {
  const files = [paths.cities, paths.admin1, paths.admin2, ...readdirSync(paths.placesData).sort().map((f) => join(paths.placesData, f))];
  const parts = files.map((f) => {
    const s = statSync(f);
    return `${f}:${s.size}:${Math.round(s.mtimeMs)}`;
  });
  return [`v${GAZETTEER_DATA_VERSION}`, ...parts].join("\n");
}

function readCached(file: string, stamp: string): GazetteerData | null {
  if (!existsSync(file) || !existsSync(`${file}.stamp`)) return null;
  if (readFileSync(`${file}.stamp`, "utf8") !== stamp) return null;
  return fromGazetteerBytes(readFileSync(file), GAZETTEER_DATA_VERSION);
}

function writeCached(file: string, stamp: string, data: GazetteerData): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    for (const chunk of toGazetteerChunks(data)) writeSync(fd, chunk); // no second copy of the whole data in memory
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  writeFileSync(`${file}.stamp`, stamp);
}

export function loadGazetteerData(paths: GazetteerPaths, lexicon: PlaceLexicon, options: { cacheFile?: string | null } = {}): GazetteerData {
  const file = options.cacheFile ?? join(paths.cacheDir, `gazetteer-v${GAZETTEER_DATA_VERSION}.bin`);
  const stamp = stampSources(paths);
  try {
    const cached = readCached(file, stamp);
    if (cached) return cached;
  } catch {
    // A damaged cache is rebuilt below.
  }
  const data = buildGazetteerData(paths, lexicon);
  try {
    writeCached(file, stamp, data);
  } catch (error) {
    throw new Error(`could not write the gazetteer cache ${file}`, { cause: error });
  }
  return data;
}
