// One Prisma client per process, over a pg pool through the driver adapter.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "./logger.ts";

export type { PrismaClient };

// Set while the process stops: PostgreSQL closing our connections is then
// expected (a terminal's Ctrl-C reaches it directly) and not worth a warning.
let stopping = false;
export function expectDisconnection(): void {
  stopping = true;
}

export interface DatabaseOptions {
  url: string;
  statementTimeoutMs: number;
  maxConnections?: number;
  log: Logger;
}

export function createPrismaClient(options: DatabaseOptions): PrismaClient {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
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
  return new PrismaClient({ adapter });
}
