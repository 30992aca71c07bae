// GET /exports/territories/:kind/:code/communes.csv (/exports/territories/EPCI/246200364/communes.csv)
// The communes of a territory as a spreadsheet, public as the territory's
// page is: the same communes as its list (current ones, most populated first),
// with their postal codes and EPCI. One statement whatever the size (a région
// has thousands).
import { Router, type Request, type Response } from "express";
import { stringify } from "csv-stringify";
import type { PrismaClient } from "../core/database.ts";
import type { RouteDependencies } from "../core/module.ts";
import { spreadsheetSafe } from "../core/csv.ts";
import { badInput } from "../core/errors.ts";
import { requireTerritory } from "./territory.service.ts";
import { TerritoryKind } from "./territory.type.ts";

const COLUMNS = ["Code INSEE", "Commune", "Codes postaux", "EPCI", "SIREN de l'EPCI", "Population"];

interface CommuneLine {
  id: number;
  code: string;
  name: string;
  postalCodes: string[];
  epciName: string | null;
  epciCode: string | null;
  population: number;
}

/** The current communes of a territory (itself for a commune), most populated first, with their principal EPCI. One statement. */
export function communesWithEpci(prisma: PrismaClient, territoryId: number): Promise<CommuneLine[]> {
  return prisma.$queryRaw<CommuneLine[]>`
    SELECT t.id, t.code, t.name, t.postal_codes AS "postalCodes", epci.name AS "epciName", epci.code AS "epciCode", t.population
      FROM territory t
      LEFT JOIN LATERAL (
        SELECT p.name, p.code FROM territory_inclusion i JOIN territory p ON p.id = i.ancestor_id AND p.kind = 'EPCI'
         WHERE i.descendant_id = t.id ORDER BY i.principal DESC, p.name LIMIT 1
      ) epci ON true
     WHERE t.kind = 'COMMUNE' AND t.retired_at IS NULL
       AND t.id IN (SELECT ${territoryId}::int
                    UNION ALL SELECT descendant_id FROM territory_inclusion WHERE ancestor_id = ${territoryId} AND descendant_kind = 'COMMUNE')
     ORDER BY t.population DESC, t.id`;
}

export function territoryExportRoutes({ prisma }: RouteDependencies): Router {
  return Router().get("/exports/territories/:kind/:code/communes.csv", communesCsv(prisma));
}

function communesCsv(prisma: PrismaClient) {
  return async (request: Request, response: Response) => {
    const kind = String(request.params.kind);
    if (!Object.hasOwn(TerritoryKind, kind)) throw badInput("kind", `Niveau inconnu : ${kind} (REGION, DEPARTEMENT, EPCI ou COMMUNE).`);
    const territory = await requireTerritory(prisma, String(request.params.code), "code", kind as TerritoryKind);
    const communes = await communesWithEpci(prisma, territory.id);
    response.setHeader("content-type", "text/csv; charset=utf-8");
    response.setHeader("content-disposition", `attachment; filename="communes-${territory.kind}-${territory.code}.csv"`);
    // As the organisations CSV: a BOM and ";" for spreadsheets, text through spreadsheetSafe (core/csv.ts).
    const csv = stringify({ delimiter: ";", bom: true, header: true, columns: COLUMNS, record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
    csv.pipe(response);
    for (const commune of communes) {
      const row = [commune.code, commune.name, commune.postalCodes.join(" "), commune.epciName ?? "", commune.epciCode ?? ""].map(spreadsheetSafe);
      if (!csv.write([...row, commune.population])) await new Promise((resolve) => csv.once("drain", resolve));
    }
    csv.end();
  };
}

