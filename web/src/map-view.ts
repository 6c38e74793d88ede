// The map: an offline basemap of country shapes (world-atlas, as a vector layer: no tile server), an online
// tile layer only when the server was given one, and the events as markers clustered and coloured by type.
import "./leaflet-global.js";
import L from "leaflet";
import "leaflet.markercluster";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { SitrepEvent } from "./api.js";
import { typeClass } from "./event-types.js";

export interface MapView {
  show(events: SitrepEvent[], selected: string | null): void;
}

export function createMapView(container: HTMLElement, options: { tileUrl: string | null; onSelect: (id: string) => void }): MapView {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([30, 30], 3);
  if (options.tileUrl) L.tileLayer(options.tileUrl, { maxZoom: 18 }).addTo(map);
  void addCountryShapes(map);
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon });
  map.addLayer(clusters);
  let fitted = false;

  return {
    show(events, selected) {
      clusters.clearLayers();
      const markers = events.filter(hasPoint).map((event) => {
        const loc = event.location as { latitude: number; longitude: number; name: string };
        const marker = L.marker([loc.latitude, loc.longitude], {
          icon: L.divIcon({ className: `pin ${typeClass(event.event_type)}${event.id === selected ? " selected" : ""}`, iconSize: [14, 14] }),
          title: `${event.event_date ?? "undated"} ${event.sub_event_type} in ${loc.name}`,
          alt: event.id,
        });
        (marker.options as { eventType?: string }).eventType = event.event_type;
        marker.on("click", () => options.onSelect(event.id));
        return marker;
      });
      clusters.addLayers(markers);
      if (markers.length > 0 && !fitted) {
        map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())).pad(0.3), { maxZoom: 9 });
        fitted = true;
      }
    },
  };
}

function hasPoint(event: SitrepEvent): boolean {
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
