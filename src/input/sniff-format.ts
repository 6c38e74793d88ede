// Which reader a name or a body calls for: by extension for files, by the first tag for stdin.
import { isJsonFeedBody } from "../feeds/json-feed.js";
import type { RawDocument } from "../types.js";

export type FileKind = "text" | "html" | "jsonl" | "feed";

const EXTENSIONS: Record<string, FileKind> = {
  ".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
  ".rss": "feed", ".atom": "feed", ".xml": "feed",
};

export function fileKindOf(path: string): FileKind | null {
  const dot = path.lastIndexOf(".");
  if (dot === -1) return null;
  return EXTENSIONS[path.slice(dot).toLowerCase()] ?? null;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_TAGS = /<\/(?:p|div|article|span|a|li|h[1-6])>/gi;

/** HTML when the body opens like a page or carries several closing block tags; plain text otherwise. */
export function sniffFormat(body: string): RawDocument["format"] {
  const head = body.slice(0, 4096);
  if (HTML_START.test(head)) return "html";
  return (head.match(HTML_TAGS)?.length ?? 0) >= 2 ? "html" : "text";
}

/** The first element (after an XML declaration, comments, a doctype or a stylesheet) is <rss>, <feed> or <rdf:RDF>. */
const FEED_START = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?xml-stylesheet[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/;

/** An RSS, Atom or RDF document, or a JSON Feed. */
export function isFeedBody(body: string): boolean {
  return FEED_START.test(body.slice(0, 4096)) || isJsonFeedBody(body);
}
