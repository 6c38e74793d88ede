// Stage 1: clean. HTML becomes article text (Readability); plain text loses publisher boilerplate lines.
// The result's `text` is what every later offset points into; its sha256 is the document id.
import { createHash } from "node:crypto";
import type { CleanDocument, RawDocument } from "../../types.js";
import { findBoilerplate } from "./find-boilerplate.js";
import { normalizeText } from "./normalize-text.js";
import { readHtml } from "./read-html.js";

export interface CleanOptions {
  /** A publication date known from outside the text; wins over what the page says. */
  published: string | null;
}

export function cleanDocument(raw: RawDocument, options: CleanOptions): CleanDocument {
  const html = raw.format === "html" ? readHtml(raw.body, raw.url) : null;
  const lines = normalizeText(html ? html.text : raw.body).split("\n");
  const verdicts = findBoilerplate(lines);
  const text = verdicts.filter((v) => !v.boilerplate).map((v) => v.line).join("\n").replace(/\n{3,}/g, "\n\n").trim();
  const removed = verdicts.filter((v) => v.boilerplate).map((v) => ({ reason: v.reason ?? "boilerplate", text: v.line }));
  const published = options.published ?? html?.published ?? null;
  return {
    id: createHash("sha256").update(text).digest("hex"),
    path: raw.path,
    url: raw.url,
    title: raw.title ?? html?.title ?? findTitleLine(text),
    publisher: raw.publisher ?? html?.publisher ?? null,
    published,
    published_from: options.published ? "given" : html?.published ? "meta" : null,
    language: "en",
    text,
    removed,
  };
}

/** A plain-text article's first line is its headline when it is short and does not read as a sentence. */
function findTitleLine(text: string): string | null {
  const first = text.split("\n", 1)[0]?.trim() ?? "";
  const words = first.split(/\s+/).length;
  return first && words <= 20 && !/[.!?]["']?$/.test(first) ? first : first && words <= 12 ? first : null;
}
