import { ArgsType, Field, InputType } from "type-graphql";
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from "class-validator";
import { PageArgs } from "../core/pagination.ts";
import { EssFamily, LegalForm, Sector } from "./organisation.type.ts";
import { TerritoryKind } from "../territories/territory.type.ts";

@InputType({ description: "Which organisations to list; every given criterion must hold." })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: "Code of a territory: organisations located inside it." })
  @IsOptional()
  @MaxLength(20, { message: "Ce code est trop long pour être un code de territoire." })
  territory?: string;

  @Field(() => TerritoryKind, { nullable: true, description: "Level of `territory` (needed for a région: two digits alone are a département)." })
  @IsOptional()
  territoryKind?: TerritoryKind;

  @Field(() => [EssFamily], { nullable: true, description: "Any of these ESS families." })
  @IsOptional()
  families?: EssFamily[];

  @Field(() => [LegalForm], { nullable: true, description: "Any of these legal forms." })
  @IsOptional()
  legalForms?: LegalForm[];

  @Field(() => [Sector], { nullable: true, description: "Active in any of these sectors." })
  @IsOptional()
  @ArrayMaxSize(30)
  sectors?: Sector[];

  @Field(() => String, { nullable: true, description: "Words of the name or acronym, accents and case ignored, each possibly cut short." })
  @IsOptional()
  @MaxLength(100, { message: "La recherche est limitée à 100 caractères." })
  search?: string;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: "Criteria." })
  @IsOptional()
  @ValidateNested()
  filter?: OrganisationFilter;
}
