// One round of `sitrep watch`: every feed that is due is fetched (conditionally), its new items' article
// pages are fetched (robots.txt and per-host pacing permitting) and handed to `ingest`. Returns the new
// state; the caller saves it. A feed that fails is reported and backed off; the others go on.
import type { InputItem } from "../input/input-item.js";
import { readUrl } from "../input/read-url.js";
import type { SaveResult } from "../store/store.js";
import type { Problem, RawDocument } from "../types.js";
import { nextAttemptAt, type BackoffPolicy } from "./backoff.js";
import { itemFromSummary, withFeedFields } from "./feed-documents.js";
import { fetchFeed, type HttpOptions } from "./fetch-feed.js";
import type { HostPacer } from "./host-pacer.js";
import { parseFeed, type Feed, type FeedItem } from "./parse-feed.js";
import type { RobotsCheck } from "./robots.js";
import { createFeedState, MAX_SEEN, type FeedState, type WatchState } from "./watch-state.js";

export interface WatchDeps {
  /** Extracts and stores one document (the same function `sitrep ingest` uses). */
  ingest: (doc: RawDocument) => Promise<SaveResult>;
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
  | { kind: "feed-read"; feed: string; items: number; fresh: number }
  | { kind: "feed-failed"; feed: string; message: string; failures: number; retryAt: string }
  | { kind: "article-stored"; feed: string; url: string; result: SaveResult }
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
  const response = await deps.pacer.run(feed, () => fetchFeed(feed, prev, deps.http));
  if (response.kind === "not-modified") {
    deps.report({ kind: "feed-not-modified", feed });
    return { ...prev, failures: 0, retryAt: null, lastError: null };
  }
  if (response.kind === "failed") return failFeed(feed, prev, `cannot fetch feed ${feed}: ${response.message}`, deps);
  const parsed = parseFeed(response.xml, feed);
  if (parsed.kind === "problem") return failFeed(feed, prev, parsed.problem.message, deps);
  const handled = await handleItems(feed, parsed.feed, prev, deps);
  // Keep the old validators while an item is left to retry, so the next round gets the whole feed again.
  const validators = handled.pending ? { etag: prev.etag, lastModified: prev.lastModified } : response.validators;
  return { ...prev, ...validators, failures: 0, retryAt: null, lastError: null, seen: handled.seen, itemFailures: handled.itemFailures };
}

async function failFeed(feed: string, prev: FeedState, message: string, deps: WatchDeps): Promise<FeedState> {
  const failures = prev.failures + 1;
  const retryAt = new Date(nextAttemptAt(deps.now(), failures, deps.backoff)).toISOString();
  deps.report({ kind: "feed-failed", feed, message, failures, retryAt });
  if (failures === 1) await deps.saveProblem(feed, { kind: "fetch-failed", message });
  return { ...prev, failures, retryAt, lastError: message };
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
 * The item's article page (robots.txt permitting), or the feed's own content when the item has no link.
 * `retryable`: the failure may pass (network, server error, robots.txt unreadable), so try again later.
 */
async function readItem(feed: string, item: FeedItem, feedTitle: string | null, deps: WatchDeps): Promise<{ read: InputItem; retryable: boolean }> {
  if (item.link === null) return { read: itemFromSummary(feed, item, item.published, feedTitle), retryable: false };
  const verdict = await deps.robots.check(item.link);
  if (!verdict.allowed) {
    return { read: { kind: "problem", input: item.link, problem: { kind: "fetch-failed", message: `not fetched: ${verdict.reason}` } }, retryable: verdict.temporary };
  }
  const link = item.link;
  const options = { ...deps.http, published: item.published, followFeeds: false };
  const pages = await deps.pacer.run(link, () => collect(readUrl(link, options)));
  const read = pages.length === 0
    ? { kind: "problem" as const, input: link, problem: { kind: "empty-input" as const, message: "the page gave nothing to read" } }
    : withFeedFields(pages[0], item, feedTitle);
  return { read, retryable: read.kind === "problem" && read.problem.kind === "fetch-failed" };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
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
