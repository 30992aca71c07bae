import type { PrismaClient } from "../generated/prisma/client.ts";
import { recordLoader } from "../core/loader-factories.ts";
import { sourcesByIds } from "./source.service.ts";

export function createSourceLoaders(prisma: PrismaClient) {
  return {
    byId: recordLoader((ids: readonly string[]) => sourcesByIds(prisma, ids), (row) => row.id),
  };
}

export type SourceLoaders = ReturnType<typeof createSourceLoaders>;

declare module "../core/context.ts" {
  interface Loaders {
    sources: SourceLoaders;
  }
}
