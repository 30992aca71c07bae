// Accounts of real people: passwords chosen through single-use links, changed,
// sessions ended everywhere, accounts deactivated, roles given and taken back
// within the giver's reach. Every step is written with its audit entry in one
// transaction, and the e-mail it sends is queued in that same transaction.
import type { PrismaClient } from "../core/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { DomainError, badInput, notFound } from "../core/errors.ts";
import { forbidden, isPlatformAdmin, requireViewer } from "../core/access.ts";
import { recordAudit } from "../core/audit.ts";
import { writeTransaction } from "../core/transactions.ts";
import { countAction, throttleAction } from "../core/action-throttle.ts";
import { enqueueMail } from "../core/mail.ts";
import type { RoleScope, Viewer } from "../core/viewer.ts";
import { hashPassword, verifyPassword } from "./auth.password.ts";
import { assertStrongPassword } from "./auth.password-quality.ts";
import { openSession, tokenHash } from "./auth.session.ts";
import { LINK_LIFETIME_MS, newLinkToken, passwordLink, wellFormedToken } from "./auth.tokens.ts";
import { passwordChangedMail, passwordLinkMail } from "./auth.mail.ts";
import { assertMayManageRole, mayDeactivate, mayManageRoles } from "./auth.access.ts";
import { scopeColumns } from "./role-scope.ts";

type Tx = Prisma.TransactionClient;

/** A password hash nobody can match: an account that has not chosen its password yet. */
export const NO_PASSWORD = "!";

export const normalisedEmail = (email: string) => email.trim().toLowerCase();

// « Mot de passe oublié »: a few links per address and hour (a mailbox is
// not to be flooded), more per client address (an office shares one).
const RESET_PER_EMAIL = { limit: 3, windowMs: 3600 * 1000 };
const RESET_PER_ADDRESS = { limit: 20, windowMs: 3600 * 1000 };

const BAD_LINK = "Ce lien n'est pas valable : il a déjà servi, a expiré ou a été remplacé par un plus récent. Demandez-en un nouveau.";

/** The account's roles as the API shows them, with each grant's id. */
export const roleViews = (grants: { id: number; role: RoleScope["role"]; cotessId: string | null; maisonId: string | null; organisationId: string | null; territoryId: number | null }[]) =>
  grants.map(({ id, role, cotessId, maisonId, organisationId, territoryId }) => ({ id: String(id), kind: role, cotessId, maisonId, organisationId, territoryId }));

/**
 * Sends a link to choose a new password — or nothing, without saying so: the
 * answer is the same whether or not the address has an account, so that
 * nobody learns who has one.
 * @throws TOO_MANY_REQUESTS when the client address asked too often
 */
export async function requestPasswordLink(prisma: PrismaClient, email: string, clientAddress: string, publicUrl: string): Promise<void> {
  const address = normalisedEmail(email);
  const now = new Date();
  await writeTransaction(prisma, async (tx) => {
    await throttleAction(tx, `reset-address:${clientAddress}`, RESET_PER_ADDRESS, now, "Trop de demandes de mot de passe depuis cette connexion.", "email");
    // Past the address's limit nothing is sent, and nothing is said either.
    if ((await countAction(tx, `reset-email:${address}`, RESET_PER_EMAIL, now)) > 0) return;
    const account = await tx.account.findUnique({ where: { email: address }, select: { id: true, disabledAt: true } });
    if (!account || account.disabledAt) return;
    await sendPasswordLink(tx, account.id, address, "RESET", publicUrl, now);
  });
}

async function sendPasswordLink(tx: Tx, accountId: string, email: string, purpose: "RESET" | "FIRST_PASSWORD", publicUrl: string, now: Date) {
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + (purpose === "RESET" ? LINK_LIFETIME_MS.reset : LINK_LIFETIME_MS.firstPassword));
  // One live link at a time: a new one replaces the older ones.
  await tx.passwordLink.updateMany({ where: { accountId, usedAt: null }, data: { usedAt: now } });
  await tx.passwordLink.create({ data: { tokenHash: hash, accountId, purpose, expiresAt } });
  const link = passwordLink(publicUrl, token);
  await enqueueMail(tx, passwordLinkMail(email, { link, expiresAt, first: purpose === "FIRST_PASSWORD" }));
  await recordAudit(tx, { accountId }, { action: "CREATE", entityType: "password_link", entityId: accountId, changes: { purpose, expiresAt } });
  return link;
}

/**
 * Sets the password of a link's account, ends all its sessions and opens one.
 * @throws BAD_USER_INPUT (token: unknown, used, expired; password: too weak)
 */
export async function resetPassword(prisma: PrismaClient, rawToken: string, password: string, publicUrl: string, userAgent: string | null = null) {
  const token = wellFormedToken(rawToken);
  if (!token) throw badInput("token", BAD_LINK);
  const now = new Date();
  const link = await prisma.passwordLink.findUnique({ where: { tokenHash: tokenHash(token) }, include: { account: true } });
  if (!link || link.usedAt || link.expiresAt <= now || link.account.disabledAt) throw badInput("token", BAD_LINK);
  await assertStrongPassword(password, [link.account.email, link.account.displayName]);
  const passwordHash = await hashPassword(password);
  const account = await writeTransaction(prisma, async (tx) => {
    // Used once: a concurrent second use finds it used and changes nothing.
    const claimed = await tx.passwordLink.updateMany({ where: { tokenHash: link.tokenHash, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw badInput("token", BAD_LINK);
    await tx.account.update({ where: { id: link.accountId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { accountId: link.accountId } });
    if (link.purpose === "RESET") {
      await enqueueMail(tx, passwordChangedMail(link.account.email, { at: now, accountUrl: `${publicUrl}/compte` }));
    }
    await recordAudit(tx, { accountId: link.accountId }, { action: "UPDATE", entityType: "account", entityId: link.accountId, changes: { password: link.purpose } });
    return tx.account.findUniqueOrThrow({ where: { id: link.accountId }, include: { roles: true } });
  });
  const session = await openSession(prisma, account.id, userAgent);
  return { account: { id: account.id, email: account.email, displayName: account.displayName, roles: roleViews(account.roles) }, ...session };
}

/**
 * Changes the viewer's password; every other session ends.
 * @throws UNAUTHENTICATED (current password wrong), BAD_USER_INPUT (new one weak)
 */
export async function changePassword(prisma: PrismaClient, viewer: Viewer | null, current: string, next: string, publicUrl: string) {
  const signedIn = requireViewer(viewer);
  const account = await prisma.account.findUniqueOrThrow({ where: { id: signedIn.accountId } });
  if (!(await verifyPassword(account.passwordHash, current))) {
    throw new DomainError("UNAUTHENTICATED", "Mot de passe actuel incorrect.", "currentPassword");
  }
  await assertStrongPassword(next, [account.email, account.displayName], "newPassword");
  const passwordHash = await hashPassword(next);
  const now = new Date();
  await writeTransaction(prisma, async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { accountId: account.id, id: { not: signedIn.sessionId } } });
    await tx.passwordLink.updateMany({ where: { accountId: account.id, usedAt: null }, data: { usedAt: now } });
    await enqueueMail(tx, passwordChangedMail(account.email, { at: now, accountUrl: `${publicUrl}/compte` }));
    await recordAudit(tx, signedIn, { action: "UPDATE", entityType: "account", entityId: account.id, changes: { password: "CHANGED" } });
  });
}

/** Ends every session of the viewer, this one included. */
export async function signOutEverywhere(prisma: PrismaClient, viewer: Viewer | null): Promise<number> {
  const signedIn = requireViewer(viewer);
  return writeTransaction(prisma, async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { accountId: signedIn.accountId } });
    await recordAudit(tx, signedIn, { action: "DELETE", entityType: "session", entityId: signedIn.accountId, changes: { sessions: count } });
    return count;
  });
}

/** The viewer's open sessions, most recent first. */
export async function sessionsOf(prisma: PrismaClient, viewer: Viewer) {
  const rows = await prisma.session.findMany({
    where: { accountId: viewer.accountId, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
  });
  // The id shown is the session's public id, unrelated to its token: knowing it opens nothing.
  return rows.map((row) => ({
    id: row.publicId, device: row.device, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, current: row.id === viewer.sessionId,
  }));
}

/**
 * Closes one of the viewer's sessions (a browser left signed in elsewhere).
 * Returns whether it was the viewer's current one.
 * @throws UNAUTHENTICATED; NOT_FOUND when the viewer has no open session with
 * this id — someone else's included, so that nobody learns which ids exist.
 */
export async function closeOwnSession(prisma: PrismaClient, viewer: Viewer | null, publicId: string): Promise<{ current: boolean }> {
  const signedIn = requireViewer(viewer);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(publicId)) throw notFound("session", publicId, "id");
  return writeTransaction(prisma, async (tx) => {
    // Only one's own: the account is part of what is deleted.
    const closed = await tx.session.findFirst({ where: { publicId, accountId: signedIn.accountId }, select: { id: true, device: true } });
    const { count } = closed ? await tx.session.deleteMany({ where: { id: closed.id } }) : { count: 0 };
    // Gone meanwhile (closed from another browser): the same answer as never there.
    if (!closed || count === 0) throw notFound("session", publicId, "id");
    await recordAudit(tx, signedIn, { action: "DELETE", entityType: "session", entityId: publicId, changes: { device: closed.device } });
    return { current: closed.id === signedIn.sessionId };
  });
}

/**
 * Deactivates an account: no sign-in, no session; its records and audit stay.
 * @throws FORBIDDEN (not an admin nor the person), NOT_FOUND, BAD_USER_INPUT (the last admin)
 */
export async function deactivateAccount(prisma: PrismaClient, viewer: Viewer | null, accountId: string): Promise<void> {
  const signedIn = requireViewer(viewer);
  if (!mayDeactivate(signedIn, accountId)) throw forbidden("Seuls l'administration de la plateforme et la personne elle-même désactivent un compte.");
  await writeTransaction(prisma, async (tx) => {
    const account = await tx.account.findUnique({ where: { id: accountId }, include: { roles: true } });
    if (!account) throw notFound("account", accountId, "id");
    if (account.disabledAt) return;
    if (account.roles.some((grant) => grant.role === "PLATFORM_ADMIN")) {
      const others = await tx.roleGrant.count({ where: { role: "PLATFORM_ADMIN", accountId: { not: accountId }, account: { disabledAt: null } } });
      if (others === 0) throw badInput("id", "C'est le dernier compte d'administration actif : donnez d'abord ce rôle à quelqu'un d'autre.");
    }
    await tx.account.update({ where: { id: accountId }, data: { disabledAt: new Date() } });
    await tx.session.deleteMany({ where: { accountId } });
    await tx.passwordLink.updateMany({ where: { accountId, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, signedIn, { action: "UPDATE", entityType: "account", entityId: accountId, changes: { disabled: { from: false, to: true } } });
  });
}

/** Gives an account a role, within the giver's reach. @throws FORBIDDEN, NOT_FOUND, CONFLICT (already held) */
export async function grantRole(prisma: PrismaClient, viewer: Viewer | null, accountId: string, scope: RoleScope) {
  const signedIn = await assertMayManageRole(prisma, viewer, scope);
  return writeTransaction(prisma, async (tx) => {
    const account = await tx.account.findUnique({ where: { id: accountId }, include: { roles: true } });
    if (!account) throw notFound("account", accountId, "account");
    if (account.roles.some((grant) => sameScope(grant, scope))) {
      throw new DomainError("CONFLICT", "Cette personne a déjà ce rôle.", "scope", { reason: "ALREADY_GRANTED" });
    }
    const grant = await tx.roleGrant.create({ data: { accountId, ...scopeColumns(scope), grantedById: signedIn.accountId } });
    await recordAudit(tx, signedIn, { action: "CREATE", entityType: "role_grant", entityId: String(grant.id), changes: { accountId, ...scopeColumns(scope) }, ...auditScopeOf(scope) });
    return roleViews([grant])[0];
  });
}

/** Takes a role back, under the rule that gives it. An admin cannot take back the last admin role. */
export async function revokeRole(prisma: PrismaClient, viewer: Viewer | null, grantId: string): Promise<void> {
  const signedIn = requireViewer(viewer);
  const id = Number(grantId);
  if (!Number.isSafeInteger(id) || id < 1) throw badInput("id", "Identifiant de rôle invalide.");
  const grant = await prisma.roleGrant.findUnique({ where: { id } });
  if (!grant) throw notFound("role", grantId, "id");
  await assertMayManageRole(prisma, signedIn, grant);
  await writeTransaction(prisma, async (tx) => {
    if (grant.role === "PLATFORM_ADMIN") {
      const others = await tx.roleGrant.count({ where: { role: "PLATFORM_ADMIN", id: { not: id }, account: { disabledAt: null } } });
      if (others === 0) throw badInput("id", "C'est le dernier rôle d'administration actif : donnez-le d'abord à quelqu'un d'autre.");
    }
    const { count } = await tx.roleGrant.deleteMany({ where: { id } });
    if (count === 0) return;
    await recordAudit(tx, signedIn, { action: "DELETE", entityType: "role_grant", entityId: grantId, changes: { accountId: grant.accountId, ...scopeColumns(grant) }, ...auditScopeOf(grant) });
  });
}

/**
 * The people the viewer manages: everyone for an admin, else the accounts
 * holding a role the viewer could give (its network's animators, editors,
 * agents), by name.
 */
export async function managedPeople(prisma: PrismaClient, viewer: Viewer | null) {
  const signedIn = requireViewer(viewer);
  const accounts = await prisma.account.findMany({
    where: isPlatformAdmin(signedIn) ? {} : { roles: { some: { role: { not: "PLATFORM_ADMIN" } } } },
    include: { roles: { orderBy: { id: "asc" } }, sessions: { select: { lastSeenAt: true }, orderBy: { lastSeenAt: "desc" }, take: 1 } },
    orderBy: [{ displayName: "asc" }, { email: "asc" }],
  });
  // Every role of every account judged in one statement: the list costs the same for 5 people or 500.
  const grants = accounts.flatMap((account) => account.roles);
  const verdicts = await mayManageRoles(prisma, signedIn, grants);
  const manageable = new Set(grants.filter((_, index) => verdicts[index]));
  const people = [];
  for (const account of accounts) {
    const roles = account.roles.filter((grant) => manageable.has(grant));
    if (!roles.length && !isPlatformAdmin(signedIn)) continue;
    people.push({
      id: account.id, email: account.email, displayName: account.displayName, active: account.disabledAt === null,
      createdAt: account.createdAt, lastSeenAt: account.sessions[0]?.lastSeenAt ?? null,
      // A manager sees the roles it manages; an admin sees them all.
      roles: roleViews(isPlatformAdmin(signedIn) ? account.roles : roles),
    });
  }
  return people;
}

/**
 * Creates an account on the command line (the first admin of a server):
 * no password yet, a single-use link to choose it, valid 7 days. An existing
 * account gets the role and a fresh link.
 */
export async function createAccountFromCommandLine(
  prisma: PrismaClient,
  input: { email: string; displayName: string; admin: boolean },
  publicUrl: string,
): Promise<{ link: string; created: boolean }> {
  const email = normalisedEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw badInput("email", `Adresse électronique invalide : « ${input.email} ».`);
  return writeTransaction(prisma, async (tx) => {
    const existing = await tx.account.findUnique({ where: { email }, include: { roles: true } });
    const account = existing ?? (await tx.account.create({ data: { email, displayName: input.displayName || email, passwordHash: NO_PASSWORD }, include: { roles: true } }));
    if (existing?.disabledAt) await tx.account.update({ where: { id: existing.id }, data: { disabledAt: null } });
    if (input.admin && !account.roles.some((grant) => grant.role === "PLATFORM_ADMIN")) {
      await tx.roleGrant.create({ data: { accountId: account.id, role: "PLATFORM_ADMIN" } });
    }
    await recordAudit(tx, { accountId: account.id }, {
      action: existing ? "UPDATE" : "CREATE", entityType: "account", entityId: account.id, changes: { email, admin: input.admin, from: "command line" },
    });
    const link = await sendPasswordLink(tx, account.id, email, "FIRST_PASSWORD", publicUrl, new Date());
    return { link, created: !existing };
  });
}

const sameScope = (a: Omit<RoleScope, "role"> & { role: string }, b: RoleScope) =>
  a.role === b.role && a.cotessId === b.cotessId && a.maisonId === b.maisonId && a.organisationId === b.organisationId && a.territoryId === b.territoryId;

/** The audit trail a role's entry is filed under: the network or organisation its animators read. */
export const auditScopeOf = (scope: Omit<RoleScope, "role">) => ({
  cotessId: scope.cotessId, maisonId: scope.maisonId, organisationId: scope.organisationId,
});
