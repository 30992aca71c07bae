// The daily digest of new proposals: each network animator receives, once a
// day, the events that entered the moderation queues of the editions they
// animate since their previous digest — or nothing when there are none.
//
// Once a day, whatever the instances: graphile-worker's crontab queues one
// job a day across all of them (its known_crontabs row), and a digest run
// twice — a retried job, a test, an administrator — finds the row of the day
// in proposal_digest (account × Paris day, its primary key) and sends
// nothing. The row also says where the next digest starts (coveredTo), so
// that a day without a run (the server was down) loses no proposal.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../core/logger.ts";
import { enqueueMail } from "../core/mail.ts";
import { newUnsubscribeLink, unsubscribedFrom } from "../auth/mail-preference.service.ts";
import { parisDay } from "./paris-time.ts";
import { proposalDigestMail, type DigestEdition } from "./proposal-digest.mail.ts";

export const PROPOSAL_DIGEST_TASK = "proposal-digest";

/** The first digest of an account covers the day before it. */
const FIRST_WINDOW_MS = 24 * 3600 * 1000;

interface ProposalRow {
  edition_id: string;
  edition_title: string;
  title: string;
  lead: string | null;
  lead_pending: boolean | null;
  starts_at: Date;
  commune: string;
}

/** The moderation page of an edition (web/src/routes.ts: /planning/<edition>/moderation). */
export const moderationPage = (publicUrl: string, editionId: string) => `${publicUrl}/planning/${encodeURIComponent(editionId)}/moderation`;

/**
 * Sends today's digests (the Paris day of `now`): one e-mail per animator
 * with new proposals, none to those without or unsubscribed. Each account's
 * digest is recorded and queued in one transaction. Returns how many were sent.
 */
export async function sendProposalDigests(options: { prisma: PrismaClient; now: Date; publicUrl: string; log?: Logger }): Promise<number> {
  const { prisma, now, publicUrl } = options;
  const day = new Date(`${parisDay(now)}T00:00:00Z`);
  const grants = await prisma.roleGrant.findMany({
    where: { role: "NETWORK_ANIMATOR", account: { disabledAt: null } },
    select: { accountId: true, cotessId: true, maisonId: true, organisationId: true, account: { select: { email: true, displayName: true } } },
    orderBy: { accountId: "asc" },
  });
  const animators = new Map<string, { email: string; name: string; cotessIds: string[]; maisonIds: string[]; organisationIds: string[] }>();
  for (const grant of grants) {
    const animator = animators.get(grant.accountId)
      ?? { email: grant.account.email, name: grant.account.displayName, cotessIds: [], maisonIds: [], organisationIds: [] };
    if (grant.cotessId) animator.cotessIds.push(grant.cotessId);
    if (grant.maisonId) animator.maisonIds.push(grant.maisonId);
    if (grant.organisationId) animator.organisationIds.push(grant.organisationId);
    animators.set(grant.accountId, animator);
  }
  const unsubscribed = await unsubscribedFrom(prisma, "PROPOSAL_DIGEST", [...animators.keys()]);

  let sent = 0;
  for (const [accountId, animator] of animators) {
    const mailed = await prisma.$transaction(async (tx) => {
      const previous = await tx.proposalDigest.findFirst({ where: { accountId, day: { lt: day } }, orderBy: { day: "desc" }, select: { coveredTo: true } });
      const from = previous?.coveredTo ?? new Date(now.getTime() - FIRST_WINDOW_MS);
      const rows = unsubscribed.has(accountId) ? [] : await tx.$queryRaw<ProposalRow[]>`
        SELECT ed.id AS edition_id, ed.title AS edition_title, e.title,
               o.name AS lead, o.pending_validation AS lead_pending,
               (SELECT min(s.starts_at) FROM event_session s WHERE s.event_id = e.id) AS starts_at,
               t.name AS commune
          FROM event e
          JOIN edition ed ON ed.id = e.edition_id
          JOIN territory t ON t.id = e.commune_id
          LEFT JOIN event_co_organiser c ON c.event_id = e.id AND c.role = 'LEAD'
          LEFT JOIN organisation o ON o.id = c.organisation_id
         WHERE e.status = 'PROPOSED' AND e.proposed_at > ${from} AND e.proposed_at <= ${now}
           AND (ed.cotess_id = ANY(${animator.cotessIds}::text[])
             OR ed.maison_id = ANY(${animator.maisonIds}::text[])
             OR ed.network_organisation_id = ANY(${animator.organisationIds}::text[]))
         ORDER BY ed.starts_on DESC, ed.id, e.proposed_at, e.id`;
      // The day's row first: a second run of the day, or a concurrent one
      // (it waits for this transaction), finds it and sends nothing.
      const recorded = await tx.proposalDigest.createMany({
        data: [{ accountId, day, coveredFrom: from, coveredTo: now, eventCount: rows.length }],
        skipDuplicates: true,
      });
      if (recorded.count === 0 || rows.length === 0) return false;
      const editions = new Map<string, DigestEdition>();
      for (const row of rows) {
        const edition = editions.get(row.edition_id) ?? { title: row.edition_title, link: moderationPage(publicUrl, row.edition_id), proposals: [] };
        edition.proposals.push({ title: row.title, lead: row.lead ?? "Organisateur non renseigné", leadPending: row.lead_pending ?? false, startsAt: row.starts_at, commune: row.commune });
        editions.set(row.edition_id, edition);
      }
      const unsubscribeUrl = await newUnsubscribeLink(tx, publicUrl, accountId, "PROPOSAL_DIGEST", now);
      await enqueueMail(tx, proposalDigestMail(animator.email, { name: animator.name, editions: [...editions.values()], unsubscribeUrl }));
      return true;
    });
    if (mailed) sent += 1;
  }
  options.log?.info({ day: parisDay(now), animators: animators.size, sent }, "proposal digests sent");
  return sent;
}

/** Digest rows older than this are no longer where any digest starts. */
const DIGESTS_KEPT_MS = 90 * 24 * 3600 * 1000;

export async function purgeProposalDigests(prisma: PrismaClient, now: Date): Promise<number> {
  // Each account's latest row is kept whatever its age: the next digest starts there.
  const count = await prisma.$executeRaw`
    DELETE FROM proposal_digest d
     WHERE d.day < ${new Date(now.getTime() - DIGESTS_KEPT_MS)}::date
       AND d.day < (SELECT max(l.day) FROM proposal_digest l WHERE l.account_id = d.account_id)`;
  return count;
}

