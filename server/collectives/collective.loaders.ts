import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { groupPageLoader } from "../core/group-pages.ts";
import { cardsByIds, collectivesByIds, coverageOfCards, memberRows, membershipRows } from "./collective.service.ts";
import type { CollectiveMembership } from "./collective.type.ts";

export function createCollectiveLoaders(prisma: PrismaClient) {
  return {
    byId: recordLoader((ids: readonly string[]) => collectivesByIds(prisma, ids), (collective) => collective.id),
    members: groupPageLoader<CollectiveMembership>(prisma, memberRows),
    membershipsOfOrganisation: groupPageLoader<CollectiveMembership>(prisma, membershipRows),
    card: recordLoader((ids: readonly string[]) => cardsByIds(prisma, ids), (card) => card.id),
    coverage: groupLoader((ids: readonly string[]) => coverageOfCards(prisma, ids), (coverage) => coverage.cardId),
  };
}

export type CollectiveLoaders = ReturnType<typeof createCollectiveLoaders>;

declare module "../core/context.ts" {
  interface Loaders {
    collectives: CollectiveLoaders;
  }
}
