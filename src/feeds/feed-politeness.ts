// Fetching a feed's article pages as a polite crawler does, for `sitrep watch` and `sitrep ingest FEED`
// alike: robots.txt first (a disallowed page is never fetched), one request at a time per host with a rest
// between them (longer when robots.txt asks with Crawl-delay), and a host that answers 429/503 with
// Retry-After left alone for as long as it asks.
import type { InputItem } from "../input/input-item.js";
import { readUrl, type UrlOptions } from "../input/read-url.js";
import { fetchText, type HttpOptions } from "./fetch-feed.js";
import { createHostPacer, type HostPacer } from "./host-pacer.js";
import { createRobotsCheck, type RobotsCheck } from "./robots.js";

export interface ArticlePoliteness {
  robots: RobotsCheck;
  pacer: HostPacer;
}

/** The user agent sitrep names itself with, and checks robots.txt rules for. */
export const CRAWLER_USER_AGENT = "sitrep/0.1 (feed reader)";

/** One pacer and one robots.txt cache, shared by every fetch of a command (robots.txt itself is paced too). */
export function createArticlePoliteness(options: { hostDelayMs: number; http: HttpOptions }): ArticlePoliteness {
  const pacer = createHostPacer({ intervalMs: options.hostDelayMs });
  const robots = createRobotsCheck({ userAgent: options.http.userAgent, fetchText: (url) => pacer.run(url, () => fetchText(url, options.http)) });
  return { robots, pacer };
}

export interface ArticleRead {
  /** What the page gave: documents or problems (empty when it gave nothing). */
  items: InputItem[];
  /** The failure may pass (network, server error, robots.txt unreadable): worth trying again later. */
  retryable: boolean;
}

export async function readArticlePolitely(link: string, options: UrlOptions, politeness: ArticlePoliteness): Promise<ArticleRead> {
  const verdict = await politeness.robots.check(link);
  if (!verdict.allowed) {
    return { items: [{ kind: "problem", input: link, problem: { kind: "fetch-failed", message: `not fetched: ${verdict.reason}` } }], retryable: verdict.temporary };
  }
  if (verdict.crawlDelayMs !== null) politeness.pacer.setMinInterval(link, verdict.crawlDelayMs);
  const read = { ...options, userAgent: options.userAgent ?? CRAWLER_USER_AGENT, onThrottled: (ms: number) => politeness.pacer.holdOff(link, ms) };
  const items = await politeness.pacer.run(link, () => collect(readUrl(link, read)));
  const first = items[0];
  return { items, retryable: first?.kind === "problem" && first.problem.kind === "fetch-failed" };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
