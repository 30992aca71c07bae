// Data access for the Maisons de l'ESS.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { locatedIn, requireTerritory } from "../territories/territory.service.ts";

export function findMaison(prisma: PrismaClient, id: string) {
  return prisma.maison.findUnique({ where: { id } });
}

/** The Maisons located in a territory (all when none). Throws BAD_USER_INPUT (territory). */
export async function listMaisons(prisma: PrismaClient, territoryCode?: string) {
  if (!territoryCode) return prisma.maison.findMany({ orderBy: { name: "asc" } });
  const territory = await requireTerritory(prisma, territoryCode, "territory");
  return prisma.maison.findMany({ where: { id: { in: await maisonIdsIn(prisma, territory.id) } }, orderBy: { name: "asc" } });
}

export async function maisonIdsIn(prisma: PrismaClient, territoryId: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM maison WHERE ${locatedIn(Prisma.sql`commune_id`, territoryId)}`;
  return rows.map((row) => row.id);
}

export const rolesOfMaisons = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.maisonRole.findMany({ where: { maisonId: { in: [...ids] } }, orderBy: [{ role: "asc" }, { organisationId: "asc" }] });
export const spacesOfMaisons = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.maisonSpace.findMany({ where: { maisonId: { in: [...ids] } }, orderBy: { id: "asc" } });
export const phasesOfMaisons = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.maisonPhase.findMany({ where: { maisonId: { in: [...ids] } }, orderBy: { position: "asc" } });

export async function chartersOfMaisons(prisma: PrismaClient, ids: readonly string[]) {
  const charters = await prisma.charter.findMany({
    where: { maisonId: { in: [...ids] } },
    include: { values: { orderBy: { position: "asc" } }, signatures: { orderBy: { signedOn: "asc" } } },
  });
  return charters.map((charter) => ({
    ...charter,
    signatures: charter.signatures.map((signature) => ({
      ...signature,
      signedOn: signature.signedOn?.toISOString().slice(0, 10) ?? null,
    })),
  }));
}

export const rolesOfOrganisations = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.maisonRole.findMany({ where: { organisationId: { in: [...ids] } }, orderBy: [{ maisonId: "asc" }, { role: "asc" }] });
export const maisonsByIds = (prisma: PrismaClient, ids: readonly string[]) => prisma.maison.findMany({ where: { id: { in: [...ids] } } });
export const holdingsOf = (prisma: PrismaClient, holderIds: readonly string[]) =>
  prisma.shareholding.findMany({ where: { holderId: { in: [...holderIds] } }, orderBy: { companyId: "asc" } });

export const shareholdersOf = (prisma: PrismaClient, companyIds: readonly string[]) =>
  prisma.shareholding.findMany({ where: { companyId: { in: [...companyIds] } }, orderBy: { holderId: "asc" } });
