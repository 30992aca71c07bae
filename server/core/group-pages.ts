// Bounded pages of nested lists (the members of each collective, the ties of
// each organisation…), for many parents in one statement.
//
// A relation gives a SQL that selects, for a set of parents, rows of
// (group_key, sort_key, payload): the parent's id, a text that orders the
// rows of a parent, and the row as JSON. Window functions cut each parent's
// page and count all its rows in the same pass; the cursor is the sort key.
import DataLoader from "dataloader";
import {
  getArgumentValues, getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, isObjectType, Kind,
  type FieldNode, type GraphQLResolveInfo, type SelectionSetNode,
} from "graphql";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { Loaders } from "./context.ts";
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize } from "./pagination.ts";
import { runSql } from "./prepared-sql.ts";

export interface GroupPageRequest {
  key: string;
  first?: number | null;
  after?: string | null;
}

export interface GroupPage<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf(node: T): string;
  totalCount: number;
}

type RowsOf = (keys: string[]) => Prisma.Sql;

interface PageRow<T> {
  groupKey: string;
  sortKey: string;
  payload: T;
  total: number;
  rank: number | null;
}

/** The statement of one page size and cursor for several parents: each one's rows of the page, plus its first row to carry its total. */
function pageRowsSql(rowsOf: RowsOf, keys: string[], size: number, after: string | null | undefined): Prisma.Sql {
  const cursor = after ? decodeCursor<[string]>(after, ["string"])[0] : null;
  const shown = cursor === null ? Prisma.sql`TRUE` : Prisma.sql`sort_key > ${cursor}`;
  // A prepared statement per shape (with or without a cursor), the ids in one array.
  return Prisma.sql`
    SELECT group_key AS "groupKey", sort_key AS "sortKey", payload, total, rank FROM (
      SELECT rows.*, count(*) OVER (PARTITION BY group_key)::int AS total,
             row_number() OVER (PARTITION BY group_key ORDER BY sort_key) AS position,
             CASE WHEN ${shown} THEN row_number() OVER (PARTITION BY group_key, ${shown} ORDER BY sort_key)::int END AS rank
        FROM (${rowsOf(keys)}) rows
    ) ranked
    -- The first row of each parent comes along, shown or not, to carry its total.
    WHERE rank <= ${size + 1}::int OR position = 1
    ORDER BY "groupKey", "sortKey"`;
}

/** The page of one request from its parent's rows (pageRowsSql's, in their order). */
function pageOf<T>(request: GroupPageRequest, rows: readonly PageRow<T>[], received: (payload: T) => T): GroupPage<T> {
  const size = pageSize(request.first);
  const shown = rows.filter((row) => row.rank !== null && row.rank <= size + 1).map((row) => ({ sortKey: row.sortKey, payload: received(row.payload) }));
  const sortKeys = new Map(shown.map((row) => [row.payload, row.sortKey]));
  return {
    nodes: shown.slice(0, size).map((row) => row.payload),
    hasNextPage: shown.length > size,
    hasPreviousPage: Boolean(request.after),
    cursorOf: (node: T) => encodeCursor([sortKeys.get(node)!]),
    totalCount: rows[0]?.total ?? 0,
  };
}

async function groupPages<T>(
  prisma: PrismaClient,
  rowsOf: RowsOf,
  requests: readonly GroupPageRequest[],
  received: (payload: T) => T,
): Promise<GroupPage<T>[]> {
  const batches = new Map<string, GroupPageRequest[]>();
  for (const request of requests) {
    const batch = `${pageSize(request.first)}|${request.after ?? ""}`;
    const members = batches.get(batch);
    if (members) members.push(request);
    else batches.set(batch, [request]);
  }
  const rowsByParent = new Map<string, PageRow<T>[]>();
  for (const [batch, members] of batches) {
    const rows = await runSql<PageRow<T>>(prisma, pageRowsSql(rowsOf, members.map((member) => member.key), pageSize(members[0].first), members[0].after));
    for (const row of rows) {
      const key = `${batch}|${row.groupKey}`;
      const parentRows = rowsByParent.get(key);
      if (parentRows) parentRows.push(row);
      else rowsByParent.set(key, [row]);
    }
  }
  return requests.map((request) => pageOf(request, rowsByParent.get(`${pageSize(request.first)}|${request.after ?? ""}|${request.key}`) ?? [], received));
}

/**
 * A loader of bounded pages of one nested list, batched over parents.
 * `received` sees each row's payload as it comes, and gives the node: where
 * rows bring a related record along, it primes that record's loader.
 */
export class GroupPageLoader<T> extends DataLoader<GroupPageRequest, GroupPage<T>, string> {
  constructor(
    prisma: PrismaClient,
    private readonly rowsOf: RowsOf,
    private readonly received: (payload: T) => T = (payload) => payload,
  ) {
    super((requests) => groupPages<T>(prisma, rowsOf, requests, received), { cacheKeyFn: pageCacheKey });
  }

  /** SQL: the page of `request` as a JSON array of rows, for a statement of the parent to select. @throws BAD_USER_INPUT (after) */
  rowsAsJson(request: GroupPageRequest): Prisma.Sql {
    return Prisma.sql`(SELECT coalesce(json_agg(page), '[]'::json) FROM (${pageRowsSql(this.rowsOf, [request.key], pageSize(request.first), request.after)}) page)`;
  }

  /** Takes the page of `request` from the rows rowsAsJson brought, as if loaded. */
  primeFromRows(request: GroupPageRequest, rows: readonly PageRow<T>[]): void {
    this.prime(request, pageOf(request, rows, this.received));
  }
}

const pageCacheKey = (request: GroupPageRequest) => `${request.key}|${request.first ?? ""}|${request.after ?? ""}`;

export function groupPageLoader<T>(prisma: PrismaClient, rowsOf: RowsOf, received?: (payload: T) => T): GroupPageLoader<T> {
  return new GroupPageLoader<T>(prisma, rowsOf, received);
}

// ─── Pages brought along by a parent's lookup ───────────────────────────────
// A page asked of the parent a query looks up by id (an organisation and its
// collectives) would be a second statement, sent once the parent has come
// back. The lookup knows the parent's id beforehand, so its own statement can
// select the page too, from the same SQL as the loader's, and prime the
// loader: the field's resolver then finds it there. Under load, each
// statement costs PostgreSQL and the API a round trip, whatever its size.

/** A nested page that a parent's statement selects, and what to do with it. */
export interface PageAlong {
  /** A scalar sub-select: the page's rows as a JSON array. */
  sql: Prisma.Sql;
  prime(rows: unknown): void;
}

// By parent type, then field: the loader of a request that pages that field.
const nestedPages = new Map<string, Map<string, (loaders: Loaders) => GroupPageLoader<unknown>>>();

/**
 * Declares that the connection `field` of the GraphQL type `parentType`
 * (taking `first` and `after`) is paged by `loader`: a lookup of one such
 * parent may then bring its page along (pagesAlong). Declared by the module
 * that adds the field, beside its loaders.
 */
export function bringsAlong<T>(parentType: string, field: string, loader: (loaders: Loaders) => GroupPageLoader<T>): void {
  const fields = nestedPages.get(parentType) ?? new Map();
  fields.set(field, loader as (loaders: Loaders) => GroupPageLoader<unknown>);
  nestedPages.set(parentType, fields);
}

const validFirst = (first: unknown) => first === undefined || first === null || (Number.isInteger(first) && (first as number) >= 0 && (first as number) <= MAX_PAGE_SIZE);

/**
 * The pages a query selects on the parent `key` (of GraphQL type
 * `parentType`) that its lookup may bring along: one per field declared with
 * bringsAlong, with valid arguments. A field asked under two aliases with
 * different arguments, or with arguments its resolver refuses, is left to its
 * resolver, which reports the error at its own path.
 */
export function pagesAlong(loaders: Loaders, info: GraphQLResolveInfo, parentType: string, key: string): PageAlong[] {
  const type = info.schema.getType(parentType);
  const nested = nestedPages.get(parentType);
  if (!isObjectType(type) || !nested) return [];
  const asked = new Map<string, FieldNode[]>();
  for (const fieldNode of info.fieldNodes) if (fieldNode.selectionSet) collectFields(info, fieldNode.selectionSet, parentType, nested, asked);
  const along: PageAlong[] = [];
  for (const [field, nodes] of asked) {
    const loader = nested.get(field)!(loaders);
    const args = nodes.map((node) => getArgumentValues(type.getFields()[field], node, info.variableValues));
    // Asked with other arguments under another alias: the loader batches both.
    if (args.some((other) => other.first !== args[0].first || other.after !== args[0].after)) continue;
    const { first, after } = args[0];
    if (!validFirst(first) || (after !== undefined && after !== null && typeof after !== "string")) continue;
    const request: GroupPageRequest = { key, first: first as number | null | undefined, after: after as string | null | undefined };
    let sql: Prisma.Sql;
    try {
      sql = loader.rowsAsJson(request);
    } catch {
      continue;
    }
    along.push({ sql, prime: (rows) => loader.primeFromRows(request, rows as PageRow<unknown>[]) });
  }
  return along;
}

// The fields of `names` in a selection set, through fragments on the parent's
// type and @skip/@include, as graphql-js's executor collects them: only the
// first level, where a library walking the whole query cost more than the
// statement it saves.
function collectFields(info: GraphQLResolveInfo, selectionSet: SelectionSetNode, parentType: string, names: ReadonlyMap<string, unknown>, found: Map<string, FieldNode[]>) {
  for (const selection of selectionSet.selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      if (!names.has(selection.name.value)) continue;
      const nodes = found.get(selection.name.value);
      if (nodes) nodes.push(selection);
      else found.set(selection.name.value, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === parentType) collectFields(info, selection.selectionSet, parentType, names, found);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && fragment.typeCondition.name.value === parentType) collectFields(info, fragment.selectionSet, parentType, names, found);
    }
  }
}

function included(info: GraphQLResolveInfo, node: SelectionSetNode["selections"][number]): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

/** The columns of a parent's statement that select `along`: `, (…) AS "along0"…`, nothing without. */
export function alongColumns(along: readonly PageAlong[]): Prisma.Sql {
  return Prisma.join(along.map((page, index) => Prisma.sql`, ${page.sql} AS ${Prisma.raw(`"along${index}"`)}`), "", "", "");
}

/** Primes each page from the parent's row, and gives the row without its along columns. */
export function primeAlong<Row extends object>(along: readonly PageAlong[], row: Row): Row {
  const record = { ...row } as Record<string, unknown>;
  along.forEach((page, index) => {
    page.prime(record[`along${index}`]);
    delete record[`along${index}`];
  });
  return record as Row;
}
