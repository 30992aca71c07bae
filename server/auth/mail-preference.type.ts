import { Field, ObjectType, registerEnumType } from "type-graphql";
import { MailTopic } from "../generated/prisma/enums.ts";

export { MailTopic };

registerEnumType(MailTopic, {
  name: "MailTopic",
  description: "E-mail an account may stop receiving (account mail such as invitations and password links is not one).",
  valuesConfig: {
    PROPOSAL_DIGEST: { description: "The daily digest of the events newly proposed in the editions an animator animates." },
    EVENT_NOTICES: { description: "Notices of the changes and new clashes of the events one's organisations co-organise." },
  },
});

@ObjectType({ description: "Whether an account receives one topic of e-mail.", simpleResolvers: true })
export class MailPreference {
  @Field(() => MailTopic, { description: "The topic." })
  topic!: MailTopic;

  @Field(() => Boolean, { description: "True unless the account unsubscribed from it." })
  subscribed!: boolean;
}
