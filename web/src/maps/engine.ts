// MapLibre GL, its stylesheet and its worker. Only the map components import
// this module, and pages load those on demand: no other page downloads
// MapLibre (about 280 kB of script compressed).
import { AttributionControl, Map, Marker, NavigationControl, setWorkerUrl } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
// MapLibre 6 looks for its worker beside its own module, which the bundle
// moves: the worker is served as a file of this origin instead (CSP
// worker-src 'self'), rather than built from a blob: address.
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";

setWorkerUrl(workerUrl);

export { AttributionControl, Map, Marker, NavigationControl };
