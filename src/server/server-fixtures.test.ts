// A store for the server tests: the store suite's invented world (Osgiliath, Ḥumayra, Bree) plus an article
// that carries markup, so tests can check it comes back as text. Exports only; no tests of its own.
import { after } from "node:test";
import { createApp, type AppOptions } from "./create-app.js";
import { openStore, type Store } from "../store/store.js";
import { makeEvent, makeExtraction, sampleFixtures, type Fixture } from "../store/extraction-fixtures.test.js";

export const SCRIPT_TEXT = "Minas Tirith, 20 August 2016. <script>alert('x')</script> Orc raiders shelled Minas Tirith, officials said.";

export function scriptFixture(): Fixture {
  return makeExtraction(SCRIPT_TEXT, (id) => [makeEvent(SCRIPT_TEXT, id, {
    sentence: "Orc raiders shelled Minas Tirith", event_type: "Explosions/Remote violence", sub_event_type: "Shelling/artillery/missile attack",
    event_date: "2016-08-20", actor1: "Orcs of Mordor", inter1: 2, actor2: "Civilians (Gondor)", inter2: 7, interaction: 27,
    civilian_targeting: true, fatalities: { low: 2, best: 2, high: 2 },
    location: { name: "Minas Tirith", latitude: 34.8, longitude: 36.1, geo_precision: 1, admin1: "Anórien", country: "Syria", iso: 760, resolved: true },
  })]);
}

export function allFixtures(): Fixture[] {
  return [...sampleFixtures(), scriptFixture()];
}

export async function openFilledStore(): Promise<Store> {
  const store = await openStore(":memory:");
  for (const f of allFixtures()) await store.saveExtraction(f.extraction, f.text);
  return store;
}

export async function createTestApp(options: Omit<AppOptions, "store"> = {}) {
  const store = await openFilledStore();
  return { store, app: createApp({ store, ...options }) };
}

/**
 * For a test file: a maker of apps, each over a fresh filled store; every store it opened is closed after the
 * file's tests. Call it once at the top level of the file.
 */
export function createTestAppMaker(): (options?: Omit<AppOptions, "store">) => Promise<ReturnType<typeof createApp>> {
  const stores: Store[] = [];
  after(async () => { await Promise.all(stores.map((s) => s.close())); });
  return async (options = {}) => {
    const made = await createTestApp(options);
    stores.push(made.store);
    return made.app;
  };
}

/** The JSON of a response, with its status. */
export async function getJson(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }, path: string, init?: RequestInit) {
  const response = await app.request(path, init);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> & { ok: boolean } };
}
