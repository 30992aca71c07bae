// The contours of territories, from the server's TopoJSON layers
// (GET /maps/shapes.topojson): one layer per kind, of France or within some
// territories, simplified for its extent.
import { feature } from "topojson-client";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { TerritoryKind } from "../graphql/territories.ts";

export interface ShapeProperties {
  code: string;
  name: string;
  kind: TerritoryKind;
}

export type Shapes = FeatureCollection<Polygon | MultiPolygon, ShapeProperties>;

/** A territory named by its level too: « 32 » is the Gers, and the Hauts-de-France's code. */
export interface TerritoryRef {
  kind: TerritoryKind;
  code: string;
}

/** The address of a layer: a kind, all of France (not for communes) or within the given territories. */
export function shapesPath(kind: TerritoryKind, within: TerritoryRef[] = []): string {
  const query = new URLSearchParams({ kind });
  if (within.length) query.set("within", within.map((territory) => `${territory.kind}:${territory.code}`).sort().join(","));
  return `/maps/shapes.topojson?${query}`;
}

/** The layer as GeoJSON features, each with its territory's code, name and kind. */
export async function fetchShapes(kind: TerritoryKind, within: TerritoryRef[] = [], signal?: AbortSignal): Promise<Shapes> {
  const response = await fetch(shapesPath(kind, within), { credentials: "same-origin", signal });
  if (!response.ok) throw new Error(`Contours indisponibles (${response.status})`);
  const topology = (await response.json()) as Topology<{ territories: GeometryCollection<ShapeProperties> }>;
  const collection = feature(topology, topology.objects.territories);
  return { type: "FeatureCollection", features: collection.features.filter((item) => item.geometry) } as Shapes;
}
