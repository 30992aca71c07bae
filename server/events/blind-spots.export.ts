// GET /exports/editions/:id/blind-spots.geojson: an edition's blind spots
// for QGIS, public as they are in the API: every EPCI and commune of its
// scope with its planned events and their density, uncovered ones flagged
// (the figures of BlindSpots.epci and BlindSpots.communes, one definition).
import { Router, type Request, type Response } from "express";
import type { PrismaClient } from "../core/database.ts";
import type { RouteDependencies } from "../core/module.ts";
import { territoriesByIds } from "../territories/territory.service.ts";
import { CONTOURS_ATTRIBUTION } from "../territories/territory.contours.ts";
import { territoryFeatures } from "../territories/territory.shapes.ts";
import { communeCoverage, epciCoverage } from "./edition.service.ts";
import { requireEditionById } from "./programme.service.ts";

export function blindSpotsExportRoutes({ prisma }: RouteDependencies): Router {
  return Router().get("/exports/editions/:id/blind-spots.geojson", blindSpotsGeoJson(prisma));
}

function blindSpotsGeoJson(prisma: PrismaClient) {
  return async (request: Request, response: Response) => {
    const edition = await requireEditionById(prisma, String(request.params.id));
    const [epci, communes] = await Promise.all([epciCoverage(prisma, edition.id), communeCoverage(prisma, edition.id)]);
    const figures = new Map([...epci, ...communes].map((row) => [row.territoryId, row]));
    const territories = await territoriesByIds(prisma, [...figures.keys()]);
    const features = await territoryFeatures(prisma, territories, (territory) => {
      const row = figures.get(territory.id)!;
      return {
        level: territory.kind,
        code: territory.code,
        name: territory.name,
        population: row.population,
        events: row.events,
        eventsPer10000Inhabitants: row.eventsPer10000Inhabitants,
        covered: row.events > 0,
      };
    });
    response.setHeader("content-type", "application/geo+json; charset=utf-8");
    response.setHeader("content-disposition", `attachment; filename="zones-blanches-${edition.id}.geojson"`);
    response.send(JSON.stringify({
      type: "FeatureCollection",
      name: `Zones blanches — ${edition.title}`,
      attribution: `Contours : ${CONTOURS_ATTRIBUTION}, Licence Ouverte / Open Licence Etalab ; simplifiés`,
      features,
    }));
  };
}
