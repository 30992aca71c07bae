// Rules and data access for the COTESS.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { DomainError, unknownReference } from "../core/errors.ts";
import type { Viewer } from "../core/viewer.ts";
import { writeTransaction } from "../core/transactions.ts";
import { overlaps, requireTerritory } from "../territories/territory.service.ts";
import { recordAudit } from "../core/audit.ts";
import { anyOf } from "../core/prepared-sql.ts";
import { assertMayManageCotessMembers } from "./cotess.access.ts";
import type { CotessMembershipInput } from "./cotess.inputs.ts";

export function findCotess(prisma: PrismaClient, id: string) {
  return prisma.cotess.findUnique({ where: { id } });
}

export const cotessByIds = (prisma: PrismaClient, ids: readonly string[]) => prisma.cotess.findMany({ where: { id: { in: [...ids] } } });

/** The COTESS whose territory overlaps the given one (all when none). Throws BAD_USER_INPUT (territory). */
export async function listCotess(prisma: PrismaClient, territoryCode?: string) {
  if (!territoryCode) return prisma.cotess.findMany({ orderBy: { name: "asc" } });
  const territory = await requireTerritory(prisma, territoryCode, "territory");
  return prisma.cotess.findMany({ where: { id: { in: await cotessIdsIn(prisma, territory.id) } }, orderBy: { name: "asc" } });
}

export async function cotessIdsIn(prisma: PrismaClient, territoryId: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT cotess_id AS id FROM cotess_territory WHERE ${overlaps(Prisma.sql`territory_id`, territoryId)}`;
  return rows.map((row) => row.id);
}

export const territoriesOfCotess = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.cotessTerritory.findMany({ where: { cotessId: { in: [...ids] } } });
export const seatsOfCotess = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.cotessCoAnimator.findMany({ where: { cotessId: { in: [...ids] } }, orderBy: { id: "asc" } });
/** Members of the given COTESS, as rows of a nested page. */
export function memberRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT m.cotess_id AS group_key, m.organisation_id AS sort_key,
      jsonb_build_object('organisationId', m.organisation_id, 'sinceYear', m.since_year) AS payload
    FROM cotess_membership m WHERE m.cotess_id ${anyOf(ids, "text")}`;
}
export const participationsOfCotess = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.moisEssParticipation.findMany({ where: { cotessId: { in: [...ids] } }, orderBy: { year: "asc" } });

// ─── Writing ────────────────────────────────────────────────────────────────

/** @throws UNAUTHENTICATED, FORBIDDEN (not its animator), BAD_USER_INPUT (cotess, organisation) */
export async function addCotessMember(prisma: PrismaClient, viewer: Viewer | null, input: CotessMembershipInput) {
  const author = assertMayManageCotessMembers(viewer, input.cotess);
  return writeTransaction(prisma, async (tx) => {
    if (!(await tx.cotess.findUnique({ where: { id: input.cotess }, select: { id: true } }))) {
      throw unknownReference("cotess", input.cotess, "cotess");
    }
    if (!(await tx.organisation.findUnique({ where: { id: input.organisation }, select: { id: true } }))) {
      throw unknownReference("organisation", input.organisation, "organisation");
    }
    const key = { cotessId: input.cotess, organisationId: input.organisation };
    const membership = await tx.cotessMembership.upsert({
      where: { cotessId_organisationId: key },
      create: { ...key, sinceYear: input.sinceYear ?? null },
      update: { sinceYear: input.sinceYear ?? null },
    });
    await recordAudit(tx, author, {
      action: "CREATE", entityType: "CotessMembership", entityId: `${input.cotess}/${input.organisation}`,
      cotessId: input.cotess, organisationId: input.organisation, changes: { sinceYear: input.sinceYear ?? null },
    });
    return membership;
  });
}

/** @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND */
export async function removeCotessMember(prisma: PrismaClient, viewer: Viewer | null, input: CotessMembershipInput) {
  const author = assertMayManageCotessMembers(viewer, input.cotess);
  return writeTransaction(prisma, async (tx) => {
    const { count } = await tx.cotessMembership.deleteMany({ where: { cotessId: input.cotess, organisationId: input.organisation } });
    if (!count) throw new DomainError("NOT_FOUND", "Cette organisation n'est pas membre de ce COTESS.", "organisation");
    await recordAudit(tx, author, {
      action: "DELETE", entityType: "CotessMembership", entityId: `${input.cotess}/${input.organisation}`,
      cotessId: input.cotess, organisationId: input.organisation, changes: {},
    });
    return true;
  });
}
