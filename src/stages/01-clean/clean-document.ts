// Stage 1: clean. Minimal first version (to be replaced): text passes through; id is the sha256 of it.
import { createHash } from "node:crypto";
import type { CleanDocument, RawDocument } from "../../types.js";

export function cleanDocument(raw: RawDocument, options: { published: string | null }): CleanDocument {
  const text = raw.body.replace(/\r\n?/g, "\n").trim();
  return {
    id: createHash("sha256").update(text).digest("hex"),
    path: raw.path, url: raw.url, title: raw.title ?? null, publisher: raw.publisher ?? null,
    published: options.published, published_from: options.published ? "given" : null,
    language: "en", text, removed: [],
  };
}
