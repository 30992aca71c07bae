import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { PageArgs } from "../core/pagination.ts";
import { CooperationKind } from "../actors/organisation.type.ts";
import { TerritoryKind } from "../territories/territory.type.ts";
import { GraphNodeOrder } from "./graph.type.ts";

const DAY = /^\d{4}(-\d{2}-\d{2})?$/;

@InputType({ description: "Which ties make the graph: a territory, kinds, a time window." })
export class CooperationScopeInput {
  @Field(() => String, { nullable: true, description: "Code of a territory (any level): ties with at least one end located in it. The whole country when absent." })
  @IsOptional() @MaxLength(20, { message: "Ce code est trop long pour être un code de territoire." })
  territory?: string;

  @Field(() => TerritoryKind, { nullable: true, description: "Level of `territory` (needed for a région)." })
  @IsOptional()
  territoryKind?: TerritoryKind;

  @Field(() => [CooperationKind], { nullable: true, description: "Only ties of these kinds." })
  @IsOptional() @ArrayMaxSize(20)
  kinds?: CooperationKind[];

  @Field(() => String, { nullable: true, description: "Ties still running on or after this day (\"2015\" or \"2015-06-01\")." })
  @IsOptional() @Matches(DAY, { message: "Date attendue sous la forme 2015 ou 2015-06-01." })
  from?: string;

  @Field(() => String, { nullable: true, description: "Ties started on or before this day (\"2020\" is the end of 2020)." })
  @IsOptional() @Matches(DAY, { message: "Date attendue sous la forme 2020 ou 2020-12-31." })
  to?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: "Whether members of the same collective count as tied." })
  @IsOptional()
  includeSharedCollectives?: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Whether demonstration events make ties too (never by default: fiction does not pass for cooperation)." })
  @IsOptional()
  includeDemo?: boolean;
}

@ArgsType()
export class PartnersArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Whether demonstration events make ties too (never by default, as in the graph's scope)." })
  @IsOptional()
  includeDemo?: boolean;
}

@ArgsType()
export class GraphNodesArgs extends PageArgs {
  @Field(() => GraphNodeOrder, { nullable: true, defaultValue: "DEGREE", description: "Order (highest first, or by name)." })
  @IsOptional()
  orderBy?: GraphNodeOrder;
}

@ArgsType()
export class SuggestedPartnersArgs {
  @Field(() => ID, { description: "The organisation looking for co-organisers." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => ID, { description: "The edition of the Mois de l'ESS." })
  @MaxLength(100)
  edition!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: "How many, 50 at most." })
  @IsOptional() @IsInt() @Min(1) @Max(50, { message: "50 suggestions au plus." })
  first?: number;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: "From this organisation." })
  @MaxLength(100)
  from!: string;

  @Field(() => ID, { description: "To this one." })
  @MaxLength(100)
  to!: string;

  @Field(() => CooperationScopeInput, { nullable: true, description: "Kinds of ties and time window to follow (the territory is ignored: a chain may go anywhere)." })
  @IsOptional() @ValidateNested()
  scope?: CooperationScopeInput;
}
