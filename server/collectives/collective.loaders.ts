import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { bringsAlong, groupPageLoader } from "../core/group-pages.ts";
import { cardsByIds, collectivesByIds, coverageOfCards, memberRows, membershipRows, withCollective } from "./collective.service.ts";
import type { CollectiveMembership } from "./collective.type.ts";

export function createCollectiveLoaders(prisma: PrismaClient) {
  const byId = recordLoader((ids: readonly string[]) => collectivesByIds(prisma, ids), (collective) => collective.id);
  return {
    byId,
    members: groupPageLoader<CollectiveMembership>(prisma, memberRows),
    // Each membership's collective came with it: asking for it costs no statement.
    membershipsOfOrganisation: groupPageLoader<CollectiveMembership>(prisma, membershipRows, (payload) => {
      const { membership, collective } = withCollective(payload);
      if (collective) byId.prime(collective.id, collective);
      return membership;
    }),
    card: recordLoader((ids: readonly string[]) => cardsByIds(prisma, ids), (card) => card.id),
    coverage: groupLoader((ids: readonly string[]) => coverageOfCards(prisma, ids), (coverage) => coverage.cardId),
  };
}

export type CollectiveLoaders = ReturnType<typeof createCollectiveLoaders>;

// An organisation's lookup brings the page of its collectives along.
bringsAlong("Organisation", "collectives", (loaders) => loaders.collectives.membershipsOfOrganisation);

declare module "../core/context.ts" {
  interface Loaders {
    collectives: CollectiveLoaders;
  }
}
