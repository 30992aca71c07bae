// Bounded pages of nested lists (the members of each collective, the ties of
// each organisation…), for many parents in one statement.
//
// A relation gives a SQL that selects, for a set of parents, rows of
// (group_key, sort_key, payload): the parent's id, a text that orders the
// rows of a parent, and the row as JSON. Window functions cut each parent's
// page and count all its rows in the same pass; the cursor is the sort key.
import DataLoader from "dataloader";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { decodeCursor, encodeCursor, pageSize } from "./pagination.ts";
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
  const pages = new Map<string, { rows: { sortKey: string; payload: T }[]; total: number }>();
  for (const [batch, members] of batches) {
    const size = pageSize(members[0].first);
    const after = members[0].after ? decodeCursor<[string]>(members[0].after, ["string"])[0] : null;
    const shown = after === null ? Prisma.sql`TRUE` : Prisma.sql`sort_key > ${after}`;
    // A prepared statement per shape (with or without a cursor), the ids in one array.
    const rows = await runSql<{ groupKey: string; sortKey: string; payload: T; total: number; rank: number | null }>(prisma, Prisma.sql`
      SELECT group_key AS "groupKey", sort_key AS "sortKey", payload, total, rank FROM (
        SELECT rows.*, count(*) OVER (PARTITION BY group_key)::int AS total,
               row_number() OVER (PARTITION BY group_key ORDER BY sort_key) AS position,
               CASE WHEN ${shown} THEN row_number() OVER (PARTITION BY group_key, ${shown} ORDER BY sort_key)::int END AS rank
          FROM (${rowsOf(members.map((member) => member.key))}) rows
      ) ranked
      -- The first row of each parent comes along, shown or not, to carry its total.
      WHERE rank <= ${size + 1}::int OR position = 1
      ORDER BY "groupKey", "sortKey"`);
    for (const row of rows) {
      const key = `${batch}|${row.groupKey}`;
      const page = pages.get(key) ?? { rows: [], total: row.total };
      if (row.rank !== null && row.rank <= size + 1) page.rows.push({ sortKey: row.sortKey, payload: received(row.payload) });
      pages.set(key, page);
    }
  }
  return requests.map((request) => {
    const size = pageSize(request.first);
    const page = pages.get(`${size}|${request.after ?? ""}|${request.key}`) ?? { rows: [], total: 0 };
    const sortKeys = new Map(page.rows.map((row) => [row.payload, row.sortKey]));
    return {
      nodes: page.rows.slice(0, size).map((row) => row.payload),
      hasNextPage: page.rows.length > size,
      hasPreviousPage: Boolean(request.after),
      cursorOf: (node: T) => encodeCursor([sortKeys.get(node)!]),
      totalCount: page.total,
    };
  });
}

/**
 * A loader of bounded pages of one nested list, batched over parents.
 * `received` sees each row's payload as it comes, and gives the node: where
 * rows bring a related record along, it primes that record's loader.
 */
export function groupPageLoader<T>(prisma: PrismaClient, rowsOf: RowsOf, received: (payload: T) => T = (payload) => payload) {
  return new DataLoader<GroupPageRequest, GroupPage<T>, string>(
    (requests) => groupPages<T>(prisma, rowsOf, requests, received),
    { cacheKeyFn: (request) => `${request.key}|${request.first ?? ""}|${request.after ?? ""}` },
  );
}
