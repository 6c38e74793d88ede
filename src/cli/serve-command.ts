// `sitrep serve [--db PATH] [--port N] [--host H] [--allow-ingest --token T] [--tiles URL]`: the JSON API and
// the web page over the store, until interrupted. Read-only unless --allow-ingest with a bearer token.
import { createApp, DEFAULT_MAX_BODY_BYTES } from "../server/create-app.js";
import { listen } from "../server/listen.js";
import { openStore, resolveStoreUrl } from "../store/store.js";
import { parseCommandArgs, parseNumberArg, runCommand, UsageError } from "./cli-args.js";

const USAGE = `Usage: sitrep serve [--db PATH] [--port N] [--host H] [--allow-ingest --token T] [--max-bytes N] [--tiles URL]
Serves the web page at / and the JSON API under /api (described at /api/openapi.json) over the store
(--db, else $DATABASE_URL, else $SITREP_DB, else ./sitrep.db). Listens on 127.0.0.1:8080 unless told otherwise. Read-only
unless --allow-ingest, which needs --token (or $SITREP_TOKEN) for POST /api/documents and
POST /api/events/:id/corrections. The map's basemap is offline country shapes; --tiles adds an online tile
layer (a URL with {z}/{x}/{y}). Stop with Ctrl-C.
`;

export async function runServe(args: string[]): Promise<number> {
  return runCommand("serve", async () => {
    const { values } = parseCommandArgs(args, {
      db: { type: "string" }, port: { type: "string" }, host: { type: "string" }, "allow-ingest": { type: "boolean" },
      token: { type: "string" }, "max-bytes": { type: "string" }, tiles: { type: "string" }, help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const port = parseNumberArg("--port", values.port, { integer: true, min: 0 }) ?? 8080;
    if (port > 65535) throw new UsageError(`--port must be at most 65535, got '${values.port}'`);
    const token = values.token ?? process.env.SITREP_TOKEN;
    if (values["allow-ingest"] && !token) throw new UsageError("--allow-ingest needs --token T (or $SITREP_TOKEN)");
    if (values.tiles && !/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/.test(values.tiles)) {
      throw new UsageError(`--tiles must be an http(s) URL with {z}, {x} and {y}, got '${values.tiles}'`);
    }
    const maxBodyBytes = parseNumberArg("--max-bytes", values["max-bytes"], { integer: true, min: 1 }) ?? DEFAULT_MAX_BODY_BYTES;
    const storeUrl = resolveStoreUrl(values.db);
    const store = await openStore(storeUrl);
    const app = createApp({
      store, allowIngest: !!values["allow-ingest"], token, maxBodyBytes, tileUrl: values.tiles,
      reportError: (error) => process.stderr.write(`sitrep serve: ${error.stack ?? error.message}\n`),
    });
    const server = await listen(app, { port, host: values.host ?? "127.0.0.1" });
    const counts = await store.counts();
    // Builds the in-memory read index now, so the first visitor does not wait for it.
    void store.queryEventSummaries({ limit: 1 }).catch(() => {});
    process.stderr.write(`sitrep: serving ${counts.events} events from ${counts.documents} documents in ${storeUrl} at ${server.url}` +
      `${values["allow-ingest"] ? " (ingest allowed with the token)" : " (read-only)"}\n`);
    await untilInterrupted();
    await server.close();
    await store.close();
    return 0;
  });
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
