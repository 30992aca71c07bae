import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { groupPageLoader } from "../core/group-pages.ts";
import {
  chartersOfMaisons, holdingRows, statementsOfMaisons, signatureRows, maisonsByIds, organisationRoleRows, phasesOfMaisons, roleRows, shareholderRows, spacesOfMaisons,
} from "./maison.service.ts";
import type { CharterSignature, MaisonRole, Shareholding } from "./maison.type.ts";

export function createMaisonLoaders(prisma: PrismaClient) {
  return {
    roles: groupPageLoader<MaisonRole>(prisma, roleRows),
    spaces: groupLoader((ids: readonly string[]) => spacesOfMaisons(prisma, ids), (row) => row.maisonId),
    statements: groupLoader((ids: readonly string[]) => statementsOfMaisons(prisma, ids), (row) => row.maisonId),
    phases: groupLoader((ids: readonly string[]) => phasesOfMaisons(prisma, ids), (row) => row.maisonId),
    charter: recordLoader((ids: readonly string[]) => chartersOfMaisons(prisma, ids), (row) => row.maisonId),
    shareholders: groupPageLoader<Shareholding>(prisma, shareholderRows, undefined, { parentType: "Organisation", field: "shareholders" }),
    holdings: groupPageLoader<Shareholding>(prisma, holdingRows, undefined, { parentType: "Organisation", field: "holdings" }),
    signatures: groupPageLoader<CharterSignature>(prisma, signatureRows),
    byId: recordLoader((ids: readonly string[]) => maisonsByIds(prisma, ids), (row) => row.id),
    rolesOfOrganisation: groupPageLoader<MaisonRole>(prisma, organisationRoleRows, undefined, { parentType: "Organisation", field: "maisonRoles" }),
  };
}

export type MaisonLoaders = ReturnType<typeof createMaisonLoaders>;

declare module "../core/context.ts" {
  interface Loaders {
    maisons: MaisonLoaders;
  }
}
