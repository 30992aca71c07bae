// Notices to co-organisers: when someone changes an event, the editors of its
// other co-organisers (and of its lead when a partner or an animator changed
// it) are told what changed and by whom; when a write makes a new clash with
// another event, the editors of that event's co-organisers are told too.
// Moderation decisions have their own e-mail (moderation.mail.ts) and make
// no notice here.
//
// A write records what to tell (event_notice) and queues the event's notice
// job in its own transaction — a write rolled back tells nobody — a few
// minutes ahead under one job key per event, keeping its time: the changes
// of a burst join the waiting job, and each recipient gets one e-mail for
// them all. The author of a change is never told of it.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { EventStatus } from "../generated/prisma/enums.ts";
import { editedOrganisationIds } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";
import { enqueueJob } from "../core/jobs.ts";
import { enqueueMail } from "../core/mail.ts";
import { CLASH_REASON_KIND_LABEL, EVENT_STATUS_LABEL } from "../core/labels.ts";
import { newUnsubscribeLink, unsubscribedFrom } from "../auth/mail-preference.service.ts";
import { clashesOfEdition, type Clash, type ClashReasonKind } from "./event.clashes.ts";
import { eventNoticeMail, type NoticeItem } from "./event.notices.mail.ts";
import { frenchMoment } from "./proposal-digest.mail.ts";
import { parisLocalToInstant } from "./paris-time.ts";

type Tx = Prisma.TransactionClient;

export const EVENT_NOTICE_TASK = "event-notices";

/** How long a notice waits for the changes that follow it. */
export const NOTICE_DELAY_MS = 5 * 60 * 1000;

const eventPage = (publicUrl: string, eventId: string) => `${publicUrl}/evenements/${encodeURIComponent(eventId)}`;

// ─── Recording, in the write's transaction ─────────────────────────────────

/** What the event's clashes are before a change: only a planned event has real ones. */
export async function clashesBeforeChange(tx: Tx, eventId: string): Promise<Clash[]> {
  // Locked first (changeEvent locks it again): nothing moves it between this reading and the change.
  const rows = await tx.$queryRaw<{ edition_id: string; status: EventStatus }[]>`SELECT edition_id, status FROM event WHERE id = ${eventId} FOR UPDATE`;
  if (!rows.length || !isPlanned(rows[0].status)) return [];
  return clashesOfEdition(tx, rows[0].edition_id, { eventId });
}

const isPlanned = (status: EventStatus) => status === "PROPOSED" || status === "CONFIRMED";

/** The other events the event now clashes with for a reason it did not before, with those reasons. */
export function newClashes(before: Clash[], after: Clash[]): Map<string, ClashReasonKind[]> {
  const known = new Set(before.flatMap((clash) => clash.reasons.map((reason) => `${clash.second.eventId}:${reason.kind}`)));
  const fresh = new Map<string, ClashReasonKind[]>();
  for (const clash of after) {
    for (const reason of clash.reasons) {
      if (known.has(`${clash.second.eventId}:${reason.kind}`)) continue;
      const kinds = fresh.get(clash.second.eventId) ?? [];
      if (!kinds.includes(reason.kind)) kinds.push(reason.kind);
      fresh.set(clash.second.eventId, kinds);
    }
  }
  return fresh;
}

const FIELD_LABEL: Record<string, string> = {
  title: "le titre", type: "le type", description: "la description", audiences: "les publics", themes: "les thèmes",
  capacity: "la jauge", accessibility: "l'accessibilité", accessibilityNote: "la note d'accessibilité",
  registrationUrl: "le lien d'inscription", coOrganisers: "les co-organisateurs",
};
const VENUE_FIELDS = ["venueMaisonId", "venueOrganisationId", "venueAddress", "communeId"];

interface VenueColumns { venueMaisonId: string | null; venueOrganisationId: string | null; venueAddress: string | null; communeId: number }

async function venueWords(tx: Tx, venue: VenueColumns): Promise<string> {
  const commune = (await tx.territory.findUnique({ where: { id: venue.communeId }, select: { name: true } }))?.name ?? "";
  if (venue.venueMaisonId) return `${(await tx.maison.findUnique({ where: { id: venue.venueMaisonId }, select: { name: true } }))?.name ?? venue.venueMaisonId} (${commune})`;
  if (venue.venueOrganisationId) {
    return `locaux de ${(await tx.organisation.findUnique({ where: { id: venue.venueOrganisationId }, select: { name: true } }))?.name ?? venue.venueOrganisationId} (${commune})`;
  }
  return `${venue.venueAddress ?? ""}, ${commune}`;
}

const sessionWords = (sessions: { start: string; end: string }[]) =>
  sessions.map((session) => `${frenchMoment(parisLocalToInstant(session.start)!)} – ${session.end.slice(11).replace(":", " h ")}`).join(" ; ");

/** The change in French lines: each field named, dates, venue and status with their old and new values. */
async function changeLines(tx: Tx, before: VenueColumns & { status: EventStatus }, changes: Record<string, unknown>, after: VenueColumns): Promise<string[]> {
  const lines: string[] = [];
  const status = changes.status as { from: EventStatus; to: EventStatus } | undefined;
  if (status) lines.push(`Statut : ${EVENT_STATUS_LABEL[status.from]} → ${EVENT_STATUS_LABEL[status.to]}`);
  const sessions = changes.sessions as { from: { start: string; end: string }[]; to: { start: string; end: string }[] } | undefined;
  if (sessions && JSON.stringify(sessions.from) !== JSON.stringify(sessions.to)) lines.push(`Dates : ${sessionWords(sessions.from)} → ${sessionWords(sessions.to)}`);
  if (VENUE_FIELDS.some((field) => field in changes)) lines.push(`Lieu : ${await venueWords(tx, before)} → ${await venueWords(tx, after)}`);
  // Co-organisers given again unchanged (a form sends them all) are no change.
  const others = Object.keys(changes).filter((name) => name in FIELD_LABEL && !(name === "coOrganisers" && sameCoOrganisers(changes)));
  if (others.length) lines.push(`Modifié : ${others.map((name) => FIELD_LABEL[name]).join(", ")}`);
  return lines;
}
function sameCoOrganisers(changes: Record<string, unknown>): boolean {
  const { from, to } = changes.coOrganisers as { from: { organisationId: string; role: string }[]; to: { organisationId: string; role: string }[] };
  const key = (list: { organisationId: string; role: string }[]) => JSON.stringify([...list].map((item) => `${item.organisationId}:${item.role}`).sort());
  return key(from) === key(to);
}

/** Who made a change, as a notice names them; no account for a public proposal confirmed by its link. */
export interface NoticeAuthor {
  accountId: string | null;
  name: string;
  /** The organisations they speak for (edit): theirs are not told of their change. */
  organisationIds: string[];
}

export const noticeAuthorOf = (viewer: Viewer): NoticeAuthor => ({
  accountId: viewer.accountId, name: viewer.displayName, organisationIds: editedOrganisationIds(viewer),
});

export interface ChangeFacts {
  author: NoticeAuthor;
  eventId: string;
  /** Before the change: its status and venue. */
  before: VenueColumns & { status: EventStatus };
  after: VenueColumns & { status: EventStatus; editionId: string };
  /** What the audit recorded: { field: { from, to } }, sessions and coOrganisers included. */
  changes: Record<string, unknown>;
  /** Its co-organisers before and after. */
  coOrganiserIds: string[];
  clashesBefore: Clash[];
  clashesAfter: Clash[];
}

/**
 * Records the notices of a change (and of a creation: `before` null, no
 * change to tell, only its new clashes) and queues their jobs, in the write's
 * transaction.
 */
export async function recordEventNotices(tx: Tx, facts: Omit<ChangeFacts, "before"> & { before: ChangeFacts["before"] | null }, now: Date): Promise<void> {
  const edited = new Set(facts.author.organisationIds);
  const runAt = new Date(now.getTime() + NOTICE_DELAY_MS);
  const touched: string[] = [];
  if (facts.before) {
    const lines = await changeLines(tx, facts.before, facts.changes, facts.after);
    // The co-organisers the author does not speak for: a lead's editor tells
    // the partners, a partner or an animator tells everyone else.
    const told = facts.coOrganiserIds.filter((id) => !edited.has(id));
    if (lines.length && told.length) {
      await tx.eventNotice.create({
        data: { eventId: facts.eventId, kind: "CHANGE", authorId: facts.author.accountId, authorName: facts.author.name, organisationIds: told, details: { lines } },
      });
      touched.push(facts.eventId);
    }
  }
  if (isPlanned(facts.after.status)) {
    const fresh = newClashes(facts.clashesBefore, facts.clashesAfter);
    if (fresh.size) {
      const others = await tx.event.findMany({
        where: { id: { in: [...fresh.keys()] } },
        select: { id: true, coOrganisers: { select: { organisationId: true } } },
      });
      const title = (await tx.event.findUniqueOrThrow({ where: { id: facts.eventId }, select: { title: true } })).title;
      for (const other of others) {
        await tx.eventNotice.create({
          data: {
            eventId: other.id, kind: "CLASH", authorId: facts.author.accountId, authorName: facts.author.name,
            organisationIds: other.coOrganisers.map((item) => item.organisationId),
            details: { eventId: facts.eventId, title, kinds: fresh.get(other.id)!, created: facts.before === null },
          },
        });
        touched.push(other.id);
      }
    }
  }
  for (const eventId of new Set(touched)) {
    await enqueueJob(tx, EVENT_NOTICE_TASK, { eventId }, { runAt, jobKey: `${EVENT_NOTICE_TASK}:${eventId}`, keepRunAt: true });
  }
}

// ─── Sending, in the notice job ────────────────────────────────────────────

/**
 * Sends the waiting notices of one event: one e-mail per editor of the
 * organisations told, listing what others changed — never their own changes
 * — unless they unsubscribed; then forgets the notices. One transaction: the
 * e-mails are queued with the deletion, or neither is. Returns the e-mails queued.
 */
export async function sendEventNotices(options: { prisma: PrismaClient; eventId: string; publicUrl: string; now: Date }): Promise<number> {
  const { prisma, eventId, publicUrl, now } = options;
  return prisma.$transaction(async (tx) => {
    // Locked: a second job of this event (a retry) waits, then finds none.
    const notices = await tx.$queryRaw<{ id: bigint; kind: "CHANGE" | "CLASH"; author_id: string | null; author_name: string; organisation_ids: string[]; details: any }[]>`
      SELECT id, kind, author_id, author_name, organisation_ids, details FROM event_notice WHERE event_id = ${eventId} ORDER BY id FOR UPDATE`;
    if (!notices.length) return 0;
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { title: true } });
    const organisations = [...new Set(notices.flatMap((notice) => notice.organisation_ids))];
    const grants = await tx.roleGrant.findMany({
      where: { role: "ORGANISATION_EDITOR", organisationId: { in: organisations }, account: { disabledAt: null } },
      select: { accountId: true, organisationId: true, account: { select: { email: true, displayName: true } } },
    });
    const recipients = new Map<string, { email: string; name: string; organisationIds: Set<string> }>();
    for (const grant of grants) {
      const recipient = recipients.get(grant.accountId) ?? { email: grant.account.email, name: grant.account.displayName, organisationIds: new Set<string>() };
      recipient.organisationIds.add(grant.organisationId!);
      recipients.set(grant.accountId, recipient);
    }
    const unsubscribed = await unsubscribedFrom(tx, "EVENT_NOTICES", [...recipients.keys()]);
    let sent = 0;
    if (event) {
      for (const [accountId, recipient] of [...recipients].sort(([, a], [, b]) => a.email.localeCompare(b.email))) {
        if (unsubscribed.has(accountId)) continue;
        const items: NoticeItem[] = notices
          .filter((notice) => notice.author_id !== accountId && notice.organisation_ids.some((id) => recipient.organisationIds.has(id)))
          .map((notice) => (notice.kind === "CHANGE"
            ? { kind: "CHANGE", author: notice.author_name, lines: notice.details.lines as string[] }
            : {
                kind: "CLASH", author: notice.author_name, created: notice.details.created === true, otherTitle: notice.details.title as string,
                otherLink: eventPage(publicUrl, notice.details.eventId as string),
                reasons: (notice.details.kinds as ClashReasonKind[]).map((kind) => CLASH_REASON_KIND_LABEL[kind]),
              }));
        if (!items.length) continue;
        const unsubscribeUrl = await newUnsubscribeLink(tx, publicUrl, accountId, "EVENT_NOTICES", now);
        await enqueueMail(tx, eventNoticeMail(recipient.email, { name: recipient.name, title: event.title, link: eventPage(publicUrl, eventId), items, unsubscribeUrl }));
        sent += 1;
      }
    }
    await tx.eventNotice.deleteMany({ where: { id: { in: notices.map((notice) => notice.id) } } });
    return sent;
  });
}
