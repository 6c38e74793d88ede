// The web page in a real browser (Debian's Chromium driven by playwright-core): load, filter by type and
// date, select from the table and the map, read the highlighted sentence, export the filtered CSV, brush the
// timeline, and see an article's <script> as text. Fails (never skips) when Chromium is missing.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openFilledStore } from "../../src/server/server-fixtures.test.js";
import type { Listening } from "../../src/server/listen.js";
import { makeExtraction, span } from "../../src/store/extraction-fixtures.test.js";
import type { Store } from "../../src/store/store.js";
import { openPageOverStore, type PageOverStore } from "./page-over-store.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SHOTS = join(ROOT, "docs", "screenshots");

let harness: PageOverStore;
let server: Listening;
let page: Page;
const offsite: string[] = [];

before(async () => {
  execFileSync(process.execPath, [join(ROOT, "web", "build.js")], { stdio: "inherit" });
  mkdirSync(SHOTS, { recursive: true });
  const filled = await openFilledStore();
  await saveBesiegedFigures(filled);
  harness = await openPageOverStore(filled, { acceptDownloads: true });
  ({ server, page } = harness);
  page.on("request", (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith("data:")) offsite.push(r.url()); });
});

after(async () => {
  await harness?.close();
});

/** Two outlets that disagree on how many are besieged in Minas Tirith, the same month: a series with a flag. */
async function saveBesiegedFigures(target: Store): Promise<void> {
  const reports: [string, string, string, number][] = [
    ["Some 30,000 people remain trapped in Minas Tirith, the Pelargir Monitor said.", "The Gondor Times", "30,000", 30_000],
    ["About 21,000 are besieged in Minas Tirith.", "Anórien Weekly", "21,000", 21_000],
  ];
  for (const [text, publisher, needle, value] of reports) {
    const fixture = makeExtraction(text, () => [], { publisher });
    fixture.extraction.figures = [{
      measure: "besieged", value, low: value, high: null, qualifier: null, unit: "people", subject: "people", place: "Minas Tirith", date: null,
      attributed_to: needle === "30,000" ? "Pelargir Monitor" : null, attribution_chain: [], scope: "event", sentence: 0, rule: "test-figure",
      evidence: span(text, needle),
    }];
    await target.saveExtraction(fixture.extraction, fixture.text);
  }
}

const summary = () => page.locator("#summary");
const rows = () => page.locator("table.events tbody tr");
async function open(search = ""): Promise<void> {
  await page.goto(`${server.url}${search}`);
  await page.waitForSelector("body[data-ready=true]");
}

describe("the web page in Chromium", () => {
  it("loads every event on an offline map, timeline and table", async () => {
    await open();
    await assert.doesNotReject(summary().filter({ hasText: "All events: 4 events" }).waitFor());
    assert.equal(await rows().count(), 4);
    await page.locator("#map[data-basemap=ready]").waitFor();
    assert.ok((await page.locator("#map svg path").count()) > 50, "country shapes are drawn");
    const bars = await page.locator("svg.timeline path.bar").getAttribute("d");
    assert.equal(bars?.match(/M/g)?.length, 3, "one bar a day with events");
    await page.screenshot({ path: join(SHOTS, "overview.png") });
  });

  it("filters by type and by date, and keeps the filter in the URL", async () => {
    await page.selectOption("select[name=type]", "Explosions/Remote violence");
    await summary().filter({ hasText: "Explosions/Remote violence events: 2 events" }).waitFor();
    assert.equal(await rows().count(), 2);
    await page.fill("input[name=since]", "2016-08-18");
    await page.locator("input[name=since]").dispatchEvent("change");
    await summary().filter({ hasText: "on or after 2016-08-18: 1 event" }).waitFor();
    assert.equal(await rows().count(), 1);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get("type"), "Explosions/Remote violence");
    assert.equal(url.searchParams.get("since"), "2016-08-18");
  });

  it("shows the source sentence highlighted in its document, with the article's <script> as text", async () => {
    await rows().first().click();
    const mark = page.locator("#event-panel mark.this-event");
    await mark.waitFor();
    assert.equal(await mark.textContent(), "Orc raiders shelled Minas Tirith");
    const text = await page.locator("#event-panel .document-text").textContent();
    assert.ok(text?.includes("<script>alert('x')</script>"), "the markup shows as characters");
    assert.equal(await page.locator("#event-panel script").count(), 0);
    assert.match(page.url(), /event=/);
    await page.screenshot({ path: join(SHOTS, "event-with-source.png") });
  });

  it("exports the filtered events as CSV", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
    const csv = readFileSync(await download.path(), "utf8").trim().split("\n");
    assert.equal(csv.length, 2, csv.join("\n"));
    assert.match(csv[0], /^event_id_cnty,event_date,year,/);
    assert.match(csv[1], /Minas Tirith/);
  });

  it("opens a shared view and selects an event from its map marker", async () => {
    await open("?type=Battles");
    await summary().filter({ hasText: "Battles events: 1 event" }).waitFor();
    await page.locator("#map .pin").first().click();
    const mark = page.locator("#event-panel mark.this-event");
    await mark.waitFor();
    assert.equal(await mark.textContent(), "Gondor troops clashed with rangers in Osgiliath");
  });

  it("narrows the dates by dragging across the timeline, and sorts the table", async () => {
    await open();
    const box = await page.locator("svg.timeline").boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + 1, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + 20, { steps: 5 });
    await page.mouse.up();
    await summary().filter({ hasText: "from 2016-08-16 to" }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get("since"), "2016-08-16");
    await page.click("th button[data-sort=event_date]");
    await page.waitForFunction(() => location.search.includes("sort=-event_date"));
    await page.locator("body[data-ready=true]").waitFor();
    await page.screenshot({ path: join(SHOTS, "timeline-brushed.png") });
  });

  it("shows figures as series with their sources, and marks where sources disagree", async () => {
    await open("?place=minas");
    const series = page.locator("#event-panel .figure-series[data-series='besieged:Minas Tirith']");
    await series.waitFor();
    assert.equal(await series.locator(".flag").count(), 1, "the disagreement is flagged");
    assert.equal(await series.locator("svg.figure-chart circle").count(), 2);
    const points = await series.locator("ul.figure-points li").allTextContents();
    assert.ok(points.some((p) => p.includes("30,000") && p.includes("citing Pelargir Monitor")), points.join("\n"));
    assert.match(await series.locator(".contradiction").first().innerText(), /30000 \(The Gondor Times\) vs 21000|21000 \(Anórien Weekly\) vs 30000/);
    await page.screenshot({ path: join(SHOTS, "figures.png") });
  });

  it("asked nothing of any other host", () => {
    assert.deepEqual(offsite, []);
  });
});
