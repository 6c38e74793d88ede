// Times the SQLite store's writes: opening a store (which clusters the reports of a database from before
// incidents existed) and ingesting generated documents all at one town over two years, with day-, week- and
// month-precise dates, so that one place/date group grows large. Prints; asserts nothing.
//   node --import tsx scripts/bench-store.ts open STORE.db
//   node --import tsx scripts/bench-store.ts one-town [--docs 5000] [--seed 7]
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openStore } from "../src/store/store.js";
import type { CodedEvent, Extraction } from "../src/types.js";
import { createRandom } from "./corpus/random.js";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { docs: { type: "string", default: "5000" }, seed: { type: "string", default: "7" } } });
const ACTORS = ["Military Forces of Arventa (2011-)", "Free Arventa Front", "Saltcoast Militia", "Unidentified Armed Group (Arventa)"];
const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
if (positionals[0] === "open" && positionals[1]) {
  const started = performance.now();
  const store = await openStore(positionals[1]);
  process.stdout.write(`open ${positionals[1]}: ${seconds(started)} s, ${JSON.stringify(await store.counts())}\n`);
  await store.close();
} else if (positionals[0] === "one-town") {
  const docs = Number(values.docs);
  const store = await openStore(":memory:");
  const started = performance.now();
  let lap = started;
  for (let i = 0; i < docs; i++) {
    const { extraction, text } = oneTownDocument(i, createRandom(Number(values.seed) * 100_003 + i));
    await store.saveExtraction(extraction, text);
    if ((i + 1) % 1000 === 0) {
      process.stdout.write(`${i + 1} docs: ${seconds(started)} s (last 1000: ${seconds(lap)} s)\n`);
      lap = performance.now();
    }
  }
  process.stdout.write(`one-town: ${docs} docs in ${seconds(started)} s, ${JSON.stringify(await store.counts())}\n`);
  await store.close();
} else {
  throw new Error(`usage: bench-store.ts open STORE.db | one-town [--docs N], got '${positionals.join(" ")}'`);
}

/** One document about Kessaro: one or two shelling/clash reports on a day of two years, a tenth week- or month-precise. */
function oneTownDocument(n: number, random: ReturnType<typeof createRandom>): { extraction: Extraction; text: string } {
  const day = random.int(0, 729);
  const date = new Date(Date.parse("2022-01-01") + day * 86_400_000).toISOString().slice(0, 10);
  const precision = random.chance(0.9) ? 1 : random.chance(0.5) ? 2 : 3;
  const battle = random.chance(0.5);
  const [actor1, actor2] = random.sample(ACTORS, 2);
  const sentence = `On ${date} ${actor1} and ${actor2} fought in Kessaro (report ${n}).`;
  const text = `Report ${n}. ${sentence}`;
  const id = createHash("sha256").update(text).digest("hex");
  const start = text.indexOf(sentence);
  const event: CodedEvent = {
    id: `${id.slice(0, 12)}-0`, event_type: battle ? "Battles" : "Explosions/Remote violence",
    sub_event_type: battle ? "Armed clash" : "Shelling/artillery/missile attack", kind: "event", event_date: date, time_precision: precision,
    actor1, assoc_actor_1: [], inter1: 1, actor2, assoc_actor_2: [], inter2: 2, interaction: 12, civilian_targeting: false,
    location: { name: "Kessaro", latitude: 4.12, longitude: 21.4, geo_precision: 1, admin1: "North March", country: "Arventa", iso: 999, resolved: true },
    fatalities: { low: random.int(0, 9), best: null, high: null }, attributed_to: [], evidence: [{ start, end: start + sentence.length, text: sentence }],
    rule: "bench-store",
  };
  return {
    extraction: { document: { id, path: null, url: `https://news.example/kessaro/${n}`, title: `Report ${n}`, publisher: "Coast Courier",
      published: date, published_from: "given", language: "en" }, places: [], actors: [], figures: [], events: [event], problems: [] },
    text,
  };
}
