// The contours of the territories. The official list has no geometry: the
// outlines are IGN ADMIN EXPRESS COG 2018's communes (contours/README.md),
// one TopoJSON topology in which neighbouring communes share their border
// arcs. Today's communes are made of the 2018 contours the official list maps
// onto them (communes merged since are dissolved into the one that absorbed
// them), and EPCI, départements and régions of their communes' contours. The
// topology, not coordinates, says who shares a border: two territories are
// neighbours when their contours share an arc.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { geoBounds, geoCentroid } from "d3-geo";
import { merge, neighbors } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";

export const CONTOUR_FILE = fileURLToPath(new URL("./contours/communes-2018.topojson.gz", import.meta.url));

/** What the Licence Ouverte asks: the producer, the product and its edition. */
export const CONTOURS_ATTRIBUTION = "© IGN – ADMIN EXPRESS COG, édition 2018";

export type CommuneGeometry = (Polygon<{ code: string; nom: string }> | MultiPolygon<{ code: string; nom: string }>);
export type CommuneTopology = Topology<{ communes: GeometryCollection<{ code: string; nom: string }> }>;

/** The file's SHA-256, first 12 digits: a new file is a new load. */
export async function contourFileVersion(file = CONTOUR_FILE): Promise<string> {
  return createHash("sha256").update(await readFile(file)).digest("hex").slice(0, 12);
}

export async function readCommuneTopology(file = CONTOUR_FILE): Promise<CommuneTopology> {
  const json = await promisify(gunzip)(await readFile(file));
  return JSON.parse(json.toString("utf8")) as CommuneTopology;
}

/** A territory of the official list as the contours need it: its key ("KIND:code") and, for a commune, the keys containing it. */
export interface ContourTerritory {
  key: string;
  kind: "REGION" | "DEPARTEMENT" | "EPCI" | "COMMUNE";
  code: string;
  within: readonly string[];
}

export interface TerritoryContour {
  /** [longitude, latitude] of the contour's spherical centroid. */
  centroid: [number, number];
  /** [west, south, east, north]. */
  boundingBox: [number, number, number, number];
  /** Communes only: the 2018 contours it is made of. */
  contourCodes: string[];
}

export interface ContourPlan {
  byKey: Map<string, TerritoryContour>;
  /** Pairs of keys of the same level sharing a border, each pair once. */
  neighbours: [string, string][];
  /** Keys of the territories without any contour. */
  withoutContour: string[];
  /** 2018 codes that no current commune takes (none with the 2026 list). */
  unmatched: string[];
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

/**
 * Maps the 2018 contours onto today's territories. `currentCommuneOf` gives
 * the current commune of a 2018 code: itself when it is still a commune,
 * otherwise the one that absorbed it.
 */
export function planContours(
  topology: CommuneTopology,
  territories: readonly ContourTerritory[],
  currentCommuneOf: (code: string) => string | undefined,
): ContourPlan {
  const geometries = topology.objects.communes.geometries as CommuneGeometry[];
  const communes = new Map(territories.filter((territory) => territory.kind === "COMMUNE").map((territory) => [territory.code, territory]));
  // For each 2018 contour, the keys it belongs to at each level: its commune, EPCI, département, région.
  const levelsOf: (string[] | undefined)[] = [];
  const groups = new Map<string, CommuneGeometry[]>();
  const contourCodes = new Map<string, string[]>();
  const unmatched: string[] = [];
  geometries.forEach((geometry, index) => {
    const code = geometry.properties!.code;
    const commune = communes.get(communes.has(code) ? code : (currentCommuneOf(code) ?? ""));
    if (!commune) {
      unmatched.push(code);
      return;
    }
    const levels = [commune.key, ...["EPCI:", "DEPARTEMENT:", "REGION:"].map((prefix) => commune.within.find((key) => key.startsWith(prefix)) ?? "")];
    levelsOf[index] = levels;
    for (const key of levels) {
      if (!key) continue;
      const group = groups.get(key);
      if (group) group.push(geometry);
      else groups.set(key, [geometry]);
    }
    const codes = contourCodes.get(commune.key);
    if (codes) codes.push(code);
    else contourCodes.set(commune.key, [code]);
  });

  const byKey = new Map<string, TerritoryContour>();
  for (const [key, group] of groups) {
    const shape = merge(topology, group);
    const [[west, south], [east, north]] = geoBounds(shape);
    const [longitude, latitude] = geoCentroid(shape);
    byKey.set(key, {
      centroid: [round(longitude), round(latitude)],
      boundingBox: [round(west), round(south), round(east), round(north)],
      contourCodes: contourCodes.get(key) ?? [],
    });
  }

  const pairs = new Set<string>();
  const neighbours: [string, string][] = [];
  neighbors(geometries).forEach((adjacent, index) => {
    const mine = levelsOf[index];
    if (!mine) return;
    for (const other of adjacent) {
      const theirs = levelsOf[other];
      if (!theirs || other < index) continue;
      for (let level = 0; level < mine.length; level++) {
        const [a, b] = [mine[level], theirs[level]].sort();
        if (!a || a === b || pairs.has(`${a}|${b}`)) continue;
        pairs.add(`${a}|${b}`);
        neighbours.push([a, b]);
      }
    }
  });

  const withoutContour = territories.filter((territory) => !byKey.has(territory.key)).map((territory) => territory.key);
  return { byKey, neighbours, withoutContour, unmatched };
}
