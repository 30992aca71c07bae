import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { groupPageLoader } from "../core/group-pages.ts";
import { cotessByIds, memberRows, participationsOfCotess, seatsOfCotess, territoriesOfCotess } from "./cotess.service.ts";
import type { CotessMember } from "./cotess.type.ts";

export function createCotessLoaders(prisma: PrismaClient) {
  return {
    byId: recordLoader((ids: readonly string[]) => cotessByIds(prisma, ids), (row) => row.id),
    territories: groupLoader((ids: readonly string[]) => territoriesOfCotess(prisma, ids), (row) => row.cotessId),
    seats: groupLoader((ids: readonly string[]) => seatsOfCotess(prisma, ids), (row) => row.cotessId),
    members: groupPageLoader<CotessMember>(prisma, memberRows),
    participations: groupLoader((ids: readonly string[]) => participationsOfCotess(prisma, ids), (row) => row.cotessId),
  };
}

export type CotessLoaders = ReturnType<typeof createCotessLoaders>;

declare module "../core/context.ts" {
  interface Loaders {
    cotess: CotessLoaders;
  }
}
