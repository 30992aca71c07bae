// Per-request batching of the territory relations: whatever the page size,
// parents and nested pages (with their totals) cost one statement each.
import DataLoader from "dataloader";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { recordLoader } from "../core/loader-factories.ts";
import {
  territoriesByIds,
  descendantPagesOfMany,
  parentsOfMany,
  neighboursOfMany,
  type DescendantPageRequest,
  type ParentLink,
  type TerritoryRow,
} from "./territory.service.ts";

export function createTerritoryLoaders(prisma: PrismaClient) {
  return {
    byId: recordLoader((ids: readonly number[]) => territoriesByIds(prisma, ids), (territory) => territory.id),
    parents: new DataLoader<number, ParentLink[]>(async (ids) => {
      const byDescendant = new Map<number, ParentLink[]>();
      for (const link of await parentsOfMany(prisma, ids)) {
        const links = byDescendant.get(link.descendantId);
        if (links) links.push(link);
        else byDescendant.set(link.descendantId, [link]);
      }
      return ids.map((id) => byDescendant.get(id) ?? []);
    }),
    neighbours: new DataLoader<number, TerritoryRow[]>((ids) => neighboursOfMany(prisma, ids)),
    descendantPage: new DataLoader(
      (requests: readonly DescendantPageRequest[]) => descendantPagesOfMany(prisma, requests),
      { cacheKeyFn: (request) => `${request.ancestorId}|${request.kind}|${request.first ?? ""}|${request.after ?? ""}` },
    ),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;

declare module "../core/context.ts" {
  interface Loaders {
    territories: TerritoryLoaders;
  }
}
