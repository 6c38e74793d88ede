// What the readers yield: a document to extract, or a problem naming the input and what was wrong.
import type { Problem, RawDocument } from "../types.js";

export type InputItem =
  | { kind: "document"; input: string; doc: RawDocument }
  | { kind: "problem"; input: string; problem: Problem };

export interface ReadOptions {
  /** Largest document (or JSONL line) accepted, in bytes. Default 10 MB. */
  maxBytes?: number;
  /** Timeout for fetching a URL, in milliseconds. Default 20 s. */
  timeoutMs?: number;
  /** Where `-` reads from. Default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Published date given on the command line; a JSONL field overrides it. */
  published?: string | null;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;

export function problemItem(input: string, kind: Problem["kind"], message: string): InputItem {
  return { kind: "problem", input, problem: { kind, message } };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
