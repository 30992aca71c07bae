import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A public proposal once confirmed: what the proposer is shown." })
export class ProposalConfirmation {
  @Field(() => ID, { description: "The edition it was proposed to." })
  edition!: string;

  @Field(() => String, { description: "The proposed event's title." })
  title!: string;
}
