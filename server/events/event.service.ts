// Rules and data access for the events of the Mois de l'ESS.
import {
  Prisma, type PrismaClient, type Event as EventRow, type Edition as EditionRow, type EventSession as EventSessionRow,
  type EventCoOrganiser as EventCoOrganiserRow,
} from "../generated/prisma/client.ts";
import { anyOfParameter, preparedStatement, runPrepared, runSql } from "../core/prepared-sql.ts";
import type { CoOrganiserRole, EventStatus } from "../generated/prisma/enums.ts";
import { DomainError, badInput, notFound, unknownReference } from "../core/errors.ts";
import { decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import { requireTerritory, locatedIn } from "../territories/territory.service.ts";
import { searchWords } from "../territories/territory.search.ts";
import { requireViewer } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";
import { writeTransaction } from "../core/transactions.ts";
import { recordAudit, changedFields } from "../core/audit.ts";
import { clashesOfEdition, lockVenueOf, type Clash } from "./event.clashes.ts";
import {
  assertMayChangeEvent, assertMayConfirmEvent, assertMayCreateEvent, assertMayKeepHardClash, eventVisibleTo, mayChangeEvent, mayManageEdition,
  type EventStanding,
} from "./event.access.ts";
import { isEditionOpenTo } from "./edition.openings.ts";
import type { Clock } from "../core/clock.ts";
import type { Loaders } from "../core/context.ts";
import { NEXT_STATUSES, STATUS_WORD, isPublished, publishedEvent } from "./event.status.ts";
import { isoDay, parisDay, parisLocalToInstant, instantToParisLocal } from "./paris-time.ts";
import type { CreateEventInput, EventFilter, UpdateEventInput } from "./event.inputs.ts";
import { clashesBeforeChange, noticeAuthorOf, recordEventNotices } from "./event.notices.ts";

export type { EventRow, EditionRow, EventSessionRow, EventCoOrganiserRow };

type Tx = Prisma.TransactionClient;

export interface EventWriteResult {
  event: EventRow;
  /** The clashes the event causes once written: warnings for the animator. */
  clashes: Clash[];
}

// ─── Reading ────────────────────────────────────────────────────────────────

/** The event if the viewer may read it, else null. */
export async function findEvent(prisma: PrismaClient, viewer: Viewer | null, id: string): Promise<EventRow | null> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM event e JOIN edition ed ON ed.id = e.edition_id WHERE e.id = ${id} AND ${eventVisibleTo(viewer)}`;
  return rows.length ? prisma.event.findUnique({ where: { id } }) : null;
}

/**
 * The event columns under the names Prisma gives them, for the statements
 * read through pg (event.reads.test.ts proves the rows equal Prisma's: a
 * column added to the model and not here fails there).
 */
const EVENT_COLUMNS = `e.id, e.edition_id AS "editionId", e.title, e.type::text AS type, e.description, e.status::text AS status,
  e.venue_maison_id AS "venueMaisonId", e.venue_organisation_id AS "venueOrganisationId", e.venue_address AS "venueAddress",
  e.commune_id AS "communeId", e.audiences::text[] AS audiences, e.themes::text[] AS themes, e.capacity,
  e.accessibility::text[] AS accessibility, e.accessibility_note AS "accessibilityNote", e.registration_url AS "registrationUrl",
  e.version, e.published_at AS "publishedAt", e.is_demo AS "isDemo", e.created_at AS "createdAt", e.updated_at AS "updatedAt",
  e.moderation_decision::text AS "moderationDecision", e.moderation_message AS "moderationMessage", e.moderated_at AS "moderatedAt",
  e.moderated_by_id::text AS "moderatedById", e.proposed_at AS "proposedAt"`;

const EVENTS_BY_IDS = preparedStatement("events_by_ids", `SELECT ${EVENT_COLUMNS} FROM event e WHERE e.id ${anyOfParameter("$1", "text")}`);

export function eventsByIds(prisma: PrismaClient, ids: readonly string[]): Promise<EventRow[]> {
  return runPrepared<EventRow>(prisma, EVENTS_BY_IDS, [ids]);
}

// Sessions in order, co-organisers lead first then partners, venue hosts,
// funders (the enum's order), then by organisation: what the API lists.
const SESSIONS_OF_EVENTS = preparedStatement(
  "sessions_of_events",
  `SELECT s.id, s.event_id AS "eventId", s.edition_id AS "editionId", s.position, s.starts_at AS "startsAt", s.ends_at AS "endsAt"
     FROM event_session s WHERE s.event_id ${anyOfParameter("$1", "text")} ORDER BY s.event_id, s.position`,
);
const CO_ORGANISERS_OF_EVENTS = preparedStatement(
  "co_organisers_of_events",
  `SELECT c.event_id AS "eventId", c.organisation_id AS "organisationId", c.role::text AS role
     FROM event_co_organiser c WHERE c.event_id ${anyOfParameter("$1", "text")} ORDER BY c.role, c.organisation_id, c.event_id`,
);

export function sessionsOfEvents(prisma: PrismaClient, ids: readonly string[]): Promise<EventSessionRow[]> {
  return runPrepared<EventSessionRow>(prisma, SESSIONS_OF_EVENTS, [ids]);
}

export function coOrganisersOfEvents(prisma: PrismaClient, ids: readonly string[]): Promise<EventCoOrganiserRow[]> {
  return runPrepared<EventCoOrganiserRow>(prisma, CO_ORGANISERS_OF_EVENTS, [ids]);
}

// The same rows as JSON, read with a page of events (listEvents): the
// instants as epoch milliseconds, which JSON keeps exact.
const SESSIONS_JSON = `(SELECT coalesce(json_agg(json_build_object('id', s.id, 'eventId', s.event_id, 'editionId', s.edition_id, 'position', s.position,
      'startsAt', extract(epoch FROM s.starts_at) * 1000, 'endsAt', extract(epoch FROM s.ends_at) * 1000) ORDER BY s.position), '[]')
    FROM event_session s WHERE s.event_id = e.id)`;
const CO_ORGANISERS_JSON = `(SELECT coalesce(json_agg(json_build_object('eventId', c.event_id, 'organisationId', c.organisation_id, 'role', c.role)
      ORDER BY c.role, c.organisation_id), '[]')
    FROM event_co_organiser c WHERE c.event_id = e.id)`;

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Which of these events the viewer may read. One statement. */
export async function visibleEventIds(db: Db, viewer: Viewer | null, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM event e JOIN edition ed ON ed.id = e.edition_id WHERE e.id = ANY(${[...ids]}::text[]) AND ${eventVisibleTo(viewer)}`;
  return new Set(rows.map((row) => row.id));
}

/**
 * SQL condition on `e` (an event) and `ed` (its edition): the events of
 * `filter` the viewer may read. Throws BAD_USER_INPUT (filter.territory)
 * for an unknown territory.
 */
async function eventConditions(prisma: PrismaClient, viewer: Viewer | null, filter: EventFilter | undefined): Promise<Prisma.Sql> {
  const conditions: Prisma.Sql[] = [eventVisibleTo(viewer)];
  if (filter?.edition) conditions.push(Prisma.sql`e.edition_id = ${filter.edition}`);
  if (filter?.editions) conditions.push(Prisma.sql`e.edition_id = ANY(${filter.editions}::text[])`);
  const words = searchWords(filter?.search ?? "");
  if (words.length) conditions.push(eventMentionsEvery(words));
  if (filter?.postalCode) {
    conditions.push(Prisma.sql`e.commune_id IN (SELECT t.id FROM territory t WHERE t.postal_codes @> ARRAY[${filter.postalCode}]::text[])`);
  }
  if (filter?.accessibility?.length) conditions.push(Prisma.sql`e.accessibility::text[] @> ${filter.accessibility}::text[]`);
  if (filter?.territory) {
    const territory = await requireTerritory(prisma, filter.territory, "filter.territory", filter.territoryKind);
    conditions.push(locatedIn(Prisma.sql`e.commune_id`, territory.id));
  }
  if (filter?.types?.length) conditions.push(Prisma.sql`e.type::text = ANY(${filter.types}::text[])`);
  if (filter?.audiences?.length) conditions.push(Prisma.sql`e.audiences::text[] && ${filter.audiences}::text[]`);
  if (filter?.statuses?.length) conditions.push(Prisma.sql`e.status::text = ANY(${filter.statuses}::text[])`);
  if (filter?.organisation) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM event_co_organiser c WHERE c.event_id = e.id AND c.organisation_id = ${filter.organisation})`);
  }
  if (filter?.published) conditions.push(publishedEvent());
  if (filter?.from) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM event_session s WHERE s.event_id = e.id
      AND s.ends_at > (${filter.from}::date)::timestamp AT TIME ZONE 'Europe/Paris')`);
  }
  if (filter?.to) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM event_session s WHERE s.event_id = e.id
      AND s.starts_at < (${filter.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`);
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * Events the viewer may read, in time order (first session), id to break ties.
 *
 * One statement reads the page, its total and, for `loaders`, the sessions
 * and co-organisers of its events (given to loaders.events): a programme
 * page then costs that statement and one per kind of record its events name
 * (organisations, Maisons), whatever its size. The text takes one shape per
 * combination of filters given (lists and words are each one array
 * parameter), so it runs as a prepared statement.
 * @throws BAD_USER_INPUT (filter.territory, after)
 */
export async function listEvents(
  prisma: PrismaClient,
  viewer: Viewer | null,
  filter: EventFilter | undefined,
  page: { first?: number | null; after?: string | null; order?: "DATE" | "NEWEST" | null },
  loaders?: Loaders,
): Promise<Page<EventRow>> {
  const size = pageSize(page.first);
  const where = await eventConditions(prisma, viewer, filter);
  const after = page.after ? decodeCursor<[string, string]>(page.after, ["string", "string"]) : undefined;
  const newest = page.order === "NEWEST";
  const order = newest ? Prisma.raw("first_start DESC, id DESC") : Prisma.raw("first_start, id");
  // Each event's first session: for the events of an edition (or a few),
  // one pass over the edition's sessions (their index by edition), which
  // halved the programme page of a national edition (5,000 events) against
  // a lookup per event; a lookup per event otherwise.
  const sessionEditions = filter?.edition ? Prisma.sql`s.edition_id = ${filter.edition}`
    : filter?.editions ? Prisma.sql`s.edition_id = ANY(${filter.editions}::text[])` : null;
  const firsts = sessionEditions
    ? Prisma.sql`LEFT JOIN (SELECT s.event_id, min(s.starts_at) AS first_start FROM event_session s WHERE ${sessionEditions} GROUP BY s.event_id) f
        ON f.event_id = e.id`
    : Prisma.empty;
  const firstStart = sessionEditions ? Prisma.sql`f.first_start` : Prisma.sql`(SELECT min(s.starts_at) FROM event_session s WHERE s.event_id = e.id)`;
  // The matching events are selected (with their first session) and
  // counted first, then sorted; only the page's rows are read whole.
  const rows = await runSql<EventRow & { firstStart: Date | null; totalCount: number; sessions: SessionJson[]; coOrganisers: EventCoOrganiserRow[] }>(
    prisma,
    Prisma.sql`WITH matching AS MATERIALIZED (
        SELECT e.id, ${firstStart} AS first_start
          FROM event e JOIN edition ed ON ed.id = e.edition_id ${firsts} WHERE ${where}),
      page AS (
        SELECT id, first_start FROM matching
        ${after ? Prisma.sql`WHERE (first_start, id) ${newest ? Prisma.sql`<` : Prisma.sql`>`} (${new Date(after[0])}::timestamptz, ${after[1]})` : Prisma.empty}
        ORDER BY ${order} LIMIT ${size + 1})
      SELECT ${Prisma.raw(EVENT_COLUMNS)}, page.first_start AS "firstStart", (SELECT count(*) FROM matching)::int AS "totalCount"
             ${loaders ? Prisma.raw(`, ${SESSIONS_JSON} AS sessions, ${CO_ORGANISERS_JSON} AS "coOrganisers"`) : Prisma.empty}
        FROM page JOIN event e ON e.id = page.id
       ORDER BY ${newest ? Prisma.raw("page.first_start DESC, page.id DESC") : Prisma.raw("page.first_start, page.id")}`,
  );
  const starts = new Map<string, Date>();
  const nodes = rows.slice(0, size).map(({ firstStart: start, totalCount: _total, sessions, coOrganisers, ...event }) => {
    starts.set(event.id, start!);
    if (loaders) {
      loaders.events.sessions.give(event.id, sessions.map(sessionOfJson));
      loaders.events.coOrganisers.give(event.id, coOrganisers);
    }
    return event as EventRow;
  });
  // A page past the end has no row to carry the total.
  const total = rows[0]?.totalCount;
  return {
    nodes,
    hasNextPage: rows.length > size,
    hasPreviousPage: after !== undefined,
    cursorOf: (event) => encodeCursor([starts.get(event.id)!.toISOString(), event.id]),
    totalCount: async () =>
      total ?? (await runSql<{ n: number }>(prisma, Prisma.sql`SELECT count(*)::int AS n FROM event e JOIN edition ed ON ed.id = e.edition_id WHERE ${where}`))[0].n,
  };
}

type SessionJson = Omit<EventSessionRow, "startsAt" | "endsAt"> & { startsAt: number; endsAt: number };
const sessionOfJson = ({ startsAt, endsAt, ...session }: SessionJson): EventSessionRow => ({ ...session, startsAt: new Date(startsAt), endsAt: new Date(endsAt) });

// Text folded as territory.search.ts folds names (lower case, no accents,
// words after single spaces) so that « theatre » finds « Théâtre »; done in
// SQL because titles and descriptions are not stored folded.
const FOLDED_FROM = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿ";
const FOLDED_TO = "aaaaaaceeeeiiiinooooouuuuyy";
const folded = (column: Prisma.Sql) =>
  Prisma.sql`(' ' || regexp_replace(replace(replace(translate(lower(${column}), ${FOLDED_FROM}, ${FOLDED_TO}), 'œ', 'oe'), 'æ', 'ae'), '[^a-z0-9]+', ' ', 'g'))`;

/**
 * SQL condition: every word (already folded) starts a word of the event's
 * title or description, or of one of its organisers' names. The words are
 * one array parameter: the statement keeps one text whatever the search.
 */
function eventMentionsEvery(words: string[]): Prisma.Sql {
  const pattern = Prisma.raw(`('% ' || w.word || '%')`);
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM unnest(${words}::text[]) AS w(word) WHERE NOT (
    ${folded(Prisma.sql`e.title`)} LIKE ${pattern} OR ${folded(Prisma.sql`coalesce(e.description, '')`)} LIKE ${pattern}
    OR EXISTS (SELECT 1 FROM event_co_organiser c JOIN organisation o ON o.id = c.organisation_id
                WHERE c.event_id = e.id AND o.search_text LIKE ${pattern})))`;
}

/** An event's clashes for the viewer: none for anonymous requests; a cancelled event causes none. */
export async function eventClashes(loaders: Loaders, viewer: Viewer | null, event: EventRow): Promise<Clash[]> {
  // A draft is shown what it would cause.
  if (!viewer || event.status === "CANCELLED") return [];
  return loaders.events.clashes.load(event);
}

/** Who organises an event, and whether it is published: what its access rules read. */
function standingOf(event: Pick<EventRow, "status" | "publishedAt">, coOrganisers: { organisationId: string; role: CoOrganiserRole }[]): EventStanding {
  return {
    leadId: coOrganisers.find((item) => item.role === "LEAD")?.organisationId ?? "",
    coOrganiserIds: coOrganisers.map((item) => item.organisationId),
    published: isPublished(event),
  };
}

/** May the viewer change this event (event.access.ts)? */
export async function viewerCanEditEvent(loaders: Loaders, viewer: Viewer | null, event: EventRow): Promise<boolean> {
  if (!viewer) return false;
  const [edition, coOrganisers] = await Promise.all([loaders.events.editionById.load(event.editionId), loaders.events.coOrganisers.load(event.id)]);
  return !!edition && mayChangeEvent(viewer, edition, standingOf(event, coOrganisers));
}

// ─── Writing ────────────────────────────────────────────────────────────────

interface ResolvedVenue {
  venueMaisonId: string | null;
  venueOrganisationId: string | null;
  venueAddress: string | null;
  communeId: number;
}

/** The venue of an event. @throws BAD_USER_INPUT (venue, venue.*) */
export async function resolveVenue(tx: Tx, venue: NonNullable<CreateEventInput["venue"]>): Promise<ResolvedVenue> {
  const given = [venue.maison, venue.organisation, venue.address].filter((value) => value !== undefined && value !== null);
  if (given.length !== 1) {
    throw badInput("venue", "Indiquez un seul lieu : une Maison de l'ESS, les locaux d'une organisation, ou une adresse avec sa commune.");
  }
  if (venue.maison) {
    const maison = await tx.maison.findUnique({ where: { id: venue.maison }, select: { communeId: true } });
    if (!maison) throw unknownReference("maison", venue.maison, "venue.maison");
    return { venueMaisonId: venue.maison, venueOrganisationId: null, venueAddress: null, communeId: maison.communeId };
  }
  if (venue.organisation) {
    const organisation = await tx.organisation.findUnique({ where: { id: venue.organisation }, select: { communeId: true, name: true } });
    if (!organisation) throw unknownReference("organisation", venue.organisation, "venue.organisation");
    if (organisation.communeId === null) {
      throw badInput("venue.organisation", `L'adresse de ${organisation.name} n'est pas connue : indiquez une adresse et sa commune.`);
    }
    return { venueMaisonId: null, venueOrganisationId: venue.organisation, venueAddress: null, communeId: organisation.communeId };
  }
  if (!venue.commune) throw badInput("venue.commune", "Indiquez la commune de l'adresse.");
  const commune = await tx.territory.findUnique({ where: { kind_code: { kind: "COMMUNE", code: venue.commune } }, select: { id: true } });
  if (!commune) throw unknownReference("commune", venue.commune, "venue.commune");
  return { venueMaisonId: null, venueOrganisationId: null, venueAddress: venue.address!.trim(), communeId: commune.id };
}

/** An event's sessions as instants, inside the edition. @throws BAD_USER_INPUT (sessions.<i>.start|end) */
export function resolveSessions(edition: EditionRow, sessions: NonNullable<CreateEventInput["sessions"]>) {
  const first = isoDay(edition.startsOn);
  const last = isoDay(edition.endsOn);
  return sessions.map((session, index) => {
    const startsAt = parisLocalToInstant(session.start);
    if (!startsAt) throw badInput(`sessions.${index}.start`, `« ${session.start} » n'est pas une heure qui existe à Paris.`);
    const endsAt = parisLocalToInstant(session.end);
    if (!endsAt) throw badInput(`sessions.${index}.end`, `« ${session.end} » n'est pas une heure qui existe à Paris.`);
    if (endsAt <= startsAt) throw badInput(`sessions.${index}.end`, "La fin doit être après le début.");
    if (parisDay(startsAt) < first || parisDay(endsAt) > last) {
      throw badInput(
        `sessions.${index}.start`,
        `Cette date est hors de l'édition « ${edition.title} » (du ${frenchDay(first)} au ${frenchDay(last)}).`,
      );
    }
    if (endsAt.getTime() - startsAt.getTime() > 3 * 24 * 3600 * 1000) {
      throw badInput(`sessions.${index}.end`, "Une séance dure trois jours au plus : ajoutez plutôt plusieurs séances.");
    }
    return { startsAt, endsAt };
  });
}

export const frenchDay = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

async function resolveCoOrganisers(tx: Tx, coOrganisers: NonNullable<CreateEventInput["coOrganisers"]>) {
  const leads = coOrganisers.filter((item) => item.role === "LEAD");
  if (leads.length !== 1) {
    throw badInput("coOrganisers", leads.length ? "Un seul organisateur principal par événement." : "Désignez l'organisateur principal de l'événement.");
  }
  const ids = coOrganisers.map((item) => item.organisation);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw badInput("coOrganisers", `L'organisation « ${duplicate} » est citée deux fois.`);
  const known = new Set((await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw unknownReference("organisation", ids[unknown], `coOrganisers.${unknown}.organisation`);
  return coOrganisers.map((item) => ({ organisationId: item.organisation, role: item.role as CoOrganiserRole }));
}

export async function requireEdition(tx: Tx, id: string, field: string): Promise<EditionRow> {
  const edition = await tx.edition.findUnique({ where: { id } });
  if (!edition) throw unknownReference("edition", id, field);
  return edition;
}

/** Refuses a hard clash the viewer did not accept, or may not accept. */
async function checkHardClashes(tx: Db, viewer: Viewer, edition: EditionRow, clashes: Clash[], accepted: boolean | undefined) {
  const hard = clashes.filter((clash) => clash.severity === "HARD");
  if (!hard.length) return;
  if (!accepted) {
    // The events the writer may read are named; the others are only counted.
    const others = [...new Set(hard.map((clash) => clash.second.eventId))];
    const readable = await visibleEventIds(tx, viewer, others);
    throw new DomainError(
      "CONFLICT",
      "Un autre événement a lieu au même endroit au même moment. Changez l'horaire ou le lieu, ou confirmez si c'est voulu.",
      "sessions",
      { reason: "HARD_CLASH", clashingEvents: others.filter((id) => readable.has(id)), clashingEventCount: others.length },
    );
  }
  assertMayKeepHardClash(viewer, edition);
}

function checkStatusRight(viewer: Viewer, edition: EditionRow, status: EventStatus) {
  if (status === "CONFIRMED") assertMayConfirmEvent(viewer, edition);
}

export const auditScope = (edition: EditionRow) => ({
  editionId: edition.id, cotessId: edition.cotessId, maisonId: edition.maisonId, organisationId: edition.networkOrganisationId,
});

/**
 * Creates an event with its sessions and co-organisers, in one transaction.
 * @throws UNAUTHENTICATED; FORBIDDEN (not an animator of the edition nor an
 * editor of its lead; an editor's edition not open to its lead; CONFIRMED or an accepted hard clash by a
 * non-animator); BAD_USER_INPUT naming the field (unknown edition, venue or
 * organisation, end before start, outside the edition, no lead);
 * CONFLICT (a clash at the same venue not accepted).
 */
export async function createEvent(prisma: PrismaClient, viewer: Viewer | null, input: CreateEventInput, clock: Clock): Promise<EventWriteResult> {
  requireViewer(viewer);
  for (const field of ["title", "type", "venue", "sessions", "coOrganisers"] as const) {
    if (input[field] === undefined || input[field] === null) throw badInput(field, REQUIRED_MESSAGE[field]);
  }
  return writeTransaction(prisma, async (tx) => {
    const edition = await requireEdition(tx, input.edition, "edition");
    const leadId = input.coOrganisers!.find((item) => item.role === "LEAD")?.organisation ?? "";
    // Only an editor's creation depends on where its organisation may propose.
    const openToLead = mayManageEdition(viewer, edition) || (leadId !== "" && (await isEditionOpenTo(tx, edition.id, leadId, clock)));
    const author = assertMayCreateEvent(viewer, edition, leadId, openToLead);
    const status = input.status ?? "DRAFT";
    if (status === "CANCELLED") throw badInput("status", "Un événement ne peut être créé déjà annulé.");
    checkStatusRight(author, edition, status);
    const { event, clashes, changes } = await insertEvent(tx, edition, input, status);
    if (status !== "DRAFT") await checkHardClashes(tx, author, edition, clashes, input.acceptHardClashes);
    await recordAudit(tx, author, { action: "CREATE", entityType: "Event", entityId: event.id, ...auditScope(edition), changes });
    // A new event tells no one of itself, only of the clashes it makes with others.
    await recordEventNotices(tx, {
      author: noticeAuthorOf(author), eventId: event.id, before: null, after: event, changes, coOrganiserIds: [], clashesBefore: [], clashesAfter: clashes,
    }, new Date());
    return { event, clashes };
  });
}

/**
 * The writing part of createEvent, for any author: resolves and checks the
 * co-organisers, venue and sessions (BAD_USER_INPUT naming the field),
 * writes the event with them and returns its clashes and what to audit.
 * The caller has checked the rights and records the audit entry — a public
 * proposal confirmed by its link creates its event through here too.
 */
export async function insertEvent(tx: Tx, edition: EditionRow, input: CreateEventInput, status: EventStatus) {
  const coOrganisers = await resolveCoOrganisers(tx, input.coOrganisers!);
  const venue = await resolveVenue(tx, input.venue!);
  const sessions = resolveSessions(edition, input.sessions!);

  const fields = {
    title: input.title!.trim(), type: input.type!, description: input.description?.trim() || null, status, ...venue,
    audiences: input.audiences ?? [], themes: input.themes ?? [], capacity: input.capacity ?? null,
    accessibility: input.accessibility ?? [], accessibilityNote: input.accessibilityNote ?? null,
    registrationUrl: input.registrationUrl ?? null, publishedAt: status === "CONFIRMED" ? new Date() : null,
  };
  // When it entered the moderation queue: the proposal digests read it (not audited: a consequence of the status).
  const event = await tx.event.create({ data: { editionId: edition.id, ...fields, proposedAt: status === "PROPOSED" ? new Date() : null } });
  await tx.eventSession.createMany({ data: sessions.map((session, position) => ({ eventId: event.id, editionId: edition.id, position, ...session })) });
  await tx.eventCoOrganiser.createMany({ data: coOrganisers.map((item) => ({ eventId: event.id, ...item })) });

  // Of two writers placing events in one room, the second looks once the first has committed.
  await lockVenueOf(tx, event.id);
  const clashes = await clashesOfEdition(tx, edition.id, { eventId: event.id });
  return { event, clashes, changes: { ...fields, sessions: sessions.map(localSession), coOrganisers } };
}

const REQUIRED_MESSAGE = {
  title: "Donnez un titre à l'événement.",
  type: "Choisissez le type d'événement.",
  venue: "Indiquez le lieu de l'événement.",
  sessions: "Ajoutez au moins une date.",
  coOrganisers: "Désignez l'organisateur principal de l'événement.",
} as const;

const localSession = (session: { startsAt: Date; endsAt: Date }) => ({
  start: instantToParisLocal(session.startsAt), end: instantToParisLocal(session.endsAt),
});

/**
 * Changes an event: only the given fields; sessions and co-organisers, when
 * given, replace the previous ones. The version must be the one read.
 * @throws as createEvent; NOT_FOUND (no such event, or not readable);
 * CONFLICT with `currentVersion` when the version is stale (nothing written).
 */
export async function updateEvent(prisma: PrismaClient, viewer: Viewer | null, input: UpdateEventInput): Promise<EventWriteResult> {
  return writeTransaction(prisma, async (tx) => {
    const clashesBefore = await clashesBeforeChange(tx, input.id);
    const change = await changeEvent(tx, viewer, input);
    const { event } = change.written;
    // The co-organisers told include one just removed: it hears it was.
    const coOrganiserIds = [...new Set([...change.before.coOrganisers.map((item) => item.organisationId), ...change.coOrganiserIds])];
    await recordEventNotices(tx, {
      author: noticeAuthorOf(change.author), eventId: event.id, before: change.before, after: event, changes: change.changes,
      coOrganiserIds, clashesBefore, clashesAfter: change.clashes,
    }, new Date());
    return change.written;
  });
}

/** What a change of an event needs beyond updateEvent's own rules (a moderation decision). */
export interface EventChangeStep {
  /** Checked on the locked event before its version: may this viewer take this step now? */
  check(facts: { viewer: Viewer; edition: EditionRow; before: EventRow }): void;
  /** Columns written with the change, and audited with it. */
  fields: Prisma.EventUncheckedUpdateInput & Record<string, unknown>;
}

/** The change, and what it was made from. */
export interface EventChangeResult {
  written: EventWriteResult;
  edition: EditionRow;
  author: Viewer;
  coOrganiserIds: string[];
  /** The event as it was, with its co-organisers. */
  before: EventRow & { coOrganisers: { organisationId: string; role: CoOrganiserRole }[] };
  /** What the audit recorded. */
  changes: Record<string, unknown>;
  /** Its clashes once changed, even cancelled. */
  clashes: Clash[];
}

/**
 * updateEvent in the caller's transaction: every rule of a change (rights,
 * version, allowed statuses, publication, clashes, audit) written once, for
 * updateEvent and for moderation, which adds its own check and columns.
 * @throws as updateEvent, and what `step.check` throws.
 */
export async function changeEvent(tx: Tx, viewer: Viewer | null, input: UpdateEventInput, step?: EventChangeStep): Promise<EventChangeResult> {
  // Locks the row: two concurrent updates of one version cannot both pass.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM event WHERE id = ${input.id} FOR UPDATE`;
  const before = locked.length ? await tx.event.findUnique({ where: { id: input.id }, include: { sessions: { orderBy: { position: "asc" } }, coOrganisers: true } }) : null;
  if (!before) throw notFound("event", input.id, "id");
  const edition = await requireEdition(tx, before.editionId, "id");
  const formerLead = before.coOrganisers.find((item) => item.role === "LEAD")?.organisationId;
  const newLead = input.coOrganisers?.find((item) => item.role === "LEAD")?.organisation;
  const author = assertMayChangeEvent(viewer, edition, standingOf(before, before.coOrganisers), {
    newLeadId: newLead !== undefined && newLead !== formerLead ? newLead : null,
    cancels: input.status === "CANCELLED" && before.status !== "CANCELLED",
  });
  step?.check({ viewer: author, edition, before });
  if (before.version !== input.version) {
    throw new DomainError(
      "CONFLICT",
      "Cet événement a été modifié entre-temps par quelqu'un d'autre : rechargez-le avant d'enregistrer.",
      "version",
      { reason: "STALE_VERSION", currentVersion: before.version },
    );
  }

  const status = input.status ?? before.status;
  if (status !== before.status) {
    if (!NEXT_STATUSES[before.status].includes(status)) {
      throw badInput("status", `Un événement ${STATUS_WORD[before.status]} ne peut passer à ${STATUS_WORD[status]}.`);
    }
    checkStatusRight(author, edition, status);
  }
  const coOrganisers = input.coOrganisers ? await resolveCoOrganisers(tx, input.coOrganisers) : null;
  const venue = input.venue ? await resolveVenue(tx, input.venue) : null;
  const sessions = input.sessions ? resolveSessions(edition, input.sessions) : null;

  const fields: Prisma.EventUncheckedUpdateInput & Record<string, unknown> = {
    ...(input.title !== undefined && input.title !== null ? { title: input.title.trim() } : {}),
    ...(input.type ? { type: input.type } : {}),
    ...(input.description !== undefined ? { description: input.description?.trim() || null } : {}),
    ...(venue ?? {}),
    ...(input.audiences ? { audiences: input.audiences } : {}),
    ...(input.themes ? { themes: input.themes } : {}),
    ...(input.capacity !== undefined ? { capacity: input.capacity ?? null } : {}),
    ...(input.accessibility ? { accessibility: input.accessibility } : {}),
    ...(input.accessibilityNote !== undefined ? { accessibilityNote: input.accessibilityNote ?? null } : {}),
    ...(input.registrationUrl !== undefined ? { registrationUrl: input.registrationUrl ?? null } : {}),
    status,
    ...(status === "CONFIRMED" && !before.publishedAt ? { publishedAt: new Date() } : {}),
    ...step?.fields,
  };
  const entersQueue = status === "PROPOSED" && before.status !== "PROPOSED";
  const event = await tx.event.update({ where: { id: before.id }, data: { ...fields, ...(entersQueue ? { proposedAt: new Date() } : {}), version: { increment: 1 } } });
  if (sessions) {
    await tx.eventSession.deleteMany({ where: { eventId: event.id } });
    await tx.eventSession.createMany({ data: sessions.map((session, position) => ({ eventId: event.id, editionId: edition.id, position, ...session })) });
  }
  if (coOrganisers) {
    await tx.eventCoOrganiser.deleteMany({ where: { eventId: event.id } });
    await tx.eventCoOrganiser.createMany({ data: coOrganisers.map((item) => ({ eventId: event.id, ...item })) });
  }

  await lockVenueOf(tx, event.id);
  const clashes = await clashesOfEdition(tx, edition.id, { eventId: event.id });
  // Only a change that could create a clash is held to it: cancelling or
  // retitling an event that already clashes stays possible.
  const reschedules = sessions !== null || venue !== null || (status !== before.status && before.status === "DRAFT");
  if (status === "PROPOSED" || status === "CONFIRMED") {
    if (reschedules) await checkHardClashes(tx, author, edition, clashes, input.acceptHardClashes);
  }
  const changes: Record<string, unknown> = changedFields(before as unknown as Record<string, unknown>, fields);
  if (sessions) changes.sessions = { from: before.sessions.map(localSession), to: sessions.map(localSession) };
  if (coOrganisers) changes.coOrganisers = { from: before.coOrganisers.map(({ organisationId, role }) => ({ organisationId, role })), to: coOrganisers };
  await recordAudit(tx, author, { action: "UPDATE", entityType: "Event", entityId: event.id, ...auditScope(edition), changes });
  return {
    written: { event, clashes: status === "CANCELLED" ? [] : clashes },
    edition,
    author,
    coOrganiserIds: (coOrganisers ?? before.coOrganisers).map((item) => item.organisationId),
    before,
    changes,
    clashes,
  };
}

/**
 * The events of `filter` the viewer may read, counted by commune, most
 * first: the programme's map, whatever the number of events. One statement.
 */
export async function eventsByCommune(prisma: PrismaClient, viewer: Viewer | null, filter: EventFilter | undefined) {
  const where = await eventConditions(prisma, viewer, filter);
  return runSql<{ communeId: number; events: number }>(prisma, Prisma.sql`
    SELECT e.commune_id AS "communeId", count(*)::int AS events
      FROM event e JOIN edition ed ON ed.id = e.edition_id
     WHERE ${where} AND e.commune_id IS NOT NULL
     GROUP BY e.commune_id ORDER BY events DESC, e.commune_id`);
}
