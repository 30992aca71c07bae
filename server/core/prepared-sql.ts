// The hot reads as named prepared statements, sent by pg on the pool under
// the Prisma client. Measured on a territory lookup: Prisma's query compiler
// and result mapping cost 0.47 ms of CPU per statement, pg with a named
// statement 0.06 ms; and PostgreSQL parses and plans a named statement once
// per connection instead of on every request (0.07 ms against 0.21 ms wall).
//
// Named statements live on a connection: behind a pooler, PgBouncer must run
// in session mode (or be 1.21+ with prepared statements enabled).
import { createHash } from "node:crypto";
import { Prisma } from "../generated/prisma/client.ts";
import type { PrismaClient } from "./database.ts";
import { poolOf } from "./database.ts";

export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const byName = new Map<string, string>();

/**
 * Declares a named statement, once, at module level. pg refuses a name sent
 * again with another text on the same connection: two declarations of one
 * name are refused here, at load, rather than on some connection later.
 */
export function preparedStatement(name: string, text: string): PreparedStatement {
  const known = byName.get(name);
  if (known !== undefined && known !== text) throw new Error(`Two prepared statements are named ${name}.`);
  byName.set(name, text);
  return { name, text };
}

/**
 * Runs a prepared statement. Inside an interactive transaction (a client
 * that createPrismaClient did not make) it goes through that transaction
 * instead, unnamed, so that it sees the transaction's writes.
 *
 * The columns come back as pg reads them: int8 and numeric as strings, so
 * statements cast counts to int.
 */
export async function runPrepared<Row>(prisma: PrismaClient, statement: PreparedStatement, values: readonly unknown[]): Promise<Row[]> {
  const pool = poolOf(prisma, null);
  if (!pool) return prisma.$queryRawUnsafe<Row[]>(statement.text, ...values);
  const { rows } = await pool.query({ name: statement.name, text: statement.text, values: values as unknown[] });
  return rows as Row[];
}

/**
 * Runs SQL composed with Prisma.sql as a prepared statement named after its
 * text: for statements whose text takes a few fixed shapes (lists passed as
 * one array parameter), never for text that grows with the input, which
 * would prepare a statement per shape on every connection.
 */
export function runSql<Row>(prisma: PrismaClient, sql: Prisma.Sql): Promise<Row[]> {
  let statement = statementOfText.get(sql.text);
  if (!statement) {
    statement = preparedStatement(`sql_${createHash("sha1").update(sql.text).digest("base64url").slice(0, 20)}`, sql.text);
    statementOfText.set(sql.text, statement);
  }
  return runPrepared<Row>(prisma, statement, sql.values);
}

// Hashed once per text: a few fixed shapes, some of them kilobytes long.
const statementOfText = new Map<string, PreparedStatement>();

// PostgreSQL plans a named statement for its parameters five times, then
// keeps one generic plan if it costs no more than those. A generic plan
// cannot know an array parameter's length and assumes ten elements, which
// costs more than the custom plans of the one or two ids a page usually
// asks: the statement was then planned again on every execution, most of
// its cost (an organisation's memberships: 0.55 → 0.25 ms of PostgreSQL
// CPU per page). Read through a sub-select, the array is unknown to both
// plans alike: the generic plan is kept, and still probes the index.

/** `= ANY(…)` of the array parameter `$n` in a declared statement's text: `o.id ${anyOfParameter("$1", "text")}`. */
export function anyOfParameter(parameter: string, type: "text" | "int"): string {
  return `= ANY((SELECT ${parameter}::${type}[])::${type}[])`;
}

/** `= ANY(…)` of an array of values in SQL run by runSql: `m.organisation_id ${anyOf(ids, "text")}`. */
export function anyOf(values: readonly (string | number)[], type: "text" | "int"): Prisma.Sql {
  return Prisma.sql`= ANY((SELECT ${values}::${Prisma.raw(type)}[])::${Prisma.raw(type)}[])`;
}
