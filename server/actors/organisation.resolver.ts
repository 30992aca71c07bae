import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { CreateOrganisationInput, UpdateOrganisationInput } from "./organisation.write.inputs.ts";
import { createOrganisation, updateOrganisation } from "./organisation.write.ts";
import type { Context } from "../core/context.ts";
import { PageArgs, nestedConnection, toConnection } from "../core/pagination.ts";
import { Territory } from "../territories/territory.type.ts";
import { Collective, ReferentialCard } from "../collectives/collective.type.ts";
import { OrganisationsArgs } from "./organisation.inputs.ts";
import { findOrganisation, listOrganisations, type OrganisationRow } from "./organisation.service.ts";
import { Cooperation, CooperationConnection, Organisation, OrganisationConnection, Person, PersonConnection } from "./organisation.type.ts";
import { maySeePersonalContacts } from "./person.policy.ts";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Mutation(() => Organisation, { description: "Adds an organisation (network animators). Audited." })
  createOrganisation(@Arg("input", () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() { prisma, viewer }: Context) {
    return createOrganisation(prisma, viewer, input);
  }

  @Mutation(() => Organisation, { description: "Changes an organisation's record (network animators, its editors). Audited." })
  updateOrganisation(@Arg("input", () => UpdateOrganisationInput) input: UpdateOrganisationInput, @Ctx() { prisma, viewer }: Context) {
    return updateOrganisation(prisma, viewer, input);
  }

  @Query(() => Organisation, { nullable: true, description: "The organisation with this id, or null." })
  organisation(@Arg("id", () => ID) id: string, @Ctx() { prisma }: Context) {
    return findOrganisation(prisma, id);
  }

  @Query(() => OrganisationConnection, { description: "Organisations in alphabetical order, filtered by territory, family, legal form, sector and name." })
  async organisations(@Args(() => OrganisationsArgs) { filter, first, after }: OrganisationsArgs, @Ctx() { prisma }: Context) {
    return toConnection(await listOrganisations(prisma, filter, { first, after }));
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The commune it is located in." })
  commune(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return organisation.communeId === null ? null : loaders.territories.byId.load(organisation.communeId);
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The EPCI of its commune." })
  epci(@Root() organisation: OrganisationRow, @Ctx() context: Context) {
    return parentOfCommune(organisation, "EPCI", context);
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The département of its commune." })
  departement(@Root() organisation: OrganisationRow, @Ctx() context: Context) {
    return parentOfCommune(organisation, "DEPARTEMENT", context);
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The région of its commune." })
  region(@Root() organisation: OrganisationRow, @Ctx() context: Context) {
    return parentOfCommune(organisation, "REGION", context);
  }

  @FieldResolver(() => PersonConnection, { description: "People the sources name at this organisation, by name." })
  async people(@Root() organisation: OrganisationRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.organisations.people.load({ key: organisation.id, first, after }));
  }

  @FieldResolver(() => CooperationConnection, { description: "Its ties with other organisations, stated or through a shared collective, by kind." })
  async cooperations(@Root() organisation: OrganisationRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.organisations.cooperations.load({ key: organisation.id, first, after }));
  }

  @FieldResolver(() => ReferentialCard, { nullable: true, description: "Its card in the cooperation referential, for a structure d'appui." })
  card(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return organisation.cardId === null ? null : loaders.collectives.card.load(organisation.cardId);
  }
}

async function parentOfCommune(organisation: OrganisationRow, kind: string, { loaders }: Context) {
  if (organisation.communeId === null) return null;
  const links = await loaders.territories.parents.load(organisation.communeId);
  return links.find((link) => link.principal && link.territory.kind === kind)?.territory ?? null;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation they act for." })
  organisation(@Root() person: Person, @Ctx() { loaders }: Context) {
    return person.organisationId === null ? null : loaders.organisations.byId.load(person.organisationId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "E-mail; null unless the viewer animates a network, edits the person's organisation or is an agent of its territory.",
  })
  async email(@Root() person: Person, @Ctx() { loaders }: Context) {
    return (await maySeePersonalContacts(loaders, person.organisationId)) ? person.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Phone; same rule as the e-mail." })
  async phone(@Root() person: Person, @Ctx() { loaders }: Context) {
    return (await maySeePersonalContacts(loaders, person.organisationId)) ? person.phone : null;
  }
}

@Resolver(() => Cooperation)
export class CooperationResolver {
  @FieldResolver(() => Organisation, { description: "The other organisation of the tie." })
  async partner(@Root() tie: Cooperation, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(tie.partnerId);
  }

  @FieldResolver(() => Collective, { nullable: true, description: "The collective the tie comes from or belongs to." })
  collective(@Root() tie: Cooperation, @Ctx() { loaders }: Context) {
    return tie.collectiveId === null ? null : loaders.collectives.byId.load(tie.collectiveId);
  }
}
