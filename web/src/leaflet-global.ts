// leaflet.markercluster extends the global `L`: make the bundled Leaflet that global before it loads.
import L from "leaflet";

(window as unknown as { L: typeof L }).L = L;
