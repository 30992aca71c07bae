// The territories' outlines over HTTP, public as the territories are:
//   GET /maps/shapes.topojson?kind=EPCI&within=62            a layer of the web maps
//       (within: codes, or KIND:code where a code is ambiguous: REGION:32 is the
//       Hauts-de-France, 32 alone the Gers)
//   GET /exports/territories/:kind/:code/contour.geojson     a territory's outline, for QGIS
//   GET /exports/territories/:kind/:code/communes.geojson    the outlines of its communes
import { Router, type Request, type Response } from "express";
import type { PrismaClient } from "../core/database.ts";
import type { RouteDependencies } from "../core/module.ts";
import { badInput } from "../core/errors.ts";
import { CONTOURS_ATTRIBUTION } from "./territory.contours.ts";
import { communesWithEpci } from "./territory.export.ts";
import { requireTerritory, territoriesByIds, type TerritoryRow } from "./territory.service.ts";
import { shapeLayer, territoryFeatures } from "./territory.shapes.ts";
import { TerritoryKind } from "./territory.type.ts";

/** Path of a territory's GeoJSON download, its outline or its communes'; null for a territory without contour. */
export function contourPath(territory: Pick<TerritoryRow, "kind" | "code" | "centroid">, what: "contour" | "communes"): string | null {
  // The load gives a centroid to every territory with a contour, and to no other.
  if (!territory.centroid.length) return null;
  return `/exports/territories/${territory.kind}/${encodeURIComponent(territory.code)}/${what}.geojson`;
}

// A national layer of communes would be 35 000 outlines: the maps ask for them within a territory.
const NATIONAL_KINDS = new Set<TerritoryKind>([TerritoryKind.REGION, TerritoryKind.DEPARTEMENT, TerritoryKind.EPCI]);
const MAX_WITHIN = 50;

function kindOf(raw: unknown, field: string): TerritoryKind {
  const kind = String(raw ?? "");
  if (!Object.hasOwn(TerritoryKind, kind)) throw badInput(field, `Niveau inconnu : « ${kind} » (REGION, DEPARTEMENT, EPCI ou COMMUNE).`);
  return kind as TerritoryKind;
}

export function territoryMapRoutes({ prisma }: RouteDependencies): Router {
  return Router()
    .get("/maps/shapes.topojson", shapes(prisma))
    .get("/exports/territories/:kind/:code/contour.geojson", geoJson(prisma, "contour"))
    .get("/exports/territories/:kind/:code/communes.geojson", geoJson(prisma, "communes"));
}

function shapes(prisma: PrismaClient) {
  return async (request: Request, response: Response) => {
    const kind = kindOf(request.query.kind, "kind");
    const codes = typeof request.query.within === "string" && request.query.within ? request.query.within.split(",") : [];
    if (codes.length > MAX_WITHIN) throw badInput("within", `Au plus ${MAX_WITHIN} territoires à la fois.`);
    if (!codes.length && !NATIONAL_KINDS.has(kind)) {
      throw badInput("within", "Les contours des communes se demandent dans un territoire (within=62, within=246200364…).");
    }
    const within = codes.length ? await Promise.all(codes.map((entry) => {
      const [kind, code] = entry.includes(":") ? entry.split(":", 2) : [undefined, entry];
      return requireTerritory(prisma, code, "within", kind === undefined ? undefined : kindOf(kind, "within"));
    })) : null;
    const layer = await shapeLayer(prisma, kind, within);
    response.setHeader("content-type", "application/json; charset=utf-8");
    // A layer changes only with a new load of the territories: an hour, then the ETag says.
    response.setHeader("cache-control", "public, max-age=3600");
    response.setHeader("etag", layer.etag);
    response.send(layer.json);
  };
}

function geoJson(prisma: PrismaClient, what: "contour" | "communes") {
  return async (request: Request, response: Response) => {
    const territory = await requireTerritory(prisma, String(request.params.code), "code", kindOf(request.params.kind, "kind"));
    let features;
    if (what === "contour") {
      features = await territoryFeatures(prisma, [territory], (row) => ({
        code: row.code, name: row.name, kind: row.kind, population: row.population,
      }));
    } else {
      // The CSV's communes (a commune's own included) and their EPCI, in its order.
      const lines = await communesWithEpci(prisma, territory.id);
      const lineOf = new Map(lines.map((line) => [line.id, line]));
      const communes = await territoriesByIds(prisma, lines.map((line) => line.id));
      features = await territoryFeatures(prisma, communes, (row) => ({
        code: row.code, name: row.name, population: row.population, epciCode: lineOf.get(row.id)!.epciCode, epciName: lineOf.get(row.id)!.epciName,
      }));
    }
    response.setHeader("content-type", "application/geo+json; charset=utf-8");
    response.setHeader("content-disposition", `attachment; filename="${what === "contour" ? "contour" : "communes"}-${territory.kind}-${territory.code}.geojson"`);
    // RFC 7946 allows members of its own: the credit the Licence Ouverte asks for travels with the file.
    response.send(JSON.stringify({ type: "FeatureCollection", attribution: `Contours : ${CONTOURS_ATTRIBUTION}, Licence Ouverte / Open Licence Etalab ; simplifiés`, features }));
  };
}
