import { ArgsType, Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { PageArgs } from "../core/pagination.ts";
import { Sector } from "../actors/organisation.type.ts";
import { CollectiveKind } from "./collective.type.ts";
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
}

@ArgsType()
export class CollectivesArgs extends PageArgs {
  @Field(() => CollectiveFilter, { nullable: true, description: "Criteria." })
  @IsOptional()
  @ValidateNested()
  filter?: CollectiveFilter;
}
