// The loaders of every module, assembled for one request.
import type { PrismaClient } from "./database.ts";
import { createTerritoryLoaders } from "../territories/index.ts";

export function createLoaders(prisma: PrismaClient) {
  return {
    territories: createTerritoryLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
