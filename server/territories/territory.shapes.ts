// The outlines the maps and the GeoJSON downloads draw, made in each process
// from the 2018 commune topology (territory.contours.ts) and the territory
// store: a territory's outline dissolves the contours of its communes, which
// the load recorded (contour_codes). The topology is read on first use
// (0.4 s, about 45 MB of heap); a layer of the web maps is computed once per
// load of the territories and kept.
import { createHash } from "node:crypto";
import { geoDistance } from "d3-geo";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import { bbox as topologyBox, merge, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { rewind } from "@turf/rewind";
import { truncate } from "@turf/truncate";
import type { Feature, FeatureCollection, MultiPolygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { PrismaClient } from "../core/database.ts";
import { readCommuneTopology, type CommuneGeometry, type CommuneTopology } from "./territory.contours.ts";
import { territoryStore, type TerritoryRow, type TerritoryStore } from "./territory.store.ts";
import { TerritoryKind } from "./territory.type.ts";

interface CommuneContours {
  topology: CommuneTopology;
  byCode: Map<string, CommuneGeometry>;
}

let source: Promise<CommuneContours> | undefined;

function communeContours(): Promise<CommuneContours> {
  source ??= readCommuneTopology().then((topology) => ({
    topology,
    byCode: new Map((topology.objects.communes.geometries as CommuneGeometry[]).map((geometry) => [geometry.properties!.code, geometry])),
  }));
  source.catch(() => (source = undefined));
  return source;
}

async function currentStore(prisma: PrismaClient): Promise<TerritoryStore> {
  const store = territoryStore(prisma);
  if (!store) throw new Error("The contours are read outside transactions.");
  return store;
}

/** The 2018 contours a territory is made of: those of its communes. */
function contoursOf(store: TerritoryStore, contours: CommuneContours, territory: TerritoryRow): CommuneGeometry[] {
  const communes = territory.kind === TerritoryKind.COMMUNE ? [territory] : store.inside(territory.id, TerritoryKind.COMMUNE);
  return communes.flatMap((commune) => store.contourCodesOf(commune.id).map((code) => contours.byCode.get(code)!));
}

// GeoJSON as RFC 7946 wants it: exterior rings counterclockwise (the source
// follows d3's clockwise convention), 5 decimals (a metre; the contours are
// generalised to about 100 m).
function asGeoJson<T extends Feature | FeatureCollection>(value: T): T {
  return truncate(rewind(value, { mutate: true }), { precision: 5, mutate: true }) as T;
}

/**
 * GeoJSON features of these territories, their properties from `properties`;
 * a territory without contour gets a null geometry (never left out).
 */
export async function territoryFeatures<P extends Record<string, unknown>>(
  prisma: PrismaClient,
  territories: readonly TerritoryRow[],
  properties: (territory: TerritoryRow) => P,
): Promise<Feature<MultiPolygon | null, P>[]> {
  const [store, contours] = await Promise.all([currentStore(prisma), communeContours()]);
  return territories.map((territory) => {
    const parts = contoursOf(store, contours, territory);
    const geometry = parts.length ? merge(contours.topology, parts) : null;
    const feature: Feature<MultiPolygon | null, P> = { type: "Feature", id: territory.code, properties: properties(territory), geometry };
    return geometry ? asGeoJson(feature as Feature<MultiPolygon, P>) : feature;
  });
}

// ─── The web maps' layers ───────────────────────────────────────────────────

type Layer = Topology<{ territories: GeometryCollection<{}> }>;

export interface ShapeLayer {
  /** TopoJSON text: one object, `territories`, of geometries with `id` (the code) and properties { code, name, kind }. */
  json: string;
  etag: string;
}

// Layers kept, oldest first; any client may ask for any combination of
// territories, so what is kept is bounded by its size, not by its count.
const layers = new Map<string, Promise<ShapeLayer>>();
const layerBytes = new Map<string, number>();
const MAX_KEPT_BYTES = 64 * 1024 * 1024;

const EARTH_RADIUS_KM = 6371;
// The simplification's weights are spherical areas, in steradians: km² over the radius squared.
const KM2_PER_STERADIAN = EARTH_RADIUS_KM ** 2;
// A map shows its extent on about a thousand pixels: detail under a pixel is bytes nobody sees.
const PIXELS_ACROSS = 1000;
// The contours are already generalised to triangles of about 0.19 km² (contours/README.md).
const SOURCE_WEIGHT = 4.649e-9;
// Metropolitan France, about 1 000 km across, for the national layers.
const NATIONAL_EXTENT_KM = 1000;

/** The diagonal of a box [west, south, east, north], in km along the sphere. */
const extentKm = ([west, south, east, north]: number[]) => geoDistance([west, south], [east, north]) * EARTH_RADIUS_KM;

/**
 * The territories of `kind` inside `within` (each one itself when of that
 * kind), or all of that kind nationally when `within` is null, as one
 * TopoJSON layer simplified for the extent it covers.
 */
export async function shapeLayer(prisma: PrismaClient, kind: TerritoryKind, within: readonly TerritoryRow[] | null): Promise<ShapeLayer> {
  const store = await currentStore(prisma);
  const key = `${store.version}|${kind}|${within?.map((territory) => territory.id).sort((a, b) => a - b).join(",") ?? "*"}`;
  let layer = layers.get(key);
  if (!layer) {
    layer = buildLayer(store, kind, within);
    layers.set(key, layer);
    layer.then((built) => keep(key, built.json.length), () => layers.delete(key));
  }
  return layer;
}

function keep(key: string, bytes: number) {
  layerBytes.set(key, bytes);
  let total = [...layerBytes.values()].reduce((sum, size) => sum + size, 0);
  for (const [oldest, size] of layerBytes) {
    if (total <= MAX_KEPT_BYTES || oldest === key) break;
    layers.delete(oldest);
    layerBytes.delete(oldest);
    total -= size;
  }
}

async function buildLayer(store: TerritoryStore, kind: TerritoryKind, within: readonly TerritoryRow[] | null): Promise<ShapeLayer> {
  const contours = await communeContours();
  const territories = within
    ? [...new Set(within.flatMap((container) => (container.kind === kind ? [container] : store.inside(container.id, kind))))]
    : store.all(kind);
  const features = territories.flatMap((territory) => {
    const parts = contoursOf(store, contours, territory);
    if (!parts.length) return [];
    const properties = { code: territory.code, name: territory.name, kind: territory.kind };
    return [{ type: "Feature" as const, id: territory.code, properties, geometry: merge(contours.topology, parts) }];
  });
  // A topology of the layer's own: its arcs break only where three of its
  // territories meet, not at every commune's corner, so simplifying can
  // thin a whole border between two EPCI and they keep sharing it.
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  let layer = topology({ territories: collection }) as unknown as Layer;
  const boxes = within?.filter((territory) => territory.boundingBox.length).map((territory) => territory.boundingBox) ?? [];
  const extent = within
    ? extentKm([Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))])
    : NATIONAL_EXTENT_KM;
  const pixelKm = extent / PIXELS_ACROSS;
  const weight = (pixelKm * pixelKm) / KM2_PER_STERADIAN;
  // Visvalingam on the sphere, as the source was made, when the extent's
  // pixel is larger than the source's detail.
  if (features.length && weight > SOURCE_WEIGHT) layer = simplify(presimplify(layer, sphericalTriangleArea), weight);
  if (features.length) {
    layer.bbox = topologyBox(layer);
    // About ten steps per pixel of the extent.
    layer = quantize(layer, Math.round(10 * PIXELS_ACROSS * Math.max(1, extentKm(layer.bbox) / extent)));
  }
  const json = JSON.stringify(layer);
  return { json, etag: `"${createHash("sha1").update(json).digest("base64url")}"` };
}
