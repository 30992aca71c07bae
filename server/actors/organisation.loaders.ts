import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { groupPageLoader } from "../core/group-pages.ts";
import { cooperationRows, organisationsByIds, peopleByIds, peopleOfOrganisations } from "./organisation.service.ts";
import type { Cooperation } from "./organisation.type.ts";

export function createOrganisationLoaders(prisma: PrismaClient) {
  return {
    byId: recordLoader((ids: readonly string[]) => organisationsByIds(prisma, ids), (organisation) => organisation.id),
    people: groupLoader((ids: readonly string[]) => peopleOfOrganisations(prisma, ids), (person) => person.organisationId!),
    personById: recordLoader((ids: readonly string[]) => peopleByIds(prisma, ids), (person) => person.id),
    cooperations: groupPageLoader<Cooperation>(prisma, cooperationRows),
  };
}

export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
