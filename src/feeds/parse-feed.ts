// A feed (RSS 2.0, Atom, RDF/RSS 1.0, or JSON Feed) to plain items: title, link, published date, summary. The
// lenient parser (@rowanmanning/feed-parser) reads what real feeds serve; a strict well-formedness check
// (fast-xml-parser's validator) says when the XML was broken, so a truncated feed is reported, not trusted.
// A body that opens as JSON is read as a JSON Feed (json-feed.ts).
import { parseFeed as parseFeedXml } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import type { Problem } from "../types.js";
import { parseJsonFeed } from "./json-feed.js";

export interface FeedItem {
  /** What marks the item as seen: the GUID / Atom id, else the link, else the title. */
  key: string;
  title: string | null;
  /** The article page, absolute. */
  link: string | null;
  /** ISO date (YYYY-MM-DD) from pubDate / published / dc:date, or null. */
  published: string | null;
  /** The item's summary or content as the feed gave it (often HTML). */
  summary: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

export type ParsedFeed = { kind: "feed"; feed: Feed } | { kind: "problem"; problem: Problem };

/** `name` (the feed's URL or path) goes into every message and resolves relative item links. */
export function parseFeed(body: string, name: string): ParsedFeed {
  if (/^\uFEFF?\s*\{/.test(body)) {
    const parsed = parseJsonFeed(body, name, (url) => resolveLink(url, name));
    return "problem" in parsed ? problem(parsed.problem) : { kind: "feed", feed: parsed };
  }
  return parseXmlFeed(body, name);
}

function parseXmlFeed(xml: string, name: string): ParsedFeed {
  const checked = XMLValidator.validate(xml);
  if (checked !== true) {
    const { msg, line, col } = checked.err;
    return problem(`${name} is not well-formed XML (line ${line}, column ${col}: ${msg})`);
  }
  let parsed: ReturnType<typeof parseFeedXml>;
  try {
    parsed = parseFeedXml(xml);
  } catch (error) {
    return problem(`${name} is not an RSS, Atom or RDF feed (${(error as Error).message})`);
  }
  const items = parsed.items.map((item) => toFeedItem(item, name)).filter((item): item is FeedItem => item !== null);
  return { kind: "feed", feed: { title: parsed.title, items } };
}

type LibraryItem = ReturnType<typeof parseFeedXml>["items"][number];

function toFeedItem(item: LibraryItem, base: string): FeedItem | null {
  const link = resolveLink(item.url, base);
  const key = item.id ?? link ?? item.title;
  if (key === null) return null;
  return {
    key,
    title: item.title,
    link,
    published: toIsoDay(item.published ?? item.updated),
    summary: item.content ?? item.description,
  };
}

/** An absolute http(s) link, resolved against the feed's own URL when relative; null otherwise. */
function resolveLink(url: string | null, base: string): string | null {
  if (url === null || url.trim() === "") return null;
  try {
    const resolved = /^https?:\/\//i.test(base) ? new URL(url.trim(), base) : new URL(url.trim());
    return resolved.protocol === "http:" || resolved.protocol === "https:" ? resolved.href : null;
  } catch {
    return null; // a link that is not a URL: the item is still read, by its summary
  }
}

function toIsoDay(date: Date | null): string | null {
  return date === null || Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function problem(message: string): ParsedFeed {
  return { kind: "problem", problem: { kind: "unreadable-input", message } };
}
