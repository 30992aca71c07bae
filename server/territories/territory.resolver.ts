import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { PageArgs, nestedConnection, toConnection } from "../core/pagination.ts";
import { TerritoriesArgs, TerritoryArgs } from "./territory.inputs.ts";
import { communesOf, findTerritory, listTerritories, parentsOf, principalParent, type TerritoryRow } from "./territory.service.ts";
import { Territory, TerritoryConnection, TerritoryKind } from "./territory.type.ts";

@Resolver(() => Territory)
export class TerritoryResolver {
  @Query(() => Territory, { nullable: true, description: "The territory with this code, or null when there is none." })
  territory(@Args(() => TerritoryArgs) { code, kind }: TerritoryArgs, @Ctx() { prisma }: Context) {
    return findTerritory(prisma, code, kind);
  }

  @Query(() => TerritoryConnection, { description: "Territories, most populated first, filtered by level, name and container." })
  async territories(@Args(() => TerritoriesArgs) args: TerritoriesArgs, @Ctx() { prisma }: Context) {
    return toConnection(await listTerritories(prisma, args));
  }

  @FieldResolver(() => [Territory], { description: "The territories that contain this one, région first." })
  async parents(@Root() territory: TerritoryRow, @Ctx() { loaders }: Context) {
    return parentsOf(loaders, territory.id);
  }

  @FieldResolver(() => TerritoryConnection, {
    nullable: true,
    description: "The communes inside this EPCI, département or région, most populated first; null for a commune.",
  })
  async communes(@Root() territory: TerritoryRow, @Args(() => PageArgs) page: PageArgs, @Ctx() { loaders }: Context) {
    const communes = await communesOf(loaders, territory, page);
    return communes && nestedConnection(communes);
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The EPCI of a commune." })
  epci(@Root() territory: TerritoryRow, @Ctx() { loaders }: Context) {
    return principalParent(loaders, territory.id, TerritoryKind.EPCI);
  }

  @FieldResolver(() => Territory, {
    nullable: true,
    description: "The département of a commune or an EPCI (for an EPCI over several, the one where most of its inhabitants live).",
  })
  departement(@Root() territory: TerritoryRow, @Ctx() { loaders }: Context) {
    return principalParent(loaders, territory.id, TerritoryKind.DEPARTEMENT);
  }

  @FieldResolver(() => Territory, { nullable: true, description: "The région of a commune, an EPCI or a département." })
  region(@Root() territory: TerritoryRow, @Ctx() { loaders }: Context) {
    return principalParent(loaders, territory.id, TerritoryKind.REGION);
  }
}
