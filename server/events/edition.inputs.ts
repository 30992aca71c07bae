// Inputs of the edition queries and mutations: shapes here, rules in edition.service.ts.
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../core/pagination.ts";
import { TerritoryKind } from "../territories/territory.type.ts";
import { Audience, EventStatus, EventType } from "./event.type.ts";
import { ClashSeverity } from "./edition.type.ts";
import type { ClashSeverity as ClashSeverityValue } from "./event.clashes.ts";

@InputType({ description: "A territory by code and level." })
export class TerritoryRefInput {
  @Field(() => String, { description: "INSEE code, or SIREN for an EPCI." })
  @MaxLength(20)
  code!: string;

  @Field(() => TerritoryKind, { nullable: true, description: "Level (needed for a région)." })
  @IsOptional()
  kind?: TerritoryKind;
}

@InputType({ description: "A new edition of the Mois de l'ESS." })
export class CreateEditionInput {
  @Field(() => ID, { nullable: true, description: "The COTESS that runs it (exactly one of cotess, maison, organisation)." })
  @IsOptional() @MaxLength(100)
  cotess?: string;

  @Field(() => ID, { nullable: true, description: "The Maison de l'ESS that runs it." })
  @IsOptional() @MaxLength(100)
  maison?: string;

  @Field(() => ID, { nullable: true, description: "The organisation (a CRESS) that runs it as a network." })
  @IsOptional() @MaxLength(100)
  organisation?: string;

  @Field(() => Int, { description: "Year." })
  @IsInt() @Min(2000, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  year!: number;

  @Field(() => String, { description: "Title." })
  @Length(3, 200, { message: "Le titre doit compter entre 3 et 200 caractères." })
  title!: string;

  @Field(() => [TerritoryRefInput], { description: "Its territory scope (1 to 50 territories)." })
  @ArrayMinSize(1, { message: "Indiquez au moins un territoire." }) @ArrayMaxSize(50) @ValidateNested()
  territories!: TerritoryRefInput[];

  @Field(() => String, { nullable: true, description: "First day, YYYY-MM-DD (1 November by default)." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-01." })
  startsOn?: string;

  @Field(() => String, { nullable: true, description: "Last day, YYYY-MM-DD (30 November by default)." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-30." })
  endsOn?: string;

  @Field(() => String, { nullable: true, description: "Description." })
  @IsOptional() @MaxLength(5000)
  description?: string;
}

@InputType({ description: "Which editions to list." })
export class EditionFilter {
  @Field(() => ID, { nullable: true, description: "Editions of this COTESS." })
  @IsOptional() @MaxLength(100)
  cotess?: string;

  @Field(() => ID, { nullable: true, description: "Editions of this Maison de l'ESS." })
  @IsOptional() @MaxLength(100)
  maison?: string;

  @Field(() => ID, { nullable: true, description: "Editions run by this organisation (a CRESS)." })
  @IsOptional() @MaxLength(100)
  organisation?: string;

  @Field(() => Int, { nullable: true, description: "Of this year." })
  @IsOptional() @IsInt() @Min(2000) @Max(2100)
  year?: number;

  @Field(() => String, { nullable: true, description: "Whose scope overlaps this territory (code)." })
  @IsOptional() @MaxLength(20)
  territory?: string;

  @Field(() => TerritoryKind, { nullable: true, description: "Level of `territory`." })
  @IsOptional()
  territoryKind?: TerritoryKind;

  @Field(() => Boolean, { nullable: true, description: "Only the editions of the networks the viewer animates (none for anonymous requests)." })
  @IsOptional()
  animatedByViewer?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Only the editions in progress, upcoming, or ended within the last twelve months." })
  @IsOptional()
  recent?: boolean;
}

@ArgsType()
export class EditionEventsArgs extends PageArgs {
  @Field(() => [EventStatus], { nullable: true, description: "Any of these statuses." })
  @IsOptional()
  statuses?: EventStatus[];

  @Field(() => [EventType], { nullable: true, description: "Any of these types." })
  @IsOptional()
  types?: EventType[];

  @Field(() => [Audience], { nullable: true, description: "For any of these audiences." })
  @IsOptional()
  audiences?: Audience[];
}

@ArgsType()
export class ClashesArgs extends PageArgs {
  @Field(() => [ClashSeverity], { nullable: true, description: "Only these severities." })
  @IsOptional()
  severities?: ClashSeverityValue[];
}

@InputType({ description: "The next year's edition of a network, opened from one of its editions." })
export class OpenNextEditionInput {
  @Field(() => ID, { description: "The edition it follows: its scope, title (its year moved on), days and chosen events are copied." })
  @MaxLength(100)
  from!: string;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: "Events of `from` to copy as drafts, their dates moved by 52 weeks (same weekday); 200 at most.",
  })
  @IsOptional() @ArrayMaxSize(200, { message: "Deux cents événements au plus." }) @MaxLength(100, { each: true })
  events?: string[];
}
