// Geoparsing benchmark: runs the places stage on LGL and GeoVirus (read from ../shared at run time,
// never copied) and prints detection P/R/F1, accuracy within 161 km, median error, speed and memory.
//   npm run bench:geo [-- --data DIR]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer, type Gazetteer } from "../src/gazetteer/gazetteer.js";
import { normalizeName } from "../src/gazetteer/normalize-name.js";
import { findSentences } from "../src/stages/02-sentences/find-sentences.js";
import { distanceKm } from "../src/stages/04-places/resolve-spans.js";
import { findPlaceMentions } from "../src/stages/04-places/find-places.js";
import type { PlaceMention } from "../src/types.js";

interface Gold { start: number; end: number; name: string; lat: number; lon: number }
interface Article { text: string; gold: Gold[] }

const args = process.argv.slice(2);
const dataDir = args.includes("--data") ? args[args.indexOf("--data") + 1] : join(import.meta.dirname, "..", "..", "shared", "data", "geoparsing");
const tag = (xml: string, name: string): string | null => xml.match(new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`))?.[1] ?? null;
const unwrap = (s: string): string => s.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, "$1").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'");

/** Coordinate corrections: name, old "lat , lon", new "lat , lon". */
function readPatches(file: string): Map<string, { lat: number; lon: number }> {
  const patches = new Map<string, { lat: number; lon: number }>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [name, old, now] = line.split("\t").map((c) => c.trim());
    if (!now) continue;
    const [la, lo] = old.split(",").map(Number);
    const [lat, lon] = now.split(",").map(Number);
    patches.set(`${name}|${la.toFixed(2)}|${lo.toFixed(2)}`, { lat, lon });
  }
  return patches;
}

function readCorpus(file: string, item: string, patches: Map<string, { lat: number; lon: number }>): Article[] {
  const xml = readFileSync(file, "utf8");
  return [...xml.matchAll(/<article[\s>][\s\S]*?<\/article>/g)].map(([a]) => ({
    text: unwrap(tag(a, "text") ?? ""),
    gold: [...a.matchAll(new RegExp(`<${item}>([\\s\\S]*?)</${item}>`, "g"))].flatMap(([, t]) => {
      const name = unwrap(tag(t, "phrase") ?? tag(t, "name") ?? "");
      const lat = Number(tag(t, "lat")), lon = Number(tag(t, "lon"));
      if (tag(t, "lat") === null || !Number.isFinite(lat)) return [];
      const fix = patches.get(`${name}|${lat.toFixed(2)}|${lon.toFixed(2)}`);
      return [{ start: Number(tag(t, "start")), end: Number(tag(t, "end")), name, lat: fix?.lat ?? lat, lon: fix?.lon ?? lon }];
    }),
  })).map(alignGold);
}

/** Gold offsets as they fall in the text: GeoVirus counts from 1, LGL from 0; the shift that makes the slice read the name wins. */
function alignGold(article: Article): Article {
  const gold = article.gold.map((g) => {
    const shift = [0, -1, 1].find((d) => article.text.slice(g.start + d, g.end + d) === g.name);
    return shift ? { ...g, start: g.start + shift, end: g.end + shift } : g;
  });
  return { ...article, gold };
}

function score(articles: Article[], gazetteer: Gazetteer, adjectives: boolean) {
  let pred = 0, gold = 0, exactP = 0, exactG = 0, overP = 0, overG = 0, within = 0, absent = 0, chars = 0, ms = 0;
  const errors: number[] = [];
  for (const { text, gold: g } of articles) {
    const sentences = findSentences(text);
    const t0 = performance.now();
    const found: PlaceMention[] = findPlaceMentions(text, sentences, gazetteer, { adjectives });
    ms += performance.now() - t0;
    chars += text.length;
    pred += found.length;
    gold += g.length;
    const overlaps = (p: PlaceMention, x: Gold) => p.evidence.start < x.end && x.start < p.evidence.end;
    exactP += found.filter((p) => g.some((x) => x.start === p.evidence.start && x.end === p.evidence.end)).length;
    overP += found.filter((p) => g.some((x) => overlaps(p, x))).length;
    for (const x of g) {
      const hit = found.find((p) => overlaps(p, x));
      if (found.some((p) => p.evidence.start === x.start && p.evidence.end === x.end)) exactG++;
      if (!hit) {
        if (gazetteer.lookup(x.name).length === 0 && normalizeName(x.name)) absent++;
        continue;
      }
      overG++;
      if (hit.latitude === null || hit.longitude === null) continue;
      const km = distanceKm({ latitude: hit.latitude, longitude: hit.longitude }, { latitude: x.lat, longitude: x.lon });
      errors.push(km);
      if (km <= 161) within++;
    }
  }
  errors.sort((a, b) => a - b);
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const [pe, re, po, ro] = [exactP / pred, exactG / gold, overP / pred, overG / gold];
  return { articles: articles.length, gold, pred, pe, re, fe: f1(pe, re), po, ro, fo: f1(po, ro), acc: within / gold, accFound: within / Math.max(1, overG),
    median: errors[Math.floor(errors.length / 2)] ?? NaN, missed: gold - overG, absent, mbps: chars / 1e6 / (ms / 1000) };
}

const t0 = performance.now();
const gazetteer = await loadGazetteer({ path: null });
const loadMs = performance.now() - t0;
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const corpora = [
  { name: "LGL", file: "lgl.xml", item: "toponym", patches: "lgl_patches.tsv", adjectives: true, published: "Mordecai3 acc@161 82.7; best detection F1 0.71 (Gritta et al. 2018)" },
  { name: "GeoVirus", file: "GeoVirus.xml", item: "location", patches: "GeoVirus_patches.tsv", adjectives: false, published: "targets acc@161 >= 90" },
];
console.log(`gazetteer: ${gazetteer.size} entries, load ${loadMs.toFixed(0)} ms (cached index)`);
console.log("corpus    docs  gold  pred | exact P   R    F1  | overlap P   R    F1  | acc@161 (of gold, of found) median km | missed (absent from gazetteer) | MB/s | published");
const read = corpora.map((c) => readCorpus(join(dataDir, c.file), c.item, readPatches(join(dataDir, c.patches))));
for (const [at, c] of corpora.entries()) {
  const r = score(read[at], gazetteer, c.adjectives);
  console.log(`${c.name.padEnd(9)} ${String(r.articles).padStart(4)} ${String(r.gold).padStart(5)} ${String(r.pred).padStart(5)} | ${pct(r.pe)} ${pct(r.re)} ${pct(r.fe)} | ${pct(r.po)} ${pct(r.ro)} ${pct(r.fo)} | ${pct(r.acc)} ${pct(r.accFound)} ${r.median.toFixed(1).padStart(7)} | ${r.missed} (${r.absent}) | ${r.mbps.toFixed(2)} | ${c.published}`);
}
/** Steady-state speed: the places stage again over both corpora (warm JIT and lookup caches), CPU time of this process. */
function warmSpeed(articles: Article[]): number {
  const prepared = articles.map((a) => ({ text: a.text, sentences: findSentences(a.text) }));
  const chars = prepared.reduce((n, a) => n + a.text.length, 0);
  const before = process.cpuUsage();
  for (const a of prepared) findPlaceMentions(a.text, a.sentences, gazetteer, {});
  const used = process.cpuUsage(before);
  return chars / 1e6 / ((used.user + used.system) / 1e6);
}
const warm = [1, 2, 3].map(() => warmSpeed(read.flat())).sort((a, b) => a - b);
console.log(`warm speed (both corpora, CPU time, median of 3): ${warm[1].toFixed(2)} MB/s`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; LGL counts adjectival toponyms ("American") as its annotators did, GeoVirus does not.`);
