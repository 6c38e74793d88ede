// The map: an offline basemap of country shapes (world-atlas, as a vector layer: no tile server), an online
// tile layer only when the server was given one, and the events as markers clustered and coloured by type.
// Clusters come from supercluster (map-clusters.ts): its index is built once per filter, and each move asks it
// only for what is in view, so a few hundred markers are ever on the map. A cluster opens by zooming to where
// it splits; one that no zoom can split (its events share one spot) lists them instead.
import L from "leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { EventSummary } from "./api.js";
import { el } from "./dom.js";
import { createClusterIndex, type ClusterIndex, type MapCluster, type MapPoint } from "./map-clusters.js";
import { typeClass } from "./event-types.js";

export interface MapView {
  show(events: EventSummary[], selected: string | null): Promise<void>;
}

const CLUSTER_RADIUS_PX = 40;
/** How much of the view, on each side, is clustered beyond it, so a short pan shows markers at once. */
const VIEW_MARGIN = 0.2;
const MAX_ZOOM = 14;
const MAX_LISTED = 40;
/** From this zoom (a country or closer) the basemap switches to the detailed shapes. */
const DETAILED_FROM_ZOOM = 5;

export function createMapView(container: HTMLElement, options: { tileUrl: Promise<string | null>; onSelect: (id: string) => void }): MapView {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: MAX_ZOOM }).setView([30, 30], 3);
  // Asked for in parallel with the first events; tiles have their own pane, so arriving late changes nothing.
  void options.tileUrl.then((url) => url && L.tileLayer(url, { maxZoom: 18 }).addTo(map));
  addCountryShapes(map);
  const markers = L.layerGroup().addTo(map);
  const icons = new Map<string, L.DivIcon>();
  const iconFor = (className: string) => icons.get(className) ?? icons.set(className, L.divIcon({ className, iconSize: [14, 14] })).get(className) as L.DivIcon;
  let index: ClusterIndex = createClusterIndex([], { radiusPx: CLUSTER_RADIUS_PX, maxZoom: MAX_ZOOM });
  let selectedId: string | null = null;
  let fitted = false;

  const toMarker = (cluster: MapCluster): L.Marker => {
    if (cluster.kind === "point") {
      const p = cluster.point;
      const marker = L.marker([p.latitude, p.longitude], {
        icon: iconFor(`pin ${typeClass(p.type)}${p.id === selectedId ? " selected" : ""}`), title: p.title, alt: p.id,
      });
      return marker.on("click", () => options.onSelect(p.id));
    }
    const icon = L.divIcon({ className: `cluster ${typeClass(cluster.type)}`, iconSize: [30, 30], html: `<span>${Number(cluster.count)}</span>` });
    const marker = L.marker([cluster.latitude, cluster.longitude], { icon, title: `${cluster.count} events` });
    return marker.on("click", () => openCluster(cluster, marker));
  };

  const openCluster = (cluster: MapCluster & { kind: "cluster" }, marker: L.Marker) => {
    const zoom = index.expansionZoom(cluster.id);
    if (zoom <= map.getMaxZoom()) {
      map.setView([cluster.latitude, cluster.longitude], zoom);
      return;
    }
    const listed = index.eventsOf(cluster.id, MAX_LISTED);
    const list = el("ul", { class: "cluster-list" }, ...listed.map((p) =>
      el("li", { class: typeClass(p.type) }, el("button", { class: "link", attrs: { type: "button", "data-event": p.id }, on: { click: () => options.onSelect(p.id) } }, p.title))));
    const more = cluster.count > MAX_LISTED ? el("p", { class: "hint" }, `and ${cluster.count - MAX_LISTED} more: narrow the filter`) : null;
    marker.bindPopup(el("div", {}, list, more), { maxHeight: 260 }).openPopup();
  };

  let draws = 0;
  const draw = () => {
    draws++;
    const view = map.getBounds().pad(VIEW_MARGIN);
    markers.clearLayers();
    const bounds = { west: view.getWest(), south: view.getSouth(), east: view.getEast(), north: view.getNorth() };
    for (const cluster of index.clustersIn(bounds, Math.round(map.getZoom()))) markers.addLayer(toMarker(cluster));
  };
  // A zoom ends in zoomend and then moveend: listening to both drew every zoom twice.
  map.on("moveend", draw);

  return {
    show(events, selected) {
      selectedId = selected;
      const points: MapPoint[] = events.filter(hasPoint).map((e) => {
        const loc = e.location as { latitude: number; longitude: number; name: string };
        return { id: e.id, type: e.event_type, latitude: loc.latitude, longitude: loc.longitude,
          title: `${e.event_date ?? "undated"} ${e.sub_event_type} in ${loc.name}` };
      });
      index = createClusterIndex(points, { radiusPx: CLUSTER_RADIUS_PX, maxZoom: MAX_ZOOM });
      const drawsBefore = draws;
      if (points.length > 0 && !fitted) {
        fitted = true;
        // fitBounds ends in moveend, which draws.
        map.fitBounds(L.latLngBounds(points.map((p) => [p.latitude, p.longitude])).pad(0.3), { maxZoom: 9, animate: false });
      }
      // Once is enough: when fitBounds moved the map, its moveend has already drawn from the new index.
      if (draws === drawsBefore) draw();
      return Promise.resolve();
    },
  };
}

function hasPoint(event: EventSummary): boolean {
  return event.location?.latitude != null && event.location?.longitude != null;
}

/**
 * The country shapes at the scale the zoom needs: Natural Earth 1:110m while the map shows a region or more,
 * 1:50m (seven times the points) from DETAILED_FROM_ZOOM on. Drawing the 1:50m shapes as SVG took ~150 ms of
 * the first view's main thread; the 1:110m ones take a fifth of that and look the same at those zooms.
 */
function addCountryShapes(map: L.Map): void {
  let detailed = false;
  const addDetailIfZoomed = () => {
    if (detailed || map.getZoom() < DETAILED_FROM_ZOOM) return;
    detailed = true;
    map.off("zoomend", addDetailIfZoomed);
    void loadCountries("countries.json").then((shapes) => {
      show(shapes);
      void coarse.then((layer) => layer.remove());
    });
  };
  const show = (shapes: L.GeoJSON) => {
    shapes.addTo(map).bringToBack();
    map.getContainer().dataset.basemap = "ready";
  };
  const coarse = loadCountries("countries-coarse.json").then((shapes) => {
    if (!detailed) show(shapes);
    return shapes;
  });
  map.on("zoomend", addDetailIfZoomed);
  addDetailIfZoomed();
}

async function loadCountries(path: string): Promise<L.GeoJSON> {
  const response = await fetch(path);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  return L.geoJSON(countries, { style: { color: "#8a8f98", weight: 0.6, fillColor: "#e9e5dc", fillOpacity: 1 }, interactive: false });
}
