// One round of `sitrep watch`: every feed that is due is fetched (conditionally), its new items' article
// pages are fetched (robots.txt and per-host pacing permitting, for feeds and pages alike) and handed to `ingest`. Returns the new
// state; the caller saves it. A feed that fails is reported and backed off; the others go on. A watched URL
// that is a site's page stands for the feed the page names (discover-feed.ts), which is watched from then on.
import type { InputItem } from "../input/input-item.js";
import { isFeedBody } from "../input/sniff-format.js";
import type { SaveResult } from "../store/store.js";
import type { Problem, RawDocument } from "../types.js";
import { nextAttemptAt, type BackoffPolicy } from "./backoff.js";
import { itemFromSummary, withFeedFields } from "./feed-documents.js";
import { findFeedLinks } from "./discover-feed.js";
import { readArticlePolitely } from "./feed-politeness.js";
import { fetchFeed, type HttpOptions } from "./fetch-feed.js";
import type { HostPacer } from "./host-pacer.js";
import { parseFeed, type Feed, type FeedItem } from "./parse-feed.js";
import type { RobotsCheck } from "./robots.js";
import { createFeedState, MAX_SEEN, type FeedState, type WatchState } from "./watch-state.js";

/** What became of a new article: extracted and stored here, or put on the job queue for `sitrep worker`. */
export type ArticleOutcome = SaveResult | { kind: "queued" | "queued-before" };

export interface WatchDeps {
  /** Extracts and stores one document (the same function `sitrep ingest` uses), or queues it for the workers. */
  ingest: (doc: RawDocument) => Promise<ArticleOutcome>;
  /** Records a problem with an input in the store. */
  saveProblem: (input: string, problem: Problem) => Promise<void>;
  report: (event: WatchEvent) => void;
  pacer: HostPacer;
  robots: RobotsCheck;
  http: HttpOptions;
  backoff: BackoffPolicy;
  now: () => number;
  /** Feeds fetched at once (each host still paced). Default 4. */
  concurrency?: number;
}

export type WatchEvent =
  | { kind: "feed-waiting"; feed: string; retryAt: string }
  | { kind: "feed-not-modified"; feed: string }
  | { kind: "feed-discovered"; feed: string; url: string }
  | { kind: "feed-read"; feed: string; items: number; fresh: number }
  | { kind: "feed-failed"; feed: string; message: string; failures: number; retryAt: string }
  | { kind: "article-stored"; feed: string; url: string; result: ArticleOutcome }
  | { kind: "article-problem"; feed: string; input: string; problem: Problem; willRetry: boolean };

/** An article fetch that failed is retried in later rounds, this many times in all. */
export const MAX_ITEM_ATTEMPTS = 3;

export async function runWatchRound(feeds: readonly string[], state: WatchState, deps: WatchDeps): Promise<WatchState> {
  const results = await mapLimited(feeds, deps.concurrency ?? 4, (feed) => watchFeed(feed, state.feeds[feed] ?? createFeedState(), deps));
  const next: WatchState = { version: 1, feeds: { ...state.feeds } };
  feeds.forEach((feed, i) => { next.feeds[feed] = results[i]; });
  return next;
}

async function watchFeed(feed: string, prev: FeedState, deps: WatchDeps): Promise<FeedState> {
  if (prev.retryAt !== null && Date.parse(prev.retryAt) > deps.now()) {
    deps.report({ kind: "feed-waiting", feed, retryAt: prev.retryAt });
    return prev;
  }
  const source = prev.feedUrl ?? feed;
  // A watcher polls on its own schedule, so the feed itself obeys robots.txt as its articles do.
  const verdict = await deps.robots.check(source);
  if (!verdict.allowed) return failFeed(feed, prev, `feed not fetched: ${verdict.reason}`, deps);
  if (verdict.crawlDelayMs !== null) deps.pacer.setMinInterval(source, verdict.crawlDelayMs);
  const response = await deps.pacer.run(source, () => fetchFeed(source, prev, deps.http));
  if (response.kind === "not-modified") {
    deps.report({ kind: "feed-not-modified", feed });
    return { ...prev, failures: 0, retryAt: null, lastError: null };
  }
  if (response.kind === "failed") {
    // The host asked for quiet: its other feeds and articles wait too, not only this feed.
    if (response.retryAfterMs !== null) deps.pacer.holdOff(source, response.retryAfterMs);
    return failFeed(feed, prev, `cannot fetch feed ${source}: ${response.message}`, deps, response.retryAfterMs);
  }
  const discovered = prev.feedUrl === null && !isFeedBody(response.body) ? findFeedLinks(response.body, feed)[0] : undefined;
  if (discovered) {
    deps.report({ kind: "feed-discovered", feed, url: discovered });
    // The page's validators are not the feed's.
    return watchFeed(feed, { ...prev, feedUrl: discovered, etag: null, lastModified: null }, deps);
  }
  const parsed = parseFeed(response.body, source);
  if (parsed.kind === "problem") return failFeed(feed, prev, parsed.problem.message, deps);
  const handled = await handleItems(feed, parsed.feed, prev, deps);
  // Keep the old validators while an item is left to retry, so the next round gets the whole feed again.
  const validators = handled.pending ? { etag: prev.etag, lastModified: prev.lastModified } : response.validators;
  return { ...prev, ...validators, failures: 0, retryAt: null, lastError: null, seen: handled.seen, itemFailures: handled.itemFailures };
}

/** The next try waits out the backoff, or the server's Retry-After when that is longer (up to the backoff's cap). */
async function failFeed(feed: string, prev: FeedState, message: string, deps: WatchDeps, retryAfterMs: number | null = null): Promise<FeedState> {
  const failures = prev.failures + 1;
  const asked = retryAfterMs === null ? 0 : deps.now() + Math.min(retryAfterMs, deps.backoff.capMs);
  const retryAt = new Date(Math.max(nextAttemptAt(deps.now(), failures, deps.backoff), asked)).toISOString();
  deps.report({ kind: "feed-failed", feed, message, failures, retryAt });
  if (failures === 1) await deps.saveProblem(feed, { kind: "fetch-failed", message });
  // A feed found on a site's page is looked for again next time: the site may have moved it.
  return { ...prev, feedUrl: null, failures, retryAt, lastError: message };
}

type ItemOutcome = "done" | "retry";

async function handleItems(feed: string, parsed: Feed, prev: FeedState, deps: WatchDeps) {
  const seen = new Set(prev.seen);
  const fresh = parsed.items.filter((item) => !seen.has(item.key));
  deps.report({ kind: "feed-read", feed, items: parsed.items.length, fresh: fresh.length });
  const itemFailures = { ...prev.itemFailures };
  let pending = false;
  for (const item of fresh) {
    const outcome = await handleItem(feed, item, parsed.title, deps, (itemFailures[item.key] ?? 0) + 1 < MAX_ITEM_ATTEMPTS);
    if (outcome === "retry") {
      itemFailures[item.key] = (itemFailures[item.key] ?? 0) + 1;
      pending = true;
      continue;
    }
    delete itemFailures[item.key];
    seen.add(item.key);
  }
  return { seen: [...seen].slice(-MAX_SEEN), itemFailures, pending };
}

async function handleItem(feed: string, item: FeedItem, feedTitle: string | null, deps: WatchDeps, canRetry: boolean): Promise<ItemOutcome> {
  const { read, retryable } = await readItem(feed, item, feedTitle, deps);
  if (read.kind === "problem") {
    const willRetry = canRetry && retryable;
    deps.report({ kind: "article-problem", feed, input: read.input, problem: read.problem, willRetry });
    if (!willRetry) await deps.saveProblem(read.input, read.problem);
    return willRetry ? "retry" : "done";
  }
  try {
    const result = await deps.ingest(read.doc);
    deps.report({ kind: "article-stored", feed, url: read.input, result });
  } catch (error) {
    const problem: Problem = { kind: "internal-error", message: `extracting or storing failed: ${(error as Error).message}` };
    deps.report({ kind: "article-problem", feed, input: read.input, problem, willRetry: false });
    await deps.saveProblem(read.input, problem);
  }
  return "done";
}

/**
 * The item's article page (robots.txt and the host's pace permitting), or the feed's own content when the item
 * has no link. `retryable`: the failure may pass (network, server error, robots.txt unreadable), so try again later.
 */
async function readItem(feed: string, item: FeedItem, feedTitle: string | null, deps: WatchDeps): Promise<{ read: InputItem; retryable: boolean }> {
  if (item.link === null) return { read: itemFromSummary(feed, item, item.published, feedTitle), retryable: false };
  const link = item.link;
  const { items, retryable } = await readArticlePolitely(link, { ...deps.http, published: item.published, followFeeds: false }, deps);
  const read = items.length === 0
    ? { kind: "problem" as const, input: link, problem: { kind: "empty-input" as const, message: "the page gave nothing to read" } }
    : withFeedFields(items[0], item, feedTitle);
  return { read, retryable };
}

async function mapLimited<T, R>(values: readonly T[], limit: number, fn: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(values.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < values.length) {
      const index = next++;
      results[index] = await fn(values[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
  return results;
}
