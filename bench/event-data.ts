// A national edition of the Mois de l'ESS for the bench, generated after the
// synthetic ESS data set (bench/ess-data.ts), whose organisations run it:
//
// - the edition `bench-national-2026` (November 2026, the 18 régions), run by
//   a synthetic organisation (the demo's CRESS is only loaded when the API
//   starts, after this);
// - 5,000 events in communes drawn in proportion to their population, with a
//   random type, 1–2 audiences and 1–3 themes; 80 % CONFIRMED (published),
//   15 % PROPOSED, 2.5 % DRAFT, 2.5 % CANCELLED (half of them after publication);
// - 1 session each (10 % two): weekday evenings from 18:00 (Paris) mostly,
//   weekend daytime, a few weekday daytime; none on 11 November (Armistice),
//   so that the blind spots have a day without events;
// - 1 to 4 co-organisers from the event's département, exactly one LEAD, the
//   partners mostly among a few active organisations per département (so
//   that organisations share events, as networks do). Fondations organise
//   none (they fund): the blind spots have an absent family;
// - ~10 % of the events at the venue of an earlier event (its premises or
//   the same address), at an overlapping time: HARD clashes.
//
// Deterministic (seeded PRNG, communes and organisations in a fixed order).
// Fixed-width ids (`bench-evt-00042`, `bench-evt-00042-1`) make PostgreSQL's
// C.UTF-8 order and JavaScript's localeCompare agree, so that both servers
// sort ties the same way. Rows are built in JS and written in bulk with
// unnest, then ANALYZE.
import pg from "pg";
import type { Audience, CoOrganiserRole, EventStatus, EventType } from "../server/generated/prisma/enums.ts";
import { chooser, distinct, pgArray, prng, SECTORS } from "./ess-data.ts";

export const BENCH_EDITION_ID = "bench-national-2026";

export interface EventDataSettings {
  events: number;
  seed: number;
}

export interface EventDataReport {
  editionId: string;
  events: number;
  sessions: number;
  coOrganisers: number;
  /** Events by status. */
  statuses: Record<string, number>;
  /** Events placed at the venue of an earlier event, at an overlapping time. */
  sameVenueTwins: number;
  seconds: number;
}

const BATCH = 10_000;

const EVENT_TYPES: readonly (readonly [EventType, number, string])[] = [
  ["FORUM", 12, "Forum"],
  ["VISITE_DE_STRUCTURE", 18, "Visite"],
  ["CONFERENCE_DEBAT", 14, "Conférence-débat"],
  ["CINE_DEBAT", 10, "Ciné-débat"],
  ["ATELIER", 20, "Atelier"],
  ["FORMATION", 6, "Formation"],
  ["MARCHE", 5, "Marché solidaire"],
  ["PORTES_OUVERTES", 10, "Portes ouvertes"],
  ["AUTRE", 5, "Rencontre"],
];
const TYPE_LABEL = new Map(EVENT_TYPES.map(([type, , label]) => [type, label]));

const AUDIENCES: readonly (readonly [Audience, number])[] = [
  ["GRAND_PUBLIC", 55], ["PROFESSIONNELS", 20], ["SCOLAIRES", 8], ["ELUS", 7], ["DEMANDEURS_EMPLOI", 10],
];

const STREETS = [
  "rue de la République", "place de la Mairie", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
  "rue Pasteur", "place du Marché", "rue de l'Église", "avenue de la Gare", "rue des Écoles", "rue Jules Ferry", "quai des Arts",
];

const PARTNER_ROLES: readonly (readonly [CoOrganiserRole, number])[] = [["PARTNER", 60], ["VENUE_HOST", 20], ["FUNDER", 20]];

interface Commune {
  id: number;
  name: string;
  population: number;
  departement: string;
}

interface Organisation {
  id: string;
  commune_id: number;
  family: string;
}

interface Slot {
  /** Paris wall clock, "2026-11-05 18:00". */
  start: string;
  end: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Paris wall-clock minutes after midnight → "HH:MM". */
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

export async function generateEventData(databaseUrl: string, settings: EventDataSettings): Promise<EventDataReport> {
  const started = process.hrtime.bigint();
  const random = prng(settings.seed);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: communes } = await client.query<Commune>(`
      SELECT c.id, c.name, c.population,
             (SELECT p.code FROM territory_inclusion i JOIN territory p ON p.id = i.ancestor_id
               WHERE i.descendant_id = c.id AND i.principal AND p.kind = 'DEPARTEMENT' ORDER BY p.name LIMIT 1) AS departement
        FROM territory c
       WHERE c.kind = 'COMMUNE' AND c.retired_at IS NULL AND c.population > 0
       ORDER BY c.code`);
    const { rows: organisations } = await client.query<Organisation>(
      `SELECT id, commune_id, family::text AS family FROM organisation WHERE source_id = 'bench' AND commune_id IS NOT NULL ORDER BY id`,
    );
    if (!organisations.length) throw new Error("No synthetic organisation: generate the ESS data (bench/ess-data.ts) first.");
    const departementOf = new Map(communes.map((commune) => [commune.id, commune.departement]));
    // Organisers by commune and by département; fondations fund, they do not organise here.
    const byCommune = new Map<number, number[]>();
    const byDepartement = new Map<string, number[]>();
    organisations.forEach((organisation, index) => {
      if (organisation.family === "FONDATION") return;
      const departement = departementOf.get(organisation.commune_id);
      if (!departement) return;
      (byCommune.get(organisation.commune_id) ?? byCommune.set(organisation.commune_id, []).get(organisation.commune_id)!).push(index);
      (byDepartement.get(departement) ?? byDepartement.set(departement, []).get(departement)!).push(index);
    });
    // The few organisations of each département that take part in many events.
    const active = new Map([...byDepartement].map(([departement, pool]) => [departement, pool.slice(0, Math.max(6, Math.ceil(pool.length / 40)))]));
    const eligible = communes.filter((commune) => byDepartement.has(commune.departement));
    const pickCommune = chooser(eligible.map((commune, index) => [index, commune.population] as const));
    const pickType = chooser(EVENT_TYPES.map(([type, weight]) => [type, weight] as const));
    const pickAudience = chooser(AUDIENCES);
    const pickTheme = chooser(SECTORS);
    const pickRole = chooser(PARTNER_ROLES);

    // November 2026 by kind of day; 11 November (Armistice) stays empty.
    const weekdays: number[] = [];
    const weekends: number[] = [];
    for (let day = 1; day <= 30; day += 1) {
      if (day === 11) continue;
      const weekDay = new Date(Date.UTC(2026, 10, day)).getUTCDay();
      (weekDay === 0 || weekDay === 6 ? weekends : weekdays).push(day);
    }
    const slot = (): Slot => {
      const kind = random();
      let day: number, start: number, minutes: number;
      if (kind < 0.65) {
        // Weekday evening: 18:00 mostly, 18:30 or 19:00; about two hours.
        day = weekdays[Math.floor(random() * weekdays.length)];
        const r = random();
        start = r < 0.5 ? 18 * 60 : r < 0.75 ? 18 * 60 + 30 : 19 * 60;
        minutes = [90, 120, 120, 150][Math.floor(random() * 4)];
      } else if (kind < 0.9) {
        // Weekend daytime, 10:00 to 16:00.
        day = weekends[Math.floor(random() * weekends.length)];
        start = (10 + Math.floor(random() * 7)) * 60;
        minutes = [120, 180, 240][Math.floor(random() * 3)];
      } else {
        // Weekday daytime (professionals, schools).
        day = weekdays[Math.floor(random() * weekdays.length)];
        start = (9 + Math.floor(random() * 7)) * 60;
        minutes = [90, 120, 180][Math.floor(random() * 3)];
      }
      return { start: `2026-11-${pad(day)} ${clock(start)}`, end: `2026-11-${pad(day)} ${clock(start + minutes)}` };
    };

    const n = settings.events;
    const ids: string[] = [], titles: string[] = [], types: string[] = [], descriptions: (string | null)[] = [], statuses: string[] = [];
    const venueOrganisations: (string | null)[] = [], venueAddresses: (string | null)[] = [], communeIds: number[] = [];
    const audiences: string[] = [], themes: string[] = [], capacities: (number | null)[] = [], versions: number[] = [];
    const published: (string | null)[] = [], updated: string[] = [];
    const sessionIds: string[] = [], sessionEvents: string[] = [], sessionPositions: number[] = [], sessionStarts: string[] = [], sessionEnds: string[] = [];
    const coEvents: string[] = [], coOrganisations: string[] = [], coRoles: string[] = [];
    const statusCount: Record<string, number> = {};
    // What a later event needs to take the same venue at the same time.
    const venues: { commune: Commune; organisation: string | null; address: string | null; first: Slot }[] = [];
    let twins = 0;

    for (let index = 0; index < n; index += 1) {
      const id = `bench-evt-${pad(index + 1, 5)}`;
      const twinOf = index >= 50 && random() < 0.1 ? venues[Math.floor(random() * venues.length)] : undefined;
      const commune = twinOf?.commune ?? eligible[pickCommune(random())];
      const departementPool = byDepartement.get(commune.departement)!;
      const communePool = byCommune.get(commune.id) ?? [];
      const activePool = active.get(commune.departement)!;

      // Organisers: the lead from the commune when there is one, partners mostly among the active ones.
      const lead = communePool.length && random() < 0.7
        ? communePool[Math.floor(random() * communePool.length)]
        : departementPool[Math.floor(random() * departementPool.length)];
      const size = [1, 1, 1, 2, 2, 2, 3, 3, 4, 4][Math.floor(random() * 10)];
      const partners = distinct(random, (r) => {
        const pool = random() < 0.7 ? activePool : departementPool;
        return pool[Math.floor(r * pool.length)];
      }, size - 1).filter((partner) => partner !== lead);
      coEvents.push(id);
      coOrganisations.push(organisations[lead].id);
      coRoles.push("LEAD");
      for (const partner of partners) {
        coEvents.push(id);
        coOrganisations.push(organisations[partner].id);
        coRoles.push(pickRole(random()));
      }

      // The venue: the earlier event's, the lead's premises, or an address.
      let venueOrganisation: string | null = null;
      let venueAddress: string | null = null;
      let first: Slot;
      if (twinOf) {
        twins += 1;
        // The address as the other event wrote it: the server's venue key
        // does not normalise spaces today ('\s+' in a Prisma.sql template
        // reaches PostgreSQL as 's+'), and the baseline keeps to the intended rule.
        venueOrganisation = twinOf.organisation;
        venueAddress = twinOf.address;
        // Starts with the other or up to an hour later: the two overlap.
        const [day, time] = twinOf.first.start.split(" ");
        const [hours, minutes] = time.split(":").map(Number);
        const start = hours * 60 + minutes + 30 * Math.floor(random() * 3);
        first = { start: `${day} ${clock(start)}`, end: `${day} ${clock(start + 90)}` };
      } else {
        if (organisations[lead].commune_id === commune.id && random() < 0.35) venueOrganisation = organisations[lead].id;
        else venueAddress = `${1 + Math.floor(random() * 150)} ${STREETS[Math.floor(random() * STREETS.length)]}`;
        first = slot();
      }
      const slots = [first];
      if (!twinOf && random() < 0.1) slots.push(slot());
      slots.forEach((session, position) => {
        sessionIds.push(`${id}-${position + 1}`);
        sessionEvents.push(id);
        sessionPositions.push(position);
        sessionStarts.push(session.start);
        sessionEnds.push(session.end);
      });
      if (!twinOf) venues.push({ commune, organisation: venueOrganisation, address: venueAddress, first });

      const r = random();
      const status: EventStatus = r < 0.8 ? "CONFIRMED" : r < 0.95 ? "PROPOSED" : r < 0.975 ? "DRAFT" : "CANCELLED";
      statusCount[status] = (statusCount[status] ?? 0) + 1;
      const type = pickType(random());
      ids.push(id);
      // Some titles carry the characters iCalendar escapes.
      titles.push(
        random() < 0.2
          ? `${TYPE_LABEL.get(type)} : ESS, coopération; territoires à ${commune.name} (${index + 1})`
          : `${TYPE_LABEL.get(type)} de l'ESS à ${commune.name} (${index + 1})`,
      );
      types.push(type);
      descriptions.push(
        random() < 0.6
          ? `Dans le cadre du Mois de l'ESS, les structures de ${commune.name} présentent leurs activités, ` +
              `échangent avec les habitants et les partenaires, et partagent un moment convivial.`
          : null,
      );
      statuses.push(status);
      venueOrganisations.push(venueOrganisation);
      venueAddresses.push(venueAddress);
      communeIds.push(commune.id);
      audiences.push(pgArray(distinct(random, pickAudience, 1 + Math.floor(random() * 2))));
      themes.push(pgArray(distinct(random, pickTheme, 1 + Math.floor(random() * 3))));
      capacities.push(random() < 0.5 ? 20 + 10 * Math.floor(random() * 20) : null);
      versions.push(status === "DRAFT" ? 1 : status === "PROPOSED" ? 1 + Math.floor(random() * 2) : 2 + Math.floor(random() * 3));
      const publishedAt = `2026-10-${pad(1 + (index % 28))} ${pad(8 + (index % 10))}:00:00+00`;
      published.push(status === "CONFIRMED" || (status === "CANCELLED" && random() < 0.5) ? publishedAt : null);
      updated.push(`2026-10-${pad(1 + (index % 28))} ${pad(8 + (index % 10))}:${pad(index % 60)}:00+00`);
    }

    const { rows: regions } = await client.query<{ id: number }>(
      `SELECT id FROM territory WHERE kind = 'REGION' AND retired_at IS NULL ORDER BY code`,
    );
    // The network: the first synthetic organisation (any would do; one edition per network and year).
    await client.query(
      `INSERT INTO edition (id, year, title, network_organisation_id, starts_on, ends_on, description, source_id)
       VALUES ($1, 2026, 'Mois de l''ESS 2026 — national (bench)', $2, '2026-11-01', '2026-11-30',
               'Édition synthétique du bench : 5 000 événements dans les 18 régions.', 'bench')`,
      [BENCH_EDITION_ID, organisations[0].id],
    );
    await client.query(
      `INSERT INTO edition_territory (edition_id, territory_id) SELECT $1, id FROM unnest($2::int[]) AS t(id)`,
      [BENCH_EDITION_ID, regions.map((region) => region.id)],
    );
    for (let start = 0; start < n; start += BATCH) {
      const slice = (column: readonly unknown[]) => column.slice(start, start + BATCH);
      await client.query(
        `INSERT INTO event (id, edition_id, title, type, description, status, venue_organisation_id, venue_address, commune_id,
                            audiences, themes, capacity, accessibility, version, published_at, updated_at)
         SELECT id, $1, title, type::"EventType", description, status::"EventStatus", venue_organisation_id, venue_address, commune_id,
                audiences::"Audience"[], themes::"Sector"[], capacity, '{}', version, published_at, updated_at
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[],
                       $10::text[], $11::text[], $12::int[], $13::int[], $14::timestamptz[], $15::timestamptz[])
             AS t(id, title, type, description, status, venue_organisation_id, venue_address, commune_id,
                  audiences, themes, capacity, version, published_at, updated_at)`,
        [BENCH_EDITION_ID, ...[ids, titles, types, descriptions, statuses, venueOrganisations, venueAddresses, communeIds,
          audiences, themes, capacities, versions, published, updated].map(slice)],
      );
    }
    for (let start = 0; start < sessionIds.length; start += BATCH) {
      const slice = (column: readonly unknown[]) => column.slice(start, start + BATCH);
      // Paris wall clock → instant: PostgreSQL applies the offset of each date.
      await client.query(
        `INSERT INTO event_session (id, event_id, edition_id, position, starts_at, ends_at)
         SELECT id, event_id, $1, position, start_local AT TIME ZONE 'Europe/Paris', end_local AT TIME ZONE 'Europe/Paris'
           FROM unnest($2::text[], $3::text[], $4::int[], $5::timestamp[], $6::timestamp[]) AS t(id, event_id, position, start_local, end_local)`,
        [BENCH_EDITION_ID, ...[sessionIds, sessionEvents, sessionPositions, sessionStarts, sessionEnds].map(slice)],
      );
    }
    for (let start = 0; start < coEvents.length; start += BATCH) {
      const slice = (column: readonly unknown[]) => column.slice(start, start + BATCH);
      await client.query(
        `INSERT INTO event_co_organiser (event_id, organisation_id, role)
         SELECT event_id, organisation_id, role::"CoOrganiserRole" FROM unnest($1::text[], $2::text[], $3::text[]) AS t(event_id, organisation_id, role)`,
        [coEvents, coOrganisations, coRoles].map(slice),
      );
    }
    await client.query("ANALYZE edition, edition_territory, event, event_session, event_co_organiser");
    return {
      editionId: BENCH_EDITION_ID,
      events: n,
      sessions: sessionIds.length,
      coOrganisers: coEvents.length,
      statuses: statusCount,
      sameVenueTwins: twins,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
  } finally {
    await client.end();
  }
}
