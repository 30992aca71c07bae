import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, nestedConnection } from "../core/pagination.ts";
import { CharterSignatureInput } from "./maison.inputs.ts";
import { removeCharterSignature, signCharter } from "./charter.service.ts";
import type { Context } from "../core/context.ts";
import { Evidence } from "../sources/source.type.ts";
import { evidenceOf } from "../sources/source.service.ts";
import { sourceFieldResolver } from "../sources/source.resolver.ts";
import { Territory } from "../territories/territory.type.ts";
import { Organisation } from "../actors/organisation.type.ts";
import type { OrganisationRow } from "../actors/organisation.service.ts";
import { findMaison, listMaisons } from "./maison.service.ts";
import { mayManageCharter } from "./maison.access.ts";
import {
  Charter, CharterSignature, CharterSignatureConnection, Maison, MaisonPhase, MaisonRole, MaisonRoleConnection, MaisonSpace, MaisonStatement, Shareholding,
  ShareholdingConnection,
} from "./maison.type.ts";

@Resolver(() => Maison)
export class MaisonResolver {
  @Mutation(() => CharterSignature, { description: "Records an organisation's signature of a Maison's charter (its animators). Audited." })
  signCharter(@Arg("input", () => CharterSignatureInput) input: CharterSignatureInput, @Ctx() { prisma, viewer }: Context) {
    return signCharter(prisma, viewer, input);
  }

  @Mutation(() => Boolean, { description: "Removes a signature of a Maison's charter (its animators). Audited." })
  removeCharterSignature(@Arg("input", () => CharterSignatureInput) input: CharterSignatureInput, @Ctx() { prisma, viewer }: Context) {
    return removeCharterSignature(prisma, viewer, input);
  }

  @Query(() => Maison, { nullable: true, description: "The Maison de l'ESS with this id, or null." })
  maison(@Arg("id", () => ID) id: string, @Ctx() { prisma }: Context) {
    return findMaison(prisma, id);
  }

  @Query(() => [Maison], { description: "The Maisons de l'ESS, or those located in the given territory." })
  maisons(@Arg("territory", () => String, { nullable: true }) territory: string | undefined, @Ctx() { prisma }: Context) {
    return listMaisons(prisma, territory);
  }

  @FieldResolver(() => Territory, { description: "The commune it stands in." })
  async commune(@Root() maison: Maison, @Ctx() { loaders }: Context) {
    return loaders.territories.byId.load(maison.communeId);
  }

  @FieldResolver(() => MaisonRoleConnection, { description: "Its legal architecture, hosted structures and ecosystem, by role." })
  async roles(@Root() maison: Maison, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.maisons.roles.load({ key: maison.id, first, after }));
  }

  @FieldResolver(() => [MaisonSpace], { description: "Its spaces." })
  spaces(@Root() maison: Maison, @Ctx() { loaders }: Context) {
    return loaders.maisons.spaces.load(maison.id);
  }

  @FieldResolver(() => [MaisonPhase], { description: "Its opening phases." })
  phases(@Root() maison: Maison, @Ctx() { loaders }: Context) {
    return loaders.maisons.phases.load(maison.id);
  }

  @FieldResolver(() => Charter, { nullable: true, description: "Its charter." })
  charter(@Root() maison: Maison, @Ctx() { loaders }: Context) {
    return loaders.maisons.charter.load(maison.id);
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer may record and remove signatures of its charter (its animators, platform admins)." })
  viewerCanManageCharter(@Root() maison: Maison, @Ctx() { viewer }: Context) {
    return mayManageCharter(viewer, maison.id);
  }

  @FieldResolver(() => [MaisonStatement], { description: "What it says of itself (independence, openness, democratic functioning…), quoted from the documents." })
  statements(@Root() maison: Maison, @Ctx() { loaders }: Context) {
    return loaders.maisons.statements.load(maison.id);
  }
}

@Resolver(() => MaisonRole)
export class MaisonRoleResolver {
  @FieldResolver(() => Organisation, { description: "The organisation." })
  async organisation(@Root() role: MaisonRole, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(role.organisationId);
  }

  @FieldResolver(() => Maison, { description: "The Maison." })
  async maison(@Root() role: MaisonRole, @Ctx() { loaders }: Context) {
    return loaders.maisons.byId.load(role.maisonId);
  }
}

@Resolver(() => MaisonSpace)
export class MaisonSpaceResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "Who runs it (the restaurant's association…)." })
  operator(@Root() space: MaisonSpace, @Ctx() { loaders }: Context) {
    return space.operatorId === null ? null : loaders.organisations.byId.load(space.operatorId);
  }
}

@Resolver(() => Charter)
export class CharterResolver {
  @FieldResolver(() => CharterSignatureConnection, { description: "Who signed it, earliest first." })
  async signatures(@Root() charter: Charter, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.maisons.signatures.load({ key: charter.id, first, after }));
  }
}

@Resolver(() => CharterSignature)
export class CharterSignatureResolver {
  @FieldResolver(() => Evidence, { description: "How the signature is known: recorded or stated by a document, or inferred (with the reason)." })
  evidence(@Root() signature: CharterSignature) {
    return evidenceOf(signature);
  }

  @FieldResolver(() => Organisation, { description: "The signatory." })
  async organisation(@Root() signature: CharterSignature, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(signature.organisationId);
  }
}

@Resolver(() => Shareholding)
export class ShareholdingResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "Who holds the shares; null when the document describes the holder without naming it (see holderLabel)." })
  holder(@Root() holding: Shareholding, @Ctx() { loaders }: Context) {
    return holding.holderId === null ? null : loaders.organisations.byId.load(holding.holderId);
  }

  @FieldResolver(() => Evidence, { description: "How the sociétariat is known: stated by a document, or inferred (with the reason)." })
  evidence(@Root() holding: Shareholding) {
    return evidenceOf(holding);
  }

  @FieldResolver(() => Organisation, { description: "The company." })
  async company(@Root() holding: Shareholding, @Ctx() { loaders }: Context) {
    return loaders.organisations.byId.load(holding.companyId);
  }
}

/** The Maison and capital side of an organisation. */
@Resolver(() => Organisation)
export class OrganisationCapitalResolver {
  @FieldResolver(() => ShareholdingConnection, { description: "Who holds its capital (a SCIC's sociétaires)." })
  async shareholders(@Root() organisation: OrganisationRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.maisons.shareholders.load({ key: organisation.id, first, after }));
  }

  @FieldResolver(() => ShareholdingConnection, { description: "The companies it holds shares in (the SCIC of a Maison it is sociétaire of)." })
  async holdings(@Root() organisation: OrganisationRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.maisons.holdings.load({ key: organisation.id, first, after }));
  }

  @FieldResolver(() => MaisonRoleConnection, { description: "The Maisons de l'ESS it takes part in, and how (hosted, owner, ecosystem…)." })
  async maisonRoles(@Root() organisation: OrganisationRow, @Args(() => PageArgs) { first, after }: PageArgs, @Ctx() { loaders }: Context) {
    return nestedConnection(await loaders.maisons.rolesOfOrganisation.load({ key: organisation.id, first, after }));
  }
}

export const MaisonSourceResolver = sourceFieldResolver(Maison);
export const MaisonRoleSourceResolver = sourceFieldResolver(MaisonRole, "the role comes from");
export const MaisonStatementSourceResolver = sourceFieldResolver(MaisonStatement, "it is quoted from");
