import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { ModerationDecision } from "../generated/prisma/enums.ts";

export { ModerationDecision };

registerEnumType(ModerationDecision, {
  name: "ModerationDecision",
  description: "An animator's decision on a proposed event.",
  valuesConfig: {
    APPROVED: { description: "Published: the event is confirmed." },
    CHANGES_REQUESTED: { description: "Sent back to its organisers as a draft, with the changes asked for." },
    REJECTED: { description: "Refused: cancelled without being published, with the reason." },
  },
});

@ObjectType({ description: "The last moderation decision on an event, for those who may change it.", simpleResolvers: true })
export class EventModeration {
  @Field(() => ModerationDecision, { description: "The decision." })
  decision!: ModerationDecision;

  @Field(() => String, { nullable: true, description: "What the animator wrote: the changes asked for, the reason of a refusal." })
  message!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was taken." })
  at!: Date;
}
