// The Mois de l'ESS at national scale: the synthetic edition of 5,000 events
// (bench/event-data.ts, ~5,400 sessions; the national Mois de l'ESS has about
// 2,000 events, this is the stress case). What national animators and
// calendar applications read, each answered by the baseline with one
// hand-written statement:
//
// - clashes: the first page of the edition's clashes (signed in: the demo
//   account of the COTESS animator, whose session cookie goes with every
//   request; the baseline checks the session in its statement too);
// - blind spots: every EPCI with its events, the first page of the communes
//   without any, the days without any, the absent families;
// - the iCalendar feed of the published events (megabytes), as polled (kept
//   in memory while unchanged) and as rendered after a change. Not the same
//   bytes from both servers (the server's origin in URLs), so the VEVENTs
//   are compared on UID, order, times, status and sequence.
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { parse as parseCookies } from "cookie";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { SESSION_COOKIE } from "../../server/auth/auth.session.ts";
import { DEMO_PASSWORD } from "../../server/auth/data/accounts.ts";
import { BENCH_EDITION_ID } from "../event-data.ts";
import type { Database, GetScenario, GraphqlScenario, Variables } from "./scenario.ts";

// ─── Clashes ────────────────────────────────────────────────────────────────

const ANIMATOR = "animation.cotess@maillage.demo";

/** Signs in with the demo account (the API loads the demo accounts at start): the session cookie. */
async function signIn(apiUrl: string): Promise<Record<string, string>> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation ($input: SignInInput!) { signIn(input: $input) { email } }",
      variables: { input: { email: ANIMATOR, password: DEMO_PASSWORD } },
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  const cookie = response.headers.getSetCookie().map((header) => header.split(";")[0]).find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!response.ok || !cookie || text.includes('"errors":')) throw new Error(`signing in as ${ANIMATOR} failed: ${response.status} ${text.slice(0, 300)}`);
  return { cookie };
}

/** The SHA-256 of the session token in the request's cookie, as the session table keeps it; null without one. */
function sessionIdOf(headers: IncomingHttpHeaders): string | null {
  const token = headers.cookie ? parseCookies(headers.cookie)[SESSION_COOKIE] : undefined;
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? createHash("sha256").update(token).digest("hex") : null;
}

// Same rules as server/events/event.clashes.ts, in SQL. Sessions of PROPOSED
// or CONFIRMED events; a pair when they overlap (the earlier by start, then
// id, is `first`), belong to different events and share:
//   0 SAME_VENUE          the venue key (Maison, organisation, or commune + address
//                         trimmed, spaces collapsed, lower case)
//   1 SHARED_CO_ORGANISER an organisation
//   2 SAME_EPCI           the EPCI, with an audience or a theme
//   3 NEIGHBOURING_EPCI   neighbouring EPCI (territory_neighbour), with an audience or a theme
// Each rule finds its own pairs through a join on what is shared (venue,
// organisation, EPCI, neighbour), not by comparing every overlapping pair;
// the pairs are then grouped with their reasons. Order: the worst reason,
// then the first session's start, its id, the second's id. The ids are of
// fixed width (bench/event-data.ts): PostgreSQL's order and the API's
// localeCompare agree on them.
//
// Listed, as server/events/edition.service.ts lists them: only a clash of
// which the viewer may read at least one event (server/events/event.access.ts,
// eventVisibleTo: published, or the viewer animates the edition's network,
// edits a co-organiser, is an agent of a territory holding the commune, or
// administers the platform). The demo's COTESS animator does not animate the
// bench's edition: a clash of two proposals is counted by neither server.
const OVERLAP = `b.event_id <> a.event_id AND a.ends_at > b.starts_at AND (a.starts_at, a.id) < (b.starts_at, b.id)
  AND (a.readable OR b.readable)`;
const SHARE_PUBLIC = `(a.audiences && b.audiences OR a.themes && b.themes)`;

const clashesSql = `
  WITH viewer AS (
    SELECT a.id FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.id = $2 AND s.expires_at > now() AND a.disabled_at IS NULL),
  grants AS MATERIALIZED (
    SELECT g.* FROM role_grant g WHERE g.account_id = (SELECT id FROM viewer)),
  s AS MATERIALIZED (
    SELECT es.id, es.event_id, es.starts_at, es.ends_at,
           (e.status = 'CONFIRMED' OR (e.status = 'CANCELLED' AND e.published_at IS NOT NULL)
            OR EXISTS (SELECT 1 FROM grants g JOIN edition ed ON ed.id = e.edition_id
                        WHERE g.role = 'PLATFORM_ADMIN'
                           OR g.role = 'NETWORK_ANIMATOR' AND (g.cotess_id = ed.cotess_id OR g.maison_id = ed.maison_id
                                                               OR g.organisation_id = ed.network_organisation_id)
                           OR g.role = 'COLLECTIVITE_AGENT' AND (g.territory_id = e.commune_id
                                OR EXISTS (SELECT 1 FROM territory_inclusion i WHERE i.descendant_id = e.commune_id AND i.ancestor_id = g.territory_id)))
            OR EXISTS (SELECT 1 FROM event_co_organiser c JOIN grants g ON g.role = 'ORGANISATION_EDITOR' AND g.organisation_id = c.organisation_id
                        WHERE c.event_id = e.id)) AS readable,
           COALESCE('maison:' || e.venue_maison_id, 'organisation:' || e.venue_organisation_id,
                    'address:' || e.commune_id || ':' || lower(regexp_replace(btrim(e.venue_address), '\\s+', ' ', 'g'))) AS venue_key,
           (SELECT i.ancestor_id FROM territory_inclusion i JOIN territory t ON t.id = i.ancestor_id AND t.kind = 'EPCI'
             WHERE i.descendant_id = e.commune_id LIMIT 1) AS epci_id,
           e.audiences, e.themes
      FROM event_session es JOIN event e ON e.id = es.event_id
     WHERE es.edition_id = $1 AND e.status IN ('PROPOSED', 'CONFIRMED') AND EXISTS (SELECT 1 FROM viewer)),
  candidates AS (
    SELECT a.id AS a_id, a.starts_at AS a_start, b.id AS b_id, 0 AS reason
      FROM s a JOIN s b ON b.venue_key = a.venue_key
     WHERE ${OVERLAP}
    UNION ALL
    SELECT a.id, a.starts_at, b.id, 1
      FROM s a JOIN event_co_organiser ca ON ca.event_id = a.event_id
      JOIN event_co_organiser cb ON cb.organisation_id = ca.organisation_id AND cb.event_id <> ca.event_id
      JOIN s b ON b.event_id = cb.event_id
     WHERE ${OVERLAP}
    UNION ALL
    SELECT a.id, a.starts_at, b.id, 2
      FROM s a JOIN s b ON b.epci_id = a.epci_id
     WHERE ${OVERLAP} AND ${SHARE_PUBLIC}
    UNION ALL
    SELECT a.id, a.starts_at, b.id, 3
      FROM s a JOIN territory_neighbour n ON n.territory_id = a.epci_id JOIN s b ON b.epci_id = n.neighbour_id
     WHERE ${OVERLAP} AND b.epci_id <> a.epci_id AND ${SHARE_PUBLIC}),
  pairs AS MATERIALIZED (
    SELECT a_id, a_start, b_id, array_agg(DISTINCT reason ORDER BY reason) AS reasons
      FROM candidates GROUP BY a_id, a_start, b_id),
  page AS (
    SELECT * FROM pairs ORDER BY reasons[1], a_start, a_id, b_id LIMIT $3)
  SELECT EXISTS (SELECT 1 FROM viewer) AS "signedIn",
         EXISTS (SELECT 1 FROM edition WHERE id = $1) AS found,
         (SELECT count(*)::int FROM pairs) AS total,
         (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
                   'severity', (ARRAY['HARD', 'HIGH', 'MEDIUM', 'LOW'])[p.reasons[1] + 1],
                   'reasons', (SELECT json_agg(json_build_object(
                                        'kind', (ARRAY['SAME_VENUE', 'SHARED_CO_ORGANISER', 'SAME_EPCI', 'NEIGHBOURING_EPCI'])[r + 1]) ORDER BY r)
                                 FROM unnest(p.reasons) r),
                   'first', json_build_object('sessionId', p.a_id),
                   'second', json_build_object('sessionId', p.b_id)))
                 ORDER BY p.reasons[1], p.a_start, p.a_id, p.b_id), '[]')
            FROM page p) AS edges`;

export const editionClashes: GraphqlScenario = {
  name: "clashes-5000",
  description:
    "edition(id) { clashes(first: 100) }, signed in: the worst 100 of the ~6,400 clashes the viewer may read among the ~5,400 sessions of a 5,000-event edition",
  query: `query ($id: ID!, $first: Int!) { edition(id: $id) { clashes(first: $first) {
    totalCount edges { node { severity reasons { kind } first { sessionId } second { sessionId } } } } } }`,
  variables: [{ id: BENCH_EDITION_ID, first: 100 }],
  statements: 1,
  essData: true,
  eventData: true,
  maxConnections: 4,
  prepare: signIn,
  postgraphile: { unsupported: "clashes are computed rules (venue keys, shared co-organisers, EPCI and their neighbours) over pairs of sessions" },
  async raw(db: Database, variables: Variables, headers: IncomingHttpHeaders) {
    const { rows } = await db.query<{ signedIn: boolean; found: boolean; total: number; edges: unknown[] }>(
      clashesSql,
      [variables.id, sessionIdOf(headers), variables.first],
    );
    const [{ signedIn, found, total, edges }] = rows;
    if (!found) return { data: { edition: null } };
    if (!signedIn) {
      return {
        errors: [{ message: "Connectez-vous pour voir les conflits de programmation.", extensions: { code: "UNAUTHENTICATED" } }],
        data: { edition: null },
      };
    }
    return { data: { edition: { clashes: { totalCount: total, edges } } } };
  },
};

// ─── Blind spots ────────────────────────────────────────────────────────────

// As server/events/edition.service.ts: the scope's communes (communes of the
// scope, communes within its territories), planned = PROPOSED or CONFIRMED.
// - epci: every EPCI holding a scope commune, its planned events; those
//   without any first, then population DESC, id;
// - uncovered communes: population DESC, id DESC, and their count;
// - days (Europe/Paris) that no planned session touches: written on the
//   session's instants, so that the index on (edition_id, starts_at) serves;
// - absent families: grouped here, not row by row: organisations of the
//   scope of a known family outside HORS_ESS, families none of whose organisations
//   co-organises a planned event, by count DESC (then family).
const blindSpotsSql = `
  WITH ed AS (SELECT id, starts_on, ends_on FROM edition WHERE id = $1),
  communes AS MATERIALIZED (
    SELECT et.territory_id AS id FROM edition_territory et JOIN territory t ON t.id = et.territory_id
     WHERE et.edition_id = $1 AND t.kind = 'COMMUNE'
    UNION
    SELECT i.descendant_id FROM edition_territory et JOIN territory_inclusion i ON i.ancestor_id = et.territory_id
     WHERE et.edition_id = $1 AND i.descendant_kind = 'COMMUNE'),
  planned AS MATERIALIZED (
    SELECT e.id, e.commune_id FROM event e WHERE e.edition_id = $1 AND e.status IN ('PROPOSED', 'CONFIRMED')),
  commune_events AS MATERIALIZED (
    SELECT c.id, count(p.id)::int AS events FROM communes c LEFT JOIN planned p ON p.commune_id = c.id GROUP BY c.id),
  epci AS (
    SELECT t.id, t.code, t.population, sum(ce.events)::int AS events
      FROM commune_events ce
      JOIN territory_inclusion i ON i.descendant_id = ce.id
      JOIN territory t ON t.id = i.ancestor_id AND t.kind = 'EPCI'
     GROUP BY t.id),
  uncovered AS MATERIALIZED (
    SELECT t.id, t.code, t.name, t.population FROM commune_events ce JOIN territory t ON t.id = ce.id WHERE ce.events = 0),
  days AS (
    SELECT to_char(d, 'YYYY-MM-DD') AS day
      FROM ed CROSS JOIN generate_series(ed.starts_on, ed.ends_on, interval '1 day') d
     WHERE NOT EXISTS (
       SELECT 1 FROM event_session s JOIN planned p ON p.id = s.event_id
        WHERE s.edition_id = $1
          AND s.starts_at < ((d::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
          AND s.ends_at > (d::date::timestamp AT TIME ZONE 'Europe/Paris'))),
  taking AS (
    SELECT DISTINCT c.organisation_id FROM event_co_organiser c JOIN planned p ON p.id = c.event_id),
  absent AS (
    SELECT o.family::text AS family, count(*)::int AS organisations
      FROM organisation o LEFT JOIN taking ON taking.organisation_id = o.id
     -- Located in the scope: in one of its communes, or placed in one of its
     -- territories; of a known ESS family.
     WHERE o.location_id IN (SELECT id FROM communes UNION ALL SELECT territory_id FROM edition_territory WHERE edition_id = $1
                             UNION ALL SELECT i.descendant_id FROM edition_territory et JOIN territory_inclusion i ON i.ancestor_id = et.territory_id
                              WHERE et.edition_id = $1 AND i.descendant_kind <> 'COMMUNE')
       AND o.family <> 'HORS_ESS'
     GROUP BY o.family
    HAVING count(taking.organisation_id) = 0)
  SELECT EXISTS (SELECT 1 FROM ed) AS found,
         (SELECT coalesce(json_agg(json_build_object('events', events, 'population', population, 'territory', json_build_object('code', code))
                                   ORDER BY events > 0, population DESC, id), '[]')
            FROM epci) AS epci,
         (SELECT count(*)::int FROM uncovered) AS "uncoveredTotal",
         (SELECT coalesce(json_agg(json_build_object('node', json_build_object('code', code, 'name', name, 'population', population))
                                   ORDER BY population DESC, id DESC), '[]')
            FROM (SELECT * FROM uncovered ORDER BY population DESC, id DESC LIMIT $2) first_page) AS "uncoveredEdges",
         (SELECT coalesce(json_agg(day ORDER BY day), '[]') FROM days) AS days,
         (SELECT coalesce(json_agg(json_build_object('family', family, 'organisations', organisations) ORDER BY organisations DESC, family), '[]')
            FROM absent) AS "absentFamilies"`;

export const editionBlindSpots: GraphqlScenario = {
  name: "blind-spots-5000",
  description:
    "edition(id) { blindSpots { epci uncoveredCommunes(first: 50) daysWithoutEvents absentFamilies } }: national scope, 1,255 EPCI, 35k communes, 200k organisations",
  query: `query ($id: ID!, $first: Int!) { edition(id: $id) { blindSpots {
    epci { events population territory { code } }
    uncoveredCommunes(first: $first) { totalCount edges { node { code name population } } }
    daysWithoutEvents
    absentFamilies { family organisations } } } }`,
  variables: [{ id: BENCH_EDITION_ID, first: 50 }],
  statements: 1,
  essData: true,
  eventData: true,
  maxConnections: 4,
  postgraphile: { unsupported: "blind spots are computed (events per EPCI, communes and days without any, absent families): aggregates and anti-joins" },
  async raw(db: Database, variables: Variables) {
    const { rows } = await db.query<{
      found: boolean; epci: unknown[]; uncoveredTotal: number; uncoveredEdges: unknown[]; days: string[]; absentFamilies: unknown[];
    }>(blindSpotsSql, [variables.id, variables.first]);
    const [row] = rows;
    if (!row.found) return { data: { edition: null } };
    return {
      data: {
        edition: {
          blindSpots: {
            epci: row.epci,
            uncoveredCommunes: { totalCount: row.uncoveredTotal, edges: row.uncoveredEdges },
            daysWithoutEvents: row.days,
            absentFamilies: row.absentFamilies,
          },
        },
      },
    };
  },
};

// ─── iCalendar feed ─────────────────────────────────────────────────────────

const PARIS = "Europe/Paris";

const EVENT_TYPE_LABEL: Record<string, string> = {
  FORUM: "Forum", VISITE_DE_STRUCTURE: "Visite de structure", CONFERENCE_DEBAT: "Conférence-débat", CINE_DEBAT: "Ciné-débat",
  ATELIER: "Atelier", FORMATION: "Formation", MARCHE: "Marché", PORTES_OUVERTES: "Portes ouvertes", AUTRE: "Autre",
};

// Published = confirmed, or cancelled after publication (a calendar must
// learn of the cancellation). One row per session, in the feed's order; the
// times already as the iCalendar wants them (Paris wall clock, UTC stamps).
//
// With a fingerprint (what the feed's content depends on: its published
// events, their versions and last changes, their organisations' last
// changes, as the API's ETag), the same statement returns the rows only when
// the fingerprint differs from $2, the one of the feed kept in memory (or
// when there is none).
const feedSql = (fingerprint: boolean) => `
  WITH ed AS (SELECT id, year, title FROM edition WHERE id = $1),
  published AS MATERIALIZED (
    SELECT e.* FROM event e JOIN ed ON e.edition_id = ed.id
     WHERE e.status = 'CONFIRMED' OR (e.status = 'CANCELLED' AND e.published_at IS NOT NULL)),
  fp AS (
    ${fingerprint
      ? `SELECT count(*) || ':' || coalesce(sum(p.version), 0) || ':' || coalesce(max(p.updated_at)::text, '') || ':' ||
                coalesce(max(greatest(
                  (SELECT max(o.updated_at) FROM event_co_organiser c JOIN organisation o ON o.id = c.organisation_id WHERE c.event_id = p.id),
                  (SELECT o.updated_at FROM organisation o WHERE o.id = p.venue_organisation_id)))::text, '') AS fingerprint
           FROM published p`
      : "SELECT NULL::text AS fingerprint"})
  SELECT ed.year, ed.title AS "editionTitle", fp.fingerprint, x.*
    FROM ed CROSS JOIN fp
    LEFT JOIN (
      SELECT s.id AS "sessionId", s.starts_at, e.id AS "eventId", e.title, e.type::text AS type, e.description,
             e.status::text AS status, e.version,
             to_char(e.updated_at AT TIME ZONE 'UTC', 'YYYYMMDD"T"HH24MISS"Z"') AS stamp,
             to_char(s.starts_at AT TIME ZONE '${PARIS}', 'YYYYMMDD"T"HH24MISS') AS start,
             to_char(s.ends_at AT TIME ZONE '${PARIS}', 'YYYYMMDD"T"HH24MISS') AS "end",
             coalesce(vm.name, vo.name) AS "venueName",
             coalesce(vm.address, vo.address, e.venue_address) AS "venueAddress",
             c.name AS "communeName",
             (SELECT string_agg(o.name, ', ' ORDER BY co.role, o.name)
                FROM event_co_organiser co JOIN organisation o ON o.id = co.organisation_id
               WHERE co.event_id = e.id) AS "coOrganisers"
        FROM published e
        JOIN event_session s ON s.event_id = e.id
        JOIN territory c ON c.id = e.commune_id
        LEFT JOIN maison vm ON vm.id = e.venue_maison_id
        LEFT JOIN organisation vo ON vo.id = e.venue_organisation_id
       -- A one-time filter, evaluated before any row is read (OFFSET 0
       -- keeps the subquery whole: flattened, its condition would be
       -- checked on every joined row).
       WHERE $2::text IS NULL OR (SELECT fingerprint FROM fp) <> $2
      OFFSET 0) x ON true
   ORDER BY x.starts_at, x."sessionId"`;

interface FeedRow {
  year: number;
  editionTitle: string;
  fingerprint: string | null;
  sessionId: string | null;
  eventId: string;
  title: string;
  type: string;
  description: string | null;
  status: "CONFIRMED" | "CANCELLED";
  version: number;
  stamp: string;
  start: string;
  end: string;
  venueName: string | null;
  venueAddress: string | null;
  communeName: string;
  coOrganisers: string | null;
}

/** RFC 5545 TEXT. */
const text = (value: string) => value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r?\n/g, "\\n");

const comparable = (value: string) => value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase().trim();

/** Content lines of at most 75 octets (RFC 5545, 3.1), never cut inside a character. */
function fold(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line) <= 75) return line;
  let folded = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > 75) {
      folded += "\r\n ";
      octets = 1;
    }
    folded += character;
    octets += size;
  }
  return folded;
}

const VTIMEZONE = `${getVtimezoneComponent(PARIS)!.replace(/\r?\n/g, "\r\n").trim()}\r\n`;

function vevent(row: FeedRow, origin: string): string {
  const cancelled = row.status === "CANCELLED";
  const location = [row.venueName, row.venueAddress].filter((part): part is string => Boolean(part?.trim()));
  if (!comparable(row.venueAddress ?? "").endsWith(comparable(row.communeName))) location.push(row.communeName);
  const description = [
    ...(cancelled ? ["Cet événement est annulé."] : []),
    ...(row.description?.trim() ? [row.description.trim()] : []),
    ...(row.coOrganisers ? [`Co-organisé par : ${row.coOrganisers}.`] : []),
  ].join("\n\n");
  const lines = [
    "BEGIN:VEVENT",
    `UID:${row.sessionId}@maillage`,
    `SEQUENCE:${row.version}`,
    `DTSTAMP:${row.stamp}`,
    `DTSTART;TZID=${PARIS}:${row.start}`,
    `DTEND;TZID=${PARIS}:${row.end}`,
    `SUMMARY:${text(cancelled ? `ANNULÉ — ${row.title}` : row.title)}`,
    `LOCATION:${text(location.join(", "))}`,
    ...(description ? [`DESCRIPTION:${text(description)}`] : []),
    `CATEGORIES:${text(EVENT_TYPE_LABEL[row.type] ?? row.type)}`,
    `URL;VALUE=URI:${origin}/evenements/${encodeURIComponent(row.eventId)}`,
    `STATUS:${row.status}`,
    `LAST-MODIFIED:${row.stamp}`,
    "END:VEVENT",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** The VEVENTs of a feed, each as its properties (lines unfolded), in order. */
function vevents(feed: string): Map<string, string>[] {
  const unfolded = feed.replace(/\r\n[ \t]/g, "");
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map(
    (match) => new Map(match[1].split("\r\n").filter(Boolean).map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon), line.slice(colon + 1)] as const;
    })),
  );
}

// What both feeds must agree on, VEVENT by VEVENT (the rest is wording).
const COMPARED = ["UID", "SEQUENCE", `DTSTART;TZID=${PARIS}`, `DTEND;TZID=${PARIS}`, "STATUS"];

/** Feeds the baseline keeps, by edition and origin, with their fingerprint (as the API keeps its rendered feeds by ETag). */
const keptFeeds = new Map<string, { fingerprint: string; body: string }>();

function calendarScenario(options: { name: string; description: string; render: "always" | "on change" }): GetScenario {
  const always = options.render === "always";
  return {
    kind: "get",
    name: options.name,
    description: options.description,
    variables: [{ id: BENCH_EDITION_ID }],
    path: (variables) => `/calendar/editions/${encodeURIComponent(String(variables.id))}.ics`,
    // Every request of the API a cache miss: its ETag includes the origin.
    distinctHosts: always,
    // A render is most of a second of CPU; and each answer is 2.9 MB that the
    // load generator must read on the same two cores: with 20 connections it
    // fell behind (a third of a core), and a few requests of either server
    // waited more than its 10 s for their last byte.
    maxConnections: 4,
    statements: 1,
    essData: true,
    eventData: true,
    postgraphile: { unsupported: "an iCalendar feed (GET, text/calendar), not GraphQL" },
    async raw(db: Database, variables: Variables, headers: IncomingHttpHeaders) {
      const origin = `http://${headers.host ?? "localhost"}`;
      const key = `${String(variables.id)}|${origin}`;
      const kept = always ? undefined : keptFeeds.get(key);
      const { rows } = await db.query<FeedRow>(feedSql(!always), [variables.id, kept?.fingerprint ?? null]);
      if (!rows.length) return { status: 404, contentType: "application/json; charset=utf-8", body: '{"errors":[{"message":"not found"}]}' };
      const contentType = "text/calendar; charset=utf-8";
      if (kept && rows[0].fingerprint === kept.fingerprint) return { contentType, body: kept.body };
      // The title may already say "Mois de l'ESS 2026".
      const title = rows[0].editionTitle.includes(`Mois de l'ESS ${rows[0].year}`) ? rows[0].editionTitle : `Mois de l'ESS ${rows[0].year} — ${rows[0].editionTitle}`;
      const name = text(title);
      const head = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Maillage//Mois de l'ESS//FR", "METHOD:PUBLISH",
        `NAME:${name}`, `X-WR-CALNAME:${name}`, "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H", `X-WR-TIMEZONE:${PARIS}`,
      ].map(fold).join("\r\n");
      const events = rows.filter((row) => row.sessionId !== null).map((row) => vevent(row, origin)).join("");
      const body = `${head}\r\n${VTIMEZONE}${events}END:VCALENDAR\r\n`;
      if (!always) {
        if (keptFeeds.size >= 16) keptFeeds.delete(keptFeeds.keys().next().value!);
        keptFeeds.set(key, { fingerprint: rows[0].fingerprint!, body });
      }
      return { contentType, body };
    },
    compare(api, raw) {
      const [a, b] = [vevents(api), vevents(raw)];
      if (a.length !== b.length) return `the API's feed has ${a.length} VEVENTs, the baseline's ${b.length}`;
      if (!a.length) return "both feeds are empty: the edition has no published event";
      for (let index = 0; index < a.length; index += 1) {
        for (const property of COMPARED) {
          if (a[index].get(property) !== b[index].get(property)) {
            return `VEVENT ${index + 1} (API ${a[index].get("UID")}): ${property} is ${a[index].get(property)} on the API, ${b[index].get(property)} on the baseline`;
          }
        }
      }
      return null;
    },
    summary: (body) => `${vevents(body).length} VEVENTs`,
  };
}

// As calendar applications poll it: nothing changed since the last poll.
// The API checks a fingerprint and sends the feed it rendered before; so
// does the baseline (one statement, the rows only if the fingerprint moved).
export const editionCalendar = calendarScenario({
  name: "ical-5000",
  description: `GET /calendar/editions/${BENCH_EDITION_ID}.ics, unchanged since the last poll: fingerprint, then the feed kept in memory (~4,400 VEVENTs, ~2.9 MB)`,
  render: "on change",
});

// The feed rendered on every request (as after any change): a Host of its
// own per request makes every API request miss its cache.
export const editionCalendarRendered = calendarScenario({
  name: "ical-5000-render",
  description: `The same feed rendered on every request (a Host of its own per request, as after a change): read ~4,000 events, write ~4,400 VEVENTs`,
  render: "always",
});

export const eventScenarios = [editionClashes, editionBlindSpots, editionCalendar, editionCalendarRendered];
