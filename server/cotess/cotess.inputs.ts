// Inputs of the COTESS mutations: shapes here, rules in cotess.service.ts.
import { Field, ID, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, Max, MaxLength, Min } from "class-validator";

@InputType({ description: "An organisation's membership of a COTESS." })
export class CotessMembershipInput {
  @Field(() => ID, { description: "The COTESS." })
  @MaxLength(100)
  cotess!: string;

  @Field(() => ID, { description: "The organisation." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => Int, { nullable: true, description: "Member since." })
  @IsOptional() @IsInt() @Min(1900, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  sinceYear?: number;
}
