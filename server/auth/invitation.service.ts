// Invitations: an admin, or an animator within its network, invites a person
// by e-mail into a role and scope. The link is single-use and expires after 7
// days; re-sending makes a new link (the old one stops working); revoking
// ends it. Accepting creates the account (choosing a password) or, for an
// existing account, adds the role once its password is given; either way the
// person is signed in and lands on their work.
import type { PrismaClient } from "../core/database.ts";
import { DomainError, badInput, notFound } from "../core/errors.ts";
import { isPlatformAdmin, requireViewer } from "../core/access.ts";
import { recordAudit } from "../core/audit.ts";
import { writeTransaction } from "../core/transactions.ts";
import { throttleAction } from "../core/action-throttle.ts";
import { enqueueMail } from "../core/mail.ts";
import type { RoleScope, Viewer } from "../core/viewer.ts";
import type { Invitation as InvitationRow } from "../generated/prisma/client.ts";
import { hashPassword, verifyPassword } from "./auth.password.ts";
import { assertStrongPassword } from "./auth.password-quality.ts";
import { openSession, tokenHash } from "./auth.session.ts";
import { LINK_LIFETIME_MS, invitationLink, newLinkToken, wellFormedToken } from "./auth.tokens.ts";
import { invitationMail } from "./auth.mail.ts";
import { assertMayManageRole, mayManageRoles } from "./auth.access.ts";
import { auditScopeOf, normalisedEmail, roleViews } from "./account.service.ts";
import { scopeColumns, scopeName } from "./role-scope.ts";

// Per inviter and per invited address: enough for a network's season, not
// for a mailbox flood.
const INVITES_PER_INVITER = { limit: 50, windowMs: 3600 * 1000 };
const INVITES_PER_ADDRESS = { limit: 3, windowMs: 24 * 3600 * 1000 };

const BAD_INVITATION = "Cette invitation n'est pas valable : elle a déjà servi, a expiré, a été annulée ou renvoyée avec un nouveau lien. Demandez à la personne qui vous a invité de vous la renvoyer.";

export type InvitationState = "PENDING" | "ACCEPTED" | "REVOKED" | "EXPIRED";

export const invitationState = (row: Pick<InvitationRow, "acceptedAt" | "revokedAt" | "expiresAt">, now = new Date()): InvitationState =>
  row.acceptedAt ? "ACCEPTED" : row.revokedAt ? "REVOKED" : row.expiresAt <= now ? "EXPIRED" : "PENDING";

const scopeOf = (row: InvitationRow): RoleScope => ({
  role: row.role, cotessId: row.cotessId, maisonId: row.maisonId, organisationId: row.organisationId, territoryId: row.territoryId,
});

async function mailInvitation(tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0], row: InvitationRow, token: string, inviter: Viewer, publicUrl: string) {
  await enqueueMail(tx, invitationMail(row.email, {
    inviter: inviter.displayName, role: row.role, scope: await scopeName(tx, row), link: invitationLink(publicUrl, token), expiresAt: row.expiresAt,
  }));
}

/**
 * Invites a person into a role. @throws FORBIDDEN (outside the inviter's
 * reach), BAD_USER_INPUT (e-mail), CONFLICT (already holds it, or already
 * invited), TOO_MANY_REQUESTS
 */
export async function invite(prisma: PrismaClient, viewer: Viewer | null, emailInput: string, scope: RoleScope, publicUrl: string) {
  const inviter = await assertMayManageRole(prisma, viewer, scope);
  const email = normalisedEmail(emailInput);
  const now = new Date();
  return writeTransaction(prisma, async (tx) => {
    await throttleAction(tx, `invite-by:${inviter.accountId}`, INVITES_PER_INVITER, now, "Vous avez envoyé beaucoup d'invitations.", "email");
    await throttleAction(tx, `invite-to:${email}`, INVITES_PER_ADDRESS, now, "Cette adresse a reçu plusieurs invitations aujourd'hui.", "email");
    const holder = await tx.account.findUnique({ where: { email }, include: { roles: true } });
    if (holder?.roles.some((grant) => grant.role === scope.role && grant.cotessId === scope.cotessId && grant.maisonId === scope.maisonId
      && grant.organisationId === scope.organisationId && grant.territoryId === scope.territoryId)) {
      throw new DomainError("CONFLICT", "Cette personne a déjà ce rôle.", "email", { reason: "ALREADY_GRANTED" });
    }
    const pending = await tx.invitation.findFirst({
      where: { email, ...scopeColumns(scope), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (pending) throw new DomainError("CONFLICT", "Une invitation à ce rôle attend déjà cette personne : renvoyez-la plutôt.", "email", { reason: "ALREADY_INVITED", invitation: pending.id });
    const { token, hash } = newLinkToken();
    const row = await tx.invitation.create({
      data: { email, ...scopeColumns(scope), tokenHash: hash, invitedById: inviter.accountId, expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS.invitation) },
    });
    await mailInvitation(tx, row, token, inviter, publicUrl);
    await recordAudit(tx, inviter, { action: "CREATE", entityType: "invitation", entityId: row.id, changes: { email, ...scopeColumns(scope) }, ...auditScopeOf(scope) });
    return row;
  });
}

/** A new link for a pending (or expired) invitation, valid 7 days; the old link stops working. */
export async function resendInvitation(prisma: PrismaClient, viewer: Viewer | null, id: string, publicUrl: string) {
  const row = await findInvitation(prisma, id);
  const inviter = await assertMayManageRole(prisma, viewer, scopeOf(row));
  const now = new Date();
  if (row.acceptedAt || row.revokedAt) throw badInput("id", "Cette invitation a déjà été acceptée ou annulée : invitez à nouveau si besoin.");
  return writeTransaction(prisma, async (tx) => {
    await throttleAction(tx, `invite-by:${inviter.accountId}`, INVITES_PER_INVITER, now, "Vous avez envoyé beaucoup d'invitations.", "id");
    await throttleAction(tx, `invite-to:${row.email}`, INVITES_PER_ADDRESS, now, "Cette adresse a reçu plusieurs invitations aujourd'hui.", "id");
    const { token, hash } = newLinkToken();
    const updated = await tx.invitation.update({
      where: { id: row.id },
      data: { tokenHash: hash, sentAt: now, expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS.invitation) },
    });
    await mailInvitation(tx, updated, token, inviter, publicUrl);
    await recordAudit(tx, inviter, { action: "UPDATE", entityType: "invitation", entityId: row.id, changes: { resent: true }, ...auditScopeOf(row) });
    return updated;
  });
}

/** Ends a pending invitation: its link stops working. */
export async function revokeInvitation(prisma: PrismaClient, viewer: Viewer | null, id: string) {
  const row = await findInvitation(prisma, id);
  const manager = await assertMayManageRole(prisma, viewer, scopeOf(row));
  if (row.acceptedAt) throw badInput("id", "Cette invitation a déjà été acceptée : retirez plutôt le rôle.");
  if (row.revokedAt) return row;
  return writeTransaction(prisma, async (tx) => {
    const updated = await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, manager, { action: "DELETE", entityType: "invitation", entityId: row.id, changes: { revoked: true }, ...auditScopeOf(row) });
    return updated;
  });
}

/** The invitations the viewer manages, newest first; only the pending ones unless asked. */
export async function managedInvitations(prisma: PrismaClient, viewer: Viewer | null, options: { pendingOnly: boolean }) {
  const signedIn = requireViewer(viewer);
  const now = new Date();
  const rows = await prisma.invitation.findMany({
    where: options.pendingOnly ? { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } : {},
    orderBy: { createdAt: "desc" },
    take: 500,
    // The inviter's name comes with the list, not one query per invitation.
    include: { invitedBy: { select: { displayName: true } } },
  });
  if (isPlatformAdmin(signedIn)) return rows;
  const verdicts = await mayManageRoles(prisma, signedIn, rows.map(scopeOf));
  return rows.filter((_, index) => verdicts[index]);
}

async function findInvitation(prisma: PrismaClient, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("invitation", id, "id");
  const row = await prisma.invitation.findUnique({ where: { id } });
  if (!row) throw notFound("invitation", id, "id");
  return row;
}

async function usableInvitation(prisma: PrismaClient, rawToken: string) {
  const token = wellFormedToken(rawToken);
  if (!token) throw badInput("token", BAD_INVITATION);
  const row = await prisma.invitation.findUnique({ where: { tokenHash: tokenHash(token) }, include: { invitedBy: { select: { displayName: true } } } });
  if (!row || invitationState(row) !== "PENDING") throw badInput("token", BAD_INVITATION);
  return row;
}

/** What the link's page shows before accepting: who invites, to what, and whether the address already has an account. */
export async function invitationPreview(prisma: PrismaClient, rawToken: string) {
  const row = await usableInvitation(prisma, rawToken);
  const account = await prisma.account.findUnique({ where: { email: row.email }, select: { disabledAt: true } });
  return {
    email: row.email, role: row.role, scopeName: await scopeName(prisma, row), invitedBy: row.invitedBy.displayName,
    expiresAt: row.expiresAt, accountExists: account !== null && account.disabledAt === null,
  };
}

/**
 * Accepts an invitation: a new account with the password chosen, or the role
 * added to the existing account of that address once its password is given.
 * @throws BAD_USER_INPUT (token, password, displayName), UNAUTHENTICATED (existing account's password wrong)
 */
export async function acceptInvitation(prisma: PrismaClient, rawToken: string, input: { password: string; displayName?: string | null }, userAgent: string | null = null) {
  const row = await usableInvitation(prisma, rawToken);
  const existing = await prisma.account.findUnique({ where: { email: row.email } });
  if (existing?.disabledAt) throw badInput("token", "Le compte de cette adresse est désactivé : demandez à l'administration de la plateforme de le rouvrir.");
  let passwordHash: string | undefined;
  let displayName = input.displayName?.trim() ?? "";
  if (existing) {
    if (!(await verifyPassword(existing.passwordHash, input.password))) {
      throw new DomainError("UNAUTHENTICATED", "Un compte existe déjà pour cette adresse : saisissez son mot de passe pour accepter (ou « Mot de passe oublié »).", "password");
    }
  } else {
    if (displayName.length < 2 || displayName.length > 120) throw badInput("displayName", "Indiquez votre nom (2 à 120 caractères) : il apparaît à vos partenaires.");
    await assertStrongPassword(input.password, [row.email, displayName]);
    passwordHash = await hashPassword(input.password);
  }
  const now = new Date();
  const account = await writeTransaction(prisma, async (tx) => {
    // Single use: of two concurrent acceptances, one finds it taken.
    const claimed = await tx.invitation.updateMany({ where: { id: row.id, acceptedAt: null, revokedAt: null, tokenHash: row.tokenHash, expiresAt: { gt: now } }, data: { acceptedAt: now } });
    if (claimed.count !== 1) throw badInput("token", BAD_INVITATION);
    const account = existing ?? (await tx.account.create({ data: { email: row.email, displayName, passwordHash: passwordHash! } }));
    await tx.invitation.update({ where: { id: row.id }, data: { acceptedById: account.id } });
    const scope = scopeOf(row);
    const held = await tx.roleGrant.findFirst({ where: { accountId: account.id, ...scopeColumns(scope) } });
    if (!held) await tx.roleGrant.create({ data: { accountId: account.id, ...scopeColumns(scope), grantedById: row.invitedById } });
    await recordAudit(tx, { accountId: account.id }, {
      action: "UPDATE", entityType: "invitation", entityId: row.id, changes: { accepted: true, accountCreated: !existing }, ...auditScopeOf(scope),
    });
    return tx.account.findUniqueOrThrow({ where: { id: account.id }, include: { roles: true } });
  });
  const session = await openSession(prisma, account.id, userAgent);
  return { account: { id: account.id, email: account.email, displayName: account.displayName, roles: roleViews(account.roles) }, ...session };
}

