// One Prisma client per process, over a pg pool through the driver adapter.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "./logger.ts";
import { StartupError } from "./startup-error.ts";

export type { PrismaClient };

// Set while the process stops: PostgreSQL closing our connections is then
// expected (a terminal's Ctrl-C reaches it directly) and not worth a warning.
let stopping = false;
export function expectDisconnection(): void {
  stopping = true;
}

/** Whether the process is stopping, so that a lost connection is no news (core/jobs.ts's log). */
export function disconnectionExpected(): boolean {
  return stopping;
}

// The pg pool under each client: the graph exports stream rows with a cursor
// (pg-query-stream), which Prisma cannot do.
const pools = new WeakMap<PrismaClient, pg.Pool>();

/**
 * The pg pool a client of createPrismaClient runs on. For another client (a
 * transaction's), `fallback` when given, else an error.
 */
export function poolOf(prisma: PrismaClient): pg.Pool;
export function poolOf<T>(prisma: PrismaClient, fallback: T): pg.Pool | T;
export function poolOf<T>(prisma: PrismaClient, ...fallback: [T?]): pg.Pool | T {
  const pool = pools.get(prisma);
  if (pool) return pool;
  if (fallback.length) return fallback[0] as T;
  throw new Error("This Prisma client was not created by createPrismaClient: no pg pool to stream from.");
}

export interface DatabaseOptions {
  url: string;
  statementTimeoutMs: number;
  maxConnections?: number;
  /**
   * How its connections are named in pg_stat_activity and PostgreSQL's log
   * (%a): requests apart from background jobs.
   */
  applicationName?: string;
  log: Logger;
}

/** The connections that answer requests. */
export const APPLICATION_NAME = "maillage";
/** The connections of background jobs (e-mail, imports, digests, purges). */
export const JOBS_APPLICATION_NAME = "maillage-jobs";

export function createPrismaClient(options: DatabaseOptions): PrismaClient {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    application_name: options.applicationName ?? APPLICATION_NAME,
    // A runaway statement is cancelled by PostgreSQL itself.
    statement_timeout: options.statementTimeoutMs,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  // When PostgreSQL restarts, idle connections die with an error event; the
  // pool drops them and opens new ones on the next query. Without a listener
  // the error would crash the process.
  pool.on("error", (error: Error & { code?: string }) => {
    if (!stopping) options.log.warn({ error: error.message, code: error.code }, "database connection lost; it will be reopened");
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const prisma = new PrismaClient({ adapter });
  pools.set(prisma, pool);
  return prisma;
}

/** A database URL fit for a message: its password left out. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}

/**
 * Connects once, so that an unreachable database stops a start with one
 * sentence (and a non-zero exit, which a service manager acts on) rather
 * than a stack trace from the first query.
 */
export async function checkDatabaseAnswers(url: string, name = "DATABASE_URL"): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // An error after connect (the server going away) would otherwise crash the process.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new StartupError(
      `The database of ${name} (${describeDatabaseUrl(url)}) does not answer (${(error as Error).message || (error as NodeJS.ErrnoException).code}): check that it runs and that ${name} is right.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
