// Inputs of the organisation queries and mutations: shapes here, rules (SIREN
// check, known commune, rights) in organisation.service.ts.
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsEmail, IsInt, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
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

  @Field(() => ID, { nullable: true, description: "Only the organisations whose record comes from this document (Source.id)." })
  @IsOptional()
  @MaxLength(100)
  source?: string;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: "Criteria." })
  @IsOptional()
  @ValidateNested()
  filter?: OrganisationFilter;
}

@InputType("OrganisationFields", { description: "Fields of an organisation." })
export class OrganisationFields {
  @Field(() => String, { nullable: true, description: "Name." })
  @IsOptional() @Length(2, 200, { message: "Le nom doit compter entre 2 et 200 caractères." })
  name?: string;

  @Field(() => String, { nullable: true, description: "Short name or acronym." })
  @IsOptional() @MaxLength(50, { message: "Sigle trop long (50 caractères au plus)." })
  shortName?: string;

  @Field(() => LegalForm, { nullable: true, description: "Legal form (its ESS family follows)." })
  @IsOptional()
  legalForm?: LegalForm;

  @Field(() => [Sector], { nullable: true, description: "Sectors of activity." })
  @IsOptional() @ArrayMaxSize(10, { message: "Dix secteurs au plus." })
  sectors?: Sector[];

  @Field(() => String, { nullable: true, description: "SIREN, 9 digits." })
  @IsOptional() @Matches(/^\d{9}$/, { message: "Un SIREN compte 9 chiffres." })
  siren?: string;

  @Field(() => String, { nullable: true, description: "Postal address." })
  @IsOptional() @MaxLength(300)
  address?: string;

  @Field(() => String, { nullable: true, description: "INSEE code of its commune." })
  @IsOptional() @Matches(/^[0-9][0-9AB][0-9]{3}$/, { message: "Code INSEE de commune attendu (5 caractères, ex. 62498)." })
  commune?: string;

  @Field(() => String, { nullable: true, description: "Website." })
  @IsOptional() @IsUrl({ protocols: ["http", "https"], require_protocol: true }, { message: "Adresse web attendue, commençant par https://." })
  website?: string;

  @Field(() => String, { nullable: true, description: "Public e-mail of the organisation." })
  @IsOptional() @IsEmail({}, { message: "Adresse électronique invalide." })
  publicEmail?: string;

  @Field(() => String, { nullable: true, description: "Public phone of the organisation." })
  @IsOptional() @Matches(/^[0-9 +().-]{6,20}$/, { message: "Numéro de téléphone invalide." })
  publicPhone?: string;

  @Field(() => Int, { nullable: true, description: "Jobs (salariés)." })
  @IsOptional() @IsInt() @Min(0, { message: "Le nombre d'emplois ne peut être négatif." }) @Max(1_000_000)
  headcount?: number;

  @Field(() => Int, { nullable: true, description: "Year the jobs were counted." })
  @IsOptional() @IsInt() @Min(1900, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  headcountYear?: number;

  @Field(() => String, { nullable: true, description: "Description." })
  @IsOptional() @MaxLength(5000)
  description?: string;
}

@InputType({ description: "A new organisation." })
export class CreateOrganisationInput extends OrganisationFields {
  @Field(() => ID, { description: "Stable identifier: lower-case words joined by hyphens (\"le-toit-commun\")." })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Identifiant attendu en minuscules et tirets (ex. le-toit-commun)." })
  @MaxLength(100)
  id!: string;
}

@InputType({ description: "Changes to an organisation: only the given fields change." })
export class UpdateOrganisationInput extends OrganisationFields {
  @Field(() => ID, { description: "The organisation." })
  @MaxLength(100)
  id!: string;
}
