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
import { CERTAINTY_LABEL, FAMILY_LABEL, LEGAL_FORM_LABEL, SECTOR_LABEL } from "../core/labels.ts";
import { ENTERED_IN_MAILLAGE } from "../core/provenance.ts";
import { sourcesByIds } from "../sources/source.service.ts";
import { EssFamily, LegalForm, Sector } from "./organisation.type.ts";
import { TerritoryKind } from "../territories/territory.type.ts";

const BATCH = 1000;

const COLUMNS = [
  "Identifiant", "Nom", "Sigle", "Forme juridique", "Certitude de la forme juridique", "Fondement de la forme juridique",
  "Famille de l'ESS", "Secteurs", "SIREN", "Adresse",
  "Commune", "Code INSEE", "EPCI", "SIREN de l'EPCI", "Département", "Région", "Fondement de la localisation",
  "Site web", "Courriel", "Téléphone", "Emplois", "Année des emplois", "Source", "Date de la source",
];

// "Unknown" is written out, never an empty cell that reads as "none".
const UNKNOWN_LEGAL_FORM = "inconnue";
const UNKNOWN_COMMUNE = "commune inconnue";

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
      // Where each is located (its commune, or the territory it is placed in) and that place's parents.
      const locationIds = [...new Set(page.nodes.map((o) => o.locationId).filter((id): id is number => id !== null))];
      const sourceIds = [...new Set(page.nodes.map((o) => o.sourceId).filter((id): id is string => id !== null))];
      const [locations, parents, sources] = await Promise.all([
        territoriesByIds(prisma, locationIds), parentsOfMany(prisma, locationIds), sourcesByIds(prisma, sourceIds),
      ]);
      const locationById = new Map(locations.map((territory) => [territory.id, territory]));
      const sourceById = new Map(sources.map((source) => [source.id, source]));
      const principalParent = new Map(
        parents.filter((link) => link.principal).map((link) => [`${link.descendantId}|${link.territory.kind}`, link.territory]),
      );
      const at = (locationId: number | null, kind: string) => {
        const location = locationId === null ? undefined : locationById.get(locationId);
        return location?.kind === kind ? location : principalParent.get(`${locationId}|${kind}`);
      };
      for (const o of page.nodes) {
        const location = o.locationId === null ? undefined : locationById.get(o.locationId);
        const commune = location?.kind === "COMMUNE" ? location : undefined;
        const epci = at(o.locationId, "EPCI");
        const source = o.sourceId === null ? undefined : sourceById.get(o.sourceId);
        const row = [
          o.id, o.name, o.shortName, o.legalForm ? LEGAL_FORM_LABEL[o.legalForm] : UNKNOWN_LEGAL_FORM,
          o.legalFormCertainty ? CERTAINTY_LABEL[o.legalFormCertainty] : "", o.legalFormBasis,
          o.family ? FAMILY_LABEL[o.family] : UNKNOWN_LEGAL_FORM,
          o.sectors.map((sector) => SECTOR_LABEL[sector]).join(", "), o.siren, o.address,
          commune?.name ?? (location ? UNKNOWN_COMMUNE : ""), commune?.code, epci?.name, epci?.code, at(o.locationId, "DEPARTEMENT")?.name,
          at(o.locationId, "REGION")?.name, o.locationBasis, o.website, o.publicEmail, o.publicPhone,
          o.headcount, o.headcountYear, source?.title ?? ENTERED_IN_MAILLAGE, source?.dateLabel,
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
