// What the printable programme and the bilan downloads read: an edition's
// confirmed sessions day by day, narrowed to an EPCI, a commune or a day.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { Accessibility, EventType } from "../generated/prisma/enums.ts";
import { badInput, notFound } from "../core/errors.ts";
import { requireTerritory, locatedIn, type TerritoryRow } from "../territories/territory.service.ts";
import { TerritoryKind } from "../territories/territory.type.ts";
import { confirmedEvent } from "./event.status.ts";
import { isoDay, PARIS } from "./paris-time.ts";
import type { EditionRow } from "./event.service.ts";

export interface ProgrammeCriteria {
  /** SIREN of an EPCI. */
  epci?: string;
  /** INSEE code of a commune. */
  commune?: string;
  /** One day, "2026-11-12" (Europe/Paris). */
  day?: string;
}

/** One session of a confirmed event, with what a printed programme says of it. */
export interface ProgrammeSession {
  eventId: string;
  /** Paris day, "2026-11-12". */
  day: string;
  /** Paris wall clock, "18:00". */
  startTime: string;
  endTime: string;
  /** The day it ends, when not the same. */
  endDay: string;
  title: string;
  type: EventType;
  venueName: string | null;
  venueAddress: string | null;
  communeName: string;
  /** Lead first. */
  organisers: string[];
  accessibility: Accessibility[];
  accessibilityNote: string | null;
  isDemo: boolean;
}

export interface PrintableProgramme {
  edition: EditionRow;
  epci: TerritoryRow | null;
  commune: TerritoryRow | null;
  day: string | null;
  sessions: ProgrammeSession[];
}

/** The edition, or NOT_FOUND. */
export async function requireEditionById(prisma: PrismaClient, id: string): Promise<EditionRow> {
  const edition = await prisma.edition.findUnique({ where: { id } });
  if (!edition) throw notFound("edition", id);
  return edition;
}

/**
 * The confirmed sessions of an edition in time order (a cancelled or
 * unconfirmed event is in no printed programme), each event once per day it
 * is held. One statement for the sessions, one per territory named.
 * @throws NOT_FOUND (edition); BAD_USER_INPUT (epci, commune, day)
 */
export async function printableProgramme(prisma: PrismaClient, editionId: string, criteria: ProgrammeCriteria): Promise<PrintableProgramme> {
  const edition = await requireEditionById(prisma, editionId);
  const conditions: Prisma.Sql[] = [Prisma.sql`e.edition_id = ${edition.id}`, confirmedEvent()];
  const epci = criteria.epci ? await requireTerritory(prisma, criteria.epci, "epci", TerritoryKind.EPCI) : null;
  if (epci) conditions.push(locatedIn(Prisma.sql`e.commune_id`, epci.id));
  const commune = criteria.commune ? await requireTerritory(prisma, criteria.commune, "commune", TerritoryKind.COMMUNE) : null;
  if (commune) conditions.push(Prisma.sql`e.commune_id = ${commune.id}`);
  let day: string | null = null;
  if (criteria.day) {
    day = criteria.day;
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
    if (!valid) throw badInput("day", `« ${criteria.day} » n'est pas une date : attendu 2026-11-12.`);
    if (day < isoDay(edition.startsOn) || day > isoDay(edition.endsOn)) {
      throw badInput("day", `Le ${day} est hors de l'édition « ${edition.title} ».`);
    }
    conditions.push(Prisma.sql`to_char(s.starts_at AT TIME ZONE ${PARIS}, 'YYYY-MM-DD') = ${day}`);
  }
  const sessions = await prisma.$queryRaw<ProgrammeSession[]>`
    SELECT e.id AS "eventId",
           to_char(s.starts_at AT TIME ZONE ${PARIS}, 'YYYY-MM-DD') AS day,
           to_char(s.starts_at AT TIME ZONE ${PARIS}, 'HH24:MI') AS "startTime",
           to_char(s.ends_at AT TIME ZONE ${PARIS}, 'HH24:MI') AS "endTime",
           to_char(s.ends_at AT TIME ZONE ${PARIS}, 'YYYY-MM-DD') AS "endDay",
           e.title, e.type::text AS type, e.is_demo AS "isDemo",
           coalesce(vm.name, vo.name) AS "venueName",
           coalesce(e.venue_address, vm.address, vo.address) AS "venueAddress",
           c.name AS "communeName",
           coalesce((SELECT array_agg(o.name ORDER BY co.role = 'LEAD' DESC, o.name)
              FROM event_co_organiser co JOIN organisation o ON o.id = co.organisation_id
             WHERE co.event_id = e.id), '{}') AS organisers,
           e.accessibility::text[] AS accessibility, e.accessibility_note AS "accessibilityNote"
      FROM event_session s
      JOIN event e ON e.id = s.event_id
      JOIN territory c ON c.id = e.commune_id
      LEFT JOIN maison vm ON vm.id = e.venue_maison_id
      LEFT JOIN organisation vo ON vo.id = e.venue_organisation_id
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY s.starts_at, c.name, e.title, e.id`;
  return { edition, epci, commune, day, sessions };
}
