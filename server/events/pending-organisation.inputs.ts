import { Field, ID, InputType } from "type-graphql";
import { MaxLength } from "class-validator";

@InputType({ description: "A structure awaiting validation recognised as an organisation already known." })
export class MergeOrganisationInput {
  @Field(() => ID, { description: "The structure awaiting validation (created by a public proposal)." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => ID, { description: "The known organisation it duplicates: its events, roles and proposals move there." })
  @MaxLength(100)
  into!: string;
}
