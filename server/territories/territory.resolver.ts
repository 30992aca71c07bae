import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { PageArgs, nestedConnection, toConnection } from "../core/pagination.ts";
import { TerritoriesArgs, TerritoryArgs } from "./territory.inputs.ts";
import { communesOf, findTerritory, listTerritories, neighboursOf, parentsOf, principalParent, type TerritoryRow } from "./territory.service.ts";
import { CONTOURS_ATTRIBUTION } from "./territory.contours.ts";
import { contourPath } from "./territory.maps.ts";
import { BoundingBox, GeoPoint, MapSettings, Territory, TerritoryConnection, TerritoryKind } from "./territory.type.ts";

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

  @Query(() => MapSettings, { description: "What the maps draw with: the operator's background tiles, if any, and the credits." })
  mapSettings(@Ctx() { mapTiles }: Context): MapSettings {
    return { tilesUrl: mapTiles?.url ?? null, tilesAttribution: mapTiles?.attribution ?? null, contoursAttribution: CONTOURS_ATTRIBUTION };
  }

  @FieldResolver(() => GeoPoint, { nullable: true, description: "The centre of its contour; null for the few territories without one (overseas collectivités, communes re-established since 2018)." })
  centroid(@Root() territory: TerritoryRow): GeoPoint | null {
    const [longitude, latitude] = territory.centroid;
    return territory.centroid.length ? { longitude, latitude } : null;
  }

  @FieldResolver(() => BoundingBox, { nullable: true, description: "The rectangle holding its contour, to frame a map; null without a contour." })
  boundingBox(@Root() territory: TerritoryRow): BoundingBox | null {
    const [west, south, east, north] = territory.boundingBox;
    return territory.boundingBox.length ? { west, south, east, north } : null;
  }

  @FieldResolver(() => [Territory], { description: "The territories of its level sharing a border with it, by name (from the contours' topology)." })
  neighbours(@Root() territory: TerritoryRow, @Ctx() { loaders }: Context) {
    return neighboursOf(loaders, territory.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "Path of its contour as GeoJSON (RFC 7946, WGS 84), for QGIS; null without a contour." })
  contourPath(@Root() territory: TerritoryRow) {
    return contourPath(territory, "contour");
  }

  @FieldResolver(() => String, { nullable: true, description: "Path of the contours of its communes as GeoJSON, with their population and EPCI; null without a contour." })
  communesContourPath(@Root() territory: TerritoryRow) {
    return contourPath(territory, "communes");
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
