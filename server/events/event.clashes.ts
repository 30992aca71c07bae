// Clashes: pairs of sessions of one edition's PROPOSED or CONFIRMED events
// that overlap in time and compete for the same people or public.
//
//   HARD    same venue (the room cannot hold both)
//   HIGH    a shared co-organiser (the same people cannot be in two places)
//   MEDIUM  same EPCI, with a shared audience or theme
//   LOW     neighbouring EPCI (sharing a border), with a shared audience or theme
//
// The sessions of the edition are read in one statement and swept in time
// order: only pairs that overlap and share a venue, a co-organiser or an
// EPCI (or neighbouring ones) are compared, so an edition of 5 000 events
// costs its clashes, not 25 million comparisons.
import { Prisma } from "../generated/prisma/client.ts";
import type { Audience, Sector } from "../generated/prisma/enums.ts";
import { plannedEvent } from "./event.status.ts";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * SQL: the venue of the event aliased `e`, as a key two events share when
 * they take place in the same room — the same Maison, the same
 * organisation's premises, or the same address in the same commune, however
 * it is spaced or capitalised.
 */
export const venueKey = (e = Prisma.raw("e")) =>
  // [[:space:]] and not \s: a backslash in this template would not reach PostgreSQL.
  Prisma.sql`COALESCE('maison:' || ${e}.venue_maison_id, 'organisation:' || ${e}.venue_organisation_id,
    'address:' || ${e}.commune_id || ':' || lower(regexp_replace(btrim(${e}.venue_address), '[[:space:]]+', ' ', 'g')))`;

// Any constant: the key space of the venue locks, apart from other advisory locks.
const VENUE_LOCKS = 72707380;

/**
 * Takes, until the end of the transaction, the lock of the event's venue.
 * Every write that can put an event at a venue takes it before looking for
 * clashes: of two writers placing events in one room, the second looks
 * after the first has committed (READ COMMITTED: each statement sees the
 * latest commits), so no interleaving lets both through.
 */
export async function lockVenueOf(db: Db, eventId: string): Promise<void> {
  // (::text: the lock function returns void, which Prisma cannot read.)
  await db.$queryRaw`SELECT pg_advisory_xact_lock(${VENUE_LOCKS}::int, hashtext(${venueKey()}))::text FROM event e WHERE e.id = ${eventId}`;
}

export type ClashSeverity = "HARD" | "HIGH" | "MEDIUM" | "LOW";
export type ClashReasonKind = "SAME_VENUE" | "SHARED_CO_ORGANISER" | "SAME_EPCI" | "NEIGHBOURING_EPCI";

export interface ClashReason {
  kind: ClashReasonKind;
  /** SHARED_CO_ORGANISER: the organisations in both events. */
  organisationIds: string[];
  /** SAME_EPCI, NEIGHBOURING_EPCI: the audiences and themes both events share. */
  audiences: Audience[];
  themes: Sector[];
  /** SAME_EPCI, NEIGHBOURING_EPCI: the EPCI of each event. */
  epciIds: number[];
}

export interface ClashSide {
  eventId: string;
  sessionId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface Clash {
  severity: ClashSeverity;
  reasons: ClashReason[];
  first: ClashSide;
  second: ClashSide;
}

const SEVERITY_RANK: Record<ClashSeverity, number> = { HARD: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };
const SEVERITY_OF: Record<ClashReasonKind, ClashSeverity> = {
  SAME_VENUE: "HARD", SHARED_CO_ORGANISER: "HIGH", SAME_EPCI: "MEDIUM", NEIGHBOURING_EPCI: "LOW",
};

interface SessionRow {
  session_id: string;
  event_id: string;
  starts_at: Date;
  ends_at: Date;
  venue_key: string;
  epci_id: number | null;
  audiences: Audience[];
  themes: Sector[];
  organisers: string[];
}

/**
 * The clashes of an edition, most severe first, then by time. With `eventId`,
 * only the clashes of that event (the warnings of a create or a move); it
 * need not be PROPOSED or CONFIRMED itself (a draft sees what it would cause).
 */
export async function clashesOfEdition(db: Db, editionId: string, options: { eventId?: string } = {}): Promise<Clash[]> {
  const focus = options.eventId ?? null;
  // The focus event's sessions, and only the sessions that overlap them.
  const sessions = await db.$queryRaw<SessionRow[]>`
    WITH focus AS (SELECT starts_at, ends_at FROM event_session WHERE event_id = ${focus})
    SELECT es.id AS session_id, es.event_id, es.starts_at, es.ends_at,
           ${venueKey()} AS venue_key,
           (SELECT i.ancestor_id FROM territory_inclusion i JOIN territory t ON t.id = i.ancestor_id AND t.kind = 'EPCI'
             WHERE i.descendant_id = e.commune_id LIMIT 1) AS epci_id,
           e.audiences::text[] AS audiences, e.themes::text[] AS themes,
           ARRAY(SELECT c.organisation_id FROM event_co_organiser c WHERE c.event_id = e.id) AS organisers
      FROM event_session es JOIN event e ON e.id = es.event_id
     WHERE es.edition_id = ${editionId}
       AND (${plannedEvent()} OR e.id = ${focus})
       AND (${focus}::text IS NULL OR EXISTS (SELECT 1 FROM focus f WHERE es.starts_at < f.ends_at AND f.starts_at < es.ends_at))
     ORDER BY es.starts_at, es.id`;

  const epciIds = [...new Set(sessions.flatMap((s) => (s.epci_id === null ? [] : [s.epci_id])))];
  const pairs =
    epciIds.length < 2
      ? []
      : await db.$queryRaw<{ territory_id: number; neighbour_id: number }[]>`
          SELECT territory_id, neighbour_id FROM territory_neighbour
           WHERE territory_id = ANY(${epciIds}::int[]) AND neighbour_id = ANY(${epciIds}::int[])`;
  const neighboursOf = new Map<number, number[]>();
  for (const pair of pairs) neighboursOf.set(pair.territory_id, [...(neighboursOf.get(pair.territory_id) ?? []), pair.neighbour_id]);
  const neighbours = new Set(pairs.map((pair) => `${pair.territory_id}:${pair.neighbour_id}`));

  // Sweep in time order. The sessions still open are filed under what can
  // make a clash — their venue, each co-organiser, their EPCI — and a session
  // is compared only with the open ones filed under its own keys or its
  // neighbouring EPCI: at 18:00 on a Thursday, a national edition has a
  // couple of hundred sessions open, of which a handful nearby.
  const filedUnder = (session: SessionRow) => [
    `venue:${session.venue_key}`,
    ...session.organisers.map((organisation) => `organiser:${organisation}`),
    ...(session.epci_id === null ? [] : [`epci:${session.epci_id}`]),
  ];
  const open = new Map<string, SessionRow[]>();
  const clashes: Clash[] = [];
  for (const session of sessions) {
    const lookedUp = [
      ...filedUnder(session),
      ...(session.epci_id === null ? [] : (neighboursOf.get(session.epci_id) ?? []).map((epci) => `epci:${epci}`)),
    ];
    const compared = new Set<SessionRow>();
    for (const key of lookedUp) {
      const filed = open.get(key);
      if (!filed) continue;
      // Sessions start in order: one that ended before this one starts is done.
      let kept = 0;
      for (const other of filed) if (other.ends_at > session.starts_at) filed[kept++] = other;
      filed.length = kept;
      for (const other of filed) {
        if (compared.has(other)) continue;
        compared.add(other);
        if (other.event_id === session.event_id) continue;
        if (focus && other.event_id !== focus && session.event_id !== focus) continue;
        const reasons = reasonsOf(other, session, neighbours);
        if (!reasons.length) continue;
        const [first, second] = focus && session.event_id === focus ? [session, other] : [other, session];
        clashes.push({
          severity: reasons.map((reason) => SEVERITY_OF[reason.kind]).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0],
          reasons,
          first: side(first),
          second: side(second),
        });
      }
    }
    for (const key of filedUnder(session)) {
      const filed = open.get(key);
      if (filed) filed.push(session);
      else open.set(key, [session]);
    }
  }
  return clashes.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.first.startsAt.getTime() - b.first.startsAt.getTime() ||
      a.first.sessionId.localeCompare(b.first.sessionId) ||
      a.second.sessionId.localeCompare(b.second.sessionId),
  );
}

const side = (row: SessionRow): ClashSide => ({ eventId: row.event_id, sessionId: row.session_id, startsAt: row.starts_at, endsAt: row.ends_at });

const shared = <T>(a: T[], b: T[]) => a.filter((value) => b.includes(value));

function reasonsOf(a: SessionRow, b: SessionRow, neighbours: Set<string>): ClashReason[] {
  const reasons: ClashReason[] = [];
  const none = { organisationIds: [], audiences: [], themes: [], epciIds: [] };
  if (a.venue_key === b.venue_key) reasons.push({ kind: "SAME_VENUE", ...none });
  const organisers = shared(a.organisers, b.organisers);
  if (organisers.length) reasons.push({ kind: "SHARED_CO_ORGANISER", ...none, organisationIds: organisers.sort() });
  if (a.epci_id !== null && b.epci_id !== null) {
    const audiences = shared(a.audiences, b.audiences);
    const themes = shared(a.themes, b.themes);
    if (audiences.length || themes.length) {
      if (a.epci_id === b.epci_id) reasons.push({ kind: "SAME_EPCI", organisationIds: [], audiences, themes, epciIds: [a.epci_id] });
      else if (neighbours.has(`${a.epci_id}:${b.epci_id}`)) {
        reasons.push({ kind: "NEIGHBOURING_EPCI", organisationIds: [], audiences, themes, epciIds: [a.epci_id, b.epci_id] });
      }
    }
  }
  return reasons;
}
