import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { chartersOfMaisons, phasesOfMaisons, rolesOfMaisons, shareholdersOf, spacesOfMaisons } from "./maison.service.ts";

export function createMaisonLoaders(prisma: PrismaClient) {
  return {
    roles: groupLoader((ids: readonly string[]) => rolesOfMaisons(prisma, ids), (row) => row.maisonId),
    spaces: groupLoader((ids: readonly string[]) => spacesOfMaisons(prisma, ids), (row) => row.maisonId),
    phases: groupLoader((ids: readonly string[]) => phasesOfMaisons(prisma, ids), (row) => row.maisonId),
    charter: recordLoader((ids: readonly string[]) => chartersOfMaisons(prisma, ids), (row) => row.maisonId),
    shareholders: groupLoader((ids: readonly string[]) => shareholdersOf(prisma, ids), (row) => row.companyId),
  };
}
