// Inputs of the Maison mutations: shapes here, rules in charter.service.ts.
import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches, MaxLength } from "class-validator";

@InputType({ description: "An organisation's signature of a Maison's charter." })
export class CharterSignatureInput {
  @Field(() => ID, { description: "The Maison de l'ESS." })
  @MaxLength(100)
  maison!: string;

  @Field(() => ID, { description: "The organisation." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => String, { nullable: true, description: "Date of signature, YYYY-MM-DD." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-05." })
  signedOn?: string;
}
