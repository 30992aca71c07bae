// Data access for the COTESS.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { overlaps, requireTerritory } from "../territories/territory.service.ts";

export function findCotess(prisma: PrismaClient, id: string) {
  return prisma.cotess.findUnique({ where: { id } });
}

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
    FROM cotess_membership m WHERE m.cotess_id = ANY(${ids}::text[])`;
}
export const participationsOfCotess = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.moisEssParticipation.findMany({ where: { cotessId: { in: [...ids] } }, orderBy: { year: "asc" } });
