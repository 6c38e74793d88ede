// The page, one loop: the view state (kept in the URL) -> /api/events -> map, timeline, filters, table and
// the selected event. Every control changes the state and calls `render`; nothing else draws.
import "leaflet/dist/leaflet.css";
import "./app.css";
import { fetchConfig, fetchEvents, type EventPage } from "./api.js";
import { byId, el } from "./dom.js";
import { showEvent } from "./event-panel.js";
import { createEventTable } from "./event-table.js";
import { showFigures } from "./figure-panel.js";
import { createFilterPanel } from "./filter-panel.js";
import { createMapView } from "./map-view.js";
import { startRender } from "./render-timing.js";
import { createTimeline } from "./timeline.js";
import { readViewState, toApiParams, toSearch, type ViewState } from "./view-state.js";

const MAP_LIMIT = "10000";

let state: ViewState = readViewState(location.search);
/** What the side panel shows: an event's sources, or (none selected) the figures for a place and measure. */
let shownPanel: string | null = null;
let figureMeasure = "";

const update = (change: Partial<ViewState>) => {
  state = { ...state, ...change };
  history.pushState(null, "", `${location.pathname}${toSearch(state)}`);
  void render();
};
const select = (id: string | null) => update({ event: id });

const tileUrl = fetchConfig().then((config) => config.tileUrl, () => null);
const map = createMapView(byId("map"), { tileUrl, onSelect: select });
const timeline = createTimeline(byId("timeline"), (since, until) => update({ filter: { ...state.filter, since: since ?? "", until: until ?? "" } }));
const filters = createFilterPanel(byId("filters"), (filter) => update({ filter }));
const table = createEventTable(byId("table"), { onSort: (sort) => update({ sort }), onSelect: select });
window.addEventListener("popstate", () => {
  state = readViewState(location.search);
  void render();
});

async function render(): Promise<void> {
  document.body.classList.add("loading");
  const timing = startRender();
  let page: EventPage;
  try {
    page = await fetchEvents(toApiParams(state, { limit: MAP_LIMIT }));
    timing.fetched();
  } catch (error) {
    byId("summary").replaceChildren(el("span", { class: "error" }, (error as Error).message));
    document.body.classList.remove("loading");
    return;
  }
  byId("summary").textContent = `${page.filter}: ${page.total} event${page.total === 1 ? "" : "s"}`;
  renderExports();
  const mapped = timing.part("map", () => map.show(page.events, state.event));
  timing.part("timeline", () => timeline.show(page.timeline, state.filter));
  timing.part("filters", () => filters.show(state.filter, page));
  timing.part("table", () => table.show(page.events, page.total, state.sort, state.event));
  document.body.dataset.events = String(page.events.length);
  const painted = mapped.then(() => timing.drawn());
  await renderPanel();
  await painted;
  document.body.classList.remove("loading");
  document.body.dataset.ready = "true";
}

async function renderPanel(): Promise<void> {
  const panelKey = state.event ? `event:${state.event}` : `figures:${state.filter.place ?? ""}:${figureMeasure}`;
  if (panelKey === shownPanel) return;
  shownPanel = panelKey;
  const panel = byId("event-panel");
  if (state.event) await showEvent(panel, state.event, () => select(null));
  else await showFigures(panel, { place: state.filter.place, measure: figureMeasure, onMeasure: (measure) => {
    figureMeasure = measure;
    void renderPanel();
  } });
}

function renderExports(): void {
  const params = toApiParams(state).toString();
  const link = (format: string, label: string) =>
    el("a", { class: "button", attrs: { href: `/api/events.${format}${params ? `?${params}` : ""}`, download: `sitrep-events.${format}`, id: `export-${format}` } }, label);
  byId("exports").replaceChildren(link("csv", "Export CSV"), link("geojson", "Export GeoJSON"), el("a", { attrs: { href: "/api/openapi.json" } }, "API"));
}

await render();
