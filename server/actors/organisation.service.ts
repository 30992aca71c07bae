// Rules and data access for organisations and the people the sources name.
import { Prisma, type PrismaClient, type Organisation as OrganisationRow, type Person } from "../generated/prisma/client.ts";
import type { TerritoryKind } from "../generated/prisma/enums.ts";
import { badInput, notFound, unknownReference } from "../core/errors.ts";
import { alphabeticalPage, decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import type { Viewer } from "../core/viewer.ts";
import { writeTransaction } from "../core/transactions.ts";
import type { Loaders } from "../core/context.ts";
import { principalParent, requireTerritory, type TerritoryRow } from "../territories/territory.service.ts";
import { searchText, searchWords } from "../territories/territory.search.ts";
import { changedFields, recordAudit } from "../core/audit.ts";
import { anyOf, anyOfParameter, preparedStatement, runPrepared, runSql } from "../core/prepared-sql.ts";
import { alongColumns, primeAlong, type PageAlong } from "../core/group-pages.ts";
import { familyOf } from "./legal-form.ts";
import { isValidSiren } from "./siren.ts";
import { assertMayCreateOrganisation, assertMayUpdateOrganisation } from "./organisation.access.ts";
import type { CreateOrganisationInput, OrganisationFields, UpdateOrganisationInput } from "./organisation.inputs.ts";
import type { EssFamily, LegalForm, Sector } from "./organisation.type.ts";

export type { OrganisationRow };

export interface OrganisationCriteria {
  territory?: string;
  territoryKind?: TerritoryKind;
  families?: EssFamily[];
  legalForms?: LegalForm[];
  sectors?: Sector[];
  search?: string;
  source?: string;
}

// ─── Listed organisations ───────────────────────────────────────────────────
// A structure created by a public proposal awaits an animator's validation:
// until then it is named on its own events (their page, the programme, the
// feeds) but kept out of every list, count, search, profile, graph, export
// and suggestion. These are the one definition those reads use.

/** Prisma: a listed organisation (not awaiting validation). */
export const LISTED_ORGANISATION = { pendingValidation: false } satisfies Prisma.OrganisationWhereInput;

/** SQL: an organisation aliased `o` (by default) is listed. */
export const listedOrganisation = (o: Prisma.Sql = Prisma.raw("o")) => Prisma.sql`NOT ${o}.pending_validation`;

/** SQL: the ids of the structures awaiting validation (a handful, indexed), to leave out. */
export const PENDING_ORGANISATION_IDS = Prisma.sql`SELECT id FROM organisation WHERE pending_validation`;

/**
 * The Prisma condition for a filter. Throws BAD_USER_INPUT (filter.territory)
 * for an unknown or malformed territory code.
 */
export async function organisationWhere(prisma: PrismaClient, criteria: OrganisationCriteria = {}): Promise<Prisma.OrganisationWhereInput> {
  // An organisation created by a public proposal is listed once validated.
  const where: Prisma.OrganisationWhereInput = { ...LISTED_ORGANISATION };
  if (criteria.territory) {
    const territory = await requireTerritory(prisma, criteria.territory, "territory", criteria.territoryKind);
    // One condition or the other, never both in an OR: PostgreSQL would then
    // join every organisation to every territory (71 ms instead of 7 ms for
    // the Pas-de-Calais among 200 000 organisations).
    // Where it is located, as precisely as known: inside the territory, or
    // placed in the territory itself when its commune is unknown.
    if (territory.kind === "COMMUNE") where.locationId = territory.id;
    else where.OR = [{ locationId: territory.id }, { location: { ancestors: { some: { ancestorId: territory.id } } } }];
  }
  if (criteria.families?.length) where.family = { in: criteria.families };
  if (criteria.legalForms?.length) where.legalForm = { in: criteria.legalForms };
  if (criteria.sectors?.length) where.sectors = { hasSome: criteria.sectors };
  const words = criteria.search ? searchWords(criteria.search) : [];
  if (words.length) where.AND = words.map((word) => ({ searchText: { contains: ` ${word}` } }));
  if (criteria.source) where.sourceId = criteria.source;
  return where;
}

/** A page of organisations in alphabetical order. Throws BAD_USER_INPUT (territory, after). */
export async function listOrganisations(
  prisma: PrismaClient,
  criteria: OrganisationCriteria | undefined,
  page: { first?: number; after?: string },
): Promise<Page<OrganisationRow>> {
  if (criteria?.territory) return organisationsOfTerritory(prisma, criteria as OrganisationCriteria & { territory: string }, page);
  const where = await organisationWhere(prisma, criteria);
  return alphabeticalPage(prisma.organisation, where, page);
}

// Every column of the model, as Prisma names them: the hot reads go through
// pg (core/prepared-sql.ts) and must give the rows Prisma would (tested).
const ORGANISATION_COLUMNS = `o.id, o.name, o.short_name AS "shortName", o.legal_form::text AS "legalForm",
  o.legal_form_certainty::text AS "legalFormCertainty", o.legal_form_basis AS "legalFormBasis", o.family::text AS family,
  o.sectors::text[] AS sectors, o.siren, o.address, o.commune_id AS "communeId", o.location_id AS "locationId",
  o.location_basis AS "locationBasis", o.governs_id AS "governsId", o.website, o.public_email AS "publicEmail",
  o.public_phone AS "publicPhone", o.headcount, o.headcount_year AS "headcountYear", o.description,
  o.source_id AS "sourceId", o.search_text AS "searchText", o.card_id AS "cardId",
  o.pending_validation AS "pendingValidation", o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

/**
 * The alphabetical page of a territory's organisations and their total, in
 * one statement: without other filters from the index alone (the common
 * case: a territory's list), with them through a second statement whose
 * filters are each null when unused.
 *
 * The territory's organisations are selected first (by location), then
 * sorted, and only the page's rows are read whole: with the filter and the
 * order in one query, the planner walks the alphabetical index of all
 * 200,000 organisations when it expects the territory's to come early, and
 * for Paris (6,000 organisations) it read 93,000 index entries (160 ms); this
 * reads its 6,000 index entries (13 ms). The count costs nothing more: those
 * entries are read anyway.
 */
const organisationsOfTerritoryStatement = (name: string, filters: string) =>
  preparedStatement(
    name,
    `WITH matching AS MATERIALIZED (
       SELECT o.id, o.search_text FROM organisation o
        WHERE o.location_id IN (SELECT $1::int UNION ALL SELECT descendant_id FROM territory_inclusion WHERE ancestor_id = $1::int)
          AND ${listedOrganisation().text}${filters}),
     page AS (
       SELECT m.id, m.search_text FROM matching m
        WHERE $2::text IS NULL OR (m.search_text, m.id) > ($2::text, $3::text)
        ORDER BY m.search_text, m.id
        LIMIT $4::int)
     SELECT ${ORGANISATION_COLUMNS}, (SELECT count(*) FROM matching)::int AS total
       FROM page JOIN organisation o ON o.id = page.id
      ORDER BY page.search_text, page.id`,
  );
const ORGANISATIONS_OF_TERRITORY = organisationsOfTerritoryStatement("organisations_of_territory", "");
const FILTERED_ORGANISATIONS_OF_TERRITORY = organisationsOfTerritoryStatement(
  "filtered_organisations_of_territory",
  `
          AND ($5::text[] IS NULL OR o.family::text = ANY($5::text[]))
          AND ($6::text[] IS NULL OR o.legal_form::text = ANY($6::text[]))
          AND ($7::text[] IS NULL OR o.sectors::text[] && $7::text[])
          AND ($8::text[] IS NULL OR NOT EXISTS (SELECT 1 FROM unnest($8::text[]) word WHERE o.search_text NOT LIKE '% ' || word || '%'))
          AND ($9::text IS NULL OR o.source_id = $9::text)`,
);

async function organisationsOfTerritory(
  prisma: PrismaClient,
  criteria: OrganisationCriteria & { territory: string },
  page: { first?: number; after?: string },
): Promise<Page<OrganisationRow>> {
  const territory = await requireTerritory(prisma, criteria.territory, "territory", criteria.territoryKind);
  const size = pageSize(page.first);
  const [afterText, afterId] = page.after ? decodeCursor<[string, string]>(page.after, ["string", "string"]) : [null, null];
  const orNull = <T>(list: T[] | undefined) => (list?.length ? list : null);
  // Search words are letters and digits only: nothing to escape in a LIKE.
  const words = criteria.search ? searchWords(criteria.search) : [];
  const filters = [orNull(criteria.families), orNull(criteria.legalForms), orNull(criteria.sectors), orNull(words), criteria.source ?? null];
  const filtered = filters.some((filter) => filter !== null);
  const rows = await runPrepared<OrganisationRow & { total: number }>(
    prisma,
    filtered ? FILTERED_ORGANISATIONS_OF_TERRITORY : ORGANISATIONS_OF_TERRITORY,
    [territory.id, afterText, afterId, size + 1, ...(filtered ? filters : [])],
  );
  const total = rows[0]?.total ?? (page.after ? null : 0);
  const nodes = rows.map(({ total: _total, ...row }) => row as OrganisationRow);
  return {
    nodes: nodes.slice(0, size),
    hasNextPage: nodes.length > size,
    hasPreviousPage: Boolean(page.after),
    cursorOf: (row) => encodeCursor([row.searchText, row.id]),
    // Past the last page no row carries the total: counted apart then.
    totalCount: async () => total ?? (await prisma.organisation.count({ where: await organisationWhere(prisma, criteria) })),
  };
}

const ORGANISATION_BY_ID = preparedStatement("organisation_by_id", `SELECT ${ORGANISATION_COLUMNS} FROM organisation o WHERE o.id = $1 AND ${listedOrganisation().text}`);
const ORGANISATIONS_BY_IDS = preparedStatement("organisations_by_ids", `SELECT ${ORGANISATION_COLUMNS} FROM organisation o WHERE o.id ${anyOfParameter("$1", "text")}`);

/** An organisation's profile; none for one awaiting validation (a public proposal's). */
export async function findOrganisation(prisma: PrismaClient, id: string, along: readonly PageAlong[] = []): Promise<OrganisationRow | null> {
  if (!along.length) {
    const [organisation] = await runPrepared<OrganisationRow>(prisma, ORGANISATION_BY_ID, [id]);
    return organisation ?? null;
  }
  const [organisation] = await runSql<OrganisationRow>(prisma, Prisma.sql`
    SELECT ${Prisma.raw(ORGANISATION_COLUMNS)}${alongColumns(along)} FROM organisation o WHERE o.id = ${id} AND ${listedOrganisation()}`);
  return organisation ? primeAlong(along, organisation) : null;
}

export function organisationsByIds(prisma: PrismaClient, ids: readonly string[]): Promise<OrganisationRow[]> {
  return runPrepared<OrganisationRow>(prisma, ORGANISATIONS_BY_IDS, [ids]);
}

/** People of the given organisations, as rows of a nested page (by name). */
export function peopleRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT p.organisation_id AS group_key, p.full_name || '|' || p.id AS sort_key,
      jsonb_build_object('id', p.id, 'fullName', p.full_name, 'title', p.title, 'organisationId', p.organisation_id,
                         'email', p.email, 'phone', p.phone) AS payload
    FROM person p WHERE p.organisation_id ${anyOf(ids, "text")}`;
}

export function peopleByIds(prisma: PrismaClient, ids: readonly string[]): Promise<Person[]> {
  return prisma.person.findMany({ where: { id: { in: [...ids] } } });
}

// ─── Writing ────────────────────────────────────────────────────────────────

type Tx = Prisma.TransactionClient;

async function fieldsOf(tx: Tx, input: OrganisationFields, id: string) {
  if (input.siren !== undefined && input.siren !== null) {
    if (!isValidSiren(input.siren)) throw badInput("siren", "Ce SIREN n'existe pas : sa clé de contrôle est fausse.");
    const holder = await tx.organisation.findUnique({ where: { siren: input.siren }, select: { id: true, name: true } });
    if (holder && holder.id !== id) throw badInput("siren", `Ce SIREN est déjà celui de ${holder.name}.`);
  }
  let communeId: number | null | undefined;
  if (input.commune !== undefined) {
    if (input.commune === null) communeId = null;
    else {
      const commune = await tx.territory.findUnique({ where: { kind_code: { kind: "COMMUNE", code: input.commune } }, select: { id: true } });
      if (!commune) throw unknownReference("commune", input.commune, "commune");
      communeId = commune.id;
    }
  }
  const fields: Record<string, unknown> = {};
  for (const key of ["name", "shortName", "sectors", "siren", "address", "website", "publicEmail", "publicPhone", "headcount", "headcountYear", "description"] as const) {
    if (input[key] !== undefined) fields[key] = typeof input[key] === "string" ? (input[key] as string).trim() || null : input[key];
  }
  // A legal form entered by a person is stated by them; left out, it stays unknown.
  if (input.legalForm) Object.assign(fields, { legalForm: input.legalForm, family: familyOf(input.legalForm), legalFormCertainty: "STATED", legalFormBasis: null });
  // A known commune is where it is located.
  if (communeId !== undefined && communeId !== null) Object.assign(fields, { communeId, locationId: communeId, locationBasis: null });
  if (communeId === null) fields.communeId = null;
  return fields;
}

/**
 * The legal form may be left out: it is then unknown (and so is the ESS family).
 * @throws UNAUTHENTICATED; FORBIDDEN (only animators create organisations);
 * BAD_USER_INPUT (id taken, SIREN, commune, missing name).
 */
export async function createOrganisation(prisma: PrismaClient, viewer: Viewer | null, input: CreateOrganisationInput) {
  const author = assertMayCreateOrganisation(viewer);
  return writeTransaction(prisma, (tx) => insertOrganisation(tx, author, input));
}

/**
 * createOrganisation in the caller's transaction, for an author whose right
 * to create organisations is checked (an import writes many in one).
 * @throws BAD_USER_INPUT (id taken, SIREN, commune, missing name).
 */
export async function insertOrganisation(tx: Tx, author: Viewer, input: CreateOrganisationInput) {
  if (!input.name) throw badInput("name", "Donnez le nom de l'organisation.");
  if (await tx.organisation.findUnique({ where: { id: input.id }, select: { id: true } })) {
    throw badInput("id", `L'identifiant « ${input.id} » est déjà pris.`);
  }
  const fields = await fieldsOf(tx, input, input.id);
  const organisation = await tx.organisation.create({
    data: {
      id: input.id, ...(fields as { name: string }),
      // No document: entered in Maillage, its author in the audit trail.
      sectors: input.sectors ?? [], sourceId: null,
      searchText: searchText([input.name, input.shortName].filter(Boolean).join(" ")),
    },
  });
  await recordAudit(tx, author, { action: "CREATE", entityType: "Organisation", entityId: organisation.id, organisationId: organisation.id, changes: fields });
  return organisation;
}

/**
 * @throws UNAUTHENTICATED; FORBIDDEN (neither an animator nor its editor);
 * NOT_FOUND; BAD_USER_INPUT (SIREN, commune).
 */
export async function updateOrganisation(prisma: PrismaClient, viewer: Viewer | null, input: UpdateOrganisationInput) {
  const author = assertMayUpdateOrganisation(viewer, input.id);
  return writeTransaction(prisma, (tx) => changeOrganisation(tx, author, input));
}

/**
 * updateOrganisation in the caller's transaction, for an author whose right
 * to change it is checked. @throws NOT_FOUND; BAD_USER_INPUT (SIREN, commune).
 */
export async function changeOrganisation(tx: Tx, author: Viewer, input: UpdateOrganisationInput) {
  const before = await tx.organisation.findUnique({ where: { id: input.id } });
  if (!before) throw notFound("organisation", input.id, "id");
  const fields = await fieldsOf(tx, input, input.id);
  if (fields.name !== undefined || fields.shortName !== undefined) {
    fields.searchText = searchText([fields.name ?? before.name, fields.shortName !== undefined ? fields.shortName : before.shortName].filter(Boolean).join(" "));
  }
  const organisation = await tx.organisation.update({ where: { id: input.id }, data: fields });
  const { searchText: _searchText, ...audited } = fields;
  await recordAudit(tx, author, {
    action: "UPDATE", entityType: "Organisation", entityId: input.id, organisationId: input.id,
    changes: changedFields(before as unknown as Record<string, unknown>, audited),
  });
  return organisation;
}

/** How an organisation's legal form is known; null when it is unknown. */
export function legalFormEvidence(organisation: Pick<OrganisationRow, "legalForm" | "legalFormCertainty" | "legalFormBasis" | "sourceId">) {
  if (organisation.legalForm === null || organisation.legalFormCertainty === null) return null;
  return { certainty: organisation.legalFormCertainty, basis: organisation.legalFormBasis, sourceId: organisation.sourceId };
}

/**
 * The territory of a level an organisation is located in: the location
 * itself when it is of that level (an EPCI the documents place it in), else
 * the location's principal parent of that level (a commune's EPCI).
 */
export async function locatedIn(loaders: Loaders, organisation: Pick<OrganisationRow, "locationId">, kind: TerritoryKind): Promise<TerritoryRow | null> {
  if (organisation.locationId === null) return null;
  const location = await loaders.territories.byId.load(organisation.locationId);
  if (location?.kind === kind) return location;
  return principalParent(loaders, organisation.locationId, kind);
}

/** A person's e-mail or phone, or null when the viewer may not read it (organisation.access.ts). */
export async function personalContact(loaders: Loaders, person: Pick<Person, "organisationId" | "email" | "phone">, kind: "email" | "phone") {
  if (person.organisationId === null) return null;
  return (await loaders.organisations.contactReach.load(person.organisationId)) ? person[kind] : null;
}
