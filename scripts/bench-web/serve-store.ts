// Child process of the web benchmark: the real app (createApp + listen, as `sitrep serve` runs it) over a store
// file on 127.0.0.1 and an ephemeral port; prints {"url": ...} on stdout once listening, stops on SIGTERM.
//   node --import tsx scripts/bench-web/serve-store.ts STORE.db
import { createApp } from "../../src/server/create-app.js";
import { listen } from "../../src/server/listen.js";
import { openStore } from "../../src/store/store.js";

const path = process.argv[2];
if (!path) throw new Error("usage: serve-store.ts STORE.db");
const store = await openStore(path);
// As `sitrep serve` does at start-up: build the in-memory read index before the first visitor.
await store.queryEventSummaries({ limit: 1 });
const app = createApp({ store, reportError: (error) => process.stderr.write(`serve-store: ${error.stack ?? error.message}\n`) });
const server = await listen(app, { port: 0, host: "127.0.0.1" });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once("SIGTERM", () => {
  void server.close().then(() => store.close());
});
