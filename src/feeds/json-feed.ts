// JSON Feed (https://jsonfeed.org, versions 1 and 1.1) to the same plain items as RSS and Atom: the item's id
// is its key, `url` (else `external_url`) its article page, `date_published` (else `date_modified`) its date,
// and `content_html`, else `content_text`, else `summary` what it carries. One problem names a feed that is not
// JSON or not a JSON Feed.
import type { Feed, FeedItem } from "./parse-feed.js";

const VERSION = /^https:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/;

interface JsonFeedItem {
  id?: unknown; url?: unknown; external_url?: unknown; title?: unknown;
  content_html?: unknown; content_text?: unknown; summary?: unknown; date_published?: unknown; date_modified?: unknown;
}

/** The body looks like a JSON Feed: an object that names the JSON Feed version near its start. */
export function isJsonFeedBody(body: string): boolean {
  const head = body.slice(0, 4096);
  return /^\uFEFF?\s*\{/.test(head) && head.includes('"https://jsonfeed.org/version/');
}

export function parseJsonFeed(text: string, name: string, resolveLink: (url: string | null) => string | null): Feed | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { problem: `${name} is not well-formed JSON (${(error as Error).message})` };
  }
  const feed = value as { version?: unknown; title?: unknown; items?: unknown } | null;
  if (feed === null || typeof feed !== "object" || typeof feed.version !== "string" || !VERSION.test(feed.version) || !Array.isArray(feed.items)) {
    return { problem: `${name} is not a JSON Feed (expected "version": "https://jsonfeed.org/version/1.1" and an "items" list)` };
  }
  const items = (feed.items as JsonFeedItem[]).map((item) => toFeedItem(item, resolveLink)).filter((item): item is FeedItem => item !== null);
  return { title: text_(feed.title), items };
}

function toFeedItem(item: JsonFeedItem, resolveLink: (url: string | null) => string | null): FeedItem | null {
  if (item === null || typeof item !== "object") return null;
  const link = resolveLink(text_(item.url) ?? text_(item.external_url));
  const id = typeof item.id === "number" ? String(item.id) : text_(item.id);
  const title = text_(item.title);
  const key = id ?? link ?? title;
  if (key === null) return null;
  const published = text_(item.date_published) ?? text_(item.date_modified);
  const day = published === null ? NaN : Date.parse(published);
  return {
    key, title, link,
    published: Number.isFinite(day) ? new Date(day).toISOString().slice(0, 10) : null,
    summary: text_(item.content_html) ?? text_(item.content_text) ?? text_(item.summary),
  };
}

/** A non-empty string, else null (JSON Feed fields are optional and may hold anything). */
function text_(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
