import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { bringsAlong, groupPageLoader } from "../core/group-pages.ts";
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
    shareholders: groupPageLoader<Shareholding>(prisma, shareholderRows),
    holdings: groupPageLoader<Shareholding>(prisma, holdingRows),
    signatures: groupPageLoader<CharterSignature>(prisma, signatureRows),
    byId: recordLoader((ids: readonly string[]) => maisonsByIds(prisma, ids), (row) => row.id),
    rolesOfOrganisation: groupPageLoader<MaisonRole>(prisma, organisationRoleRows),
  };
}

export type MaisonLoaders = ReturnType<typeof createMaisonLoaders>;

// An organisation's lookup brings the pages of its capital and Maisons along.
bringsAlong("Organisation", "shareholders", (loaders) => loaders.maisons.shareholders);
bringsAlong("Organisation", "holdings", (loaders) => loaders.maisons.holdings);
bringsAlong("Organisation", "maisonRoles", (loaders) => loaders.maisons.rolesOfOrganisation);

declare module "../core/context.ts" {
  interface Loaders {
    maisons: MaisonLoaders;
  }
}
