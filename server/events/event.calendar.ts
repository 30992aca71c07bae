// iCalendar feeds of the published events (RFC 5545), for calendar apps to
// subscribe to:
//   GET /calendar/editions/:id.ics            an edition of the Mois de l'ESS
//   GET /calendar/territories/:code.ics?kind= the events located in a territory
//   GET /calendar/organisations/:id.ics       the events an organisation co-organises
//   GET /evenements/:id.ics                   one published event, every session of it
//                                             (« Ajouter à mon agenda » on its page)
// Each feed costs two SQL statements whatever its size: the scope (edition,
// territory or organisation) and the events with their sessions, co-organisers
// and venue.
import { createHash } from "node:crypto";
import { Router, type Request, type RequestHandler } from "express";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { DateTime } from "luxon";
import { Prisma } from "../generated/prisma/client.ts";
import type { EventStatus, EventType } from "../generated/prisma/enums.ts";
import type { PrismaClient } from "../core/database.ts";
import { badInput, notFound } from "../core/errors.ts";
import type { Logger } from "../core/logger.ts";
import type { RouteDependencies } from "../core/module.ts";
import { findTerritory, locatedIn } from "../territories/territory.service.ts";
import { TerritoryKind } from "../territories/territory.type.ts";
import { PARIS, parisZone } from "./paris-time.ts";
import { isPublished, publishedEvent } from "./event.status.ts";
import { EVENT_TYPE_LABEL } from "../core/labels.ts";
import { LISTED_ORGANISATION } from "../actors/organisation.service.ts";

/** Which events a feed holds, and what calendar apps call it. */
export interface FeedScope {
  name: string;
  /** SQL condition on the events, aliased `e`. */
  events: Prisma.Sql;
  /** Set for a file to save rather than a feed to subscribe to. */
  fileName?: string;
}

export interface FeedEvent {
  id: string;
  title: string;
  type: EventType;
  description: string | null;
  status: Extract<EventStatus, "CONFIRMED" | "CANCELLED">;
  version: number;
  /** Demonstration data: marked in the title, the description and the categories. */
  isDemo: boolean;
  updatedAt: Date;
  venueName: string | null;
  venueAddress: string | null;
  communeName: string;
  sessions: { id: string; startsAt: string; endsAt: string }[] | null;
  /** Lead first. */
  coOrganisers: string[] | null;
}

// A calendar keeps an event once it has been published: a cancellation must
// reach the subscribers as a cancelled VEVENT, not as a silent disappearance.
const PUBLISHED = publishedEvent();

// Sessions and co-organisers come aggregated per event in the same statement,
// so an edition of thousands of events is still one round trip.
export function publishedEvents(prisma: PrismaClient, scope: Prisma.Sql): Promise<FeedEvent[]> {
  return prisma.$queryRaw<FeedEvent[]>`
    SELECT e.id, e.title, e.type::text AS type, e.description, e.status::text AS status, e.version, e.is_demo AS "isDemo",
           e.updated_at AS "updatedAt",
           coalesce(vm.name, vo.name) AS "venueName",
           coalesce(vm.address, vo.address, e.venue_address) AS "venueAddress",
           c.name AS "communeName",
           (SELECT json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at) ORDER BY s.position)
              FROM event_session s WHERE s.event_id = e.id) AS sessions,
           (SELECT json_agg(o.name ORDER BY co.role, o.name)
              FROM event_co_organiser co JOIN organisation o ON o.id = co.organisation_id
             WHERE co.event_id = e.id) AS "coOrganisers"
      FROM event e
      JOIN territory c ON c.id = e.commune_id
      LEFT JOIN maison vm ON vm.id = e.venue_maison_id
      LEFT JOIN organisation vo ON vo.id = e.venue_organisation_id
     WHERE ${scope} AND ${PUBLISHED}`;
}

const comparable = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().trim();

/** "Maison de l'ESS, 12 rue …, Lens": the commune is not repeated when the address ends with it. */
export function locationOf(event: FeedEvent): string {
  const parts = [event.venueName, event.venueAddress].filter((part): part is string => Boolean(part?.trim()));
  const address = event.venueAddress ?? "";
  if (!comparable(address).endsWith(comparable(event.communeName))) parts.push(event.communeName);
  return parts.join(", ");
}

// Calendar applications show the title before anything else: a demonstration
// event says so there, and again first thing in its description.
const DEMO_MARK = "[Démonstration]";
export const DEMO_NOTICE = "Événement de démonstration : fictif, il n'aura pas lieu. Maillage le montre pour essayer la plateforme.";

function summaryOf(event: FeedEvent): string {
  const title = event.status === "CANCELLED" ? `ANNULÉ — ${event.title}` : event.title;
  return event.isDemo ? `${DEMO_MARK} ${title}` : title;
}

function descriptionOf(event: FeedEvent): string {
  const parts: string[] = [];
  if (event.isDemo) parts.push(DEMO_NOTICE);
  if (event.status === "CANCELLED") parts.push("Cet événement est annulé.");
  if (event.description?.trim()) parts.push(event.description.trim());
  if (event.coOrganisers?.length) parts.push(`Co-organisé par : ${event.coOrganisers.join(", ")}.`);
  return parts.join("\n\n");
}

// Characters a TEXT value of RFC 5545 (3.3.11) cannot carry: the controls
// but HTAB (line breaks are normalised to LF first, which ical-generator
// writes as the \n escape), and what UTF-8 cannot encode (unpaired
// surrogates) or Unicode keeps out of text (U+FFFE, U+FFFF). A title pasted
// from a word processor must not make the feed unreadable; they are dropped.
const FORBIDDEN_IN_ICAL_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Text for an iCalendar TEXT value: line breaks as LF, forbidden characters dropped. */
function icalText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(FORBIDDEN_IN_ICAL_TEXT, "");
}

// ical-generator writes NAME and X-WR-CALNAME as given, without the TEXT
// escaping of RFC 5545 (3.3.11): a comma in an organisation's name would
// otherwise split the value.
const escapeText = (text: string) => icalText(text).replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\n/g, "\\n");

const VTIMEZONE_PARIS = (() => {
  const component = getVtimezoneComponent(PARIS);
  if (!component) throw new Error(`no VTIMEZONE for ${PARIS}`);
  return `${component.replace(/\r?\n/g, "\r\n").trim()}\r\n`;
})();

/** Folds a content line at 75 octets of UTF-8 (RFC 5545, 3.1), never inside a character. */
function foldLine(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line) <= 75) return line;
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  for (let index = 0; index < line.length; ) {
    const code = line.codePointAt(index)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      pieces.push(line.slice(start, index));
      start = index;
      octets = 1; // the space that opens a continuation line
    }
    octets += size;
    index += code > 0xffff ? 2 : 1;
  }
  pieces.push(line.slice(start));
  return pieces.join("\r\n ");
}

const foldLines = (text: string) => text.split("\r\n").map(foldLine).join("\r\n");

function renderCalendar(name: string, events: FeedEvent[], origin: string): string {
  const calendar = ical({
    name: escapeText(name),
    prodId: { company: "Maillage", product: "Mois de l'ESS", language: "FR" },
    method: ICalCalendarMethod.PUBLISH,
    // Subscribed calendars poll at this pace (RFC 7986).
    ttl: 60 * 60,
    x: [["X-WR-TIMEZONE", PARIS]],
  });
  const sessions = events.flatMap((event) =>
    (event.sessions ?? []).map((session) => ({ event, session, startsAt: new Date(session.startsAt) })),
  );
  sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.session.id < b.session.id ? -1 : a.session.id > b.session.id ? 1 : 0));
  for (const { event, session, startsAt } of sessions) {
    const cancelled = event.status === "CANCELLED";
    calendar.createEvent({
      // One VEVENT per session, identified by the session so that an update
      // (higher SEQUENCE) replaces it in the subscribers' calendars.
      id: `${session.id}@maillage`,
      sequence: event.version,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // Every text through icalText: ical-generator escapes, it does not clean.
      summary: icalText(summaryOf(event)),
      description: icalText(descriptionOf(event)),
      location: icalText(locationOf(event)),
      url: `${origin}/evenements/${encodeURIComponent(event.id)}`,
      categories: [{ name: icalText(EVENT_TYPE_LABEL[event.type]) }, ...(event.isDemo ? [{ name: "Démonstration" }] : [])],
      // The zone is named per event and not calendar-wide: with a calendar
      // zone, ical-generator writes DTSTAMP and LAST-MODIFIED as Paris wall
      // clock times, where RFC 5545 requires UTC. Luxon values, because for a
      // plain Date it would take the wall clock of the server's own zone.
      timezone: PARIS,
      start: DateTime.fromJSDate(startsAt, { zone: parisZone }),
      end: DateTime.fromJSDate(new Date(session.endsAt), { zone: parisZone }),
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
    });
  }
  // ical-generator folds the whole calendar with a TextEncoder per character:
  // 4.6 s of blocked event loop for the 10 000 sessions of a 5 000-event
  // edition, 0.1 s with foldLines. The VTIMEZONE goes in every feed, empty
  // ones included.
  const vevents = calendar.events().map((vevent) => foldLines(vevent.toString()));
  calendar.clear();
  const head = calendar.toString().replace(/END:VCALENDAR$/, "");
  return `${head}${VTIMEZONE_PARIS}${vevents.join("")}END:VCALENDAR\r\n`;
}

/**
 * What a feed's content depends on, in one cheap statement: its published
 * events, their last change and version, and their co-organisers' names.
 * Subscribed calendars poll the same feed every hour; an unchanged feed is
 * answered 304, or from memory, instead of being rendered again (rendering an
 * edition of 5 000 events takes most of a second of CPU).
 */
async function fingerprintOf(prisma: PrismaClient, scope: Prisma.Sql): Promise<string> {
  // Organisations carry updated_at (co-organiser and venue names follow);
  // Maisons are demo records whose renaming reaches feeds at the next event change.
  const [row] = await prisma.$queryRaw<{ fingerprint: string }[]>`
    WITH published AS (
      SELECT e.id, e.version, e.updated_at, e.venue_organisation_id FROM event e WHERE ${scope} AND ${PUBLISHED}
    ),
    -- Looked up by key: an OR of two IN lists made PostgreSQL scan every organisation.
    named AS (
      SELECT organisation_id AS id FROM event_co_organiser WHERE event_id IN (SELECT id FROM published)
      UNION SELECT venue_organisation_id FROM published WHERE venue_organisation_id IS NOT NULL
    )
    SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '') || ':' ||
           coalesce((SELECT max(o.updated_at)::text FROM named JOIN organisation o ON o.id = named.id), '') AS fingerprint
      FROM published`;
  return row.fingerprint;
}

// Rendered feeds by ETag, per process; a few large feeds at most.
const rendered = new Map<string, string>();
const RENDERED_MAX = 16;

function feed(prisma: PrismaClient, log: Logger, scopeOf: (request: Request) => Promise<FeedScope>): RequestHandler {
  return async (request, response) => {
    // A DomainError (unknown scope, bad kind) reaches app/'s error handler: 404 or 400.
    const scope = await scopeOf(request);
    // `trust proxy` is not set: behind a proxy this is the proxy's view.
    const origin = `${request.protocol}://${request.get("host") ?? "localhost"}`;
    const fingerprint = await fingerprintOf(prisma, scope.events);
    const etag = `"${createHash("sha256").update(`${RENDER_REVISION}|${origin}|${scope.name}|${fingerprint}`).digest("base64url").slice(0, 27)}"`;
    response.setHeader("content-type", "text/calendar; charset=utf-8");
    if (scope.fileName) response.setHeader("content-disposition", `inline; filename="${scope.fileName}"`);
    response.setHeader("cache-control", "public, max-age=300");
    response.setHeader("etag", etag);
    if (request.get("if-none-match") === etag) {
      response.status(304).end();
      return;
    }
    let body = rendered.get(etag);
    if (body === undefined) {
      const started = performance.now();
      const events = await publishedEvents(prisma, scope.events);
      body = renderCalendar(scope.name, events, origin);
      log.debug({ path: request.path, events: events.length, ms: Math.round(performance.now() - started) }, "calendar feed rendered");
      if (rendered.size >= RENDERED_MAX) rendered.delete(rendered.keys().next().value!);
      rendered.set(etag, body);
    }
    response.send(body);
  };
}

// Raised when renderCalendar writes differently: cached feeds then change ETag.
const RENDER_REVISION = 3;

function kindOf(request: Request): TerritoryKind | undefined {
  const raw = request.query.kind;
  if (raw === undefined) return undefined;
  // Own keys only: `in` would take "toString" for a kind.
  if (typeof raw === "string" && Object.hasOwn(TerritoryKind, raw)) return raw as TerritoryKind;
  throw badInput("kind", `Valeur inconnue pour kind : ${String(raw)} (attendu REGION, DEPARTEMENT, EPCI ou COMMUNE).`);
}

// ─── Scopes, shared by the feeds and the embeddable programme (app/embed.ts) ──

/** An edition's events. @throws NOT_FOUND */
export async function editionScope(prisma: PrismaClient, id: string): Promise<FeedScope> {
  const edition = await prisma.edition.findUnique({ where: { id }, select: { id: true, year: true, title: true } });
  if (!edition) throw notFound("edition", id);
  // Most titles already say "Mois de l'ESS 2026"; the others get it in front.
  const name = edition.title.includes(`Mois de l'ESS ${edition.year}`) ? edition.title : `Mois de l'ESS ${edition.year} — ${edition.title}`;
  return { name, events: Prisma.sql`e.edition_id = ${edition.id}` };
}

/** The events located in a territory. @throws NOT_FOUND, BAD_USER_INPUT (code) */
export async function territoryScope(prisma: PrismaClient, code: string, kind?: TerritoryKind): Promise<FeedScope> {
  const territory = await findTerritory(prisma, code, kind);
  if (!territory) throw notFound("territory", code);
  return { name: `Événements ESS — ${territory.name}`, events: locatedIn(Prisma.sql`e.commune_id`, territory.id) };
}

/** The events an organisation co-organises. @throws NOT_FOUND */
export async function organisationScope(prisma: PrismaClient, id: string): Promise<FeedScope> {
  // A structure awaiting validation has no page, nor feed: its events are in the edition's.
  const organisation = await prisma.organisation.findUnique({ where: { id, ...LISTED_ORGANISATION }, select: { id: true, name: true } });
  if (!organisation) throw notFound("organisation", id);
  return {
    name: `Événements ESS — ${organisation.name}`,
    events: Prisma.sql`e.id IN (SELECT event_id FROM event_co_organiser WHERE organisation_id = ${organisation.id})`,
  };
}

export function calendarRoutes({ prisma, log }: RouteDependencies): Router {
  const router = Router();

  router.get("/calendar/editions/:id.ics", feed(prisma, log, (request) => editionScope(prisma, request.params.id as string)));
  router.get("/calendar/territories/:code.ics", feed(prisma, log, (request) => territoryScope(prisma, request.params.code as string, kindOf(request))));
  router.get("/calendar/organisations/:id.ics", feed(prisma, log, (request) => organisationScope(prisma, request.params.id as string)));

  router.get(
    "/evenements/:id.ics",
    feed(prisma, log, async (request) => {
      const id = request.params.id as string;
      // Published only: the file is shared and saved, an event in preparation is neither.
      const event = await prisma.event.findUnique({ where: { id }, select: { id: true, title: true, status: true, publishedAt: true } });
      if (!event || !isPublished(event)) throw notFound("event", id);
      return { name: event.title, events: Prisma.sql`e.id = ${event.id}`, fileName: "evenement.ics" };
    }),
  );

  return router;
}
