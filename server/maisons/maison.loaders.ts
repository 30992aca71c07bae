import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import {
  chartersOfMaisons, holdingsOf, maisonsByIds, phasesOfMaisons, rolesOfMaisons, rolesOfOrganisations, shareholdersOf, spacesOfMaisons,
} from "./maison.service.ts";

export function createMaisonLoaders(prisma: PrismaClient) {
  return {
    roles: groupLoader((ids: readonly string[]) => rolesOfMaisons(prisma, ids), (row) => row.maisonId),
    spaces: groupLoader((ids: readonly string[]) => spacesOfMaisons(prisma, ids), (row) => row.maisonId),
    phases: groupLoader((ids: readonly string[]) => phasesOfMaisons(prisma, ids), (row) => row.maisonId),
    charter: recordLoader((ids: readonly string[]) => chartersOfMaisons(prisma, ids), (row) => row.maisonId),
    shareholders: groupLoader((ids: readonly string[]) => shareholdersOf(prisma, ids), (row) => row.companyId),
    holdings: groupLoader((ids: readonly string[]) => holdingsOf(prisma, ids), (row) => row.holderId),
    byId: recordLoader((ids: readonly string[]) => maisonsByIds(prisma, ids), (row) => row.id),
    rolesOfOrganisation: groupLoader((ids: readonly string[]) => rolesOfOrganisations(prisma, ids), (row) => row.organisationId),
  };
}
