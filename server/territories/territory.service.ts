// Rules and data access for the official territories.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { badInput, unknownReference } from "../core/errors.ts";
import type { Loaders } from "../core/context.ts";
import { decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import { anyOfParameter, preparedStatement, runPrepared } from "../core/prepared-sql.ts";
import { searchWords } from "./territory.search.ts";
import { territoryStore, type ParentLink, type TerritoryRow } from "./territory.store.ts";
import { TerritoryKind } from "./territory.type.ts";

export type { ParentLink, TerritoryRow } from "./territory.store.ts";

const TERRITORY_COLUMNS = `t.id, t.kind::text AS kind, t.code, t.name, t.population,
  t.epci_nature::text AS "epciNature", t.postal_codes AS "postalCodes", t.centroid, t.bounding_box AS "boundingBox"`;

const TERRITORY_BY_CODE = preparedStatement(
  "territory_by_code",
  `SELECT ${TERRITORY_COLUMNS} FROM territory t WHERE t.kind = $1::"TerritoryKind" AND t.code = $2`,
);

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
  const territory = await territoryByCode(prisma, parseTerritoryCode(code, kind, field));
  if (!territory) throw unknownReference("territory", code, field);
  return territory;
}

async function territoryByCode(prisma: PrismaClient, { kind, code }: { kind: TerritoryKind; code: string }): Promise<TerritoryRow | null> {
  const store = territoryStore(prisma);
  if (store) return (await store).byCode(kind, code) ?? null;
  const [territory] = await runPrepared<TerritoryRow>(prisma, TERRITORY_BY_CODE, [kind, code]);
  return territory ?? null;
}

/** The territory with this code, or null. Throws BAD_USER_INPUT (code) when malformed. */
export async function findTerritory(prisma: PrismaClient, code: string, kind?: TerritoryKind): Promise<TerritoryRow | null> {
  return territoryByCode(prisma, parseTerritoryCode(code, kind, "code"));
}

type PopulationCursor = [population: number, id: number];
const cursorOf = (territory: TerritoryRow) => encodeCursor([territory.population, territory.id]);

// Largest first: a person looking for "lens" most likely means the biggest.
/** A page of territories sorted largest population first, then by id, as the cursors read them. */
function pageOf(sorted: readonly TerritoryRow[], page: { first?: number | null; after?: string | null }): Omit<Page<TerritoryRow>, "totalCount"> {
  const size = pageSize(page.first);
  let start = 0;
  if (page.after) {
    const [population, id] = decodeCursor<PopulationCursor>(page.after, ["number", "number"]);
    start = sorted.findIndex((territory) => territory.population < population || (territory.population === population && territory.id > id));
    if (start < 0) start = sorted.length;
  }
  return {
    nodes: sorted.slice(start, start + size),
    hasNextPage: sorted.length > start + size,
    hasPreviousPage: Boolean(page.after),
    cursorOf,
  };
}

const POSTAL_CODE = /^\d{5}$/;

export interface TerritoryFilter {
  kind?: TerritoryKind;
  search?: string;
  within?: string;
  first?: number;
  after?: string;
}

// A page of searched territories and their total in one statement, for two
// shapes of statement whatever the words: the longest word drives the
// trigram index (a LIKE on a parameter keeps it in the generic plan, not
// LIKE ALL of an array), the other words and postal codes filter. Words are
// [a-z0-9] only (searchWords), so no LIKE wildcard comes from the user.
const searchedTerritories = (driven: boolean) => preparedStatement(
  driven ? "territories_searched_by_word" : "territories_searched_by_postal_code",
  `WITH matched AS MATERIALIZED (
     SELECT ${TERRITORY_COLUMNS} FROM territory t
      WHERE t.retired_at IS NULL
        ${driven
          // Postal codes only filter here: the generic plan would otherwise AND the postal code index's
          // answer to an empty list, every territory, with the trigram index's.
          ? "AND t.search_text LIKE $1 AND (cardinality($3::text[]) = 0 OR t.postal_codes @> $3::text[])"
          : "AND $1::text IS NULL AND t.postal_codes @> $3::text[]"}
        AND t.search_text LIKE ALL($2::text[])
        AND ($4::text IS NULL OR t.kind = $4::"TerritoryKind")
        AND ($5::int IS NULL OR EXISTS (SELECT 1 FROM territory_inclusion i WHERE i.descendant_id = t.id AND i.ancestor_id = $5)))
   SELECT page.*, counted.total FROM (SELECT count(*)::int AS total FROM matched) counted
     LEFT JOIN LATERAL (
       SELECT * FROM matched
        WHERE $6::int IS NULL OR matched.population < $6 OR (matched.population = $6 AND matched.id > $7::int)
        ORDER BY matched.population DESC, matched.id LIMIT $8) page ON TRUE`,
);
const SEARCHED_BY_WORD = searchedTerritories(true);
const SEARCHED_BY_POSTAL_CODE = searchedTerritories(false);

/**
 * A page of territories, largest population first.
 * Throws BAD_USER_INPUT on `within` (malformed or unknown) and `after`.
 */
export async function listTerritories(prisma: PrismaClient, filter: TerritoryFilter): Promise<Page<TerritoryRow>> {
  const words = filter.search ? searchWords(filter.search) : [];
  const container = filter.within ? await requireTerritory(prisma, filter.within, "within") : null;
  // Five digits are a postal code (« 62300 » is Lens), never an INSEE code:
  // people know their postal code, and 62300 is also Équihen-Plage's INSEE code.
  const postalCodes = words.filter((word) => POSTAL_CODE.test(word));
  const prefixes = words.filter((word) => !POSTAL_CODE.test(word));
  // The store has every list, already sorted, and searches as the statement below does.
  const store = territoryStore(prisma);
  if (store) {
    const stored = await store;
    const all = !words.length
      ? container ? stored.inside(container.id, filter.kind) : stored.all(filter.kind)
      : stored.search(prefixes, postalCodes).filter((territory) => (!filter.kind || territory.kind === filter.kind)
        && (!container || stored.parentsOf(territory.id).some((link) => link.territory.id === container.id)));
    return { ...pageOf(all, filter), totalCount: async () => all.length };
  }
  const patterns = prefixes.sort((a, b) => b.length - a.length).map((word) => `% ${word}%`);
  const [population, id] = filter.after ? decodeCursor<PopulationCursor>(filter.after, ["number", "number"]) : [null, null];
  const size = pageSize(filter.first);
  const rows = await runPrepared<TerritoryRow & { total: number }>(prisma, patterns.length ? SEARCHED_BY_WORD : SEARCHED_BY_POSTAL_CODE, [
    patterns[0] ?? null, patterns.slice(1), postalCodes, filter.kind ?? null, container?.id ?? null, population, id, size + 1,
  ]);
  const total = rows[0].total;
  const nodes = rows.flatMap(({ total: _total, ...territory }) => (territory.id === null ? [] : [territory]));
  return {
    nodes: nodes.slice(0, size),
    hasNextPage: nodes.length > size,
    hasPreviousPage: Boolean(filter.after),
    cursorOf,
    totalCount: async () => total,
  };
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

const TERRITORIES_BY_IDS = preparedStatement("territories_by_ids", `SELECT ${TERRITORY_COLUMNS} FROM territory t WHERE t.id ${anyOfParameter("$1", "int")}`);

/** Territories by internal id. One statement, or none from the store. */
export async function territoriesByIds(prisma: PrismaClient, ids: readonly number[]): Promise<TerritoryRow[]> {
  const store = territoryStore(prisma);
  if (!store) return runPrepared<TerritoryRow>(prisma, TERRITORIES_BY_IDS, [ids]);
  const { byId } = await store;
  return ids.flatMap((id) => byId.get(id) ?? []);
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

const PARENTS_OF_MANY = preparedStatement(
  "territory_parents",
  `SELECT i.descendant_id AS "descendantId", i.principal, ${TERRITORY_COLUMNS}
     FROM territory_inclusion i JOIN territory t ON t.id = i.ancestor_id
    WHERE i.descendant_id ${anyOfParameter("$1", "int")}
    ORDER BY array_position(ARRAY['REGION','DEPARTEMENT','EPCI','COMMUNE'], t.kind::text), NOT i.principal, t.name`,
);

/** Every territory containing each of `ids`, outermost first. One statement, or none from the store. */
export async function parentsOfMany(prisma: PrismaClient, ids: readonly number[]): Promise<ParentLink[]> {
  const store = territoryStore(prisma);
  if (store) {
    const stored = await store;
    return ids.flatMap((id) => stored.parentsOf(id));
  }
  const rows = await runPrepared<TerritoryRow & { descendantId: number; principal: boolean }>(prisma, PARENTS_OF_MANY, [ids]);
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

// The total counts every row; the cursor ($4, $5: population and id of the
// last row seen, or nulls) only decides which ones are shown.
const SHOWN = `($4::int IS NULL OR t.population < $4::int OR (t.population = $4::int AND t.id > $5::int))`;
const DESCENDANT_PAGES = preparedStatement(
  "territory_descendant_pages",
  `SELECT * FROM (
     SELECT i.ancestor_id AS "ancestorId", ${TERRITORY_COLUMNS},
            count(*) OVER (PARTITION BY i.ancestor_id)::int AS total,
            row_number() OVER (PARTITION BY i.ancestor_id ORDER BY t.population DESC, t.id)::int AS position,
            CASE WHEN ${SHOWN} THEN row_number() OVER (PARTITION BY i.ancestor_id, ${SHOWN} ORDER BY t.population DESC, t.id)::int END AS rank
       FROM territory_inclusion i JOIN territory t ON t.id = i.descendant_id
      WHERE i.ancestor_id ${anyOfParameter("$1", "int")}
        AND i.descendant_kind = $2::"TerritoryKind" AND t.retired_at IS NULL
   ) ranked
   -- The first row of each ancestor comes along, shown or not, to carry its total.
   WHERE rank <= $3::int OR position = 1
   ORDER BY "ancestorId", position`,
);

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
  const store = territoryStore(prisma);
  if (store) {
    const stored = await store;
    return requests.map((request) => {
      const all = stored.inside(request.ancestorId, request.kind);
      return { ...pageOf(all, request), totalCount: all.length };
    });
  }
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
    const afterKey = after ? decodeCursor<PopulationCursor>(after, ["number", "number"]) : [null, null];
    const rows = await runPrepared<TerritoryRow & { ancestorId: number; total: number; rank: number | null; position: number }>(
      prisma,
      DESCENDANT_PAGES,
      [members.map((member) => member.ancestorId), kind, size + 1, ...afterKey],
    );
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

const NEIGHBOURS_OF_MANY = preparedStatement(
  "territory_neighbours",
  `SELECT n.territory_id AS "territoryId", ${TERRITORY_COLUMNS}
     FROM territory_neighbour n JOIN territory t ON t.id = n.neighbour_id
    WHERE n.territory_id ${anyOfParameter("$1", "int")} AND t.retired_at IS NULL
    ORDER BY n.territory_id, t.name, t.id`,
);

/** The territories sharing a border with each of `ids`, by name. One statement, or none from the store. */
export async function neighboursOfMany(prisma: PrismaClient, ids: readonly number[]): Promise<TerritoryRow[][]> {
  const store = territoryStore(prisma);
  if (store) {
    const stored = await store;
    return ids.map((id) => [...stored.neighboursOf(id)]);
  }
  const rows = await runPrepared<TerritoryRow & { territoryId: number }>(prisma, NEIGHBOURS_OF_MANY, [ids]);
  const byTerritory = new Map<number, TerritoryRow[]>();
  for (const { territoryId, ...territory } of rows) byTerritory.set(territoryId, [...(byTerritory.get(territoryId) ?? []), territory]);
  return ids.map((id) => byTerritory.get(id) ?? []);
}

/** The territories sharing a border with this one, at its level, by name. */
export function neighboursOf(loaders: Loaders, territoryId: number): Promise<TerritoryRow[]> {
  return loaders.territories.neighbours.load(territoryId);
}
