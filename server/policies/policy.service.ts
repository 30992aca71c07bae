// Data access for territorial ESS policies and indicators.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { overlaps, requireTerritory } from "../territories/territory.service.ts";

const withParts = { axes: { orderBy: { position: "asc" } }, figures: { orderBy: { position: "asc" } } } as const;

/** Policies of the territory, of those inside it and of those containing it. Throws BAD_USER_INPUT (territory). */
export async function listPolicies(prisma: PrismaClient, territoryCode?: string) {
  if (!territoryCode) return prisma.territorialPolicy.findMany({ include: withParts, orderBy: { name: "asc" } });
  const territory = await requireTerritory(prisma, territoryCode, "territory");
  return policiesIn(prisma, territory.id);
}

export async function policiesIn(prisma: PrismaClient, territoryId: number) {
  const ids = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM territorial_policy WHERE ${overlaps(Prisma.sql`territory_id`, territoryId)}`;
  return prisma.territorialPolicy.findMany({ where: { id: { in: ids.map((row) => row.id) } }, include: withParts, orderBy: { name: "asc" } });
}

/** Indicators of the territory and of those containing it, most recent first. */
export function indicatorsFor(prisma: PrismaClient, territoryId: number) {
  return prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM territory_indicator
     WHERE territory_id = ${territoryId}
        OR territory_id IN (SELECT ancestor_id FROM territory_inclusion WHERE descendant_id = ${territoryId})`
    .then((rows) => prisma.territoryIndicator.findMany({
      where: { id: { in: rows.map((row) => row.id) } },
      orderBy: [{ kind: "asc" }, { year: "desc" }],
    }));
}
