// The loaders of every module, assembled for one request.
import type { PrismaClient } from "./database.ts";
import { createTerritoryLoaders } from "../territories/index.ts";
import { createOrganisationLoaders } from "../actors/index.ts";
import { createCollectiveLoaders } from "../collectives/index.ts";
import { createCotessLoaders } from "../cotess/index.ts";
import { createMaisonLoaders } from "../maisons/index.ts";
import { createEventLoaders } from "../events/index.ts";
import type { Viewer } from "../auth/viewer.ts";

export function createLoaders(prisma: PrismaClient, viewer: Viewer | null = null) {
  return {
    territories: createTerritoryLoaders(prisma),
    organisations: createOrganisationLoaders(prisma, viewer),
    collectives: createCollectiveLoaders(prisma),
    cotess: createCotessLoaders(prisma),
    maisons: createMaisonLoaders(prisma),
    events: createEventLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
