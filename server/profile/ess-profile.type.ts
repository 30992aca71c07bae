import { Field, Int, ObjectType } from "type-graphql";
import { EssFamily, LegalForm, Sector } from "../actors/organisation.type.ts";
import { CollectiveKind } from "../collectives/collective.type.ts";
import { Cotess } from "../cotess/cotess.type.ts";
import { Maison } from "../maisons/maison.type.ts";
import { TerritorialPolicy, TerritoryIndicator } from "../policies/policy.type.ts";

@ObjectType({ description: "The organisations located in one commune.", simpleResolvers: true })
export class CommuneCount {
  @Field(() => Int, { description: "Organisations located in the commune." })
  organisations!: number;

  communeId!: number;
}

@ObjectType({ description: "Organisations and jobs of one ESS family.", simpleResolvers: true })
export class FamilyCount {
  @Field(() => EssFamily, { nullable: true, description: "Family; null for the organisations whose legal form (and so family) is unknown." })
  family!: EssFamily | null;

  @Field(() => Int, { description: "Organisations." })
  organisations!: number;

  @Field(() => Int, { description: "Jobs of those whose headcount is known." })
  jobs!: number;
}

@ObjectType({ description: "From one year to another (the same year when there is one).", simpleResolvers: true })
export class YearSpan {
  @Field(() => Int, { description: "First year." })
  first!: number;

  @Field(() => Int, { description: "Last year." })
  last!: number;
}

@ObjectType({ description: "Organisations of one legal form.", simpleResolvers: true })
export class LegalFormCount {
  @Field(() => LegalForm, { nullable: true, description: "Legal form; null for those whose legal form is unknown." })
  legalForm!: LegalForm | null;

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
  @Field(() => Int, { description: "Organisations located in the territory (in one of its communes, or placed in it when their commune is unknown): ESS, outside the ESS and of unknown family together." })
  organisations!: number;

  @Field(() => Int, { description: "Of which organisations of the ESS (associations, coopératives, mutuelles, fondations, ESUS)." })
  essOrganisations!: number;

  @Field(() => Int, { description: "Of which partners outside the ESS (collectivités, public bodies, companies)." })
  nonEssOrganisations!: number;

  @Field(() => Int, { description: "Of which organisations whose legal form, and so ESS family, is unknown." })
  organisationsOfUnknownFamily!: number;

  @Field(() => Int, { description: "Jobs of the ESS organisations whose headcount is known, summed (partners outside the ESS apart); see knownJobsYears." })
  jobs!: number;

  @Field(() => Int, { description: "How many ESS organisations have a known headcount." })
  organisationsWithKnownJobs!: number;

  @Field(() => YearSpan, { nullable: true, description: "The years those headcounts were counted; null when none is known." })
  knownJobsYears!: YearSpan | null;

  @Field(() => TerritoryIndicator, { nullable: true, description: "The territory's published count of ESS jobs (the most recent), with its producer, source and year; null when none is recorded." })
  jobsIndicator!: TerritoryIndicator | null;

  @Field(() => [FamilyCount], { description: "By ESS family, largest first." })
  byFamily!: FamilyCount[];

  @Field(() => [LegalFormCount], { description: "By legal form, largest first." })
  byLegalForm!: LegalFormCount[];

  @Field(() => [SectorCount], { description: "By sector, largest first." })
  bySector!: SectorCount[];

  @Field(() => [CommuneCount], { description: "By commune of the territory, largest first (those placed in a larger territory, their commune unknown, are not in it): the map of its organisations." })
  byCommune!: CommuneCount[];

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
