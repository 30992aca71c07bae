import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { sourceFieldResolver } from "../sources/source.resolver.ts";
import { Territory } from "../territories/territory.type.ts";
import { Organisation } from "../actors/organisation.type.ts";
import { listPolicies } from "./policy.service.ts";
import { TerritorialPolicy, TerritoryIndicator } from "./policy.type.ts";

@Resolver(() => TerritorialPolicy)
export class PolicyResolver {
  @Query(() => [TerritorialPolicy], { description: "ESS policies of the territory, of those inside it and of those containing it (all when no territory is given)." })
  policies(@Arg("territory", () => String, { nullable: true }) territory: string | undefined, @Ctx() { prisma }: Context) {
    return listPolicies(prisma, territory);
  }

  @FieldResolver(() => Territory, { description: "The collectivité's territory." })
  async territory(@Root() policy: TerritorialPolicy, @Ctx() { loaders }: Context) {
    return loaders.territories.byId.load(policy.territoryId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The collectivité, as an organisation." })
  collectivite(@Root() policy: TerritorialPolicy, @Ctx() { loaders }: Context) {
    return policy.collectiviteId === null ? null : loaders.organisations.byId.load(policy.collectiviteId);
  }
}

@Resolver(() => TerritoryIndicator)
export class TerritoryIndicatorResolver {
  @FieldResolver(() => Territory, { description: "The territory measured." })
  async territory(@Root() indicator: TerritoryIndicator, @Ctx() { loaders }: Context) {
    return loaders.territories.byId.load(indicator.territoryId);
  }
}

export const PolicySourceResolver = sourceFieldResolver(TerritorialPolicy);
export const IndicatorSourceResolver = sourceFieldResolver(TerritoryIndicator, "the figure is taken from");
