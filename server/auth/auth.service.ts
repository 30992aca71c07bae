// Signing in and out.
import type { PrismaClient } from "../core/database.ts";
import { DomainError } from "../core/errors.ts";
import { decoyHash, verifyPassword } from "./auth.password.ts";
import { closeSession, openSession } from "./auth.session.ts";
import { assertMaySignIn, clearAccountThrottle, recordFailedSignIn } from "./auth.throttle.ts";
import type { Role } from "./auth.type.ts";
import { roleViews } from "./account.service.ts";
import type { Viewer } from "../core/viewer.ts";

export interface AccountView {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export function accountOfViewer(viewer: Viewer): AccountView {
  return {
    id: viewer.accountId,
    email: viewer.email,
    displayName: viewer.displayName,
    roles: viewer.roles.map(({ grantId, role, ...scope }) => ({ id: String(grantId), kind: role, ...scope })),
  };
}

/**
 * Checks the credentials and opens a session.
 * @throws TOO_MANY_REQUESTS (auth.throttle.ts) before any password is
 * hashed; UNAUTHENTICATED when the e-mail or the password is wrong (the same
 * message for both, after the same work, so that accounts cannot be probed).
 */
export async function signIn(prisma: PrismaClient, email: string, password: string, clientAddress: string, userAgent: string | null = null) {
  const attempt = { email, address: clientAddress };
  await assertMaySignIn(prisma, attempt);
  const account = await prisma.account.findUnique({
    where: { email: email.trim().toLowerCase() },
    include: { roles: true },
  });
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
  if (!account || !valid || account.disabledAt) {
    await recordFailedSignIn(prisma, attempt);
    throw new DomainError("UNAUTHENTICATED", "Adresse électronique ou mot de passe incorrect.", "password");
  }
  await clearAccountThrottle(prisma, attempt);
  const session = await openSession(prisma, account.id, userAgent);
  const view: AccountView = {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    roles: roleViews(account.roles),
  };
  return { account: view, ...session };
}

export async function signOut(prisma: PrismaClient, viewer: Viewer | null): Promise<void> {
  if (viewer) await closeSession(prisma, viewer.sessionId);
}
