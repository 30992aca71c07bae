// Data access for the Maisons de l'ESS.
import { Prisma, type PrismaClient, type Maison } from "../generated/prisma/client.ts";
import { anyOf, anyOfParameter, preparedStatement, runPrepared } from "../core/prepared-sql.ts";
import { locatedIn, requireTerritory } from "../territories/territory.service.ts";

export function findMaison(prisma: PrismaClient, id: string) {
  return prisma.maison.findUnique({ where: { id } });
}

/** The Maisons located in a territory (all when none). Throws BAD_USER_INPUT (territory). */
export async function listMaisons(prisma: PrismaClient, territoryCode?: string) {
  if (!territoryCode) return prisma.maison.findMany({ orderBy: { name: "asc" } });
  const territory = await requireTerritory(prisma, territoryCode, "territory");
  return prisma.maison.findMany({ where: { id: { in: await maisonIdsIn(prisma, territory.id) } }, orderBy: { name: "asc" } });
}

export async function maisonIdsIn(prisma: PrismaClient, territoryId: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM maison WHERE ${locatedIn(Prisma.sql`commune_id`, territoryId)}`;
  return rows.map((row) => row.id);
}

const rolePayload = Prisma.sql`jsonb_build_object('maisonId', r.maison_id, 'organisationId', r.organisation_id, 'role', r.role::text,
  'sinceYear', r.since_year, 'untilYear', r.until_year, 'note', r.note, 'sourceId', r.source_id)`;

/** Roles in the given Maisons, as rows of a nested page (by role, then organisation). */
export function roleRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT r.maison_id AS group_key, r.role::text || '|' || r.organisation_id AS sort_key, ${rolePayload} AS payload
    FROM maison_role r WHERE r.maison_id ${anyOf(ids, "text")}`;
}

/** Roles of the given organisations in Maisons, as rows of a nested page. */
export function organisationRoleRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT r.organisation_id AS group_key, r.maison_id || '|' || r.role::text AS sort_key, ${rolePayload} AS payload
    FROM maison_role r WHERE r.organisation_id ${anyOf(ids, "text")}`;
}

const holdingPayload = Prisma.sql`jsonb_build_object('id', s.id, 'companyId', s.company_id, 'holderId', s.holder_id, 'holderLabel', s.holder_label,
  'category', s.category, 'sinceYear', s.since_year, 'certainty', s.certainty::text, 'basis', s.basis, 'sourceId', s.source_id)`;

/** Who holds shares of the given companies, as rows of a nested page. */
export function shareholderRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT s.company_id AS group_key, coalesce(s.holder_id, '') || '|' || s.id AS sort_key, ${holdingPayload} AS payload
    FROM shareholding s WHERE s.company_id ${anyOf(ids, "text")}`;
}

/** The holdings of the given organisations, as rows of a nested page. */
export function holdingRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT s.holder_id AS group_key, s.company_id AS sort_key, ${holdingPayload} AS payload
    FROM shareholding s WHERE s.holder_id ${anyOf(ids, "text")}`;
}
export const spacesOfMaisons = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.maisonSpace.findMany({ where: { maisonId: { in: [...ids] } }, orderBy: { id: "asc" } });
export const statementsOfMaisons = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.maisonStatement.findMany({ where: { maisonId: { in: [...ids] } }, orderBy: [{ maisonId: "asc" }, { position: "asc" }] });
export const phasesOfMaisons = (prisma: PrismaClient, ids: readonly string[]) =>
  prisma.maisonPhase.findMany({ where: { maisonId: { in: [...ids] } }, orderBy: { position: "asc" } });

export function chartersOfMaisons(prisma: PrismaClient, ids: readonly string[]) {
  return prisma.charter.findMany({ where: { maisonId: { in: [...ids] } }, include: { values: { orderBy: { position: "asc" } } } });
}

/** Signatures of the given charters, as rows of a nested page (by date, undated last, then signatory). */
export function signatureRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT s.charter_id AS group_key,
      coalesce(to_char(s.signed_on, 'YYYY-MM-DD'), '9999-99-99') || '|' || s.organisation_id AS sort_key,
      jsonb_build_object('organisationId', s.organisation_id, 'signedOn', to_char(s.signed_on, 'YYYY-MM-DD'),
        'certainty', s.certainty::text, 'basis', s.basis, 'sourceId', s.source_id) AS payload
    FROM charter_signature s WHERE s.charter_id ${anyOf(ids, "text")}`;
}

// Read by every event held in a Maison (a programme's venues): a prepared
// statement, with the columns under Prisma's names (maison.reads.test.ts).
const MAISONS_BY_IDS = preparedStatement(
  "maisons_by_ids",
  `SELECT m.id, m.name, m.address, m.commune_id AS "communeId", m.description, m.recognition, m.source_id AS "sourceId"
     FROM maison m WHERE m.id ${anyOfParameter("$1", "text")}`,
);

export const maisonsByIds = (prisma: PrismaClient, ids: readonly string[]) => runPrepared<Maison>(prisma, MAISONS_BY_IDS, [ids]);
