// `sitrep ingest FEED`: a feed's items become documents by fetching each item's article page through the
// caller's reader (the ordinary URL path, so pages are cleaned like any other). An item without a link is
// read from the content the feed carries; a bad feed is one problem naming it.
import type { InputItem } from "../input/input-item.js";
import { parseFeed, type FeedItem } from "./parse-feed.js";

export interface FeedDocumentOptions {
  /** Reads one article page; `published` is the item's date (or the caller's default). */
  readArticle: (url: string, published: string | null) => AsyncIterable<InputItem>;
  /** The date to use when an item carries none (--published). */
  published: string | null;
}

export async function* readFeedDocuments(name: string, xml: string, options: FeedDocumentOptions): AsyncGenerator<InputItem> {
  const parsed = parseFeed(xml, name);
  if (parsed.kind === "problem") {
    yield { kind: "problem", input: name, problem: parsed.problem };
    return;
  }
  const { feed } = parsed;
  if (feed.items.length === 0) {
    yield { kind: "problem", input: name, problem: { kind: "empty-input", message: `feed ${name} has no items` } };
    return;
  }
  for (const item of feed.items) {
    const published = item.published ?? options.published;
    if (item.link === null) {
      yield itemFromSummary(name, item, published, feed.title);
      continue;
    }
    for await (const read of options.readArticle(item.link, published)) yield withFeedFields(read, item, feed.title);
  }
}

/** The article keeps what the page says; the feed fills in a missing title and names the publisher. */
export function withFeedFields(read: InputItem, item: FeedItem, feedTitle: string | null): InputItem {
  if (read.kind === "problem") {
    return { ...read, problem: { ...read.problem, message: `${read.problem.message} (feed item '${item.title ?? item.key}')` } };
  }
  const doc = { ...read.doc, title: read.doc.title ?? item.title, publisher: read.doc.publisher ?? feedTitle };
  return { ...read, doc };
}

/** An item without a link, read from the content the feed carries; input is `FEED#KEY`. */
export function itemFromSummary(name: string, item: FeedItem, published: string | null, feedTitle: string | null): InputItem {
  const input = `${name}#${item.key}`;
  if (item.summary === null || item.summary.trim() === "") {
    return { kind: "problem", input, problem: { kind: "empty-input", message: `feed item '${item.title ?? item.key}' has no link and no content` } };
  }
  const doc = { path: input, url: null, body: item.summary, format: "html" as const, published, title: item.title, publisher: feedTitle };
  return { kind: "document", input, doc };
}
