// What the main thread and an extract worker (extract-worker.ts) say to each other. Plain records only:
// they cross the thread boundary by structured clone.
import type { ContextSources, ExtractOptions } from "../context.js";
import type { CleanDocument, Extraction, RawDocument } from "../types.js";

export interface ExtractWorkerData {
  options: ExtractOptions;
  sources: ContextSources;
}

export type ExtractRequest =
  | { id: number; kind: "clean"; raw: RawDocument }
  | { id: number; kind: "extract"; cleaned: CleanDocument };

/** The worker first says it is ready (its context loaded) or why it is not, as id -1. */
export const READY_ID = -1;

export type ExtractResponse =
  | { id: typeof READY_ID; kind: "ready" }
  | { id: number; kind: "cleaned"; cleaned: CleanDocument }
  | { id: number; kind: "extracted"; extraction: Extraction }
  | { id: number; kind: "error"; message: string };
