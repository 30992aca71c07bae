// What each status of an event means, defined once for every page, feed,
// export and analysis:
//
//   DRAFT → PROPOSED → CONFIRMED, or CANCELLED (a cancelled event can be
//   reopened as a draft)
//   published  confirmed, or cancelled after its publication: the public
//              programme and the calendar feeds (a cancellation must reach
//              subscribers as a cancelled event, not a silent disappearance)
//   planned    proposed or confirmed: what clashes, blind spots and
//              suggestions count (drafts are ideas, cancelled events will not
//              happen)
//   proposed   waiting for the animators' decision: the moderation queue
//   confirmed  what took place or will: the bilan and the cooperation ties
import { Prisma } from "../generated/prisma/client.ts";
import type { EventStatus } from "../generated/prisma/enums.ts";

/** SQL: the event aliased `e` is published. */
export const publishedEvent = (e = Prisma.raw("e")) =>
  Prisma.sql`(${e}.status = 'CONFIRMED' OR (${e}.status = 'CANCELLED' AND ${e}.published_at IS NOT NULL))`;

/** The same rule on a row in hand. */
export const isPublished = (event: { status: EventStatus; publishedAt: Date | null }) =>
  event.status === "CONFIRMED" || (event.status === "CANCELLED" && event.publishedAt !== null);

/** SQL: the event aliased `e` is planned. */
export const plannedEvent = (e = Prisma.raw("e")) => Prisma.sql`${e}.status IN ('PROPOSED', 'CONFIRMED')`;

/** SQL: the event aliased `e` is proposed: waiting for its animators' decision (the moderation queue). */
export const proposedEvent = (e = Prisma.raw("e")) => Prisma.sql`${e}.status = 'PROPOSED'`;

/**
 * SQL: when the event aliased `e` last entered the moderation queue (its
 * `proposed_at`, written whenever it becomes PROPOSED); its creation for an
 * event whose moment is unknown. The queue's order; the digests read
 * `proposed_at` alone, never announcing a proposal at a guessed moment.
 */
export const enteredQueueAt = (e = Prisma.raw("e")) => Prisma.sql`COALESCE(${e}.proposed_at, ${e}.created_at)`;

/** SQL: the event aliased `e` is confirmed. */
export const confirmedEvent = (e = Prisma.raw("e")) => Prisma.sql`${e}.status = 'CONFIRMED'`;

/**
 * SQL: the event aliased `e` is not demonstration data. Demonstration events
 * make no cooperation tie unless asked for: a graph, a path or a partner list
 * never passes fiction for fact.
 */
export const realEvent = (e = Prisma.raw("e")) => Prisma.sql`NOT ${e}.is_demo`;

/** Statuses an event may move to from each status. */
export const NEXT_STATUSES: Record<EventStatus, EventStatus[]> = {
  DRAFT: ["PROPOSED", "CANCELLED"],
  PROPOSED: ["DRAFT", "CONFIRMED", "CANCELLED"],
  CONFIRMED: ["PROPOSED", "CANCELLED"],
  CANCELLED: ["DRAFT"],
};

/** The status in a French sentence ("un événement proposé"). */
export const STATUS_WORD: Record<EventStatus, string> = { DRAFT: "brouillon", PROPOSED: "proposé", CONFIRMED: "confirmé", CANCELLED: "annulé" };
