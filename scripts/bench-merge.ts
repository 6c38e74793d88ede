// Merge benchmark: generates a multi-source corpus (scripts/corpus/multi-source.ts), ingests it in a shuffled
// order into an in-memory store, and prints pairwise precision and recall of the stored incidents against the
// gold incidents: over reports coded with a sub-event type that fits their incident (merging alone), and over
// every report whose evidence lies in an incident paragraph (extraction errors included).
//   npm run bench:merge -- [--incidents 300] [--seed 7] [--json]
import { parseArgs } from "node:util";
import { createContext } from "../src/context.js";
import { extract } from "../src/pipeline.js";
import { openStore } from "../src/store/store.js";
import { SUB_EVENTS_OF_KIND, generateMultiSourceCorpus, type SourcedArticle } from "./corpus/multi-source.js";
import { createRandom } from "./corpus/random.js";

export interface PairScore {
  reports: number; gold_incidents: number; incidents: number;
  true_positive: number; false_positive: number; false_negative: number; precision: number; recall: number;
}

export interface MergeScore {
  documents: number; reports: number; seconds: number;
  /** Reports coded with a sub-event type that fits their incident: how well merging works when extraction is right. */
  merge: PairScore;
  /** Every report whose evidence lies in an incident paragraph, however it was coded: extraction and merging together. */
  end_to_end: PairScore;
}

export async function benchMerge(options: { incidents: number; seed: number }): Promise<MergeScore> {
  const started = performance.now();
  const articles = generateMultiSourceCorpus({ incidents: options.incidents, seed: options.seed });
  const order = createRandom(options.seed + 1).sample(articles, articles.length);
  const ctx = await createContext({});
  const store = await openStore(":memory:");
  const gold = new Map<string, { incident: string; typed: boolean }>();
  let reports = 0;
  try {
    for (const article of order) {
      const x = extract({ path: article.path, url: null, body: article.text, format: "text", published: article.published, publisher: article.publisher, title: article.title }, ctx);
      await store.saveExtraction(x, article.text);
      reports += x.events.length;
      for (const e of x.events) {
        const paragraph = paragraphOf(article, e.evidence.map((s) => s.text));
        if (paragraph) gold.set(e.id, { incident: paragraph.gold, typed: SUB_EVENTS_OF_KIND[paragraph.kind].includes(e.sub_event_type) });
      }
    }
    const predicted = new Map<string, string>();
    for (const id of gold.keys()) predicted.set(id, (await store.getEvent(id))?.id ?? id);
    const typed = [...gold].filter(([, g]) => g.typed).map(([id]) => id);
    return {
      documents: articles.length, reports, seconds: (performance.now() - started) / 1000,
      merge: scorePairs(typed, gold, predicted), end_to_end: scorePairs([...gold.keys()], gold, predicted),
    };
  } finally {
    await store.close();
  }
}

function scorePairs(ids: string[], gold: Map<string, { incident: string }>, predicted: Map<string, string>): PairScore {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const same = gold.get(ids[i])!.incident === gold.get(ids[j])!.incident;
      const merged = predicted.get(ids[i]) === predicted.get(ids[j]);
      if (same && merged) tp++;
      else if (merged) fp++;
      else if (same) fn++;
    }
  }
  return {
    reports: ids.length, gold_incidents: new Set(ids.map((id) => gold.get(id)!.incident)).size, incidents: new Set(ids.map((id) => predicted.get(id))).size,
    true_positive: tp, false_positive: fp, false_negative: fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn),
  };
}

/** The incident paragraph holding the event's evidence; null for evidence from a headline or filler. */
function paragraphOf(article: SourcedArticle, evidence: string[]): SourcedArticle["paragraphs"][number] | null {
  return article.paragraphs.find((p) => evidence.some((text) => text.length > 0 && p.text.includes(text))) ?? null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { incidents: { type: "string", default: "300" }, seed: { type: "string", default: "7" }, json: { type: "boolean" } } });
  const incidents = Number(values.incidents);
  const seed = Number(values.seed);
  if (!Number.isInteger(incidents) || incidents < 1) throw new Error(`--incidents must be a whole number of at least 1, got '${values.incidents}'`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got '${values.seed}'`);
  const score = await benchMerge({ incidents, seed });
  if (values.json) {
    process.stdout.write(JSON.stringify(score) + "\n");
    return;
  }
  const line = (label: string, p: PairScore) =>
    `${label}: precision ${p.precision.toFixed(4)}  recall ${p.recall.toFixed(4)}  over ${p.reports} reports of ${p.gold_incidents} incidents ` +
    `-> ${p.incidents} stored (TP ${p.true_positive}, FP ${p.false_positive}, FN ${p.false_negative})`;
  process.stdout.write([
    `merge benchmark: ${score.documents} documents, ${score.reports} coded reports, ${score.seconds.toFixed(1)} s`,
    line("merge (reports coded with a fitting sub-event type)", score.merge),
    line("end to end (every report in an incident paragraph)", score.end_to_end),
  ].join("\n") + "\n");
}

main().catch((error: Error) => {
  process.stderr.write(`bench-merge: ${error.message}\n`);
  process.exitCode = 1;
});
