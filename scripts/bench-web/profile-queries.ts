// CPU time of each typical API query in process (no HTTP, no other load counted): median and worst of N runs
// after a warm-up, over the benchmark store; each run asks another offset, so the page cache never answers.
// For finding where time goes; bench-web.ts measures under load.
//   node --import tsx scripts/bench-web/profile-queries.ts STORE.db [--runs 20] [PATH...]
import { parseArgs } from "node:util";
import { createApp } from "../../src/server/create-app.js";
import { openStore } from "../../src/store/store.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: "string", default: "20" } } });
const [path, ...given] = positionals;
if (!path) throw new Error("usage: profile-queries.ts STORE.db [--runs N] [PATH...]");
const runs = Number(values.runs);
const paths = given.length > 0 ? given : [
  "/api/events?type=Battles", "/api/events?type=Battles&since=2023-03-01&until=2023-03-31", "/api/events?near=36.2021,37.1343&km=10",
  "/api/events?bbox=42,12,46,16", "/api/events?actor=wagner", "/api/events?q=shelling", "/api/events?q=bakhmut%20clash", "/api/events?limit=1",
  "/api/events?limit=10000&summary=1", "/api/events?limit=10000", "/api/figures?measure=killed",
];
const store = await openStore(path);
const app = createApp({ store });
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (const p of paths) {
  await (await app.request(p)).arrayBuffer();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    const path = p.startsWith("/api/events?") ? `${p}&offset=${i + 1}` : p;
    bytes = (await (await app.request(path)).arrayBuffer()).byteLength;
    times.push(cpuMs() - start);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(`${p.padEnd(62)} cpu median ${times[Math.floor(runs / 2)].toFixed(1).padStart(7)} ms  worst ${times[runs - 1].toFixed(1).padStart(7)} ms  ${(bytes / 1024).toFixed(0)} KB\n`);
}
await store.close();
