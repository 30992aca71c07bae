import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { Evidence } from "../sources/source.type.ts";
import { evidenceOf } from "../sources/source.service.ts";
import { sourceFieldResolver } from "../sources/source.resolver.ts";
import { loadExisting } from "../core/loader-factories.ts";
import { PageArgs, nestedConnection, toConnection } from "../core/pagination.ts";
import { Territory } from "../territories/territory.type.ts";
import { Organisation } from "../actors/organisation.type.ts";
import type { OrganisationRow } from "../actors/organisation.service.ts";
import { CollectiveInput, CollectiveMembershipInput, CollectivesArgs } from "./collective.inputs.ts";
import {
  addCollectiveMember, findCollective, listCollectives, removeCollectiveMember, saveCollective, type CollectiveRow,
} from "./collective.service.ts";
import { Collective, CollectiveConnection, CollectiveMembership, CollectiveMembershipConnection, ReferentialCard } from "./collective.type.ts";

@Resolver(() => Collective)
export class CollectiveResolver {
  @Mutation(() => Collective, { description: "Creates a collective or changes it (network animators). Audited." })
  saveCollective(@Arg("input", () => CollectiveInput) input: CollectiveInput, @Ctx() { prisma, viewer }: Context) {
    return saveCollective(prisma, viewer, input);
  }

  @Mutation(() => CollectiveMembership, { description: "Adds an organisation to a collective with a role (network animators). Audited." })
  addCollectiveMember(@Arg("input", () => CollectiveMembershipInput) input: CollectiveMembershipInput, @Ctx() { prisma, viewer }: Context) {
    return addCollectiveMember(prisma, viewer, input);
  }

  @Mutation(() => Boolean, { description: "Removes an organisation's role in a collective (network animators). Audited." })
  removeCollectiveMember(@Arg("input", () => CollectiveMembershipInput) input: CollectiveMembershipInput, @Ctx() { prisma, viewer }: Context) {
    return removeCollectiveMember(prisma, viewer, input);
  }

  @Query(() => Collective, { nullable: true, description: "The collective with this id, or null." })
  collective(@Arg("id", () => ID) id: string, @Ctx() { prisma }: Context) {
    return findCollective(prisma, id);
  }

  @Query(() => CollectiveConnection, { description: "Collectives by name, filtered by territory, kind, sector and member." })
  async collectives(@Args(() => CollectivesArgs) { filter, first, after }: CollectivesArgs, @Ctx() { prisma }: Context) {
    return toConnection(await listCollectives(prisma, filter, { first, after }));
  }

  @FieldResolver(() => Evidence, { nullable: true, description: "How its legal structure is known; null when it is unknown." })
  structureEvidence(@Root() collective: CollectiveRow) {
    return collective.structure === null ? null : evidenceOf({ certainty: collective.structureCertainty, basis: collective.structureBasis, sourceId: collective.sourceId });
  }

  @FieldResolver(() => ReferentialCard, { nullable: true, description: "Its card in the cooperation referential." })
  card(@Root() collective: CollectiveRow, @Ctx() { loaders }: Context) {
    return collective.cardId === null ? null : loaders.collectives.card.load(collective.cardId);
  }

  @FieldResolver(() => CollectiveMembershipConnection, { description: "Its members and their roles, by role." })
  async members(@Root() collective: CollectiveRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.collectives.members.load({ key: collective.id, first, after }));
  }
}

@Resolver(() => CollectiveMembership)
export class CollectiveMembershipResolver {
  @FieldResolver(() => Evidence, { description: "How the membership and its role are known: stated, or inferred (with the reason)." })
  evidence(@Root() membership: CollectiveMembership) {
    return evidenceOf(membership);
  }

  @FieldResolver(() => Organisation, { description: "The member." })
  async organisation(@Root() membership: CollectiveMembership, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(membership.organisationId);
  }

  @FieldResolver(() => Collective, { description: "The collective." })
  async collective(@Root() membership: CollectiveMembership, @Ctx() { loaders }: Context) {
    return loaders.collectives.byId.load(membership.collectiveId);
  }
}

@Resolver(() => ReferentialCard)
export class ReferentialCardResolver {
  @FieldResolver(() => [Territory], { description: "Territories the card covers." })
  async coverage(@Root() card: ReferentialCard, @Ctx() { loaders }: Context) {
    const links = await loaders.collectives.coverage.load(card.id);
    return loadExisting(loaders.territories.byId, links.map((link) => link.territoryId));
  }
}

/** The collectives side of an organisation. */
@Resolver(() => Organisation)
export class OrganisationCollectivesResolver {
  @FieldResolver(() => CollectiveMembershipConnection, { description: "Collectives it is a member of, with its role." })
  async collectives(@Root() organisation: OrganisationRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.collectives.membershipsOfOrganisation.load({ key: organisation.id, first, after }));
  }

  @FieldResolver(() => ReferentialCard, { nullable: true, description: "Its card in the cooperation referential, for a structure d'appui." })
  card(@Root() organisation: OrganisationRow, @Ctx() { loaders }: Context) {
    return organisation.cardId === null ? null : loaders.collectives.card.load(organisation.cardId);
  }
}

export const CollectiveSourceResolver = sourceFieldResolver(Collective);
export const ReferentialCardSourceResolver = sourceFieldResolver(ReferentialCard, "the card is printed in");
