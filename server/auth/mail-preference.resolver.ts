import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { requireViewer } from "../core/access.ts";
import { Account } from "./auth.type.ts";
import { MailPreference, MailTopic } from "./mail-preference.type.ts";
import { MailPreferenceInput } from "./mail-preference.inputs.ts";
import { mailPreferencesOf, setMailPreferences, unsubscribeByLink } from "./mail-preference.service.ts";

@Resolver(() => Account)
export class MailPreferenceResolver {
  @FieldResolver(() => [MailPreference], { description: "Which topics of e-mail the viewer receives, every topic once." })
  mailPreferences(@Root() account: Account, @Ctx() { prisma, viewer }: Context) {
    const signedIn = requireViewer(viewer);
    return signedIn.accountId === account.id ? mailPreferencesOf(prisma, signedIn.accountId) : [];
  }

  @Mutation(() => [MailPreference], { description: "Changes which topics of e-mail the viewer receives (the topics not given are unchanged); returns every topic. UNAUTHENTICATED when signed out." })
  setMailPreferences(
    @Arg("preferences", () => [MailPreferenceInput], { description: "The choices to make." }) preferences: MailPreferenceInput[],
    @Ctx() { prisma, viewer }: Context,
  ) {
    return setMailPreferences(prisma, viewer, preferences);
  }

  @Mutation(() => MailTopic, { description: "Unsubscribes by the link of an e-mail, without signing in; returns the topic it stopped. BAD_USER_INPUT (token) when the link is unknown or more than a year old." })
  unsubscribe(@Arg("token", () => String, { description: "The token of the link (its « jeton » parameter)." }) token: string, @Ctx() { prisma, clock }: Context) {
    return unsubscribeByLink(prisma, token, clock.now());
  }
}
