import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { cardsByIds, collectivesByIds, coverageOfCards, membershipsOfCollectives, membershipsOfOrganisations } from "./collective.service.ts";

export function createCollectiveLoaders(prisma: PrismaClient) {
  return {
    byId: recordLoader((ids: readonly string[]) => collectivesByIds(prisma, ids), (collective) => collective.id),
    members: groupLoader((ids: readonly string[]) => membershipsOfCollectives(prisma, ids), (membership) => membership.collectiveId),
    membershipsOfOrganisation: groupLoader((ids: readonly string[]) => membershipsOfOrganisations(prisma, ids), (membership) => membership.organisationId),
    card: recordLoader((ids: readonly string[]) => cardsByIds(prisma, ids), (card) => card.id),
    coverage: groupLoader((ids: readonly string[]) => coverageOfCards(prisma, ids), (coverage) => coverage.cardId),
  };
}

export type CollectiveLoaders = ReturnType<typeof createCollectiveLoaders>;
