// Runs the pipeline for `sitrep ingest` on worker threads (extract-worker.ts), so that coding documents on one
// core overlaps writing the store on another; or in this thread when asked for no workers, or when no worker
// can start. Either way the results are the pipeline's own: the same input gives the same records.
import { Worker } from "node:worker_threads";
import { createContext, type Context, type ContextSources, type ExtractOptions } from "../context.js";
import { clean, extractCleaned } from "../pipeline.js";
import type { CleanDocument, Extraction, RawDocument } from "../types.js";
import { READY_ID, type ExtractRequest, type ExtractResponse, type ExtractWorkerData } from "./extract-messages.js";

export interface Extractor {
  /** Stage 1: enough to know the document's id before paying for the rest. */
  clean(raw: RawDocument): Promise<CleanDocument>;
  /** Stages 2-7. */
  extract(cleaned: CleanDocument): Promise<Extraction>;
  /** Worker threads in use (0: this thread), and why none when some were asked for. */
  readonly workers: number;
  readonly fallback: string | null;
  close(): Promise<void>;
}

export interface ExtractorSetup {
  options: ExtractOptions;
  sources: ContextSources;
  /** Worker threads; 0 runs the pipeline in this thread. */
  workers: number;
}

export async function createExtractor(setup: ExtractorSetup): Promise<Extractor> {
  const inThread = async (fallback: string | null) => createInThreadExtractor(await createContext(setup.options, setup.sources), fallback);
  if (setup.workers <= 0) return inThread(null);
  const workers = Array.from({ length: setup.workers }, () => createWorkerClient({ options: setup.options, sources: setup.sources }));
  try {
    await Promise.all(workers.map((w) => w.ready));
  } catch (error) {
    await Promise.all(workers.map((w) => w.close()));
    return inThread(`no extract worker could start (${(error as Error).message}); coding in the main thread`);
  }
  // The least busy worker takes the next request.
  const pick = () => workers.reduce((best, w) => (w.pending() < best.pending() ? w : best));
  return {
    clean: async (raw) => expect(await pick().send({ kind: "clean", raw }), "cleaned").cleaned,
    extract: async (cleaned) => expect(await pick().send({ kind: "extract", cleaned }), "extracted").extraction,
    workers: workers.length,
    fallback: null,
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

export function createInThreadExtractor(ctx: Context, fallback: string | null = null): Extractor {
  return {
    clean: async (raw) => clean(raw, ctx),
    extract: async (cleaned) => extractCleaned(cleaned, ctx),
    workers: 0,
    fallback,
    close: async () => {},
  };
}

type Request = { kind: "clean"; raw: RawDocument } | { kind: "extract"; cleaned: CleanDocument };

interface WorkerClient {
  /** Settles when the worker has loaded its context, or failed to. */
  ready: Promise<void>;
  send(request: Request): Promise<ExtractResponse>;
  pending(): number;
  close(): Promise<void>;
}

/** One worker thread; if it dies (out of memory on a hostile input...), its pending requests fail and the next request starts a new one. */
function createWorkerClient(data: ExtractWorkerData): WorkerClient {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: ExtractResponse) => void; reject: (e: Error) => void }>();
  let settleReady: { resolve: () => void; reject: (e: Error) => void } | null = null;
  const ready = new Promise<void>((resolve, reject) => { settleReady = { resolve, reject }; });

  const failAll = (error: Error) => {
    settleReady?.reject(error);
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker = null;
  };
  const onMessage = (started: Worker, response: ExtractResponse) => {
    if (response.id === READY_ID) {
      if (response.kind === "error") settleReady?.reject(new Error(response.message));
      else settleReady?.resolve();
      settleReady = null;
      return;
    }
    waiting.get(response.id)?.resolve(response);
    waiting.delete(response.id);
    // An idle worker must not keep the process alive; a busy one must (nothing else may be pending).
    if (waiting.size === 0) started.unref();
  };
  const start = (): Worker => {
    const started = startWorker(data);
    started.on("message", (response: ExtractResponse) => onMessage(started, response));
    started.on("error", (error) => failAll(new Error(`the extract worker failed: ${error.message}`, { cause: error })));
    started.on("exit", (code) => { if (worker === started) failAll(new Error(`the extract worker exited with code ${code}`)); });
    return started;
  };
  worker = start();
  return {
    ready,
    send(request) {
      worker ??= start();
      if (waiting.size === 0) worker.ref();
      const id = nextId++;
      const promise = new Promise<ExtractResponse>((resolve, reject) => waiting.set(id, { resolve, reject }));
      worker.postMessage({ ...request, id } satisfies ExtractRequest);
      return promise;
    },
    pending: () => waiting.size,
    async close() {
      const closing = worker;
      worker = null;
      if (closing) await closing.terminate();
    },
  };
}

function startWorker(data: ExtractWorkerData): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", here), { workerData: data });
  // Running from the sources under tsx: on Node 20 a worker does not inherit tsx's loader hooks, so it registers them first.
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./extract-worker.ts", here).href;
  const source = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(source, { eval: true, workerData: data });
}

function expect<K extends ExtractResponse["kind"]>(response: ExtractResponse, kind: K): Extract<ExtractResponse, { kind: K }> {
  if (response.kind === "error") throw new Error(response.message);
  if (response.kind !== kind) throw new Error(`the extract worker answered '${response.kind}', expected '${kind}'`);
  return response as Extract<ExtractResponse, { kind: K }>;
}
