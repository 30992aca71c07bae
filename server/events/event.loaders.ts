// Per-request batching of the events' relations.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import type { Viewer } from "../auth/viewer.ts";
import { editionsByIds, territoryIdsOfEditions } from "./edition.service.ts";
import { eventsByIds } from "./event.service.ts";

export function createEventLoaders(prisma: PrismaClient, _viewer: Viewer | null) {
  return {
    editionById: recordLoader((ids: readonly string[]) => editionsByIds(prisma, ids), (row) => row.id),
    // Unfiltered: used for the sides of a clash, which only signed-in viewers list.
    eventById: recordLoader((ids: readonly string[]) => eventsByIds(prisma, ids), (row) => row.id),
    sessions: groupLoader(
      (ids: readonly string[]) => prisma.eventSession.findMany({ where: { eventId: { in: [...ids] } }, orderBy: [{ eventId: "asc" }, { position: "asc" }] }),
      (row) => row.eventId,
    ),
    coOrganisers: groupLoader(
      // Lead first, then partners, venue hosts, funders (the enum's order).
      (ids: readonly string[]) => prisma.eventCoOrganiser.findMany({ where: { eventId: { in: [...ids] } }, orderBy: [{ role: "asc" }, { organisationId: "asc" }] }),
      (row) => row.eventId,
    ),
    editionTerritories: groupLoader((ids: readonly string[]) => territoryIdsOfEditions(prisma, ids), (row) => row.editionId),
  };
}
