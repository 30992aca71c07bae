import { Field, ID, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, MaxLength } from "class-validator";
import { ModerationDecision } from "./moderation.type.ts";

@InputType({ description: "An animator's decision on a proposed event." })
export class ModerateEventInput {
  @Field(() => ID, { description: "The proposed event." })
  @MaxLength(100)
  event!: string;

  @Field(() => Int, { description: "The version read before deciding; a stale one is refused with CONFLICT." })
  @IsInt()
  version!: number;

  @Field(() => ModerationDecision, { description: "APPROVED publishes it, CHANGES_REQUESTED sends it back as a draft, REJECTED cancels it." })
  decision!: ModerationDecision;

  @Field(() => String, { nullable: true, description: "To the organisers: required when asking for changes or refusing." })
  @IsOptional() @MaxLength(4000, { message: "Le message compte 4 000 caractères au plus." })
  message?: string | null;
}
