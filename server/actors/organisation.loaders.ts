// Per-request batching of organisations and their people.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { bringsAlong, groupPageLoader } from "../core/group-pages.ts";
import type { Viewer } from "../core/viewer.ts";
import { organisationsByIds, peopleByIds, peopleRows } from "./organisation.service.ts";
import type { Person } from "./organisation.type.ts";
import { createContactReachLoader } from "./organisation.access.ts";

export function createOrganisationLoaders(prisma: PrismaClient, viewer: Viewer | null) {
  return {
    byId: recordLoader((ids: readonly string[]) => organisationsByIds(prisma, ids), (organisation) => organisation.id),
    people: groupPageLoader<Person>(prisma, peopleRows),
    personById: recordLoader((ids: readonly string[]) => peopleByIds(prisma, ids), (person) => person.id),
    contactReach: createContactReachLoader(prisma, viewer),
    /** The collectivités governing each territory. */
    governing: groupLoader((ids: readonly number[]) => prisma.organisation.findMany({ where: { governsId: { in: [...ids] } }, orderBy: { name: "asc" } }), (row) => row.governsId!),
  };
}

export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;

// An organisation's lookup brings the page of its people along.
bringsAlong("Organisation", "people", (loaders) => loaders.organisations.people);

declare module "../core/context.ts" {
  interface Loaders {
    organisations: OrganisationLoaders;
  }
}
