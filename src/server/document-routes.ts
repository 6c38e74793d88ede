// GET /api/documents/:id: a document's cleaned text with the evidence of its events. POST /api/documents:
// code and store one text body; refused unless the server was created with `allowIngest` (and then only with the token).
import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { bodyLimit } from "hono/body-limit";
import type { Store } from "../store/store.js";
import { ApiError, sendError } from "./api-error.js";
import type { IngestText } from "./ingest-text.js";

export interface DocumentRouteOptions {
  store: Store;
  /** Present only when ingest is allowed. */
  ingest?: { token: string; ingestText: IngestText; maxBytes: number };
}

export function createDocumentRoutes(options: DocumentRouteOptions): Hono {
  const routes = new Hono();
  routes.get("/documents/:id", async (c) => {
    const document = await options.store.getDocument(c.req.param("id"));
    if (!document) throw new ApiError(404, `no document with id '${c.req.param("id")}'`);
    return c.json({ ok: true, document });
  });

  const ingest = options.ingest;
  if (!ingest) {
    routes.post("/documents", (c) =>
      sendError(c, 403, "this server is read-only; start it with `sitrep serve --allow-ingest --token T` to accept documents"));
    return routes;
  }
  routes.post(
    "/documents",
    bearerAuth({ token: ingest.token }),
    bodyLimit({ maxSize: ingest.maxBytes, onError: (c) => sendError(c, 413, `the body must be at most ${ingest.maxBytes} bytes`) }),
    async (c) => {
      const body = await c.req.text();
      if (body.trim() === "") throw new ApiError(400, "the body must be the document's text (text/plain or text/html), got nothing");
      const type = c.req.header("Content-Type") ?? "text/plain";
      const params = new URL(c.req.url).searchParams;
      const published = params.get("published");
      if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
        throw new ApiError(400, `published must be a date like 2016-08-18, got '${published}'`);
      }
      const result = await ingest.ingestText({
        body, format: /html/i.test(type) ? "html" : "text",
        title: params.get("title"), url: params.get("url"), published,
      });
      return c.json({ ok: true, ...result }, result.status === "stored" ? 201 : 200);
    },
  );
  return routes;
}
