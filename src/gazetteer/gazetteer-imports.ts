// Gazetteers a user imports (`sitrep gazetteer import`), kept beside the built-in cache: each import is
// packed into segments of at most SEGMENT_SIZE entries (so an allCountries-sized file is packed a piece
// at a time, in bounded memory), written as gazetteer binaries, and listed in imports.json. Loading
// views every segment in place; lookups merge them over the built-in gazetteer (gazetteer.ts).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fromGazetteerBytes, toGazetteerBytes } from "./gazetteer-binary.js";
import { GAZETTEER_DATA_VERSION, packGazetteerData, type GazetteerData, type PlaceRecord } from "./gazetteer-data.js";
import type { PlaceFileItem } from "./read-place-files.js";

export const SEGMENT_SIZE = 250_000;

export interface ImportedSource {
  /** Short name of the import, from the file name ("SY", "villages"). */
  name: string;
  file: string;
  format: "geonames" | "tsv";
  alternateNames: string | null;
  entries: number;
  problems: number;
  segments: string[];
  importedAt: string;
  seconds: number;
}

interface Manifest { version: number; sources: ImportedSource[] }

const manifestPath = (cacheDir: string): string => join(cacheDir, "imports", "imports.json");

export function readImportManifest(cacheDir: string): ImportedSource[] {
  const file = manifestPath(cacheDir);
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  return manifest.version === GAZETTEER_DATA_VERSION ? manifest.sources : [];
}

function writeImportManifest(cacheDir: string, sources: ImportedSource[]): void {
  const file = manifestPath(cacheDir);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ version: GAZETTEER_DATA_VERSION, sources } satisfies Manifest, null, 2));
  renameSync(tmp, file);
}

/** The segments of every import, viewed in place; a missing or stale segment is skipped with a warning. */
export function loadImportedSegments(cacheDir: string, warn: (message: string) => void = () => {}): GazetteerData[] {
  const segments: GazetteerData[] = [];
  for (const source of readImportManifest(cacheDir)) {
    for (const segment of source.segments) {
      const file = join(cacheDir, "imports", segment);
      const data = existsSync(file) ? fromGazetteerBytes(readFileSync(file), GAZETTEER_DATA_VERSION) : null;
      if (data) segments.push(data);
      else warn(`imported gazetteer segment ${file} is missing or from another version: run 'sitrep gazetteer import ${source.file}' again`);
    }
  }
  return segments;
}

export interface ImportResult {
  source: ImportedSource;
  problems: string[];
  /** Problems beyond the first 100 are counted, not kept. */
  moreProblems: number;
}

/** Pack records from a reader into segments under cacheDir/imports and list them in the manifest (replacing an import of the same name). */
export async function importPlaces(items: AsyncIterable<PlaceFileItem>, options: { cacheDir: string; file: string; format: "geonames" | "tsv"; alternateNames?: string | null; name?: string | null; onProgress?: (entries: number) => void }): Promise<ImportResult> {
  const started = performance.now();
  const name = (options.name ?? basename(options.file).replace(/\.[^.]*$/, "")).replace(/[^\w.-]+/g, "-");
  const dir = join(options.cacheDir, "imports");
  mkdirSync(dir, { recursive: true });
  const segments: string[] = [];
  const problems: string[] = [];
  let moreProblems = 0;
  let entries = 0;
  let batch: PlaceRecord[] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    const segment = `${name}-${segments.length}.bin`;
    const tmp = join(dir, `${segment}.${process.pid}.tmp`);
    writeFileSync(tmp, toGazetteerBytes(packGazetteerData(batch)));
    segments.push(segment);
    renameSync(tmp, join(dir, `${segment}.new`));
    batch = [];
  };
  for await (const item of items) {
    if (item.kind === "problem") {
      if (problems.length < 100) problems.push(item.message);
      else moreProblems++;
      continue;
    }
    batch.push(item.record);
    entries++;
    if (batch.length >= SEGMENT_SIZE) {
      flush();
      options.onProgress?.(entries);
    }
  }
  flush();
  const others = readImportManifest(options.cacheDir).filter((s) => s.name !== name);
  const old = readImportManifest(options.cacheDir).find((s) => s.name === name);
  for (const segment of old?.segments ?? []) rmSync(join(dir, segment), { force: true });
  for (const segment of segments) renameSync(join(dir, `${segment}.new`), join(dir, segment));
  const source: ImportedSource = {
    name, file: resolve(options.file), format: options.format, alternateNames: options.alternateNames ? resolve(options.alternateNames) : null,
    entries, problems: problems.length + moreProblems, segments, importedAt: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  writeImportManifest(options.cacheDir, [...others, source]);
  return { source, problems, moreProblems };
}

/** Forget an import and delete its segments; false when there is none of that name. */
export function removeImport(cacheDir: string, name: string): boolean {
  const sources = readImportManifest(cacheDir);
  const found = sources.find((s) => s.name === name);
  if (!found) return false;
  for (const segment of found.segments) rmSync(join(cacheDir, "imports", segment), { force: true });
  writeImportManifest(cacheDir, sources.filter((s) => s.name !== name));
  return true;
}

/** Bytes on disk of an import's segments. */
export function importBytes(cacheDir: string, source: ImportedSource): number {
  return source.segments.reduce((n, s) => n + (existsSync(join(cacheDir, "imports", s)) ? statSync(join(cacheDir, "imports", s)).size : 0), 0);
}
