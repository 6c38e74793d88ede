// The map: an offline basemap of country shapes (world-atlas, as a vector layer: no tile server), an online
// tile layer only when the server was given one, and the events as markers clustered and coloured by type.
// 10,000 markers: one shared icon per type, and markercluster's chunked loading, so the page stays responsive
// while clusters are built; `show` resolves when every marker is in.
import "./leaflet-global.js";
import L from "leaflet";
import "leaflet.markercluster";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { EventSummary } from "./api.js";
import { typeClass } from "./event-types.js";

export interface MapView {
  show(events: EventSummary[], selected: string | null): Promise<void>;
}

export function createMapView(container: HTMLElement, options: { tileUrl: string | null; onSelect: (id: string) => void }): MapView {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([30, 30], 3);
  if (options.tileUrl) L.tileLayer(options.tileUrl, { maxZoom: 18 }).addTo(map);
  void addCountryShapes(map);
  let loaded: () => void = () => {};
  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon, chunkedLoading: true,
    chunkProgress: (processed, total) => processed >= total && loaded(),
  });
  map.addLayer(clusters);
  const icons = new Map<string, L.DivIcon>();
  const iconFor = (className: string) => icons.get(className) ?? icons.set(className, L.divIcon({ className, iconSize: [14, 14] })).get(className) as L.DivIcon;
  let fitted = false;

  return {
    show(events, selected) {
      clusters.clearLayers();
      const markers = events.filter(hasPoint).map((event) => {
        const loc = event.location as { latitude: number; longitude: number; name: string };
        const marker = L.marker([loc.latitude, loc.longitude], {
          icon: iconFor(`pin ${typeClass(event.event_type)}${event.id === selected ? " selected" : ""}`),
          title: `${event.event_date ?? "undated"} ${event.sub_event_type} in ${loc.name}`,
          alt: event.id,
        });
        (marker.options as { eventType?: string }).eventType = event.event_type;
        marker.on("click", () => options.onSelect(event.id));
        return marker;
      });
      if (markers.length > 0 && !fitted) {
        map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())).pad(0.3), { maxZoom: 9 });
        fitted = true;
      }
      if (markers.length === 0) return Promise.resolve();
      loaded(); // a load this one interrupts is over
      const done = new Promise<void>((resolve) => (loaded = resolve));
      clusters.addLayers(markers);
      return done;
    },
  };
}

function hasPoint(event: EventSummary): boolean {
  return event.location?.latitude != null && event.location?.longitude != null;
}

/** A cluster takes the colour of its commonest event type. */
function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const counts = new Map<string, number>();
  for (const marker of cluster.getAllChildMarkers()) {
    const type = (marker.options as { eventType?: string }).eventType ?? "";
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const commonest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const count = cluster.getChildCount();
  const icon = L.divIcon({ className: `cluster ${typeClass(commonest)}`, iconSize: [30, 30], html: "" });
  icon.options.html = `<span>${Number(count)}</span>`;
  return icon;
}

async function addCountryShapes(map: L.Map): Promise<void> {
  const response = await fetch("countries.json");
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  L.geoJSON(countries, { style: { color: "#8a8f98", weight: 0.6, fillColor: "#e9e5dc", fillOpacity: 1 }, interactive: false })
    .addTo(map)
    .bringToBack();
  map.getContainer().dataset.basemap = "ready";
}
