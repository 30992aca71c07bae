// Which networks and editions of the Mois de l'ESS an organisation belongs
// to: the one definition read by the rule of who proposes where (an editor
// proposes its organisation's events to the editions open to it,
// event.access.ts), by Organisation.editionsOpenToProposals, and by who may
// validate a structure awaiting validation (organisation.access.ts), where the
// COTESS whose own territory covers it are concerned too.
//
// An edition covers an organisation when its territory scope contains where
// the organisation is located (its commune, or the territory the documents
// place it in), or when the organisation is a member of the edition's
// network: a COTESS's member or co-animator, a Maison de l'ESS's tenant,
// manager or charter signatory. A network organisation (a CRESS) has no
// members in the data: its editions cover by territory only.
import { Prisma, type PrismaClient, type Edition as EditionRow } from "../generated/prisma/client.ts";
import type { NetworkRef } from "../core/viewer.ts";
import type { Clock } from "../core/clock.ts";
import { parisDay } from "./paris-time.ts";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** SQL: the edition aliased `ed` covers the place of the organisation aliased `o` (by its territory). */
export function editionCoversPlace(): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM edition_territory et WHERE et.edition_id = ed.id
      AND (et.territory_id = o.location_id
           OR et.territory_id IN (SELECT i.ancestor_id FROM territory_inclusion i WHERE i.descendant_id = o.location_id)))`;
}

/** SQL: the organisation aliased `o` is a member of the network of the edition aliased `ed`. */
function memberOfEditionNetwork(): Prisma.Sql {
  return Prisma.sql`(ed.cotess_id IN (SELECT cm.cotess_id FROM cotess_membership cm WHERE cm.organisation_id = o.id
                                UNION SELECT ca.cotess_id FROM cotess_co_animator ca WHERE ca.organisation_id = o.id)
       OR ed.maison_id IN (SELECT mr.maison_id FROM maison_role mr WHERE mr.organisation_id = o.id
                           UNION SELECT ch.maison_id FROM charter_signature cs JOIN charter ch ON ch.id = cs.charter_id
                                  WHERE cs.organisation_id = o.id))`;
}

/** SQL: the edition aliased `ed` is open to the proposals of the organisation aliased `o` (not ended on `today`). */
function openTo(today: string): Prisma.Sql {
  return Prisma.sql`ed.ends_on >= ${today}::date AND (${editionCoversPlace()} OR ${memberOfEditionNetwork()})`;
}

/**
 * The editions open to an organisation's proposals today (upcoming or in
 * progress), soonest first. Empty for an unknown organisation.
 */
export async function editionsOpenTo(db: Db & Pick<PrismaClient, "edition">, organisationId: string, clock: Clock): Promise<EditionRow[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT ed.id FROM edition ed JOIN organisation o ON o.id = ${organisationId}
     WHERE ${openTo(parisDay(clock.now()))}
     ORDER BY ed.starts_on, ed.id`;
  const byId = new Map((await db.edition.findMany({ where: { id: { in: rows.map((row) => row.id) } } })).map((edition) => [edition.id, edition]));
  return rows.flatMap((row) => byId.get(row.id) ?? []);
}

/** Is this edition open to this organisation's proposals today? One statement. */
export async function isEditionOpenTo(db: Db, editionId: string, organisationId: string, clock: Clock): Promise<boolean> {
  const rows = await db.$queryRaw<{ open: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM edition ed JOIN organisation o ON o.id = ${organisationId}
                    WHERE ed.id = ${editionId} AND ${openTo(parisDay(clock.now()))}) AS open`;
  return rows[0]?.open ?? false;
}

/**
 * The networks concerned by each organisation: those of the editions that
 * cover it (ended or not), those of the editions it has events in (a
 * structure awaiting validation proposed one there), and the COTESS whose
 * territory covers it. One statement.
 */
export async function networksConcernedBy(db: Db, organisationIds: readonly string[]): Promise<Map<string, NetworkRef[]>> {
  const rows = await db.$queryRaw<(NetworkRef & { organisationId: string })[]>`
    SELECT DISTINCT o.id AS "organisationId", ed.cotess_id AS "cotessId", ed.maison_id AS "maisonId",
           ed.network_organisation_id AS "networkOrganisationId"
      FROM organisation o JOIN edition ed
        ON ${editionCoversPlace()} OR ${memberOfEditionNetwork()}
           OR EXISTS (SELECT 1 FROM event_co_organiser c JOIN event e ON e.id = c.event_id
                       WHERE c.organisation_id = o.id AND e.edition_id = ed.id)
     WHERE o.id = ANY(${[...organisationIds]}::text[])
    UNION
    SELECT o.id, ct.cotess_id, NULL, NULL FROM organisation o
      JOIN cotess_territory ct ON ct.territory_id = o.location_id
        OR ct.territory_id IN (SELECT i.ancestor_id FROM territory_inclusion i WHERE i.descendant_id = o.location_id)
     WHERE o.id = ANY(${[...organisationIds]}::text[])`;
  const networks = new Map<string, NetworkRef[]>(organisationIds.map((id) => [id, []]));
  for (const { organisationId, ...network } of rows) networks.get(organisationId)?.push(network);
  return networks;
}
