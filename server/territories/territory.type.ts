import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { EpciNature, TerritoryKind } from "../generated/prisma/enums.ts";
import { connectionTypes } from "../core/pagination.ts";

export { EpciNature, TerritoryKind };

registerEnumType(TerritoryKind, {
  name: "TerritoryKind",
  description: "Level of the official administrative map.",
  valuesConfig: {
    REGION: { description: "Région (INSEE code, e.g. 32 for Hauts-de-France)." },
    DEPARTEMENT: { description: "Département (INSEE code, e.g. 62 for Pas-de-Calais)." },
    EPCI: { description: "Intercommunalité à fiscalité propre (SIREN, e.g. 246200364 for the CA de Lens-Liévin)." },
    COMMUNE: { description: "Commune (INSEE code, e.g. 62498 for Lens)." },
  },
});

registerEnumType(EpciNature, {
  name: "EpciNature",
  description: "Legal nature of an EPCI.",
  valuesConfig: {
    METROPOLE: { description: "Métropole." },
    METROPOLE_DE_LYON: { description: "Métropole de Lyon (collectivité à statut particulier)." },
    COMMUNAUTE_URBAINE: { description: "Communauté urbaine (CU)." },
    COMMUNAUTE_AGGLOMERATION: { description: "Communauté d'agglomération (CA)." },
    COMMUNAUTE_COMMUNES: { description: "Communauté de communes (CC)." },
  },
});

@ObjectType({
  description: "A région, département, EPCI or commune of the official administrative map.",
  // Plain properties: graphql-js reads them without type-graphql's wrapper.
  simpleResolvers: true,
})
export class Territory {
  // Internal key, used by loaders; not part of the API.
  id!: number;

  @Field(() => String, { description: "INSEE code (commune, département, région) or SIREN (EPCI)." })
  code!: string;

  @Field(() => String, { description: "Official name." })
  name!: string;

  @Field(() => TerritoryKind, { description: "Level of the territory." })
  kind!: TerritoryKind;

  @Field(() => Int, { description: "Population (municipale) from the official list; summed over communes for départements and régions." })
  population!: number;

  @Field(() => EpciNature, { nullable: true, description: "Legal nature, for an EPCI." })
  epciNature!: EpciNature | null;

  @Field(() => [String], { description: "Postal codes, for a commune." })
  postalCodes!: string[];
}

@ObjectType({ description: "A point on the map, in WGS 84 degrees.", simpleResolvers: true })
export class GeoPoint {
  @Field(() => Float, { description: "Longitude (east of Greenwich positive)." })
  longitude!: number;

  @Field(() => Float, { description: "Latitude." })
  latitude!: number;
}

@ObjectType({ description: "The smallest rectangle holding a contour, in WGS 84 degrees.", simpleResolvers: true })
export class BoundingBox {
  @Field(() => Float, { description: "Westernmost longitude." })
  west!: number;

  @Field(() => Float, { description: "Southernmost latitude." })
  south!: number;

  @Field(() => Float, { description: "Easternmost longitude." })
  east!: number;

  @Field(() => Float, { description: "Northernmost latitude." })
  north!: number;
}

@ObjectType({ description: "What the maps of the app draw with.", simpleResolvers: true })
export class MapSettings {
  @Field(() => String, { nullable: true, description: "Background raster tiles (XYZ template with {z}, {x}, {y}) set by the operator (MAP_TILES_URL); null: the maps show the contours alone." })
  tilesUrl!: string | null;

  @Field(() => String, { nullable: true, description: "Credit for those tiles (MAP_TILES_ATTRIBUTION)." })
  tilesAttribution!: string | null;

  @Field(() => String, { description: "Credit for the contours, to show on every map." })
  contoursAttribution!: string;
}

export const { Connection: TerritoryConnection, Edge: TerritoryEdge } = connectionTypes(Territory, "Territory");
