// Builds the web page into web/dist (run by `npm run build` and `prepare`): esbuild bundles web/src/main.ts
// with Leaflet, its CSS and images; the offline basemap is world-atlas' country shapes (two scales), copied beside it.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const webDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(webDir, "dist");
const modules = join(webDir, "..", "node_modules");

mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: { app: join(webDir, "src", "main.ts") },
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  sourcemap: true,
  outdir: outDir,
  loader: { ".png": "dataurl", ".svg": "dataurl" },
  logLevel: "warning",
});
copyFileSync(join(webDir, "index.html"), join(outDir, "index.html"));
// Two scales of the same shapes: the coarse one (a seventh of the bytes) draws the first view quickly, the
// detailed one replaces it once the map is zoomed in far enough for the difference to show.
copyFileSync(join(modules, "world-atlas", "countries-110m.json"), join(outDir, "countries-coarse.json"));
copyFileSync(join(modules, "world-atlas", "countries-50m.json"), join(outDir, "countries.json"));
process.stderr.write(`web: built ${outDir}\n`);
