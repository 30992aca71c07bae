// Rules and data access for the official territories.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { badInput, unknownReference } from "../core/errors.ts";
import type { Loaders } from "../core/context.ts";
import { decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import { searchWords } from "./territory.search.ts";
import { TerritoryKind, type EpciNature } from "./territory.type.ts";

/** The columns of a territory that the API reads. */
export interface TerritoryRow {
  id: number;
  kind: TerritoryKind;
  code: string;
  name: string;
  population: number;
  epciNature: EpciNature | null;
  postalCodes: string[];
}

const territoryColumns = {
  id: true,
  kind: true,
  code: true,
  name: true,
  population: true,
  epciNature: true,
  postalCodes: true,
} as const satisfies Prisma.TerritorySelect;

const rawTerritoryColumns = Prisma.sql`t.id, t.kind::text AS kind, t.code, t.name, t.population,
  t.epci_nature::text AS "epciNature", t.postal_codes AS "postalCodes"`;

const CODE_FORMATS: Record<TerritoryKind, RegExp> = {
  COMMUNE: /^(\d{5}|2[AB]\d{3})$/,
  EPCI: /^\d{9}$/,
  DEPARTEMENT: /^(\d{2}|2[AB]|9[78]\d)$/,
  REGION: /^(\d{2}|9[78]\d)$/,
};

const KIND_LABEL: Record<TerritoryKind, string> = {
  COMMUNE: "une commune (code INSEE à 5 caractères, ex. 62498)",
  EPCI: "un EPCI (SIREN à 9 chiffres, ex. 246200364)",
  DEPARTEMENT: "un département (ex. 62, 2A, 971)",
  REGION: "une région (ex. 32)",
};

/**
 * Reads a territory code as a person types it and tells its level.
 * Throws BAD_USER_INPUT on `field` when it is no territory code.
 */
export function parseTerritoryCode(raw: string, kind: TerritoryKind | undefined, field: string) {
  const code = raw.trim().toUpperCase();
  if (kind) {
    if (!CODE_FORMATS[kind].test(code)) {
      throw badInput(field, `« ${raw} » n'est pas un code valide pour ${KIND_LABEL[kind]}.`);
    }
    return { kind, code };
  }
  // 2-3 characters are read as a département: every région code is also one.
  for (const candidate of [TerritoryKind.EPCI, TerritoryKind.COMMUNE, TerritoryKind.DEPARTEMENT]) {
    if (CODE_FORMATS[candidate].test(code)) return { kind: candidate, code };
  }
  throw badInput(
    field,
    `« ${raw} » n'est pas un code de territoire : attendu un code INSEE de commune (62498), un SIREN d'EPCI (246200364) ou un code de département (62).`,
  );
}

/**
 * The territory a filter names, by code. Throws BAD_USER_INPUT on `field`
 * when the code is malformed or no territory has it.
 */
export async function requireTerritory(
  prisma: PrismaClient,
  code: string,
  field: string,
  kind?: TerritoryKind,
): Promise<TerritoryRow> {
  const parsed = parseTerritoryCode(code, kind, field);
  const territory = await prisma.territory.findUnique({ where: { kind_code: parsed }, select: territoryColumns });
  if (!territory) throw unknownReference("territory", code, field);
  return territory;
}

/** The territory with this code, or null. Throws BAD_USER_INPUT (code) when malformed. */
export async function findTerritory(prisma: PrismaClient, code: string, kind?: TerritoryKind): Promise<TerritoryRow | null> {
  const parsed = parseTerritoryCode(code, kind, "code");
  return prisma.territory.findUnique({ where: { kind_code: parsed }, select: territoryColumns });
}

type PopulationCursor = [population: number, id: number];
const cursorOf = (territory: TerritoryRow) => encodeCursor([territory.population, territory.id]);

// Largest first: a person looking for "lens" most likely means the biggest.
const afterCursor = (after: string | undefined | null): Prisma.TerritoryWhereInput => {
  if (!after) return {};
  const [population, id] = decodeCursor<PopulationCursor>(after, ["number", "number"]);
  return { OR: [{ population: { lt: population } }, { population, id: { gt: id } }] };
};

const POSTAL_CODE = /^\d{5}$/;

export interface TerritoryFilter {
  kind?: TerritoryKind;
  search?: string;
  within?: string;
  first?: number;
  after?: string;
}

/**
 * A page of territories, largest population first.
 * Throws BAD_USER_INPUT on `within` (malformed or unknown) and `after`.
 */
export async function listTerritories(prisma: PrismaClient, filter: TerritoryFilter): Promise<Page<TerritoryRow>> {
  const where: Prisma.TerritoryWhereInput = { retiredAt: null };
  if (filter.kind) where.kind = filter.kind;
  const words = filter.search ? searchWords(filter.search) : [];
  // Five digits are a postal code (« 62300 » is Lens), never an INSEE code:
  // people know their postal code, and 62300 is also Équihen-Plage's INSEE code.
  if (words.length) {
    where.AND = words.map((word) => (POSTAL_CODE.test(word) ? { postalCodes: { has: word } } : { searchText: { contains: ` ${word}` } }));
  }
  if (filter.within) {
    const container = await requireTerritory(prisma, filter.within, "within");
    where.ancestors = { some: { ancestorId: container.id } };
  }
  const size = pageSize(filter.first);
  const rows = await prisma.territory.findMany({
    where: { ...where, ...afterCursor(filter.after) },
    orderBy: [{ population: "desc" }, { id: "asc" }],
    take: size + 1,
    select: territoryColumns,
  });
  return {
    nodes: rows.slice(0, size),
    hasNextPage: rows.length > size,
    hasPreviousPage: Boolean(filter.after),
    cursorOf,
    totalCount: () => prisma.territory.count({ where }),
  };
}

export interface ParentLink {
  descendantId: number;
  principal: boolean;
  territory: TerritoryRow;
}

/**
 * The principal parent of a territory at a level — a commune's EPCI,
 * département or région — through the request's loaders; null for none.
 */
export async function principalParent(loaders: Loaders, territoryId: number | null, kind: TerritoryKind): Promise<TerritoryRow | null> {
  if (territoryId === null) return null;
  const links = await loaders.territories.parents.load(territoryId);
  return links.find((link) => link.principal && link.territory.kind === kind)?.territory ?? null;
}

/** The territories that contain this one, région first. */
export async function parentsOf(loaders: Loaders, territoryId: number): Promise<TerritoryRow[]> {
  return (await loaders.territories.parents.load(territoryId)).map((link) => link.territory);
}

/** A page of the communes inside a territory, most populated first; null for a commune. */
export async function communesOf(loaders: Loaders, territory: TerritoryRow, page: { first?: number | null; after?: string | null }) {
  if (territory.kind === TerritoryKind.COMMUNE) return null;
  return loaders.territories.descendantPage.load({ ancestorId: territory.id, kind: TerritoryKind.COMMUNE, ...page });
}

/** Territories by internal id. One statement. */
export function territoriesByIds(prisma: PrismaClient, ids: readonly number[]): Promise<TerritoryRow[]> {
  return prisma.territory.findMany({ where: { id: { in: [...ids] } }, select: territoryColumns });
}

/**
 * SQL condition: the territory column `column` is `territoryId` itself, one of
 * the territories inside it, or one that contains it (a collective covering
 * the CALL is present in Lens, and in the Pas-de-Calais).
 */
// Written as one IN over a UNION ALL rather than ORs of sub-selects: with an
// OR PostgreSQL reads every row of the outer table (measured on 200 000
// organisations: the CA de Lens-Liévin's profile counts in 33 ms instead of
// 0.6 ms).
export function overlaps(column: Prisma.Sql, territoryId: number): Prisma.Sql {
  return Prisma.sql`${column} IN (SELECT ${territoryId}::int
    UNION ALL SELECT descendant_id FROM territory_inclusion WHERE ancestor_id = ${territoryId}
    UNION ALL SELECT ancestor_id FROM territory_inclusion WHERE descendant_id = ${territoryId})`;
}

/** SQL condition: the commune column `column` is the territory or one of its communes. */
export function locatedIn(column: Prisma.Sql, territoryId: number): Prisma.Sql {
  return Prisma.sql`${column} IN (SELECT ${territoryId}::int
    UNION ALL SELECT descendant_id FROM territory_inclusion WHERE ancestor_id = ${territoryId} AND descendant_kind = 'COMMUNE')`;
}

/**
 * SQL condition: the territory column `column` is the territory or lies
 * within it, at any level — for what is located as precisely as known (an
 * organisation placed in an EPCI when its commune is unknown).
 */
export function withinTerritory(column: Prisma.Sql, territoryId: number): Prisma.Sql {
  return Prisma.sql`${column} IN (SELECT ${territoryId}::int
    UNION ALL SELECT descendant_id FROM territory_inclusion WHERE ancestor_id = ${territoryId})`;
}

/** Every territory containing each of `ids`, outermost first. One statement. */
export async function parentsOfMany(prisma: PrismaClient, ids: readonly number[]): Promise<ParentLink[]> {
  const rows = await prisma.$queryRaw<(TerritoryRow & { descendantId: number; principal: boolean })[]>`
    SELECT i.descendant_id AS "descendantId", i.principal, ${rawTerritoryColumns}
      FROM territory_inclusion i JOIN territory t ON t.id = i.ancestor_id
     WHERE i.descendant_id = ANY(${ids as number[]}::int[])
     ORDER BY array_position(ARRAY['REGION','DEPARTEMENT','EPCI','COMMUNE'], t.kind::text), NOT i.principal, t.name`;
  return rows.map(({ descendantId, principal, ...territory }) => ({ descendantId, principal, territory }));
}

export interface DescendantPageRequest {
  ancestorId: number;
  kind: TerritoryKind;
  first?: number | null;
  after?: string | null;
}

export interface DescendantPage extends Omit<Page<TerritoryRow>, "totalCount"> {
  /** All the territories of that kind inside the ancestor, every page together. */
  totalCount: number;
}

/**
 * One page of the territories of `kind` inside each requested ancestor, with
 * their total, in a single statement per distinct (kind, first, after): window
 * functions cut each ancestor's page and count its rows in the same pass.
 * Throws BAD_USER_INPUT (after) on a bad cursor.
 */
export async function descendantPagesOfMany(
  prisma: PrismaClient,
  requests: readonly DescendantPageRequest[],
): Promise<DescendantPage[]> {
  const groups = new Map<string, DescendantPageRequest[]>();
  for (const request of requests) {
    const group = `${request.kind}|${pageSize(request.first)}|${request.after ?? ""}`;
    const members = groups.get(group);
    if (members) members.push(request);
    else groups.set(group, [request]);
  }
  const rowsByAncestor = new Map<string, TerritoryRow[]>();
  const totalByAncestor = new Map<string, number>();
  for (const [group, members] of groups) {
    const { kind, after } = members[0];
    const size = pageSize(members[0].first);
    const afterKey = after ? decodeCursor<PopulationCursor>(after, ["number", "number"]) : null;
    // The total counts every row; the cursor only decides which ones are shown.
    const shown = afterKey
      ? Prisma.sql`(t.population < ${afterKey[0]} OR (t.population = ${afterKey[0]} AND t.id > ${afterKey[1]}))`
      : Prisma.sql`TRUE`;
    const rows = await prisma.$queryRaw<(TerritoryRow & { ancestorId: number; total: number; rank: bigint | null; position: bigint })[]>`
      SELECT * FROM (
        SELECT i.ancestor_id AS "ancestorId", ${rawTerritoryColumns},
               count(*) OVER (PARTITION BY i.ancestor_id)::int AS total,
               row_number() OVER (PARTITION BY i.ancestor_id ORDER BY t.population DESC, t.id) AS position,
               CASE WHEN ${shown} THEN row_number() OVER (PARTITION BY i.ancestor_id, ${shown} ORDER BY t.population DESC, t.id) END AS rank
          FROM territory_inclusion i JOIN territory t ON t.id = i.descendant_id
         WHERE i.ancestor_id = ANY(${members.map((member) => member.ancestorId)}::int[])
           AND i.descendant_kind = ${kind}::"TerritoryKind" AND t.retired_at IS NULL
      ) ranked
      -- The first row of each ancestor comes along, shown or not, to carry its total.
      WHERE rank <= ${size + 1} OR position = 1
      ORDER BY "ancestorId", position`;
    for (const { ancestorId, total, rank, position: _position, ...territory } of rows) {
      const key = `${group}|${ancestorId}`;
      totalByAncestor.set(key, total);
      if (rank === null || rank > size + 1) continue;
      const page = rowsByAncestor.get(key);
      if (page) page.push(territory);
      else rowsByAncestor.set(key, [territory]);
    }
  }
  return requests.map((request) => {
    const key = `${request.kind}|${pageSize(request.first)}|${request.after ?? ""}|${request.ancestorId}`;
    const size = pageSize(request.first);
    const rows = rowsByAncestor.get(key) ?? [];
    return {
      nodes: rows.slice(0, size),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(request.after),
      cursorOf,
      totalCount: totalByAncestor.get(key) ?? 0,
    };
  });
}
