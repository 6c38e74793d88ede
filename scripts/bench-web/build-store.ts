// The benchmark's SQLite store: generated events saved through the Store interface (as ingest would), kept in
// the temp folder between runs and rebuilt when missing, or when --fresh asks.
import { existsSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/store.js";
import { generateExtractions } from "./generate-extractions.js";

const GENERATOR_VERSION = 1;

export async function ensureBenchStore(count: number, options: { seed: number; fresh?: boolean; log: (m: string) => void }): Promise<string> {
  const path = join(tmpdir(), `sitrep-bench-web-${count}-${options.seed}-v${GENERATOR_VERSION}.db`);
  if (existsSync(path) && !options.fresh) {
    options.log(`store: reusing ${path} (--fresh rebuilds it); opening it once applies any new migration`);
    await (await openStore(path)).close();
    return path;
  }
  const building = `${path}.building`;
  for (const file of [building, `${building}-wal`, `${building}-shm`]) rmSync(file, { force: true });
  const store = await openStore(building);
  const started = performance.now();
  let events = 0;
  for (const { extraction, text } of generateExtractions(count, { seed: options.seed })) {
    await store.saveExtraction(extraction, text);
    events += extraction.events.length;
    if (events % 20_000 === 0) options.log(`store: ${events}/${count} events`);
  }
  await store.close();
  renameSync(building, path);
  options.log(`store: ${count} events saved in ${((performance.now() - started) / 1000).toFixed(1)} s to ${path}`);
  return path;
}
