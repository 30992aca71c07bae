import { Field, Int, ObjectType } from "type-graphql";
import { EssFamily, LegalForm, Sector } from "../actors/organisation.type.ts";
import { CollectiveKind } from "../collectives/collective.type.ts";
import { Cotess } from "../cotess/cotess.type.ts";
import { Maison } from "../maisons/maison.type.ts";
import { TerritorialPolicy, TerritoryIndicator } from "../policies/policy.type.ts";

@ObjectType({ description: "Organisations and jobs of one ESS family.", simpleResolvers: true })
export class FamilyCount {
  @Field(() => EssFamily, { description: "Family." })
  family!: EssFamily;

  @Field(() => Int, { description: "Organisations." })
  organisations!: number;

  @Field(() => Int, { description: "Jobs of those whose headcount is known." })
  jobs!: number;
}

@ObjectType({ description: "Organisations of one legal form.", simpleResolvers: true })
export class LegalFormCount {
  @Field(() => LegalForm, { description: "Legal form." })
  legalForm!: LegalForm;

  @Field(() => Int, { description: "Organisations." })
  organisations!: number;
}

@ObjectType({ description: "Organisations active in one sector.", simpleResolvers: true })
export class SectorCount {
  @Field(() => Sector, { description: "Sector." })
  sector!: Sector;

  @Field(() => Int, { description: "Organisations (one may count in several sectors)." })
  organisations!: number;
}

@ObjectType({ description: "Collectives of one kind.", simpleResolvers: true })
export class CollectiveKindCount {
  @Field(() => CollectiveKind, { description: "Kind." })
  kind!: CollectiveKind;

  @Field(() => Int, { description: "Collectives." })
  collectives!: number;
}

@ObjectType({ description: "The ESS of a territory at a glance: actors by family, legal form and sector, jobs, collectives, COTESS, Maisons, policies and indicators.", simpleResolvers: true })
export class EssProfile {
  @Field(() => Int, { description: "Organisations located in the territory." })
  organisations!: number;

  @Field(() => Int, { description: "Their jobs, summed over those whose headcount is known." })
  jobs!: number;

  @Field(() => Int, { description: "How many of them have a known headcount." })
  organisationsWithKnownJobs!: number;

  @Field(() => [FamilyCount], { description: "By ESS family, largest first." })
  byFamily!: FamilyCount[];

  @Field(() => [LegalFormCount], { description: "By legal form, largest first." })
  byLegalForm!: LegalFormCount[];

  @Field(() => [SectorCount], { description: "By sector, largest first." })
  bySector!: SectorCount[];

  @Field(() => [CollectiveKindCount], { description: "Collectives covering the territory or with a member in it, by kind." })
  collectivesByKind!: CollectiveKindCount[];

  @Field(() => [Cotess], { description: "COTESS whose territory overlaps it." })
  cotess!: Cotess[];

  @Field(() => [Maison], { description: "Maisons de l'ESS located in it." })
  maisons!: Maison[];

  @Field(() => [TerritorialPolicy], { description: "ESS policies of it, inside it, or of the collectivités containing it." })
  policies!: TerritorialPolicy[];

  @Field(() => [TerritoryIndicator], { description: "Indicators of it and of the territories containing it." })
  indicators!: TerritoryIndicator[];
}
