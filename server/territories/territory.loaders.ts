// Per-request batching of the territory relations: whatever the page size,
// parents, nested pages and counts cost one statement each.
import DataLoader from "dataloader";
import type { PrismaClient } from "../generated/prisma/client.ts";
import {
  countDescendantsOfMany,
  descendantPagesOfMany,
  parentsOfMany,
  type DescendantPageRequest,
  type ParentLink,
} from "./territory.service.ts";
import { TerritoryKind } from "./territory.type.ts";

export function createTerritoryLoaders(prisma: PrismaClient) {
  return {
    parents: new DataLoader<number, ParentLink[]>(async (ids) => {
      const byDescendant = new Map<number, ParentLink[]>();
      for (const link of await parentsOfMany(prisma, ids)) {
        byDescendant.set(link.descendantId, [...(byDescendant.get(link.descendantId) ?? []), link]);
      }
      return ids.map((id) => byDescendant.get(id) ?? []);
    }),
    descendantPage: new DataLoader(
      (requests: readonly DescendantPageRequest[]) => descendantPagesOfMany(prisma, requests),
      { cacheKeyFn: (request) => `${request.ancestorId}|${request.kind}|${request.first ?? ""}|${request.after ?? ""}` },
    ),
    communeCount: new DataLoader<number, number>(async (ids) => {
      const counts = await countDescendantsOfMany(prisma, TerritoryKind.COMMUNE, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
