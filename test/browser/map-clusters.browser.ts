// The map's clusters in Chromium: three events in one town (invented Kessaro) share a point, so their cluster
// can never split by zooming; clicking it lists them, and a listed event opens with its sentence. Fails (never
// skips) when Chromium is missing.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { makeEvent, makeExtraction } from "../../src/store/extraction-fixtures.test.js";
import { openStore } from "../../src/store/store.js";
import type { CodedEvent } from "../../src/types.js";
import { openPageOverStore, type PageOverStore } from "./page-over-store.js";
const KESSARO = { name: "Kessaro", latitude: 4.12, longitude: 21.4, geo_precision: 1 as const, admin1: "North March", country: "Arventa", iso: null, resolved: true };

const REPORTS: [text: string, sentence: string, event: Partial<CodedEvent>][] = [
  ["Students marched through Kessaro on 2 March 2031.", "Students marched through Kessaro",
    { event_type: "Protests", sub_event_type: "Peaceful protest", event_date: "2031-03-02", actor1: "Protesters (Arventa)", inter1: 6, actor2: null, inter2: null, interaction: 60 }],
  ["A crowd burned the customs post in Kessaro on 11 March 2031.", "A crowd burned the customs post in Kessaro",
    { event_type: "Riots", sub_event_type: "Violent demonstration", event_date: "2031-03-11", actor1: "Rioters (Arventa)", inter1: 5, actor2: null, inter2: null, interaction: 50 }],
  ["Saltcoast militiamen fought the army in Kessaro on 20 March 2031.", "Saltcoast militiamen fought the army in Kessaro",
    { event_date: "2031-03-20", actor1: "Saltcoast Militia", inter1: 3, actor2: "Military Forces of Arventa (2011-)", inter2: 1, interaction: 13 }],
];

let harness: PageOverStore;
let page: Page;

before(async () => {
  const store = await openStore(":memory:");
  for (const [text, sentence, event] of REPORTS) {
    const fixture = makeExtraction(text, (id) => [makeEvent(text, id, { sentence, location: KESSARO, ...event })]);
    await store.saveExtraction(fixture.extraction, fixture.text);
  }
  harness = await openPageOverStore(store);
  page = harness.page;
});

after(async () => {
  await harness?.close();
});

describe("map clusters in Chromium", () => {
  it("draws one cluster for three events on one spot, and lists them when clicked", async () => {
    await page.goto(harness.server.url);
    await page.waitForSelector("body[data-ready=true]");
    const cluster = page.locator("#map .cluster");
    assert.equal(await cluster.count(), 1);
    assert.equal(await cluster.innerText(), "3");
    assert.equal(await page.locator("#map .pin").count(), 0);
    await cluster.click();
    const listed = page.locator(".leaflet-popup ul.cluster-list button");
    await listed.first().waitFor();
    assert.equal(await listed.count(), 3);
  });

  it("opens a listed event with its sentence", async () => {
    await page.locator(".leaflet-popup ul.cluster-list button", { hasText: "Violent demonstration" }).click();
    const mark = page.locator("#event-panel mark.this-event");
    await mark.waitFor();
    assert.equal(await mark.textContent(), "A crowd burned the customs post in Kessaro");
  });
});
