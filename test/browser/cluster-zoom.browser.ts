// A cluster that zooming can split, in Chromium: two invented towns about 30 km apart show as two pins, merge
// into one cluster of 2 when the map is zoomed out, and clicking that cluster zooms back in to where
// supercluster splits it (getClusterExpansionZoom), instead of listing. Fails (never skips) when Chromium is missing.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { makeEvent, makeExtraction } from "../../src/store/extraction-fixtures.test.js";
import { openStore } from "../../src/store/store.js";
import { openPageOverStore, type PageOverStore } from "./page-over-store.js";
const town = (name: string, latitude: number, longitude: number) =>
  ({ name, latitude, longitude, geo_precision: 1 as const, admin1: "North March", country: "Arventa", iso: null, resolved: true });

const REPORTS: [text: string, sentence: string, location: ReturnType<typeof town>][] = [
  ["Saltcoast militiamen fought the army in Kessaro on 20 March 2031.", "Saltcoast militiamen fought the army in Kessaro", town("Kessaro", 4.12, 21.4)],
  ["Saltcoast militiamen fought the army in Dunmore on 22 March 2031.", "Saltcoast militiamen fought the army in Dunmore", town("Dunmore", 4.3, 21.6)],
];

let harness: PageOverStore;
let page: Page;

before(async () => {
  const store = await openStore(":memory:");
  for (const [text, sentence, location] of REPORTS) {
    const fixture = makeExtraction(text, (id) => [makeEvent(text, id, { sentence, location, event_date: "2031-03-20" })]);
    await store.saveExtraction(fixture.extraction, fixture.text);
  }
  harness = await openPageOverStore(store);
  page = harness.page;
});

after(async () => {
  await harness?.close();
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
    await page.goto(harness.server.url);
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
