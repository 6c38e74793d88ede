// The page in Debian's Chromium (playwright-core): open it over the benchmark store (its first view asks for
// 10,000 events), then re-filter by event type several times. Figures come from the page's own performance
// measures (web/src/render-timing.ts): fetch (the API call, server included), draw (map, timeline, filters,
// table) and total (start to the first frame after drawing).
import { existsSync } from "node:fs";
import { chromium, type CDPSession, type Page } from "playwright-core";

const CHROMIUM = process.env.SITREP_CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];
const TYPES = ["Battles", "Protests", "Riots", "Explosions/Remote violence", "Strategic developments", "Violence against civilians"];

export interface RenderFigures {
  label: string;
  events: number;
  fetchMs: number;
  drawMs: number;
  totalMs: number;
  /** Synchronous time of each part of the draw (map: building markers and the first chunk of clustering). */
  parts: Record<string, number>;
  /**
   * CPU time from the action to the painted frame: the page's renderer process (Chromium's ProcessTime metric)
   * and the API server (/proc), which the machine's other load does not inflate as it does the wall-clock figures.
   */
  browserCpuMs: number;
  serverCpuMs: number;
}

export async function measurePage(baseUrl: string, options: { refilters: number; search?: string; serverCpuMs: () => number }): Promise<RenderFigures[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set SITREP_CHROMIUM)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(120_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const cpu = async () => ({ browser: await rendererCpuMs(cdp), server: options.serverCpuMs() });
    const withCpu = async (start: { browser: number; server: number }, figures: Omit<RenderFigures, "browserCpuMs" | "serverCpuMs">) => {
      const end = await cpu();
      return { ...figures, browserCpuMs: end.browser - start.browser, serverCpuMs: end.server - start.server };
    };
    const serverAtStart = options.serverCpuMs();
    await page.goto(`${baseUrl}/${options.search ?? ""}`);
    // The renderer's clock starts with the page: count the first view from zero.
    const figures = [await withCpu({ browser: 0, server: serverAtStart }, await renderFigures(page, 1, "first view"))];
    for (let i = 0; i < options.refilters; i++) {
      const type = TYPES[i % TYPES.length];
      const start = await cpu();
      await page.selectOption("select[name=type]", type);
      figures.push(await withCpu(start, await renderFigures(page, i + 2, `re-filter: ${type}`)));
    }
    return figures;
  } finally {
    await browser.close();
  }
}

/** CPU time of the page's renderer process so far, in ms. */
async function rendererCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "ProcessTime")?.value ?? NaN) * 1000;
}

async function renderFigures(page: Page, n: number, label: string): Promise<Omit<RenderFigures, "browserCpuMs" | "serverCpuMs">> {
  await page.waitForSelector(`body[data-rendered="${n}"]`);
  // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
  const measures = await page.evaluate((prefix) => performance.getEntriesByType("measure")
    .filter((m) => m.name.startsWith(prefix)).map((m): [string, number] => [m.name.slice(prefix.length), m.duration]), `sitrep:${n}:`);
  const ms = new Map(measures);
  const events = Number(await page.getAttribute("body", "data-events"));
  const parts = Object.fromEntries(["map", "timeline", "filters", "table"].map((part) => [part, ms.get(part) ?? NaN]));
  return { label, events, fetchMs: ms.get("fetch") ?? NaN, drawMs: ms.get("draw") ?? NaN, totalMs: ms.get("total") ?? NaN, parts };
}
