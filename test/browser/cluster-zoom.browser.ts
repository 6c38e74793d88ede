// A cluster that zooming can split, in Chromium: two invented towns about 30 km apart show as two pins, merge
// into one cluster of 2 when the map is zoomed out, and clicking that cluster zooms back in to where
// supercluster splits it (getClusterExpansionZoom), instead of listing. Fails (never skips) when Chromium is missing.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../src/server/create-app.js";
import { listen, type Listening } from "../../src/server/listen.js";
import { makeEvent, makeExtraction } from "../../src/store/extraction-fixtures.test.js";
import { openStore, type Store } from "../../src/store/store.js";

const CHROMIUM = process.env.SITREP_CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];
const town = (name: string, latitude: number, longitude: number) =>
  ({ name, latitude, longitude, geo_precision: 1 as const, admin1: "North March", country: "Arventa", iso: null, resolved: true });

const REPORTS: [text: string, sentence: string, location: ReturnType<typeof town>][] = [
  ["Saltcoast militiamen fought the army in Kessaro on 20 March 2031.", "Saltcoast militiamen fought the army in Kessaro", town("Kessaro", 4.12, 21.4)],
  ["Saltcoast militiamen fought the army in Dunmore on 22 March 2031.", "Saltcoast militiamen fought the army in Dunmore", town("Dunmore", 4.3, 21.6)],
];

let store: Store;
let server: Listening;
let browser: Browser;
let page: Page;

before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set SITREP_CHROMIUM)`);
  if (!existsSync(join(import.meta.dirname, "..", "..", "web", "dist", "app.js"))) throw new Error("web/dist is not built: run `node web/build.js`");
  store = await openStore(":memory:");
  for (const [text, sentence, location] of REPORTS) {
    const fixture = makeExtraction(text, (id) => [makeEvent(text, id, { sentence, location, event_date: "2031-03-20" })]);
    await store.saveExtraction(fixture.extraction, fixture.text);
  }
  server = await listen(createApp({ store }), { port: 0, host: "127.0.0.1" });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.setDefaultTimeout(10_000);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

/** Waits until the map shows exactly this many clusters and single pins. */
async function waitForMarkers(clusters: number, pins: number, timeout = 10_000): Promise<void> {
  await page.waitForFunction(([c, p]) => document.querySelectorAll("#map .cluster").length === c && document.querySelectorAll("#map .pin").length === p,
    [clusters, pins], { timeout });
}

/** Waits out a zoom animation: it starts on the next frame and ends 250 ms later at most (Leaflet's own timer). */
async function settle(): Promise<void> {
  await page.waitForTimeout(400);
  await page.waitForFunction(() => !document.querySelector(".leaflet-map-pane.leaflet-zoom-anim"));
}

/** Whether the map shows this many clusters and pins now. */
async function hasMarkers(clusters: number, pins: number): Promise<boolean> {
  return waitForMarkers(clusters, pins, 1).then(() => true, () => false);
}

describe("a cluster zooming can split", () => {
  it("shows two pins at first, one cluster of 2 when zoomed out", async () => {
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]");
    await waitForMarkers(0, 2);
    // Leaflet drops a zoom asked during a zoom animation: let each click's animation end before the next.
    for (let clicks = 0; clicks < 6 && !(await hasMarkers(1, 0)); clicks++) {
      await page.click(".leaflet-control-zoom-out");
      await settle();
    }
    await waitForMarkers(1, 0);
    assert.equal(await page.locator("#map .cluster").innerText(), "2");
  });

  it("zooms in to the two pins when clicked, and lists nothing", async () => {
    await page.locator("#map .cluster").click();
    await waitForMarkers(0, 2);
    assert.equal(await page.locator(".leaflet-popup ul.cluster-list").count(), 0);
  });
});
