import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { IsEmail, MaxLength } from "class-validator";
import type { Context } from "../core/context.ts";
import { requireViewer } from "../core/access.ts";
import { Account, AccountSession, Invitation, InvitationPreview, ManagedAccount, Role } from "./auth.type.ts";
import { AcceptInvitationInput, ChangePasswordInput, GrantRoleInput, InvitationInput, ResetPasswordInput } from "./account.inputs.ts";
import {
  changePassword, closeOwnSession, deactivateAccount, grantRole, managedPeople, requestPasswordLink, resetPassword, revokeRole, sessionsOf, signOutEverywhere,
} from "./account.service.ts";
import {
  acceptInvitation, invitationPreview, invitationState, invite, managedInvitations, resendInvitation, revokeInvitation,
} from "./invitation.service.ts";
import { resolveRoleScope } from "./role-scope.ts";
import type { Invitation as InvitationRow } from "../generated/prisma/client.ts";

@ArgsType()
class PasswordLinkArgs {
  @Field(() => String, { description: "The account's e-mail address." })
  @IsEmail({}, { message: "Adresse électronique invalide." })
  @MaxLength(254, { message: "Adresse électronique trop longue." })
  email!: string;
}

const invitationView = (row: InvitationRow & { invitedBy?: { displayName: string } }, invitedBy: string) => ({
  id: row.id, email: row.email, state: invitationState(row), invitedBy, createdAt: row.createdAt, sentAt: row.sentAt, expiresAt: row.expiresAt,
  role: { id: row.id, kind: row.role, cotessId: row.cotessId, maisonId: row.maisonId, organisationId: row.organisationId, territoryId: row.territoryId },
});

async function withInviter(context: Context, row: InvitationRow) {
  const inviter = await context.prisma.account.findUnique({ where: { id: row.invitedById }, select: { displayName: true } });
  return invitationView(row, inviter?.displayName ?? "");
}

@Resolver(() => Account)
export class AccountManagementResolver {
  @FieldResolver(() => [AccountSession], { description: "The viewer's open sessions, most recent first." })
  sessions(@Root() account: Account, @Ctx() { prisma, viewer }: Context) {
    const signedIn = requireViewer(viewer);
    return signedIn.accountId === account.id ? sessionsOf(prisma, signedIn) : [];
  }

  @Query(() => [ManagedAccount], { description: "The people whose roles the viewer manages (everyone, for an admin), by name." })
  people(@Ctx() { prisma, viewer }: Context) {
    return managedPeople(prisma, viewer);
  }

  @Query(() => [Invitation], { description: "The invitations the viewer manages, newest first (pending ones only unless asked)." })
  async invitations(@Arg("pendingOnly", () => Boolean, { defaultValue: true, description: "Only those waiting for an answer." }) pendingOnly: boolean, @Ctx() context: Context) {
    const rows = await managedInvitations(context.prisma, context.viewer, { pendingOnly });
    return rows.map((row) => invitationView(row, row.invitedBy.displayName));
  }

  @Query(() => InvitationPreview, { description: "What an invitation's link offers. BAD_USER_INPUT (token) when it is used, expired, revoked or unknown." })
  invitationPreview(@Arg("token", () => String, { description: "The token of the link." }) token: string, @Ctx() { prisma }: Context) {
    return invitationPreview(prisma, token);
  }

  @Mutation(() => Invitation, { description: "Invites a person by e-mail into a role (an admin: any; an animator: within its network). The link is single-use and expires after 7 days." })
  async invite(@Arg("input", () => InvitationInput) input: InvitationInput, @Ctx() context: Context) {
    const scope = await resolveRoleScope(context.prisma, input.scope, "input.scope");
    return withInviter(context, await invite(context.prisma, context.viewer, input.email, scope, context.publicUrl));
  }

  @Mutation(() => Invitation, { description: "Sends a pending or expired invitation again, with a new link valid 7 days (the old one stops working)." })
  async resendInvitation(@Arg("id", () => ID) id: string, @Ctx() context: Context) {
    return withInviter(context, await resendInvitation(context.prisma, context.viewer, id, context.publicUrl));
  }

  @Mutation(() => Invitation, { description: "Cancels a pending invitation: its link stops working." })
  async revokeInvitation(@Arg("id", () => ID) id: string, @Ctx() context: Context) {
    return withInviter(context, await revokeInvitation(context.prisma, context.viewer, id));
  }

  @Mutation(() => Account, { description: "Accepts an invitation (a new account with its password, or the role added to the existing one) and signs in." })
  async acceptInvitation(@Arg("input", () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() { prisma, sessionCookie, userAgent }: Context) {
    const { account, token, expiresAt } = await acceptInvitation(prisma, input.token, input, userAgent);
    sessionCookie.set(token, expiresAt);
    return account;
  }

  @Mutation(() => Boolean, { description: "« Mot de passe oublié » : sends a link to choose a new password if the address has an account. The answer is the same either way. TOO_MANY_REQUESTS when asked too often." })
  async requestPasswordReset(@Args(() => PasswordLinkArgs) { email }: PasswordLinkArgs, @Ctx() { prisma, clientAddress, publicUrl }: Context) {
    await requestPasswordLink(prisma, email, clientAddress, publicUrl);
    return true;
  }

  @Mutation(() => Account, { description: "Chooses a password through a link sent by e-mail; every session of the account ends, and this browser is signed in." })
  async resetPassword(@Arg("input", () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() { prisma, sessionCookie, publicUrl, userAgent }: Context) {
    const { account, token, expiresAt } = await resetPassword(prisma, input.token, input.password, publicUrl, userAgent);
    sessionCookie.set(token, expiresAt);
    return account;
  }

  @Mutation(() => Boolean, { description: "Changes the viewer's password; its other sessions end." })
  async changePassword(@Arg("input", () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() { prisma, viewer, publicUrl }: Context) {
    await changePassword(prisma, viewer, input.currentPassword, input.newPassword, publicUrl);
    return true;
  }

  @Mutation(() => Int, { description: "« Se déconnecter partout » : ends every session of the viewer, this one included. Returns how many." })
  async signOutEverywhere(@Ctx() { prisma, viewer, sessionCookie }: Context) {
    const count = await signOutEverywhere(prisma, viewer);
    sessionCookie.clear();
    return count;
  }

  @Mutation(() => Boolean, {
    description: "Closes one of the viewer's sessions (AccountSession.id); closing the current one signs out. NOT_FOUND for any id but one of the viewer's open sessions. Audited.",
  })
  async closeSession(@Arg("id", () => ID) id: string, @Ctx() { prisma, viewer, sessionCookie }: Context) {
    const { current } = await closeOwnSession(prisma, viewer, id);
    if (current) sessionCookie.clear();
    return true;
  }

  @Mutation(() => Boolean, { description: "Deactivates an account (an admin, or the person themself): no sign-in, no session; its records and audit stay." })
  async deactivateAccount(@Arg("id", () => ID) id: string, @Ctx() { prisma, viewer, sessionCookie }: Context) {
    await deactivateAccount(prisma, viewer, id);
    if (viewer?.accountId === id) sessionCookie.clear();
    return true;
  }

  @Mutation(() => Role, { description: "Gives an account a role, within the viewer's reach. CONFLICT when it already holds it." })
  async grantRole(@Arg("input", () => GrantRoleInput) input: GrantRoleInput, @Ctx() { prisma, viewer }: Context) {
    const scope = await resolveRoleScope(prisma, input.scope, "input.scope");
    return grantRole(prisma, viewer, input.account, scope);
  }

  @Mutation(() => Boolean, { description: "Takes a role back, under the rule that gives it." })
  async revokeRole(@Arg("id", () => ID, { description: "The role's id (Role.id)." }) id: string, @Ctx() { prisma, viewer }: Context) {
    await revokeRole(prisma, viewer, id);
    return true;
  }
}
