// Rules and data access for the collectives of the cooperation referential.
import { Prisma, type PrismaClient, type Collective as CollectiveRow } from "../generated/prisma/client.ts";
import type { CollectiveKind, Sector, TerritoryKind } from "../generated/prisma/enums.ts";
import { DomainError, badInput, unknownReference } from "../core/errors.ts";
import { alphabeticalPage, type Page } from "../core/pagination.ts";
import type { Viewer } from "../core/viewer.ts";
import { writeTransaction } from "../core/transactions.ts";
import { locatedIn, overlaps, requireTerritory, withinTerritory } from "../territories/territory.service.ts";
import { searchText } from "../territories/territory.search.ts";
import { changedFields, recordAudit } from "../core/audit.ts";
import { anyOf, anyOfParameter, preparedStatement, runPrepared } from "../core/prepared-sql.ts";
import { listedOrganisation } from "../actors/organisation.service.ts";
import { assertMayMaintainCollectives } from "./collective.access.ts";
import type { CollectiveInput, CollectiveMembershipInput } from "./collective.inputs.ts";
import type { CollectiveKind as CollectiveKindValue, CollectiveMembership } from "./collective.type.ts";

export type { CollectiveRow };

export interface CollectiveCriteria {
  territory?: string;
  territoryKind?: TerritoryKind;
  kinds?: CollectiveKind[];
  sectors?: Sector[];
  memberOf?: string;
  source?: string;
}

/** Ids of the collectives present in a territory: covering it, or with a member inside it. */
export async function collectiveIdsIn(prisma: PrismaClient, territoryId: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`${collectivesInSql(territoryId)}`;
  return rows.map((row) => row.id);
}

/**
 * SQL selecting the ids of the collectives present in a territory. A UNION of
 * the two ways in, each driven by its own index, rather than ORed EXISTS that
 * read every collective (64 ms → 6 ms for the CALL among 20 000 collectives).
 */
export function collectivesInSql(territoryId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id FROM collective c JOIN card_coverage cc ON cc.card_id = c.card_id
     WHERE ${overlaps(Prisma.sql`cc.territory_id`, territoryId)}
    UNION
    SELECT m.collective_id FROM collective_membership m JOIN organisation o ON o.id = m.organisation_id
     WHERE ${withinTerritory(Prisma.sql`o.location_id`, territoryId)} AND ${listedOrganisation()}`;
}

/** A page of collectives by name. Throws BAD_USER_INPUT (territory, after). */
export async function listCollectives(
  prisma: PrismaClient,
  criteria: CollectiveCriteria = {},
  page: { first?: number; after?: string },
): Promise<Page<CollectiveRow>> {
  const where: Prisma.CollectiveWhereInput = {};
  if (criteria.territory) {
    const territory = await requireTerritory(prisma, criteria.territory, "territory", criteria.territoryKind);
    where.id = { in: await collectiveIdsIn(prisma, territory.id) };
  }
  if (criteria.kinds?.length) where.kind = { in: criteria.kinds };
  if (criteria.sectors?.length) where.sectors = { hasSome: criteria.sectors };
  if (criteria.memberOf) where.members = { some: { organisationId: criteria.memberOf } };
  if (criteria.source) where.sourceId = criteria.source;
  return alphabeticalPage(prisma.collective, where, page);
}

export function findCollective(prisma: PrismaClient, id: string) {
  return prisma.collective.findUnique({ where: { id } });
}

// Every column of the model, as Prisma names them (collective.reads.test.ts):
// the collectives named on organisation pages are read through pg.
const COLLECTIVES_BY_IDS = preparedStatement(
  "collectives_by_ids",
  `SELECT c.id, c.name, c.kind::text AS kind, c.sectors::text[] AS sectors, c.structure::text AS structure,
          c.structure_certainty::text AS "structureCertainty", c.structure_basis AS "structureBasis",
          c.meeting_rhythm AS "meetingRhythm", c.start_year AS "startYear", c.description, c.card_id AS "cardId",
          c.source_id AS "sourceId", c.search_text AS "searchText", c.updated_at AS "updatedAt"
     FROM collective c WHERE c.id ${anyOfParameter("$1", "text")}`,
);

export function collectivesByIds(prisma: PrismaClient, ids: readonly string[]): Promise<CollectiveRow[]> {
  return runPrepared<CollectiveRow>(prisma, COLLECTIVES_BY_IDS, [ids]);
}

const membershipPayload = Prisma.sql`jsonb_build_object('collectiveId', m.collective_id, 'organisationId', m.organisation_id,
  'role', m.role::text, 'sinceYear', m.since_year, 'untilYear', m.until_year,
  'certainty', m.certainty::text, 'basis', m.basis, 'sourceId', m.source_id)`;

/** Members of the given collectives, as rows of a nested page (role, then member). */
export function memberRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT m.collective_id AS group_key, m.role::text || '|' || m.organisation_id AS sort_key, ${membershipPayload} AS payload
    FROM collective_membership m WHERE m.collective_id ${anyOf(ids, "text")}`;
}

// The columns of COLLECTIVES_BY_IDS as JSON (collective.reads.test.ts): an
// organisation's memberships bring their collectives along, one statement
// for both on its page.
const collectiveJson = Prisma.sql`jsonb_build_object('id', c.id, 'name', c.name, 'kind', c.kind, 'sectors', c.sectors,
  'structure', c.structure, 'structureCertainty', c.structure_certainty, 'structureBasis', c.structure_basis,
  'meetingRhythm', c.meeting_rhythm, 'startYear', c.start_year, 'description', c.description, 'cardId', c.card_id,
  'sourceId', c.source_id, 'searchText', c.search_text, 'updatedAt', c.updated_at)`;

/** A membership of membershipRows, and the collective that came with it (its JSON read back as a row). */
export function withCollective(payload: CollectiveMembership & { collective?: Omit<CollectiveRow, "updatedAt"> & { updatedAt: string } }) {
  const { collective, ...membership } = payload;
  return { membership, collective: collective ? { ...collective, updatedAt: new Date(collective.updatedAt) } : null };
}

/** Memberships of the given organisations with their collectives, as rows of a nested page (by collective). */
export function membershipRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT m.organisation_id AS group_key, m.collective_id || '|' || m.role::text AS sort_key,
      ${membershipPayload} || jsonb_build_object('collective', ${collectiveJson}) AS payload
    FROM collective_membership m JOIN collective c ON c.id = m.collective_id WHERE m.organisation_id ${anyOf(ids, "text")}`;
}

export function cardsByIds(prisma: PrismaClient, ids: readonly string[]) {
  return prisma.referentialCard.findMany({ where: { id: { in: [...ids] } } });
}

export function coverageOfCards(prisma: PrismaClient, ids: readonly string[]) {
  return prisma.cardCoverage.findMany({ where: { cardId: { in: [...ids] } } });
}

// ─── Writing ────────────────────────────────────────────────────────────────

/** Creates or changes a collective. @throws UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (name, kind) */
export async function saveCollective(prisma: PrismaClient, viewer: Viewer | null, input: CollectiveInput) {
  const author = assertMayMaintainCollectives(viewer);
  return writeTransaction(prisma, async (tx) => {
    const before = await tx.collective.findUnique({ where: { id: input.id } });
    const { id, ...given } = input;
    const fields = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
    if (!before) {
      if (!input.name) throw badInput("name", "Donnez le nom du collectif.");
      if (!input.kind) throw badInput("kind", "Choisissez le type de collectif.");
      const created = await tx.collective.create({
        data: { id, ...(fields as { name: string; kind: CollectiveKindValue }), sourceId: null, searchText: searchText(input.name) },
      });
      await recordAudit(tx, author, { action: "CREATE", entityType: "Collective", entityId: id, collectiveId: id, changes: fields });
      return created;
    }
    const updated = await tx.collective.update({ where: { id }, data: { ...fields, ...(input.name ? { searchText: searchText(input.name) } : {}) } });
    await recordAudit(tx, author, {
      action: "UPDATE", entityType: "Collective", entityId: id, collectiveId: id,
      changes: changedFields(before as unknown as Record<string, unknown>, fields),
    });
    return updated;
  });
}

/** Adds an organisation to a collective (or changes its since-year). @throws UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (collective, organisation) */
export async function addCollectiveMember(prisma: PrismaClient, viewer: Viewer | null, input: CollectiveMembershipInput) {
  const author = assertMayMaintainCollectives(viewer);
  return writeTransaction(prisma, async (tx) => {
    if (!(await tx.collective.findUnique({ where: { id: input.collective }, select: { id: true } }))) {
      throw unknownReference("collective", input.collective, "collective");
    }
    if (!(await tx.organisation.findUnique({ where: { id: input.organisation }, select: { id: true } }))) {
      throw unknownReference("organisation", input.organisation, "organisation");
    }
    const key = { collectiveId: input.collective, organisationId: input.organisation, role: input.role };
    const membership = await tx.collectiveMembership.upsert({
      where: { collectiveId_organisationId_role: key },
      create: { ...key, sinceYear: input.sinceYear ?? null },
      update: { sinceYear: input.sinceYear ?? null },
    });
    await recordAudit(tx, author, {
      action: "CREATE", entityType: "CollectiveMembership", entityId: `${input.collective}/${input.organisation}/${input.role}`,
      collectiveId: input.collective, organisationId: input.organisation, changes: { role: input.role, sinceYear: input.sinceYear ?? null },
    });
    return membership;
  });
}

/** Removes a membership. @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND */
export async function removeCollectiveMember(prisma: PrismaClient, viewer: Viewer | null, input: CollectiveMembershipInput) {
  const author = assertMayMaintainCollectives(viewer);
  return writeTransaction(prisma, async (tx) => {
    const { count } = await tx.collectiveMembership.deleteMany({
      where: { collectiveId: input.collective, organisationId: input.organisation, role: input.role },
    });
    if (!count) throw new DomainError("NOT_FOUND", "Cette organisation n'est pas membre de ce collectif avec ce rôle.", "organisation");
    await recordAudit(tx, author, {
      action: "DELETE", entityType: "CollectiveMembership", entityId: `${input.collective}/${input.organisation}/${input.role}`,
      collectiveId: input.collective, organisationId: input.organisation, changes: { role: input.role },
    });
    return true;
  });
}
