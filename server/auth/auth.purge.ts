// What the auth module keeps past its use, deleted by the daily purge. The
// audit trail keeps its own entries (who invited whom, who reset a
// password): these rows are only the links' working state.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { purgeUnsubscribeLinks } from "./mail-preference.service.ts";

const DAY_MS = 24 * 3600 * 1000;
// An expired or used link is kept a while: a person who clicks it late is
// told it expired (rather than that it never existed), and an administrator
// can still see an invitation that went unanswered.
const PASSWORD_LINKS_KEPT_MS = 7 * DAY_MS;
const INVITATIONS_KEPT_MS = 30 * DAY_MS;

export async function purgeAuth(prisma: PrismaClient, now: Date): Promise<Record<string, number>> {
  const linksBefore = new Date(now.getTime() - PASSWORD_LINKS_KEPT_MS);
  const passwordLinks = await prisma.passwordLink.deleteMany({
    where: { OR: [{ expiresAt: { lt: linksBefore } }, { usedAt: { lt: linksBefore } }] },
  });
  const invitationsBefore = new Date(now.getTime() - INVITATIONS_KEPT_MS);
  // An accepted invitation stays: it says how its account came by its role.
  const invitations = await prisma.invitation.deleteMany({
    where: { acceptedAt: null, OR: [{ expiresAt: { lt: invitationsBefore } }, { revokedAt: { lt: invitationsBefore } }] },
  });
  // Signing in sweeps them too; an instance nobody signs in to still forgets them.
  const sessions = await prisma.session.deleteMany({ where: { expiresAt: { lt: now } } });
  const unsubscribeLinks = await purgeUnsubscribeLinks(prisma, now);
  return { passwordLinks: passwordLinks.count, invitations: invitations.count, sessions: sessions.count, unsubscribeLinks };
}
