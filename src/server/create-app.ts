// createApp({ store }): the HTTP app without listening, so tests call `app.request()` in process and
// `sitrep serve` hands `app.fetch` to a Node server. Read-only unless created with allowIngest and a token.
import { Hono } from "hono";
import type { Store } from "../store/store.js";
import { handleError, sendError } from "./api-error.js";
import { createCorrectionRoutes } from "./correction-routes.js";
import { createDocumentRoutes } from "./document-routes.js";
import { createEventRoutes } from "./event-routes.js";
import { createFigureRoutes } from "./figure-routes.js";
import { createListRoutes } from "./list-routes.js";
import { createTextIngester, type IngestText } from "./ingest-text.js";
import { createOpenApiDocument } from "./openapi.js";
import { createWebRoutes } from "./serve-web.js";

export interface AppOptions {
  store: Store;
  /** Accept POST /api/documents and POST /api/events/:id/corrections; needs `token`. */
  allowIngest?: boolean;
  token?: string;
  /** Largest accepted document body, in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** Defaults to the pipeline into `store`; tests may pass their own. */
  ingestText?: IngestText;
  /** An online tile layer for the map, e.g. https://tile.example.org/{z}/{x}/{y}.png; none by default (offline basemap). */
  tileUrl?: string;
  /** Where the built page lives (default: the package's web/dist). */
  webDir?: string;
  /** Called with unexpected errors (the client sees only a 500). */
  reportError?: (error: Error) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createApp(options: AppOptions): Hono {
  if (options.allowIngest && !options.token) throw new Error("allowIngest needs a token: POST /api/documents is never open to anyone");
  const report = options.reportError ?? (() => {});
  const app = new Hono();
  app.onError((error, c) => handleError(error, c, report));
  app.notFound((c) => sendError(c, 404, `no route ${c.req.method} ${c.req.path}`));

  const api = new Hono();
  api.get("/openapi.json", (c) => c.json(createOpenApiDocument({ allowIngest: !!options.allowIngest })));
  api.get("/config", (c) => c.json({ ok: true, tileUrl: options.tileUrl ?? null, allowIngest: !!options.allowIngest }));
  api.route("/", createEventRoutes(options.store));
  api.route("/", createFigureRoutes(options.store));
  api.route("/", createListRoutes(options.store));
  api.route("/", createCorrectionRoutes({ store: options.store, token: options.allowIngest ? options.token : undefined }));
  api.route("/", createDocumentRoutes({
    store: options.store,
    ingest: options.allowIngest && options.token ? {
      token: options.token,
      ingestText: options.ingestText ?? createTextIngester(options.store),
      maxBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    } : undefined,
  }));
  api.all("/*", (c) => sendError(c, 404, `no route ${c.req.method} ${c.req.path}`));
  app.route("/api", api);
  app.route("/", createWebRoutes({ webDir: options.webDir, tileUrl: options.tileUrl }));
  return app;
}
