// Rules and data access for organisations, people and their ties.
import { Prisma, type PrismaClient, type Organisation as OrganisationRow, type Person } from "../generated/prisma/client.ts";
import { alphabeticalPage, type Page } from "../core/pagination.ts";
import { requireTerritory } from "../territories/territory.service.ts";
import { searchWords } from "../territories/territory.search.ts";
import type { TerritoryKind } from "../generated/prisma/enums.ts";
import type { EssFamily, LegalForm, Sector } from "./organisation.type.ts";

export type { OrganisationRow };
import { TieProvenance } from "./organisation.type.ts";

export interface OrganisationCriteria {
  territory?: string;
  territoryKind?: TerritoryKind;
  families?: EssFamily[];
  legalForms?: LegalForm[];
  sectors?: Sector[];
  search?: string;
}

/**
 * The Prisma condition for a filter. Throws BAD_USER_INPUT (filter.territory)
 * for an unknown or malformed territory code.
 */
export async function organisationWhere(prisma: PrismaClient, criteria: OrganisationCriteria = {}): Promise<Prisma.OrganisationWhereInput> {
  const where: Prisma.OrganisationWhereInput = {};
  if (criteria.territory) {
    const territory = await requireTerritory(prisma, criteria.territory, "territory", criteria.territoryKind);
    // One condition or the other, never both in an OR: PostgreSQL would then
    // join every organisation to every territory (71 ms instead of 7 ms for
    // the Pas-de-Calais among 200 000 organisations).
    if (territory.kind === "COMMUNE") where.communeId = territory.id;
    else where.commune = { ancestors: { some: { ancestorId: territory.id } } };
  }
  if (criteria.families?.length) where.family = { in: criteria.families };
  if (criteria.legalForms?.length) where.legalForm = { in: criteria.legalForms };
  if (criteria.sectors?.length) where.sectors = { hasSome: criteria.sectors };
  const words = criteria.search ? searchWords(criteria.search) : [];
  if (words.length) where.AND = words.map((word) => ({ searchText: { contains: ` ${word}` } }));
  return where;
}

/** A page of organisations in alphabetical order. Throws BAD_USER_INPUT (territory, after). */
export async function listOrganisations(
  prisma: PrismaClient,
  criteria: OrganisationCriteria | undefined,
  page: { first?: number; after?: string },
): Promise<Page<OrganisationRow>> {
  const where = await organisationWhere(prisma, criteria);
  return alphabeticalPage(prisma.organisation, where, page);
}

export function findOrganisation(prisma: PrismaClient, id: string): Promise<OrganisationRow | null> {
  return prisma.organisation.findUnique({ where: { id } });
}

export function organisationsByIds(prisma: PrismaClient, ids: readonly string[]): Promise<OrganisationRow[]> {
  return prisma.organisation.findMany({ where: { id: { in: [...ids] } } });
}

/** People of the given organisations, as rows of a nested page (by name). */
export function peopleRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT p.organisation_id AS group_key, p.full_name || '|' || p.id AS sort_key,
      jsonb_build_object('id', p.id, 'fullName', p.full_name, 'title', p.title, 'organisationId', p.organisation_id,
                         'email', p.email, 'phone', p.phone) AS payload
    FROM person p WHERE p.organisation_id = ANY(${ids}::text[])`;
}

export function peopleByIds(prisma: PrismaClient, ids: readonly string[]): Promise<Person[]> {
  return prisma.person.findMany({ where: { id: { in: [...ids] } } });
}

/**
 * The ties of the given organisations, as rows of a nested page: those stated
 * by a source, and those derived from membership of the same collective
 * (kind = the collective's kind, years = the overlap of both memberships).
 */
export function cooperationRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT t."organisationId" AS group_key,
           t.kind || '|' || t."partnerId" || '|' || coalesce(t."collectiveId", '') || '|' || t.provenance AS sort_key,
           to_jsonb(t) AS payload
      FROM (
        SELECT o.id AS "organisationId",
               CASE WHEN c.organisation_a_id = o.id THEN c.organisation_b_id ELSE c.organisation_a_id END AS "partnerId",
               c.kind::text AS kind, ${TieProvenance.STATED} AS provenance, c.collective_id AS "collectiveId",
               c.statement, c.since_year AS "sinceYear", c.until_year AS "untilYear", c.source
          FROM unnest(${ids}::text[]) AS o(id)
          JOIN cooperation c ON o.id IN (c.organisation_a_id, c.organisation_b_id)
        UNION ALL
        SELECT DISTINCT ON (m.organisation_id, p.organisation_id, col.id)
               m.organisation_id, p.organisation_id, col.kind::text, ${TieProvenance.SHARED_COLLECTIVE}, col.id,
               NULL, GREATEST(m.since_year, p.since_year), LEAST(m.until_year, p.until_year), col.source
          FROM collective_membership m
          JOIN collective_membership p ON p.collective_id = m.collective_id AND p.organisation_id <> m.organisation_id
          JOIN collective col ON col.id = m.collective_id
         WHERE m.organisation_id = ANY(${ids}::text[])
      ) t`;
}
