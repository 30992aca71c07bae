// Inputs of the collective queries and mutations: shapes here, rules in collective.service.ts.
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../core/pagination.ts";
import { Sector } from "../actors/organisation.type.ts";
import { CollectiveKind, CollectiveStructure, MembershipRole } from "./collective.type.ts";
import { TerritoryKind } from "../territories/territory.type.ts";

@InputType({ description: "Which collectives to list; every given criterion must hold." })
export class CollectiveFilter {
  @Field(() => String, { nullable: true, description: "Code of a territory: collectives covering it, or with a member located in it." })
  @IsOptional()
  @MaxLength(20, { message: "Ce code est trop long pour être un code de territoire." })
  territory?: string;

  @Field(() => TerritoryKind, { nullable: true, description: "Level of `territory` (needed for a région: two digits alone are a département)." })
  @IsOptional()
  territoryKind?: TerritoryKind;

  @Field(() => [CollectiveKind], { nullable: true, description: "Any of these kinds." })
  @IsOptional()
  kinds?: CollectiveKind[];

  @Field(() => [Sector], { nullable: true, description: "Active in any of these sectors." })
  @IsOptional()
  sectors?: Sector[];

  @Field(() => ID, { nullable: true, description: "Only collectives this organisation is a member of." })
  @IsOptional()
  @MaxLength(100)
  memberOf?: string;

  @Field(() => ID, { nullable: true, description: "Only the collectives whose record comes from this document (Source.id)." })
  @IsOptional()
  @MaxLength(100)
  source?: string;
}

@ArgsType()
export class CollectivesArgs extends PageArgs {
  @Field(() => CollectiveFilter, { nullable: true, description: "Criteria." })
  @IsOptional()
  @ValidateNested()
  filter?: CollectiveFilter;
}

@InputType({ description: "A new collective, or changes to one (only the given fields change)." })
export class CollectiveInput {
  @Field(() => ID, { description: "Stable identifier: lower-case words joined by hyphens." })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Identifiant attendu en minuscules et tirets (ex. collectif-des-7-vallees)." })
  @MaxLength(100)
  id!: string;

  @Field(() => String, { nullable: true, description: "Name (required to create)." })
  @IsOptional() @Length(2, 200, { message: "Le nom doit compter entre 2 et 200 caractères." })
  name?: string;

  @Field(() => CollectiveKind, { nullable: true, description: "Kind of practice (required to create)." })
  @IsOptional()
  kind?: CollectiveKind;

  @Field(() => [Sector], { nullable: true, description: "Sectors." })
  @IsOptional() @ArrayMaxSize(10)
  sectors?: Sector[];

  @Field(() => CollectiveStructure, { nullable: true, description: "Legal structure it gave itself." })
  @IsOptional()
  structure?: CollectiveStructure;

  @Field(() => String, { nullable: true, description: "How often it meets." })
  @IsOptional() @MaxLength(200)
  meetingRhythm?: string;

  @Field(() => Int, { nullable: true, description: "Year it started." })
  @IsOptional() @IsInt() @Min(1900, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  startYear?: number;

  @Field(() => String, { nullable: true, description: "Description." })
  @IsOptional() @MaxLength(5000)
  description?: string;
}

@InputType({ description: "An organisation's membership of a collective." })
export class CollectiveMembershipInput {
  @Field(() => ID, { description: "The collective." })
  @MaxLength(100)
  collective!: string;

  @Field(() => ID, { description: "The organisation." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => MembershipRole, { defaultValue: "MEMBRE", description: "Its role." })
  role!: MembershipRole;

  @Field(() => Int, { nullable: true, description: "Since." })
  @IsOptional() @IsInt() @Min(1900, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  sinceYear?: number;
}
