// GET /api/actors and /api/places (and their .csv twins, and places.geojson): every actor, and every place, of the events matching the same filter as
// /api/events, with how many events each has; read through the stores' summary pages, so the cost grows with the
// matching events (about 2 ms per thousand on SQLite), not with the whole store.
import { Hono } from "hono";
import type { EventQuery, EventSummary, Store } from "../store/store.js";
import { describeQuery } from "./describe-query.js";
import { attachment, toCsv, toFeatureCollection } from "./list-formats.js";
import { badRequest, parseEventQuery } from "./parse-event-query.js";

const PAGE = 10_000;

interface ActorCount { name: string; events: number; as_actor1: number; as_actor2: number }
interface PlaceCount { name: string; latitude: number | null; longitude: number | null; resolved: boolean; events: number; event_types: Record<string, number> }

export function createListRoutes(store: Store): Hono {
  const routes = new Hono();
  const queryOf = (url: string) => {
    const params = new URL(url).searchParams;
    const paging = ["limit", "offset", "sort"].find((key) => params.has(key));
    if (paging) throw badRequest(`a list covers every matching event: '${paging}' does not apply (it does to /api/events)`);
    return parseEventQuery(params, { defaultLimit: null });
  };

  routes.get("/actors", async (c) => {
    const query = queryOf(c.req.url);
    return c.json({ ok: true, filter: describeQuery(query), ...(await countActors(store, query)) });
  });
  routes.get("/actors.csv", async (c) => {
    const { actors } = await countActors(store, queryOf(c.req.url));
    const csv = toCsv(["actor", "events", "as_actor1", "as_actor2"], actors.map((a) => [a.name, a.events, a.as_actor1, a.as_actor2]));
    return c.body(csv, 200, attachment("sitrep-actors.csv", "text/csv"));
  });
  routes.get("/places", async (c) => {
    const query = queryOf(c.req.url);
    return c.json({ ok: true, filter: describeQuery(query), ...(await countPlaces(store, query)) });
  });
  routes.get("/places.csv", async (c) => {
    const { places } = await countPlaces(store, queryOf(c.req.url));
    const csv = toCsv(["place", "latitude", "longitude", "resolved", "events", "event_types"],
      places.map((p) => [p.name, p.latitude, p.longitude, p.resolved, p.events, Object.entries(p.event_types).map(([t, n]) => `${t}: ${n}`).join("; ")]));
    return c.body(csv, 200, attachment("sitrep-places.csv", "text/csv"));
  });
  routes.get("/places.geojson", async (c) => {
    const { places } = await countPlaces(store, queryOf(c.req.url));
    const collection = toFeatureCollection(places.map(({ latitude, longitude, ...properties }) => ({ latitude, longitude, properties })));
    return c.body(JSON.stringify(collection), 200, attachment("sitrep-places.geojson", "application/geo+json"));
  });
  return routes;
}

async function countActors(store: Store, query: EventQuery): Promise<{ events: number; actors: ActorCount[] }> {
  const actors = new Map<string, ActorCount>();
  const count = (name: string | null, role: "as_actor1" | "as_actor2") => {
    if (!name) return;
    const entry = actors.get(name) ?? { name, events: 0, as_actor1: 0, as_actor2: 0 };
    entry[role]++;
    actors.set(name, entry);
  };
  let total = 0;
  for await (const events of summariesOf(store, query)) {
    for (const e of events) {
      total++;
      count(e.actor1, "as_actor1");
      count(e.actor2, "as_actor2");
      // An event counts once per actor, even when one actor is on both sides.
      for (const name of new Set([e.actor1, e.actor2])) if (name) actors.get(name)!.events++;
    }
  }
  return { events: total, actors: sortByEvents([...actors.values()]) };
}

async function countPlaces(store: Store, query: EventQuery): Promise<{ events: number; places: PlaceCount[] }> {
  const places = new Map<string, PlaceCount>();
  let total = 0;
  for await (const events of summariesOf(store, query)) {
    for (const e of events) {
      total++;
      if (!e.location) continue;
      const { name, latitude, longitude, resolved } = e.location;
      const key = `${name}\u0000${latitude}\u0000${longitude}`;
      const entry = places.get(key) ?? { name, latitude, longitude, resolved, events: 0, event_types: {} };
      entry.events++;
      entry.event_types[e.event_type] = (entry.event_types[e.event_type] ?? 0) + 1;
      places.set(key, entry);
    }
  }
  return { events: total, places: sortByEvents([...places.values()]) };
}

async function* summariesOf(store: Store, query: EventQuery): AsyncGenerator<EventSummary[]> {
  for (let offset = 0; ; offset += PAGE) {
    const { events } = await store.queryEventSummaries({ ...query, limit: PAGE, offset }, { summary: false });
    if (events.length > 0) yield events;
    if (events.length < PAGE) return;
  }
}

function sortByEvents<T extends { name: string; events: number }>(list: T[]): T[] {
  return list.sort((a, b) => b.events - a.events || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
