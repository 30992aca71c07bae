import type { PrismaClient } from "../generated/prisma/client.ts";
import { recordLoader } from "../core/loader-factories.ts";
import { groupPageLoader } from "../core/group-pages.ts";
import { cooperationRows, organisationsByIds, peopleByIds, peopleRows } from "./organisation.service.ts";
import type { Cooperation, Person } from "./organisation.type.ts";
import { createContactReachLoader } from "./person.policy.ts";
import type { Viewer } from "../auth/viewer.ts";

export function createOrganisationLoaders(prisma: PrismaClient, viewer: Viewer | null = null) {
  return {
    byId: recordLoader((ids: readonly string[]) => organisationsByIds(prisma, ids), (organisation) => organisation.id),
    people: groupPageLoader<Person>(prisma, peopleRows),
    personById: recordLoader((ids: readonly string[]) => peopleByIds(prisma, ids), (person) => person.id),
    cooperations: groupPageLoader<Cooperation>(prisma, cooperationRows),
    contactReach: createContactReachLoader(prisma, viewer),
  };
}

export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
