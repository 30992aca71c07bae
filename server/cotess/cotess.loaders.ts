import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader } from "../core/loader-factories.ts";
import { membersOfCotess, participationsOfCotess, seatsOfCotess, territoriesOfCotess } from "./cotess.service.ts";

export function createCotessLoaders(prisma: PrismaClient) {
  return {
    territories: groupLoader((ids: readonly string[]) => territoriesOfCotess(prisma, ids), (row) => row.cotessId),
    seats: groupLoader((ids: readonly string[]) => seatsOfCotess(prisma, ids), (row) => row.cotessId),
    members: groupLoader((ids: readonly string[]) => membersOfCotess(prisma, ids), (row) => row.cotessId),
    participations: groupLoader((ids: readonly string[]) => participationsOfCotess(prisma, ids), (row) => row.cotessId),
  };
}
