// Moderation of the Mois de l'ESS: the animators of an edition decide on each
// proposed event — publish it, send it back as a draft with the changes to
// make, or refuse it with a reason — and its organisers are told by e-mail.
// A decision is a change of the event (changeEvent): the rights, the version,
// the allowed statuses and the publication are updateEvent's, written once.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { EventStatus, ModerationDecision } from "../generated/prisma/enums.ts";
import { DomainError, badInput } from "../core/errors.ts";
import { editedOrganisationIds, requireViewer } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";
import type { Loaders } from "../core/context.ts";
import { writeTransaction } from "../core/transactions.ts";
import { enqueueMail } from "../core/mail.ts";
import { changeEvent, viewerCanEditEvent, type EditionRow, type EventRow, type EventWriteResult } from "./event.service.ts";
import { assertMayModerateEvent, assertMayReadModerationQueue } from "./event.access.ts";
import { STATUS_WORD, enteredQueueAt, proposedEvent } from "./event.status.ts";
import { moderationMail } from "./moderation.mail.ts";
import type { ModerateEventInput } from "./moderation.inputs.ts";
import type { UpdateEventInput } from "./event.inputs.ts";
import type { EventModeration } from "./moderation.type.ts";

type Tx = Prisma.TransactionClient;

/** The status each decision gives the event. */
const STATUS_AFTER: Record<ModerationDecision, EventStatus> = { APPROVED: "CONFIRMED", CHANGES_REQUESTED: "DRAFT", REJECTED: "CANCELLED" };

// Organisers sent back or refused are owed an explanation.
const MESSAGE_REQUIRED: Partial<Record<ModerationDecision, string>> = {
  CHANGES_REQUESTED: "Dites aux organisateurs ce qu'il faut modifier avant de publier l'événement.",
  REJECTED: "Donnez aux organisateurs la raison du refus.",
};

/**
 * Decides on a proposed event: APPROVED confirms (publishes) it,
 * CHANGES_REQUESTED makes it a draft again, REJECTED cancels it unpublished.
 * The decision is kept on the event and audited; the proposer and the editors
 * of its co-organisers get an e-mail, queued in the same transaction.
 * @throws UNAUTHENTICATED; BAD_USER_INPUT (input.message missing when
 * required); NOT_FOUND (no such event); FORBIDDEN (not an animator of its
 * edition); CONFLICT (stale version, with `currentVersion`; or the event is
 * no longer proposed, reason NOT_PROPOSED) — nothing written.
 */
export async function moderateEvent(prisma: PrismaClient, viewer: Viewer | null, input: ModerateEventInput, publicUrl: string): Promise<EventWriteResult> {
  const moderator = requireViewer(viewer);
  const message = input.message?.trim() || null;
  const required = MESSAGE_REQUIRED[input.decision];
  if (required && !message) throw badInput("input.message", required);
  return writeTransaction(prisma, async (tx) => {
    const change: UpdateEventInput = { id: input.event, version: input.version, status: STATUS_AFTER[input.decision] };
    const { written, edition, coOrganiserIds } = await changeEvent(tx, moderator, change, {
      check: ({ viewer: author, edition: network, before }) => {
        assertMayModerateEvent(author, network);
        if (before.status !== "PROPOSED") {
          // Another animator decided first, or its organisers took it back.
          throw new DomainError(
            "CONFLICT",
            `Cet événement n'est plus proposé (il est ${STATUS_WORD[before.status]}) : rechargez la liste des événements à modérer.`,
            "input.event",
            { reason: "NOT_PROPOSED", currentStatus: before.status, currentVersion: before.version },
          );
        }
      },
      fields: { moderationDecision: input.decision, moderationMessage: message, moderatedAt: new Date(), moderatedById: moderator.accountId },
    });
    const { displayName } = await tx.account.findUniqueOrThrow({ where: { id: moderator.accountId }, select: { displayName: true } });
    const facts = {
      decision: input.decision,
      title: written.event.title,
      edition: edition.title,
      moderator: displayName,
      message,
      link: `${publicUrl}/evenements/${encodeURIComponent(written.event.id)}`,
    };
    for (const to of await organiserAddresses(tx, written.event.id, coOrganiserIds, moderator.accountId)) {
      await enqueueMail(tx, moderationMail(to, facts));
    }
    return written;
  });
}

/**
 * Who hears of a decision, each once: the account that created the event (its
 * audit entry says who) or the confirmed contact of the public proposal it
 * came from, and the active editors of its co-organisers — not the animator
 * who decided.
 */
async function organiserAddresses(tx: Tx, eventId: string, coOrganiserIds: string[], moderatorId: string): Promise<string[]> {
  const creation = await tx.auditEntry.findFirst({
    where: { entityType: "Event", entityId: eventId, action: "CREATE" },
    orderBy: { id: "asc" },
    select: { accountId: true },
  });
  const accounts = await tx.account.findMany({
    where: {
      disabledAt: null,
      id: { not: moderatorId },
      OR: [
        ...(creation?.accountId ? [{ id: creation.accountId }] : []),
        { roles: { some: { role: "ORGANISATION_EDITOR", organisationId: { in: coOrganiserIds } } } },
      ],
    },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  const proposal = await tx.publicProposal.findUnique({ where: { eventId }, select: { contactEmail: true } });
  return [...new Set([...(proposal ? [proposal.contactEmail] : []), ...accounts.map((account) => account.email)])];
}

/**
 * The proposed events of an edition, the longest waiting first.
 * @throws UNAUTHENTICATED, FORBIDDEN (not an animator of the edition)
 */
export async function moderationQueue(prisma: PrismaClient, viewer: Viewer | null, edition: EditionRow): Promise<EventRow[]> {
  assertMayReadModerationQueue(viewer, edition);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM event e WHERE e.edition_id = ${edition.id} AND ${proposedEvent()} ORDER BY ${enteredQueueAt()}, e.id`;
  const byId = new Map((await prisma.event.findMany({ where: { id: { in: rows.map((row) => row.id) } } })).map((event) => [event.id, event]));
  return rows.flatMap((row) => byId.get(row.id) ?? []);
}

/**
 * « Mes propositions »: the events led by the organisations the viewer edits,
 * whatever their status, the latest changed first (200 at most).
 * @throws UNAUTHENTICATED
 */
export async function viewerProposals(prisma: PrismaClient, viewer: Viewer | null): Promise<EventRow[]> {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Connectez-vous pour voir vos propositions.");
  return prisma.event.findMany({
    where: { coOrganisers: { some: { role: "LEAD", organisationId: { in: editedOrganisationIds(viewer) } } } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 200,
  });
}

/** The last decision on an event, for those who may change it; null for others. */
export async function moderationOf(loaders: Loaders, viewer: Viewer | null, event: EventRow): Promise<EventModeration | null> {
  if (!event.moderationDecision || !event.moderatedAt) return null;
  if (!(await viewerCanEditEvent(loaders, viewer, event))) return null;
  return { decision: event.moderationDecision, message: event.moderationMessage, at: event.moderatedAt };
}
