// One harness for the browser tests: a store filled by the test, the real app on a free loopback port, and a
// page in Debian's Chromium (driven by playwright-core). Fails, never skips, when Chromium or web/dist is missing.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../src/server/create-app.js";
import { listen, type Listening } from "../../src/server/listen.js";
import type { Store } from "../../src/store/store.js";

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

export interface PageOverStore {
  store: Store;
  server: Listening;
  page: Page;
  close(): Promise<void>;
}

/** Serves `store` and opens a 1400x860 page in Chromium; `close` shuts the browser, the server and the store. */
export async function openPageOverStore(store: Store, options: { acceptDownloads?: boolean } = {}): Promise<PageOverStore> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set SITREP_CHROMIUM)`);
  if (!existsSync(join(import.meta.dirname, "..", "..", "web", "dist", "app.js"))) throw new Error("web/dist is not built: run `node web/build.js`");
  const server = await listen(createApp({ store }), { port: 0, host: "127.0.0.1" });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: options.acceptDownloads ?? false });
    page.setDefaultTimeout(10_000);
    const opened = browser;
    return { store, server, page, close: async () => { await opened.close(); await server.close(); await store.close(); } };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
