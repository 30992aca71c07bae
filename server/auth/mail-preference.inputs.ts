import { Field, InputType } from "type-graphql";
import { MailTopic } from "./mail-preference.type.ts";

@InputType({ description: "One choice of the viewer: to receive a topic of e-mail or not." })
export class MailPreferenceInput {
  @Field(() => MailTopic, { description: "The topic." })
  topic!: MailTopic;

  @Field(() => Boolean, { description: "True to receive it, false to stop." })
  subscribed!: boolean;
}
