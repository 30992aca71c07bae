import type { PrismaClient } from "../generated/prisma/client.ts";
import { groupLoader, recordLoader } from "../core/loader-factories.ts";
import { cooperationsOfMany, organisationsByIds, peopleByIds, peopleOfOrganisations } from "./organisation.service.ts";

export function createOrganisationLoaders(prisma: PrismaClient) {
  return {
    byId: recordLoader((ids: readonly string[]) => organisationsByIds(prisma, ids), (organisation) => organisation.id),
    people: groupLoader((ids: readonly string[]) => peopleOfOrganisations(prisma, ids), (person) => person.organisationId!),
    personById: recordLoader((ids: readonly string[]) => peopleByIds(prisma, ids), (person) => person.id),
    cooperations: groupLoader((ids: readonly string[]) => cooperationsOfMany(prisma, ids), (tie) => tie.organisationId),
  };
}

export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
