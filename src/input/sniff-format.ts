// Which reader a name or a body calls for: by extension for files, by the first tag for stdin.
import type { RawDocument } from "../types.js";

export type FileKind = "text" | "html" | "jsonl";

const EXTENSIONS: Record<string, FileKind> = {
  ".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
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
