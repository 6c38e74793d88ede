// Analysts' corrections over HTTP, with the rules of `sitrep correct`: GET lists them (an event's, or all);
// POST /api/events/:id/corrections records one (kept with who, when and why, re-applied on every re-merge) and
// answers with the event as it now stands. POST is refused unless the server was started with --allow-ingest,
// and then needs its bearer token.
import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { bodyLimit } from "hono/body-limit";
import type { CorrectionInput, Store } from "../store/store.js";
import { ApiError, sendError } from "./api-error.js";
import { parseCorrection } from "./parse-correction.js";

const MAX_CORRECTION_BYTES = 64 * 1024;

export function createCorrectionRoutes(options: { store: Store; token?: string }): Hono {
  const { store } = options;
  const routes = new Hono();
  routes.get("/corrections", async (c) => c.json({ ok: true, corrections: await store.listCorrections() }));
  routes.get("/events/:id/corrections", async (c) => {
    await mustFindEvent(store, c.req.param("id"));
    return c.json({ ok: true, corrections: await store.listCorrections(c.req.param("id")) });
  });

  const token = options.token;
  if (!token) {
    routes.post("/events/:id/corrections", (c) =>
      sendError(c, 403, "this server is read-only; start it with `sitrep serve --allow-ingest --token T` to accept corrections"));
    return routes;
  }
  routes.post(
    "/events/:id/corrections",
    bearerAuth({ token }),
    bodyLimit({ maxSize: MAX_CORRECTION_BYTES, onError: (c) => sendError(c, 413, `the body must be at most ${MAX_CORRECTION_BYTES} bytes`) }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (error) {
        throw new ApiError(400, `the body must be JSON: ${(error as Error).message}`);
      }
      const correction = parseCorrection(c.req.param("id"), body);
      await checkTargets(store, correction);
      const event = await store.addCorrection(correction);
      return c.json({ ok: true, event }, 201);
    },
  );
  return routes;
}

/** Unknown events are a 404 and reports that are not the event's a 400, before anything is written. */
async function checkTargets(store: Store, correction: CorrectionInput): Promise<void> {
  const event = await mustFindEvent(store, correction.event);
  if (correction.kind === "merge") {
    const other = await mustFindEvent(store, correction.other);
    if (other.id === event.id) throw new ApiError(400, `'${correction.event}' and '${correction.other}' are already one event (${event.id})`);
  }
  if (correction.kind === "split") {
    const unknown = correction.reports.filter((r) => !event.reports.includes(r));
    if (unknown.length > 0) throw new ApiError(400, `not reports of event ${event.id}: ${unknown.join(", ")} (its reports: ${event.reports.join(", ")})`);
    if (new Set(correction.reports).size >= event.reports.length) throw new ApiError(400, "split needs some, but not all, of the event's reports");
  }
}

async function mustFindEvent(store: Store, id: string) {
  const event = await store.getEvent(id);
  if (!event) throw new ApiError(404, `no event with id '${id}'`);
  return event;
}
