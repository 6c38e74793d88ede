// One path: a text/HTML file becomes one document, a JSONL file many, a directory everything readable in it
// (recursive, sorted). Whatever is wrong becomes a problem naming the path.
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { decodeText } from "./decode-text.js";
import { DEFAULT_TIMEOUT_MS, formatBytes, problemItem, type InputItem } from "./input-item.js";
import { readJsonl } from "./read-jsonl.js";
import { readFeed, type UrlOptions } from "./read-url.js";
import { fileKindOf, sniffFormat } from "./sniff-format.js";

interface FileOptions {
  maxBytes: number;
  published: string | null;
  /** For the article pages a feed file links to. */
  timeoutMs?: number;
  politeness?: UrlOptions["politeness"];
}

export async function* readPath(path: string, options: FileOptions): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield problemItem(path, "unreadable-input", describeFsError(error));
    return;
  }
  if (info.isDirectory()) {
    yield* readDirectory(path, options);
    return;
  }
  if (!info.isFile()) {
    yield problemItem(path, "unreadable-input", "not a regular file or directory");
    return;
  }
  if (fileKindOf(path) === "jsonl") {
    yield* readJsonl(path, options);
    return;
  }
  const item = await readDocumentFile(path, info.size, options);
  if (item.kind === "document" && fileKindOf(path) === "feed") {
    yield* readFeed(path, item.doc.body, { ...options, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    return;
  }
  yield item;
}

async function readDocumentFile(path: string, size: number, options: FileOptions): Promise<InputItem> {
  if (size > options.maxBytes) {
    return problemItem(path, "too-large", `file is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit (--max-bytes)`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return problemItem(path, "unreadable-input", describeFsError(error));
  }
  const decoded = decodeText(bytes);
  if (decoded.kind === "problem") return { kind: "problem", input: path, problem: decoded.problem };
  const kind = fileKindOf(path);
  const format = kind === "html" ? "html" : kind === "text" ? "text" : sniffFormat(decoded.text);
  return { kind: "document", input: path, doc: { path, url: null, body: decoded.text, format, published: options.published } };
}

async function* readDirectory(dir: string, options: FileOptions): AsyncGenerator<InputItem> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (error) {
    yield problemItem(dir, "unreadable-input", describeFsError(error));
    return;
  }
  if (files.length === 0) {
    yield problemItem(dir, "empty-input", "directory has no .txt, .md, .html, .htm, .jsonl, .ndjson, .rss, .atom or .xml files");
    return;
  }
  for (const file of files) yield* readPath(file, options);
}

/** Readable files under `dir`, recursively, in sorted order (hidden entries skipped). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith("."));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile() && fileKindOf(entry.name) !== null) files.push(full);
  }
  return files;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return `cannot read (${(error as Error).message})`;
}
