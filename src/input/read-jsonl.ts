// JSON Lines: one document per line, streamed so a huge file never loads whole. A bad line is a problem
// naming file:line; the other lines go on.
import { createReadStream } from "node:fs";
import type { RawDocument } from "../types.js";
import { decodeText } from "./decode-text.js";
import { formatBytes, problemItem, type InputItem } from "./input-item.js";
import { sniffFormat } from "./sniff-format.js";
import { splitLines } from "./split-lines.js";

const TEXT_FIELDS = ["text", "body", "content"] as const;

export async function* readJsonl(path: string, options: { maxBytes: number; published: string | null }): AsyncGenerator<InputItem> {
  let documents = 0;
  for await (const line of splitLines(createReadStream(path), options)) {
    const where = `${path}:${line.number}`;
    if (line.kind === "too-long") {
      yield problemItem(where, "too-large", `line is ${formatBytes(line.bytes)}, over the ${formatBytes(options.maxBytes)} limit`);
      continue;
    }
    if (line.bytes.toString("latin1").trim() === "") continue;
    const decoded = decodeText(line.bytes);
    if (decoded.kind === "problem") {
      yield { kind: "problem", input: where, problem: { ...decoded.problem, kind: "bad-jsonl-line" } };
      continue;
    }
    const item = parseJsonlRecord(decoded.text, where, options);
    if (item.kind === "document") documents++;
    yield item;
  }
  if (documents === 0) yield problemItem(path, "empty-input", "no documents in this JSON Lines file");
}

export function parseJsonlRecord(line: string, where: string, options: { published: string | null }): InputItem {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return problemItem(where, "bad-jsonl-line", `invalid JSON (${(error as Error).message})`);
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return problemItem(where, "bad-jsonl-line", `expected a JSON object, got ${Array.isArray(record) ? "an array" : typeof record}`);
  }
  const fields = record as Record<string, unknown>;
  const html = stringField(fields, ["html"]);
  const text = stringField(fields, TEXT_FIELDS);
  const body = text ?? html;
  if (body === null || body.trim() === "") {
    return problemItem(where, "bad-jsonl-line", "expected a non-empty text, body, content or html field, found none");
  }
  const doc: RawDocument = {
    path: where,
    url: stringField(fields, ["url", "link"]),
    body,
    format: text === null ? "html" : sniffFormat(text),
    published: toIsoDate(stringField(fields, ["published", "date", "published_at"])) ?? options.published,
    title: stringField(fields, ["title", "headline"]),
    publisher: stringField(fields, ["publisher", "source"]),
  };
  return { kind: "document", input: where, doc };
}

function stringField(fields: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === "string") return value;
  }
  return null;
}

/** "2016-08-18", "2016-08-18T10:00:00Z" or anything Date can read, to YYYY-MM-DD; null when unreadable. */
export function toIsoDate(value: string | null): string | null {
  if (value === null) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
