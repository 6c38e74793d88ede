// Worker thread for `sitrep ingest`: runs the pipeline on the second core while the main thread writes the
// store. It answers two requests, `clean` (stage 1: the id a store checks before coding) and `extract`
// (stages 2-7). A request that throws answers with the error's message; the worker goes on.
import { parentPort, workerData } from "node:worker_threads";
import { createContext } from "../context.js";
import { clean, extractCleaned } from "../pipeline.js";
import { READY_ID, type ExtractRequest, type ExtractResponse, type ExtractWorkerData } from "./extract-messages.js";

const port = parentPort;
if (!port) throw new Error("extract-worker.ts runs as a worker thread (src/ingest/extract-pool.ts starts it)");
const setup = workerData as ExtractWorkerData;
const ready = createContext(setup.options, setup.sources);
ready.then(() => port.postMessage({ id: READY_ID, kind: "ready" } satisfies ExtractResponse),
  (error: unknown) => port.postMessage({ id: READY_ID, kind: "error", message: `cannot load the gazetteer or lexicons: ${(error as Error).message}` } satisfies ExtractResponse));

port.on("message", (request: ExtractRequest) => {
  void ready.then((ctx) => {
    let response: ExtractResponse;
    try {
      response = request.kind === "clean"
        ? { id: request.id, kind: "cleaned", cleaned: clean(request.raw, ctx) }
        : { id: request.id, kind: "extracted", extraction: extractCleaned(request.cleaned, ctx) };
    } catch (error) {
      response = { id: request.id, kind: "error", message: (error as Error).message };
    }
    port.postMessage(response);
  }, () => port.postMessage({ id: request.id, kind: "error", message: "the worker has no context (see its first message)" } satisfies ExtractResponse));
});
