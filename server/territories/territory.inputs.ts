import { ArgsType, Field } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { PageArgs } from "../core/pagination.ts";
import { TerritoryKind } from "./territory.type.ts";

@ArgsType()
export class TerritoryArgs {
  @Field(() => String, { description: "INSEE code, or SIREN for an EPCI." })
  @MaxLength(20, { message: "Ce code est trop long pour être un code de territoire." })
  code!: string;

  @Field(() => TerritoryKind, {
    nullable: true,
    description: "Level of the code. Without it, 9 digits is an EPCI, 5 characters a commune, 2 or 3 a département (say REGION for a région).",
  })
  kind?: TerritoryKind;
}

@ArgsType()
export class TerritoriesArgs extends PageArgs {
  @Field(() => TerritoryKind, { nullable: true, description: "Only territories of this level." })
  kind?: TerritoryKind;

  @Field(() => String, {
    nullable: true,
    description: "Words the name contains, accents and case ignored, each possibly cut short (\"porte du hain\"); five digits are a postal code (\"62300\" finds Lens).",
  })
  @IsOptional()
  @MaxLength(100, { message: "La recherche est limitée à 100 caractères." })
  search?: string;

  @Field(() => String, {
    nullable: true,
    description: "Code of a territory: only the territories inside it (the communes of an EPCI, the EPCI of a département…).",
  })
  @IsOptional()
  @MaxLength(20, { message: "Ce code est trop long pour être un code de territoire." })
  within?: string;
}
