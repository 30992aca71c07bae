import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, nestedConnection } from "../core/pagination.ts";
import type { Context } from "../core/context.ts";
import { Evidence } from "../sources/source.type.ts";
import { evidenceOf } from "../sources/source.service.ts";
import { sourceFieldResolver } from "../sources/source.resolver.ts";
import { loadExisting } from "../core/loader-factories.ts";
import { Territory } from "../territories/territory.type.ts";
import { Organisation, Person } from "../actors/organisation.type.ts";
import { CotessMembershipInput } from "./cotess.inputs.ts";
import { mayManageCotessMembers } from "./cotess.access.ts";
import { addCotessMember, findCotess, listCotess, removeCotessMember } from "./cotess.service.ts";
import { CoAnimatorSeat, Cotess, CotessMember, CotessMemberConnection, MoisEssParticipation } from "./cotess.type.ts";

@Resolver(() => Cotess)
export class CotessResolver {
  @Mutation(() => CotessMember, { description: "Adds an organisation to a COTESS (its animators). Audited." })
  addCotessMember(@Arg("input", () => CotessMembershipInput) input: CotessMembershipInput, @Ctx() { prisma, viewer }: Context) {
    return addCotessMember(prisma, viewer, input);
  }

  @Mutation(() => Boolean, { description: "Removes an organisation from a COTESS (its animators). Audited." })
  removeCotessMember(@Arg("input", () => CotessMembershipInput) input: CotessMembershipInput, @Ctx() { prisma, viewer }: Context) {
    return removeCotessMember(prisma, viewer, input);
  }

  @Query(() => Cotess, { nullable: true, description: "The COTESS with this id, or null." })
  cotess(@Arg("id", () => ID) id: string, @Ctx() { prisma }: Context) {
    return findCotess(prisma, id);
  }

  @Query(() => [Cotess], { description: "The COTESS, or those whose territory overlaps the given one." })
  cotessList(@Arg("territory", () => String, { nullable: true }) territory: string | undefined, @Ctx() { prisma }: Context) {
    return listCotess(prisma, territory);
  }

  @FieldResolver(() => [Territory], { description: "Territories it covers (its agglomérations)." })
  async territories(@Root() cotess: Cotess, @Ctx() { loaders }: Context) {
    const links = await loaders.cotess.territories.load(cotess.id);
    return loadExisting(loaders.territories.byId, links.map((link) => link.territoryId));
  }

  @FieldResolver(() => [CoAnimatorSeat], { description: "Co-animator seats, two per agglomération." })
  coAnimators(@Root() cotess: Cotess, @Ctx() { loaders }: Context) {
    return loaders.cotess.seats.load(cotess.id);
  }

  @FieldResolver(() => CotessMemberConnection, { description: "Member organisations." })
  async members(@Root() cotess: Cotess, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.cotess.members.load({ key: cotess.id, first, after }));
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer may add and remove its members (its animators, platform admins)." })
  viewerCanManageMembers(@Root() cotess: Cotess, @Ctx() { viewer }: Context) {
    return mayManageCotessMembers(viewer, cotess.id);
  }

  @FieldResolver(() => [MoisEssParticipation], { description: "Its Mois de l'ESS, year by year." })
  moisEssParticipations(@Root() cotess: Cotess, @Ctx() { loaders }: Context) {
    return loaders.cotess.participations.load(cotess.id);
  }
}

@Resolver(() => CoAnimatorSeat)
export class CoAnimatorSeatResolver {
  @FieldResolver(() => Territory, { description: "The agglomération the seat stands for." })
  async agglomeration(@Root() seat: CoAnimatorSeat, @Ctx() { loaders }: Context) {
    return loaders.territories.byId.load(seat.territoryId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who holds the seat, when the sources name them." })
  person(@Root() seat: CoAnimatorSeat, @Ctx() { loaders }: Context) {
    return seat.personId === null ? null : loaders.organisations.personById.load(seat.personId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation the co-animator comes from." })
  organisation(@Root() seat: CoAnimatorSeat, @Ctx() { loaders }: Context) {
    return seat.organisationId === null ? null : loaders.organisations.byId.load(seat.organisationId);
  }
}

@Resolver(() => CotessMember)
export class CotessMemberResolver {
  @FieldResolver(() => Organisation, { description: "The member organisation." })
  async organisation(@Root() member: CotessMember, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(member.organisationId);
  }
}

@Resolver(() => MoisEssParticipation)
export class MoisEssParticipationResolver {
  @FieldResolver(() => Evidence, { description: "How that year's participation is known: stated by a document, or inferred (with the reason)." })
  evidence(@Root() participation: MoisEssParticipation) {
    return evidenceOf(participation);
  }
}

export const CotessSourceResolver = sourceFieldResolver(Cotess);
