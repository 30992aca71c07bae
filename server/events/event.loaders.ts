// Per-request batching of the events' relations.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { givenGroupLoader, groupLoader, recordLoader } from "../core/loader-factories.ts";
import DataLoader from "dataloader";
import { clashesOfEdition, type Clash } from "./event.clashes.ts";
import { editionsByIds, eventsOutsideTheirEdition, territoryIdsOfEditions } from "./edition.service.ts";
import { coOrganisersOfEvents, eventsByIds, sessionsOfEvents, visibleEventIds } from "./event.service.ts";
import type { Viewer } from "../core/viewer.ts";

export function createEventLoaders(prisma: PrismaClient, viewer: Viewer | null) {
  return {
    editionById: recordLoader((ids: readonly string[]) => editionsByIds(prisma, ids), (row) => row.id),
    /** Events by id if the viewer may read them (the other side of a clash), else null. */
    visibleEventById: recordLoader(async (ids: readonly string[]) => {
      const visible = await visibleEventIds(prisma, viewer, ids);
      return eventsByIds(prisma, ids.filter((id) => visible.has(id)));
    }, (row) => row.id),
    /** Its sessions in order; given by listEvents for the events of a page. */
    sessions: givenGroupLoader((ids: readonly string[]) => sessionsOfEvents(prisma, ids), (row) => row.eventId),
    /** Lead first, then partners, venue hosts, funders (the enum's order); given by listEvents too. */
    coOrganisers: givenGroupLoader((ids: readonly string[]) => coOrganisersOfEvents(prisma, ids), (row) => row.eventId),
    // The clashes of each event of a list: one sweep of each edition for
    // several events, the focused query for a single one (the event form).
    clashes: new DataLoader<{ id: string; editionId: string; status: string }, Clash[], string>(
      async (events) => {
        // A draft is not in the edition's sweep: it gets the focused query.
        const focused = (event: { id: string; editionId: string; status: string }) => events.length === 1 || event.status === "DRAFT";
        const byEdition = new Map<string, Clash[]>();
        for (const editionId of new Set(events.filter((event) => !focused(event)).map((event) => event.editionId))) {
          byEdition.set(editionId, await clashesOfEdition(prisma, editionId));
        }
        return Promise.all(events.map(async (event) => focused(event) ? clashesOfEdition(prisma, event.editionId, { eventId: event.id }) :
          byEdition.get(event.editionId)!
            .filter((clash) => clash.first.eventId === event.id || clash.second.eventId === event.id)
            // The event asked about comes first, as in a mutation's warnings.
            .map((clash) => (clash.first.eventId === event.id ? clash : { ...clash, first: clash.second, second: clash.first }))));
      },
      { cacheKeyFn: (event) => event.id },
    ),
    /** Whether each event's commune lies outside its edition's scope. */
    outsideEdition: new DataLoader<string, boolean>(async (ids) => {
      const outside = await eventsOutsideTheirEdition(prisma, ids);
      return ids.map((id) => outside.has(id));
    }),
    editionTerritories: groupLoader((ids: readonly string[]) => territoryIdsOfEditions(prisma, ids), (row) => row.editionId),
  };
}

export type EventLoaders = ReturnType<typeof createEventLoaders>;

declare module "../core/context.ts" {
  interface Loaders {
    events: EventLoaders;
  }
}
