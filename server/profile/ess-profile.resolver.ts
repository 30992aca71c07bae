import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { Territory } from "../territories/territory.type.ts";
import type { TerritoryRow } from "../territories/territory.service.ts";
import { essProfileOf } from "./ess-profile.service.ts";
import { CommuneCount, EssProfile } from "./ess-profile.type.ts";

@Resolver(() => Territory)
export class EssProfileResolver {
  @FieldResolver(() => EssProfile, { description: "The ESS of this territory: actors, jobs, collectives, COTESS, Maisons, policies, indicators." })
  essProfile(@Root() territory: TerritoryRow, @Ctx() { prisma }: Context) {
    return essProfileOf(prisma, territory.id);
  }
}

@Resolver(() => CommuneCount)
export class CommuneCountResolver {
  @FieldResolver(() => Territory, { description: "The commune." })
  commune(@Root() count: CommuneCount, @Ctx() { loaders }: Context) {
    return loaders.territories.byId.load(count.communeId);
  }
}
