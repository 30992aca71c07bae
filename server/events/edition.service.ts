// Editions of the Mois de l'ESS: reading, blind spots and the report (bilan).
import { Prisma, type PrismaClient, type Edition as EditionRow } from "../generated/prisma/client.ts";
import type { EssFamily, EventType, Sector, TerritoryKind } from "../generated/prisma/enums.ts";
import { arrayPage, decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import type { Loaders } from "../core/context.ts";
import { loadExisting } from "../core/loader-factories.ts";
import { requireTerritory, overlaps, type TerritoryRow } from "../territories/territory.service.ts";
import { clashesOfEdition, type Clash, type ClashSeverity } from "./event.clashes.ts";
import { auditScope, frenchDay, insertEvent, requireEdition, visibleEventIds, type EventRow } from "./event.service.ts";
import { badInput, DomainError } from "../core/errors.ts";
import { animatedNetworks, isPlatformAdmin, requireViewer } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";
import { writeTransaction } from "../core/transactions.ts";
import { notKnownOutsideEss } from "../actors/legal-form.ts";
import { listedOrganisation } from "../actors/organisation.service.ts";
import type { Clock } from "../core/clock.ts";
import { recordAudit } from "../core/audit.ts";
import { instantToParisLocal, isoDay, parisLocalPlusWeeks } from "./paris-time.ts";
import { confirmedEvent, plannedEvent } from "./event.status.ts";
import { assertMayListClashes, assertMayOpenEdition } from "./event.access.ts";
import { parisDay } from "./paris-time.ts";
import type { CreateEditionInput, OpenNextEditionInput } from "./edition.inputs.ts";
import type { CreateEventInput } from "./event.inputs.ts";
import type { EditionState } from "./edition.type.ts";

export type { EditionRow };

const PLANNED = plannedEvent();

export function findEdition(prisma: PrismaClient, id: string): Promise<EditionRow | null> {
  return prisma.edition.findUnique({ where: { id } });
}

export function editionsByIds(prisma: PrismaClient, ids: readonly string[]): Promise<EditionRow[]> {
  return prisma.edition.findMany({ where: { id: { in: [...ids] } } });
}


export function editionState(edition: Pick<EditionRow, "startsOn" | "endsOn">, clock: Clock): EditionState {
  const today = parisDay(clock.now());
  if (today < isoDay(edition.startsOn)) return "UPCOMING";
  return today > isoDay(edition.endsOn) ? "ENDED" : "IN_PROGRESS";
}

// An ended edition stays on the animators' desk for its bilan for a year.
const RECENT_MONTHS = 12;

export interface EditionCriteria {
  /** Only the editions of the networks the viewer animates. */
  animatedByViewer?: boolean | null;
  /** Only editions in progress, upcoming, or ended within the last twelve months. */
  recent?: boolean | null;
  cotess?: string;
  maison?: string;
  organisation?: string;
  year?: number;
  territory?: string;
  territoryKind?: import("../generated/prisma/enums.ts").TerritoryKind;
}

/** Editions, newest first. @throws BAD_USER_INPUT (filter.territory) */
export async function listEditions(
  prisma: PrismaClient,
  criteria: EditionCriteria,
  asker: { viewer: Viewer | null; clock: Clock },
): Promise<EditionRow[]> {
  const where: Prisma.EditionWhereInput = {};
  if (criteria.cotess) where.cotessId = criteria.cotess;
  if (criteria.maison) where.maisonId = criteria.maison;
  if (criteria.organisation) where.networkOrganisationId = criteria.organisation;
  if (criteria.year) where.year = criteria.year;
  if (criteria.animatedByViewer) {
    const networks = animatedNetworks(asker.viewer);
    if (!isPlatformAdmin(asker.viewer)) {
      where.OR = [
        { cotessId: { in: networks.cotessIds } },
        { maisonId: { in: networks.maisonIds } },
        { networkOrganisationId: { in: networks.organisationIds } },
      ];
    }
  }
  if (criteria.recent) {
    const since = new Date(`${parisDay(asker.clock.now())}T00:00:00Z`);
    since.setUTCMonth(since.getUTCMonth() - RECENT_MONTHS);
    where.endsOn = { gte: since };
  }
  if (criteria.territory) {
    const territory = await requireTerritory(prisma, criteria.territory, "filter.territory", criteria.territoryKind);
    const ids = await prisma.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT edition_id AS id FROM edition_territory et WHERE ${overlaps(Prisma.sql`et.territory_id`, territory.id)}`;
    where.id = { in: ids.map((row) => row.id) };
  }
  // Bounded by nature: one edition per network and year.
  return prisma.edition.findMany({ where, orderBy: [{ year: "desc" }, { id: "asc" }], take: 500 });
}

/**
 * The editions the public programme opens on for a territory (every
 * territory without one): those in progress or upcoming, or else the ones
 * that ended last — so that the programme is never empty once a network has
 * held an edition, whatever the month. Two statements with a territory.
 * @throws BAD_USER_INPUT (territory)
 */
export async function programmeEditions(
  prisma: PrismaClient,
  criteria: { territory?: string | null; territoryKind?: TerritoryKind | null },
  asker: { viewer: Viewer | null; clock: Clock },
): Promise<EditionRow[]> {
  const editions = await listEditions(
    prisma, { territory: criteria.territory ?? undefined, territoryKind: criteria.territoryKind ?? undefined }, asker,
  );
  const current = editions.filter((edition) => editionState(edition, asker.clock) !== "ENDED");
  if (current.length) return current.sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime() || a.id.localeCompare(b.id));
  const lastEnd = Math.max(...editions.map((edition) => edition.endsOn.getTime()));
  return editions.filter((edition) => edition.endsOn.getTime() === lastEnd);
}

export async function territoryIdsOfEditions(prisma: PrismaClient, ids: readonly string[]) {
  return prisma.editionTerritory.findMany({ where: { editionId: { in: [...ids] } } });
}

/** The name of the network that runs an edition. */
export async function networkNameOf(loaders: Loaders, edition: EditionRow): Promise<string> {
  if (edition.cotessId) return (await loaders.cotess.byId.load(edition.cotessId))?.name ?? "";
  if (edition.maisonId) return (await loaders.maisons.byId.load(edition.maisonId))?.name ?? "";
  return (await loaders.organisations.byId.load(edition.networkOrganisationId!))?.name ?? "";
}

/** The territories of an edition's scope. */
export async function territoriesOfEdition(loaders: Loaders, editionId: string): Promise<TerritoryRow[]> {
  const links = await loaders.events.editionTerritories.load(editionId);
  return loadExisting(loaders.territories.byId, links.map((link) => link.territoryId));
}

/**
 * The clashes of an edition, worst first, a page of them.
 * @throws UNAUTHENTICATED (anonymous); BAD_USER_INPUT (after)
 */
export async function editionClashes(
  prisma: PrismaClient,
  viewer: Viewer | null,
  editionId: string,
  filter: { severities?: ClashSeverity[] | null; first?: number | null; after?: string | null },
): Promise<Page<Clash>> {
  const signedIn = assertMayListClashes(viewer);
  const all = await clashesOfEdition(prisma, editionId);
  // Only the clashes of an event the viewer may read: the other side may be
  // unreadable (then shown without its event), never both.
  const visible = await visibleEventIds(prisma, signedIn, [...new Set(all.flatMap((clash) => [clash.first.eventId, clash.second.eventId]))]);
  const wanted = all.filter((clash) =>
    (visible.has(clash.first.eventId) || visible.has(clash.second.eventId)) &&
    (!filter.severities?.length || filter.severities.includes(clash.severity)));
  return arrayPage(wanted, pageSize(filter.first), filter.after ?? undefined);
}

/** The same network's edition of the latest earlier year, or null. */
export function previousEdition(prisma: PrismaClient, edition: EditionRow): Promise<EditionRow | null> {
  return prisma.edition.findFirst({
    where: {
      year: { lt: edition.year },
      cotessId: edition.cotessId, maisonId: edition.maisonId, networkOrganisationId: edition.networkOrganisationId,
    },
    orderBy: { year: "desc" },
  });
}

// ─── Blind spots ────────────────────────────────────────────────────────────

/** Communes of the scope: the scope's territories that are communes, and the communes within the others. */
const scopeCommunes = (editionId: string) => Prisma.sql`
  SELECT et.territory_id AS id FROM edition_territory et JOIN territory t ON t.id = et.territory_id
   WHERE et.edition_id = ${editionId} AND t.kind = 'COMMUNE'
  UNION
  SELECT i.descendant_id FROM edition_territory et JOIN territory_inclusion i ON i.ancestor_id = et.territory_id
   WHERE et.edition_id = ${editionId} AND i.descendant_kind = 'COMMUNE'`;

/** Every territory of the scope and every territory within them, at any level. */
const scopeTerritories = (editionId: string) => Prisma.sql`
  SELECT et.territory_id FROM edition_territory et WHERE et.edition_id = ${editionId}
  UNION
  SELECT i.descendant_id FROM edition_territory et JOIN territory_inclusion i ON i.ancestor_id = et.territory_id
   WHERE et.edition_id = ${editionId}`;

/**
 * Of these events, those whose commune lies outside their edition's scope
 * (an edition without a scope has no outside). One statement.
 */
export async function eventsOutsideTheirEdition(prisma: PrismaClient, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM event e
     WHERE e.id = ANY(${[...ids]}::text[])
       AND EXISTS (SELECT 1 FROM edition_territory et WHERE et.edition_id = e.edition_id)
       AND NOT EXISTS (
         SELECT 1 FROM edition_territory et
          WHERE et.edition_id = e.edition_id
            AND (et.territory_id = e.commune_id
                 OR EXISTS (SELECT 1 FROM territory_inclusion i WHERE i.ancestor_id = et.territory_id AND i.descendant_id = e.commune_id)))`;
  return new Set(rows.map((row) => row.id));
}

/** The blind spots' one density: planned events per 10 000 inhabitants, to a hundredth; null without inhabitants. */
export function eventsPer10000Inhabitants(events: number, population: number): number | null {
  return population > 0 ? Math.round((events * 1_000_000) / population) / 100 : null;
}

export interface EpciCoverageRow {
  territoryId: number;
  population: number;
  events: number;
  communes: number;
  communesWithEvents: number;
  eventsPer10000Inhabitants: number | null;
}

export interface CommuneCoverageRow {
  territoryId: number;
  population: number;
  events: number;
  eventsPer10000Inhabitants: number | null;
}

/**
 * Every EPCI of the edition's scope with its planned events, the uncovered
 * first and the most populated first among them. One statement.
 */
export async function epciCoverage(prisma: PrismaClient, editionId: string): Promise<EpciCoverageRow[]> {
  const rows = await prisma.$queryRaw<Omit<EpciCoverageRow, "eventsPer10000Inhabitants">[]>`
    WITH communes AS (${scopeCommunes(editionId)}),
    commune_events AS (
      SELECT c.id AS commune_id, count(e.id)::int AS events
        FROM communes c LEFT JOIN event e ON e.commune_id = c.id AND e.edition_id = ${editionId} AND ${PLANNED}
       GROUP BY c.id
    )
    SELECT t.id AS "territoryId", t.population, sum(ce.events)::int AS events, count(*)::int AS communes,
           count(*) FILTER (WHERE ce.events > 0)::int AS "communesWithEvents"
      FROM commune_events ce
      JOIN territory_inclusion i ON i.descendant_id = ce.commune_id
      JOIN territory t ON t.id = i.ancestor_id AND t.kind = 'EPCI'
     GROUP BY t.id, t.population
     ORDER BY (sum(ce.events) > 0), t.population DESC, t.id`;
  return rows.map((row) => ({ ...row, eventsPer10000Inhabitants: eventsPer10000Inhabitants(row.events, row.population) }));
}

/** Every current commune of the edition's scope with its planned events, most populated first. One statement. */
export async function communeCoverage(prisma: PrismaClient, editionId: string): Promise<CommuneCoverageRow[]> {
  const rows = await prisma.$queryRaw<Omit<CommuneCoverageRow, "eventsPer10000Inhabitants">[]>`
    SELECT t.id AS "territoryId", t.population, count(e.id)::int AS events
      FROM territory t LEFT JOIN event e ON e.commune_id = t.id AND e.edition_id = ${editionId} AND ${PLANNED}
     WHERE t.id IN (${scopeCommunes(editionId)}) AND t.retired_at IS NULL
     GROUP BY t.id
     ORDER BY t.population DESC, t.id`;
  return rows.map((row) => ({ ...row, eventsPer10000Inhabitants: eventsPer10000Inhabitants(row.events, row.population) }));
}

/** Communes of the scope without any planned event, most populated first. */
export async function uncoveredCommunes(
  prisma: PrismaClient,
  loaders: Loaders,
  editionId: string,
  page: { first?: number | null; after?: string | null },
): Promise<Page<TerritoryRow>> {
  const size = pageSize(page.first);
  const after = page.after ? decodeCursor<[number, number]>(page.after, ["number", "number"]) : undefined;
  const base = Prisma.sql`
    SELECT t.id, t.population FROM territory t
     WHERE t.id IN (${scopeCommunes(editionId)})
       AND NOT EXISTS (SELECT 1 FROM event e WHERE e.commune_id = t.id AND e.edition_id = ${editionId} AND ${PLANNED})`;
  const rows = await prisma.$queryRaw<{ id: number; population: number }[]>`
    SELECT * FROM (${base}) u
    ${after ? Prisma.sql`WHERE (u.population, u.id) < (${after[0]}, ${after[1]})` : Prisma.empty}
    ORDER BY u.population DESC, u.id DESC LIMIT ${size + 1}`;
  const territories = await loadExisting(loaders.territories.byId, rows.slice(0, size).map((row) => row.id));
  return {
    nodes: territories,
    hasNextPage: rows.length > size,
    hasPreviousPage: after !== undefined,
    cursorOf: (territory) => encodeCursor([territory.population, territory.id]),
    totalCount: async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${base}) u`)[0].n,
  };
}

/** Days of the edition (Europe/Paris) without any planned session. */
export async function daysWithoutEvents(prisma: PrismaClient, edition: EditionRow): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ day: string }[]>`
    SELECT to_char(d, 'YYYY-MM-DD') AS day
      FROM generate_series(${isoDay(edition.startsOn)}::date, ${isoDay(edition.endsOn)}::date, interval '1 day') d
     WHERE NOT EXISTS (
       SELECT 1 FROM event_session s JOIN event e ON e.id = s.event_id
        WHERE s.edition_id = ${edition.id} AND ${PLANNED}
          AND (s.starts_at AT TIME ZONE 'Europe/Paris')::date <= d::date
          AND ((s.ends_at - interval '1 microsecond') AT TIME ZONE 'Europe/Paris')::date >= d::date)
     ORDER BY d`;
  return rows.map((row) => row.day);
}

/**
 * ESS families and sectors whose local organisations (located in the scope)
 * co-organise no planned event of the edition, with how many there are.
 * Counted in PostgreSQL: a national scope has some 200 000 organisations.
 * Two statements.
 */
export async function absentFamiliesAndSectors(prisma: PrismaClient, editionId: string) {
  // The scope's territories first, then the organisations located in them
  // as an array the planner can count: index probes for a département's few
  // hundred, one scan of the table for the whole of France's 36,000, where
  // the subquery's estimate (a few hundred) kept the probes (1.4 s → 0.3 s,
  // and no statement timeout with four such requests at once).
  const [{ ids }] = await prisma.$queryRaw<{ ids: number[] }[]>`SELECT coalesce(array_agg(id), '{}') AS ids FROM (${scopeTerritories(editionId)}) scope(id)`;
  const rows = await prisma.$queryRaw<{ dimension: "family" | "sector"; key: string; organisations: number }[]>`
    WITH local AS (
      -- Located in the scope: in one of its communes, or placed in one of
      -- its territories when the commune is unknown. Not known to be outside
      -- the ESS: an unknown legal form counts for its sectors, but is no
      -- family to count.
      SELECT o.id, o.family, o.sectors FROM organisation o
       WHERE o.location_id = ANY(${ids}::int[]) AND ${notKnownOutsideEss()} AND ${listedOrganisation()}
    ),
    taking AS (
      SELECT DISTINCT c.organisation_id AS id FROM event_co_organiser c JOIN event e ON e.id = c.event_id
       WHERE e.edition_id = ${editionId} AND ${PLANNED}
    ),
    marked AS (SELECT l.*, t.id IS NOT NULL AS takes_part FROM local l LEFT JOIN taking t ON t.id = l.id)
    SELECT 'family' AS dimension, family::text AS key, count(*)::int AS organisations FROM marked
     WHERE family IS NOT NULL GROUP BY family HAVING NOT bool_or(takes_part)
    UNION ALL
    SELECT 'sector', sector::text, count(*)::int FROM marked CROSS JOIN unnest(sectors) AS sector
     GROUP BY sector HAVING NOT bool_or(takes_part)
    ORDER BY organisations DESC, key`;
  return {
    families: rows.filter((row) => row.dimension === "family").map((row) => ({ key: row.key as EssFamily, organisations: row.organisations })),
    sectors: rows.filter((row) => row.dimension === "sector").map((row) => ({ key: row.key as Sector, organisations: row.organisations })),
  };
}

// ─── Report (bilan) ─────────────────────────────────────────────────────────

/** The bilan of an edition next to its network's previous edition's. */
export async function editionReport(prisma: PrismaClient, edition: EditionRow) {
  const previous = await previousEdition(prisma, edition);
  const [current, before] = await Promise.all([reportFigures(prisma, edition.id), previous ? reportFigures(prisma, previous.id) : null]);
  return { current, previous: before, previousEditionId: previous?.id ?? null };
}

export interface ReportFigures {
  events: number;
  sessions: number;
  byType: { type: EventType; events: number }[];
  coOrganisedEvents: number;
  organisationsInvolved: number;
  epciCovered: number;
  populationCovered: number;
  communesCovered: number;
  cancelledEvents: number;
}

/**
 * The bilan of an edition: what the CRESS compile by hand. Counts the
 * confirmed events (what took place or will), cancelled ones apart. Two statements.
 */
export async function reportFigures(prisma: PrismaClient, editionId: string): Promise<ReportFigures> {
  const [totals] = await prisma.$queryRaw<Omit<ReportFigures, "byType">[]>`
    WITH confirmed AS (SELECT e.id, e.commune_id FROM event e WHERE e.edition_id = ${editionId} AND ${confirmedEvent()}),
    epci AS (
      SELECT DISTINCT t.id, t.population FROM confirmed c
        JOIN territory_inclusion i ON i.descendant_id = c.commune_id JOIN territory t ON t.id = i.ancestor_id AND t.kind = 'EPCI'
    )
    SELECT (SELECT count(*)::int FROM confirmed) AS events,
           (SELECT count(*)::int FROM event_session s WHERE s.event_id IN (SELECT id FROM confirmed)) AS sessions,
           (SELECT count(*)::int FROM confirmed c WHERE (SELECT count(*) FROM event_co_organiser o WHERE o.event_id = c.id) > 1) AS "coOrganisedEvents",
           (SELECT count(DISTINCT o.organisation_id)::int FROM event_co_organiser o WHERE o.event_id IN (SELECT id FROM confirmed)) AS "organisationsInvolved",
           (SELECT count(*)::int FROM epci) AS "epciCovered",
           (SELECT COALESCE(sum(population), 0)::int FROM epci) AS "populationCovered",
           (SELECT count(DISTINCT commune_id)::int FROM confirmed) AS "communesCovered",
           (SELECT count(*)::int FROM event e WHERE e.edition_id = ${editionId} AND e.status = 'CANCELLED') AS "cancelledEvents"`;
  const byType = await prisma.$queryRaw<{ type: EventType; events: number }[]>`
    SELECT e.type, count(*)::int AS events FROM event e
     WHERE e.edition_id = ${editionId} AND ${confirmedEvent()} GROUP BY e.type ORDER BY count(*) DESC, e.type`;
  return { ...totals, byType };
}

// ─── Opening an edition ─────────────────────────────────────────────────────

function day(value: string, field: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw badInput(field, `Le ${value} n'existe pas.`);
  return date;
}

/**
 * @throws UNAUTHENTICATED; FORBIDDEN (not an animator of that network);
 * BAD_USER_INPUT (network, territories, days); CONFLICT (the network already
 * has an edition that year).
 */
export async function createEdition(prisma: PrismaClient, viewer: Viewer | null, input: CreateEditionInput) {
  requireViewer(viewer);
  const networks = [input.cotess, input.maison, input.organisation].filter(Boolean);
  if (networks.length !== 1) throw badInput("cotess", "Indiquez un seul réseau : un COTESS, une Maison de l'ESS ou une organisation.");
  const network = { cotessId: input.cotess ?? null, maisonId: input.maison ?? null, networkOrganisationId: input.organisation ?? null };
  const author = assertMayOpenEdition(viewer, network);
  const startsOn = day(input.startsOn ?? `${input.year}-11-01`, "startsOn");
  const endsOn = day(input.endsOn ?? `${input.year}-11-30`, "endsOn");
  if (endsOn < startsOn) throw badInput("endsOn", "Le dernier jour doit suivre le premier.");
  if (endsOn.getTime() - startsOn.getTime() > 62 * 24 * 3600 * 1000) throw badInput("endsOn", "Une édition dure deux mois au plus.");

  return writeTransaction(prisma, async (tx) => {
    const territories = [];
    for (const [index, ref] of input.territories.entries()) {
      territories.push(await requireTerritory(tx as unknown as PrismaClient, ref.code, `territories.${index}.code`, ref.kind));
    }
    const edition = await insertEdition(tx, network, {
      year: input.year, title: input.title.trim(), description: input.description?.trim() || null, startsOn, endsOn,
      territoryIds: territories.map((territory) => territory.id),
    });
    await recordAudit(tx, author, {
      action: "CREATE", entityType: "Edition", entityId: edition.id, ...auditScope(edition),
      changes: { year: input.year, title: edition.title, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, territories: input.territories },
    });
    return edition;
  });
}

type Tx = Prisma.TransactionClient;
type Network = Pick<EditionRow, "cotessId" | "maisonId" | "networkOrganisationId">;

/**
 * Writes a network's edition of a year with its scope: the one path of
 * createEdition and openNextEdition, which check the rights and audit.
 * @throws CONFLICT (the network already has an edition that year).
 */
async function insertEdition(
  tx: Tx,
  network: Network,
  fields: { year: number; title: string; description: string | null; startsOn: Date; endsOn: Date; territoryIds: number[] },
): Promise<EditionRow> {
  const existing = await tx.edition.findFirst({ where: { ...network, year: fields.year }, select: { id: true } });
  if (existing) {
    throw new DomainError("CONFLICT", `Ce réseau a déjà son édition ${fields.year}.`, "year", { reason: "EDITION_EXISTS", existingEdition: existing.id });
  }
  const networkKey = network.cotessId ?? network.maisonId ?? network.networkOrganisationId!;
  const id = `mois-ess-${fields.year}-${networkKey}`;
  const edition = await tx.edition.create({
    data: {
      id, ...network, year: fields.year, title: fields.title, description: fields.description,
      startsOn: fields.startsOn, endsOn: fields.endsOn, sourceId: null,
      territories: { create: [...new Set(fields.territoryIds)].map((territoryId) => ({ territoryId })) },
    },
  });
  return edition;
}

// ─── Opening the next year's edition ────────────────────────────────────────

/** The same day of the next year (29 February, absent, becomes the 28th). */
function nextYearDay(date: Date): Date {
  const next = new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()));
  return next.getUTCMonth() === date.getUTCMonth() ? next : new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth() + 1, 0));
}

/** The title with its year moved on, when it names it (« Mois de l'ESS 2026 » → « Mois de l'ESS 2027 »). */
export function nextYearTitle(title: string, year: number): string {
  return title.replace(new RegExp(`(?<!\\d)${year}(?!\\d)`, "g"), String(year + 1));
}

// A recurring event keeps its weekday: the Friday conference stays a Friday.
const WEEKS_IN_A_YEAR = 52;

export interface OpenNextEditionResult {
  edition: EditionRow;
  copiedEvents: { event: EventRow; fromEventId: string }[];
  refusedEvents: { eventId: string; title: string; reason: string }[];
}

/**
 * Opens a network's edition of the year after `from`, with its scope, its
 * title (year moved on) and its days one year later; the chosen events of
 * `from` become drafts of the new edition, their sessions 52 weeks later. An
 * event whose moved dates leave the new edition's days, or whose venue or
 * co-organisers are no longer valid, is not copied and said why. One
 * transaction, audited (the edition and each copy).
 * @throws UNAUTHENTICATED; FORBIDDEN (not an animator of its network);
 * BAD_USER_INPUT (from; events.<i>: not an event of `from`, or given twice);
 * CONFLICT (the network already has that year's edition).
 */
export async function openNextEdition(
  prisma: PrismaClient,
  viewer: Viewer | null,
  input: OpenNextEditionInput,
): Promise<OpenNextEditionResult> {
  requireViewer(viewer);
  const chosen = input.events ?? [];
  const twice = chosen.findIndex((id, index) => chosen.indexOf(id) !== index);
  if (twice >= 0) throw badInput(`events.${twice}`, "Cet événement est coché deux fois.");
  return writeTransaction(prisma, async (tx) => {
    const source = await requireEdition(tx, input.from, "from");
    const author = assertMayOpenEdition(viewer, source);
    const sources = await tx.event.findMany({
      where: { id: { in: chosen } },
      include: { sessions: { orderBy: { position: "asc" } }, coOrganisers: true, commune: { select: { code: true } } },
    });
    const byId = new Map(sources.map((event) => [event.id, event]));
    for (const [index, id] of chosen.entries()) {
      if (byId.get(id)?.editionId !== source.id) {
        throw badInput(`events.${index}`, `L'événement « ${id} » n'est pas un événement de l'édition « ${source.title} ».`);
      }
    }
    const scope = await tx.editionTerritory.findMany({
      where: { editionId: source.id }, select: { territoryId: true, territory: { select: { code: true, kind: true } } },
    });
    const network = { cotessId: source.cotessId, maisonId: source.maisonId, networkOrganisationId: source.networkOrganisationId };
    const edition = await insertEdition(tx, network, {
      year: source.year + 1, title: nextYearTitle(source.title, source.year), description: source.description,
      startsOn: nextYearDay(source.startsOn), endsOn: nextYearDay(source.endsOn), territoryIds: scope.map((link) => link.territoryId),
    });

    const copiedEvents: OpenNextEditionResult["copiedEvents"] = [];
    const refusedEvents: OpenNextEditionResult["refusedEvents"] = [];
    for (const id of chosen) {
      const from = byId.get(id)!;
      const sessions = from.sessions.map((session) => ({
        start: parisLocalPlusWeeks(instantToParisLocal(session.startsAt), WEEKS_IN_A_YEAR),
        end: parisLocalPlusWeeks(instantToParisLocal(session.endsAt), WEEKS_IN_A_YEAR),
      }));
      const outside = sessions.find((session) => session.start.slice(0, 10) < isoDay(edition.startsOn) || session.end.slice(0, 10) > isoDay(edition.endsOn));
      if (outside) {
        refusedEvents.push({
          eventId: id, title: from.title,
          reason: `52 semaines plus tard, sa séance du ${frenchDay(outside.start.slice(0, 10))} tomberait hors de l'édition ` +
            `(du ${frenchDay(isoDay(edition.startsOn))} au ${frenchDay(isoDay(edition.endsOn))}) : créez-la à la main.`,
        });
        continue;
      }
      const copy: CreateEventInput = {
        edition: edition.id, title: from.title, type: from.type, description: from.description ?? undefined,
        venue: from.venueMaisonId ? { maison: from.venueMaisonId }
          : from.venueOrganisationId ? { organisation: from.venueOrganisationId }
          : { address: from.venueAddress ?? "", commune: from.commune.code },
        audiences: from.audiences, themes: from.themes, capacity: from.capacity ?? undefined,
        accessibility: from.accessibility, accessibilityNote: from.accessibilityNote ?? undefined,
        // Last year's registration page is not this year's: the organiser gives the new one.
        sessions,
        coOrganisers: from.coOrganisers.map((item) => ({ organisation: item.organisationId, role: item.role })),
      };
      let written;
      try {
        // insertEvent checks everything before it writes: a refusal leaves the transaction clean.
        written = await insertEvent(tx, edition, copy, "DRAFT");
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== "BAD_USER_INPUT") throw error;
        refusedEvents.push({ eventId: id, title: from.title, reason: error.message });
        continue;
      }
      await recordAudit(tx, author, {
        action: "CREATE", entityType: "Event", entityId: written.event.id, ...auditScope(edition), changes: { ...written.changes, copiedFrom: id },
      });
      copiedEvents.push({ event: written.event, fromEventId: id });
    }
    await recordAudit(tx, author, {
      action: "CREATE", entityType: "Edition", entityId: edition.id, ...auditScope(edition),
      changes: {
        year: edition.year, title: edition.title, openedFrom: source.id, startsOn: isoDay(edition.startsOn), endsOn: isoDay(edition.endsOn),
        // As createEdition audits them: by code and level.
        territories: scope.map(({ territory }) => ({ code: territory.code, kind: territory.kind })),
        copiedEvents: copiedEvents.map((copy) => ({ from: copy.fromEventId, to: copy.event.id })),
        refusedEvents: refusedEvents.map(({ eventId, reason }) => ({ eventId, reason })),
      },
    });
    return { edition, copiedEvents, refusedEvents };
  });
}

/** The same network's edition of the following year, or null. */
export function nextEdition(prisma: PrismaClient, edition: EditionRow): Promise<EditionRow | null> {
  return prisma.edition.findFirst({
    where: {
      year: edition.year + 1,
      cotessId: edition.cotessId, maisonId: edition.maisonId, networkOrganisationId: edition.networkOrganisationId,
    },
  });
}
