// `sitrep gazetteer import FILE [--format geonames|tsv] [--alternate-names FILE] [--name NAME]`,
// `sitrep gazetteer info [--json]`, `sitrep gazetteer remove NAME`: bring your own gazetteer.
// Imports go to the cache folder ($SITREP_CACHE_DIR, else .cache/) and are used by every later run.
import { loadGazetteer } from "../gazetteer/gazetteer.js";
import { removeImport } from "../gazetteer/gazetteer-imports.js";
import { describeGazetteer, importGazetteerFile, type PlaceFileFormat } from "../gazetteer/gazetteer-sources.js";
import { findGazetteerPaths } from "../gazetteer/project-paths.js";
import { parseCommandArgs, runCommand, UsageError } from "./cli-args.js";

const USAGE = `Usage: sitrep gazetteer import FILE [ALTERNATE_NAMES] [--format geonames|tsv] [--alternate-names FILE] [--name NAME]
       sitrep gazetteer info [--json]
       sitrep gazetteer remove NAME
FILE: a GeoNames dump (allCountries.txt, a country file like SY.txt, cities1000.txt ...) or a TSV of
  name, alternate names (;-separated), latitude, longitude, country (ISO2), admin1, feature, population.
ALTERNATE_NAMES: GeoNames alternateNames.txt / alternateNamesV2.txt, joined by geonameid (English, Arabic, unlabelled).
Importing a file of the same name again replaces it. Malformed lines are reported as FILE:LINE and skipped.
`;

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

async function runImport(positionals: string[], values: { format?: string; "alternate-names"?: string; name?: string; json?: boolean }): Promise<number> {
  const [file, alternates, extra] = positionals;
  if (!file) throw new UsageError("import needs a FILE (a GeoNames dump or a TSV)");
  if (extra) throw new UsageError(`unexpected argument '${extra}'`);
  if (values.format !== undefined && values.format !== "geonames" && values.format !== "tsv") throw new UsageError(`--format must be 'geonames' or 'tsv', got '${values.format}'`);
  if (alternates && values["alternate-names"]) throw new UsageError("give the alternate names file once (second argument or --alternate-names)");
  const alternateNames = alternates ?? values["alternate-names"] ?? null;
  if (alternateNames && values.format === "tsv") throw new UsageError("alternate names files are for GeoNames imports only");
  const result = await importGazetteerFile(file, {
    format: (values.format as PlaceFileFormat | undefined) ?? null, alternateNames, name: values.name ?? null,
    onProgress: (m) => process.stderr.write(`sitrep gazetteer: ${m}\n`),
  });
  for (const p of result.problems) process.stderr.write(`sitrep gazetteer: ${p}\n`);
  if (result.moreProblems > 0) process.stderr.write(`sitrep gazetteer: ... and ${result.moreProblems} more malformed lines\n`);
  const s = result.source;
  if (values.json) process.stdout.write(JSON.stringify({ ...s, problemLines: result.problems }) + "\n");
  else process.stdout.write(`imported '${s.name}' (${result.format}): ${s.entries} entries, ${s.problems} malformed lines skipped, ${s.seconds} s\n`);
  return s.entries > 0 ? 0 : 1;
}

async function runInfo(values: { json?: boolean }): Promise<number> {
  const paths = findGazetteerPaths();
  const gazetteer = await loadGazetteer({ path: null, warn: (m) => process.stderr.write(`sitrep gazetteer: ${m}\n`) });
  const d = describeGazetteer(paths);
  if (values.json) {
    process.stdout.write(JSON.stringify({ entries: gazetteer.size, ...d }, null, 2) + "\n");
    return 0;
  }
  const lines = [
    `entries loaded: ${gazetteer.size}`,
    `cache folder:   ${d.cacheDir}`,
    `built-in:       ${d.builtIn.cacheFile} (${mb(d.builtIn.bytes)}, built ${d.builtIn.built ?? "never"}, data version ${d.builtIn.version})`,
    ...d.builtIn.sources.map((s) => `  from ${s}`),
    d.imports.length ? "imported:" : "imported:       none (sitrep gazetteer import FILE)",
    ...d.imports.map((s) => `  ${s.name}: ${s.entries} entries from ${s.file}${s.alternateNames ? ` + ${s.alternateNames}` : ""} (${s.format}, ${s.problems} lines skipped, ${mb(s.bytes)}, imported ${s.importedAt} in ${s.seconds} s)`),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  return 0;
}

export async function runGazetteer(args: string[]): Promise<number> {
  return runCommand("gazetteer", async () => {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: "string" }, "alternate-names": { type: "string" }, name: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" },
    });
    const [action, ...rest] = positionals;
    if (values.help || action === undefined) {
      process.stdout.write(USAGE);
      return values.help ? 0 : 2;
    }
    switch (action) {
      case "import": return runImport(rest, values);
      case "info": return runInfo(values);
      case "remove": {
        if (!rest[0]) throw new UsageError("remove needs the NAME of an import (see sitrep gazetteer info)");
        if (!removeImport(findGazetteerPaths().cacheDir, rest[0])) throw new UsageError(`no import named '${rest[0]}' (see sitrep gazetteer info)`);
        process.stdout.write(`removed '${rest[0]}'\n`);
        return 0;
      }
      default: throw new UsageError(`unknown action '${action}': import, info or remove`);
    }
  });
}
