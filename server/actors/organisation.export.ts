// GET /exports/organisations.csv?territory=62&families=COOPERATIVE,…
// (territoryKind=REGION with territory=32 for the Hauts-de-France)
// The organisations of a filter as a spreadsheet: UTF-8 with a BOM and ";"
// separators so that LibreOffice and Excel open it as is, French headers,
// streamed page by page so that a national export holds little memory.
import { Router, type Request, type Response } from "express";
import { stringify } from "csv-stringify";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { spreadsheetSafe } from "../core/csv.ts";
import { badInput } from "../core/errors.ts";
import type { RouteDependencies } from "../core/module.ts";
import { parentsOfMany, territoriesByIds } from "../territories/territory.service.ts";
import { listOrganisations, type OrganisationCriteria } from "./organisation.service.ts";
import { FAMILY_LABEL, LEGAL_FORM_LABEL, SECTOR_LABEL } from "../core/labels.ts";
import { EssFamily, LegalForm, Sector } from "./organisation.type.ts";
import { TerritoryKind } from "../territories/territory.type.ts";

const BATCH = 1000;

const COLUMNS = [
  "Identifiant", "Nom", "Sigle", "Forme juridique", "Famille de l'ESS", "Secteurs", "SIREN", "Adresse",
  "Commune", "Code INSEE", "EPCI", "SIREN de l'EPCI", "Département", "Région", "Site web", "Courriel", "Téléphone",
  "Emplois", "Année des emplois", "Source",
];

function listParameter<T extends string>(request: Request, name: string, allowed: Record<string, T>): T[] | undefined {
  const raw = request.query[name];
  if (raw === undefined) return undefined;
  const values = String(raw).split(",").map((value) => value.trim()).filter(Boolean);
  const unknown = values.filter((value) => !Object.hasOwn(allowed, value));
  if (unknown.length) throw badInput(name, `Valeur inconnue pour ${name} : ${unknown.join(", ")}.`);
  return values as T[];
}

function criteriaOf(request: Request): OrganisationCriteria {
  const text = (name: string) => (typeof request.query[name] === "string" ? (request.query[name] as string) : undefined);
  return {
    territory: text("territory"),
    territoryKind: listParameter(request, "territoryKind", TerritoryKind)?.[0],
    search: text("search"),
    families: listParameter(request, "families", EssFamily),
    legalForms: listParameter(request, "legalForms", LegalForm),
    sectors: listParameter(request, "sectors", Sector),
  };
}

export function organisationExportRoutes({ prisma }: RouteDependencies): Router {
  return Router().get("/exports/organisations.csv", organisationsCsv(prisma));
}

function organisationsCsv(prisma: PrismaClient) {
  return async (request: Request, response: Response) => {
    // Validates the filter (unknown territory…) before any byte is sent; a
    // DomainError reaches app/'s error handler.
    const criteria = criteriaOf(request);
    const first = await listOrganisations(prisma, criteria, { first: BATCH });
    const name = `organisations${criteria.territory ? `-${criteria.territory}` : ""}.csv`;
    response.setHeader("content-type", "text/csv; charset=utf-8");
    response.setHeader("content-disposition", `attachment; filename="${name}"`);
    // A lone CR or LF in a cell is quoted too (csv-stringify quotes only the
    // record delimiter itself): a reader would otherwise start a new row.
    const csv = stringify({ delimiter: ";", bom: true, header: true, columns: COLUMNS, record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
    csv.pipe(response);

    let page = first;
    for (;;) {
      const communeIds = [...new Set(page.nodes.map((o) => o.communeId).filter((id): id is number => id !== null))];
      const [communes, parents] = await Promise.all([territoriesByIds(prisma, communeIds), parentsOfMany(prisma, communeIds)]);
      const communeById = new Map(communes.map((commune) => [commune.id, commune]));
      const principalParent = new Map(
        parents.filter((link) => link.principal).map((link) => [`${link.descendantId}|${link.territory.kind}`, link.territory]),
      );
      const parent = (communeId: number | null, kind: string) => principalParent.get(`${communeId}|${kind}`);
      for (const o of page.nodes) {
        const commune = o.communeId === null ? undefined : communeById.get(o.communeId);
        const epci = parent(o.communeId, "EPCI");
        const row = [
          o.id, o.name, o.shortName, LEGAL_FORM_LABEL[o.legalForm], FAMILY_LABEL[o.family],
          o.sectors.map((sector) => SECTOR_LABEL[sector]).join(", "), o.siren, o.address,
          commune?.name, commune?.code, epci?.name, epci?.code, parent(o.communeId, "DEPARTEMENT")?.name,
          parent(o.communeId, "REGION")?.name, o.website, o.publicEmail, o.publicPhone,
          o.headcount, o.headcountYear, o.source,
        ];
        // Respect back-pressure: a slow download does not fill memory.
        // Text through spreadsheetSafe (core/csv.ts); numbers stay numbers.
        const cells = row.map((value) => (typeof value === "string" ? spreadsheetSafe(value) : (value ?? "")));
        if (!csv.write(cells)) await new Promise((resolve) => csv.once("drain", resolve));
      }
      if (!page.hasNextPage) break;
      page = await listOrganisations(prisma, criteria, { first: BATCH, after: page.cursorOf(page.nodes.at(-1)!) });
    }
    csv.end();
  };
}
