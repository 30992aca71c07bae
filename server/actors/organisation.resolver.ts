import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { PageArgs, nestedConnection, toConnection } from "../core/pagination.ts";
import { pagesAlong } from "../core/group-pages.ts";
import { Territory } from "../territories/territory.type.ts";
import type { TerritoryRow } from "../territories/territory.service.ts";
import { Evidence } from "../sources/source.type.ts";
import { sourceFieldResolver } from "../sources/source.resolver.ts";
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from "./organisation.inputs.ts";
import {
  createOrganisation, findOrganisation, legalFormEvidence, listOrganisations, locatedIn, personalContact, updateOrganisation, type OrganisationRow,
} from "./organisation.service.ts";
import { Organisation, OrganisationConnection, Person, PersonConnection } from "./organisation.type.ts";
import { mayCreateOrganisation, mayUpdateOrganisation } from "./organisation.access.ts";

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
  organisation(@Arg("id", () => ID) id: string, @Ctx() { prisma, loaders }: Context, @Info() info: GraphQLResolveInfo) {
    // Its nested pages (collectives…) come in the same statement.
    return findOrganisation(prisma, id, pagesAlong(loaders, info, "Organisation", id));
  }

  @Query(() => Boolean, { description: "True when the viewer may add organisations (network animators)." })
  viewerCanAddOrganisation(@Ctx() { viewer }: Context) {
    return mayCreateOrganisation(viewer);
  }

  @Query(() => OrganisationConnection, { description: "Organisations in alphabetical order, filtered by territory, family, legal form, sector and name." })
  async organisations(@Args(() => OrganisationsArgs) { filter, first, after }: OrganisationsArgs, @Ctx() { prisma }: Context) {
    return toConnection(await listOrganisations(prisma, filter, { first, after }));
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer may change its record (network animators, its editors)." })
  viewerCanEdit(@Root() organisation: OrganisationRow, @Ctx() { viewer }: Context) {
    return mayUpdateOrganisation(viewer, organisation.id);
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The commune it is located in; null when unknown (see location)." })
  commune(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return organisation.communeId === null ? null : loaders.territories.byId.load(organisation.communeId);
  }

  @FieldResolver(() => Territory, {
    nullable: true,
    description: "Where it is located, as precisely as known: its commune, or the EPCI, département or région the documents place it in when its commune is unknown; null when nothing is known.",
  })
  location(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return organisation.locationId === null ? null : loaders.territories.byId.load(organisation.locationId);
  }

  @FieldResolver(() => Territory, { nullable: true, description: "For a collectivité: the territory it governs." })
  governs(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return organisation.governsId === null ? null : loaders.territories.byId.load(organisation.governsId);
  }

  @FieldResolver(() => Evidence, { nullable: true, description: "How its legal form is known (stated or inferred, with the quote or reason); null when it is unknown." })
  legalFormEvidence(@Root() organisation: OrganisationRow) {
    return legalFormEvidence(organisation);
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The EPCI it is located in (of its commune, or the one the documents place it in)." })
  epci(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return locatedIn(loaders, organisation, "EPCI");
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The département it is located in." })
  departement(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return locatedIn(loaders, organisation, "DEPARTEMENT");
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The région it is located in." })
  region(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return locatedIn(loaders, organisation, "REGION");
  }

  @FieldResolver(() => PersonConnection, { description: "People the sources name at this organisation, by name." })
  async people(@Root() organisation: OrganisationRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.organisations.people.load({ key: organisation.id, first, after }));
  }
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
  email(@Root() person: Person, @Ctx() { loaders }: Context) {
    return personalContact(loaders, person, "email");
  }

  @FieldResolver(() => String, { nullable: true, description: "Phone; same rule as the e-mail." })
  phone(@Root() person: Person, @Ctx() { loaders }: Context) {
    return personalContact(loaders, person, "phone");
  }
}

export const OrganisationSourceResolver = sourceFieldResolver(Organisation);
export const PersonSourceResolver = sourceFieldResolver(Person, "names them");

/** The collectivité side of a territory. */
@Resolver(() => Territory)
export class TerritoryCollectiviteResolver {
  @FieldResolver(() => [Organisation], { description: "The collectivités that govern it (its EPCI, département or région council, its commune)." })
  governedBy(@Root() territory: TerritoryRow, @Ctx() { loaders }: Context) {
    return loaders.organisations.governing.load(territory.id);
  }
}
