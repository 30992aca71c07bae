// A real Maillage HTTP server on a free port, against the test database.
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import { inject } from "vitest";
import { createApp } from "../../server/app/http.ts";
import { createPrismaClient, type PrismaClient } from "../../server/core/database.ts";
import { createLogger, type Logger } from "../../server/core/logger.ts";
import { mailDeliveryOf } from "../../server/core/mail.ts";
import type { JobRunner } from "../../server/core/jobs.ts";
import { startJobs } from "../../server/app/jobs.ts";
import { installSqlStatementCounter } from "../../server/core/sql-statements.ts";
import { fixedClock, type Clock } from "../../server/core/clock.ts";

/**
 * The day the test servers live on unless a test says otherwise: within the
 * demo's 2026 edition, so that the suite passes on any day of any year.
 */
export const TEST_NOW = "2026-11-16T10:00:00+01:00";

export interface TestServer {
  url: string;
  /** The request handler, to serve it on another socket (a Unix one: fixed buffers, unlike loopback TCP's). */
  handler: import("node:http").RequestListener;
  prisma: PrismaClient;
  /** POSTs a GraphQL operation and returns the parsed body, status and SQL count. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, options?: { cookie?: string; headers?: Record<string, string> }): Promise<GraphQLResult<T>>;
  /** Signs in a (demo) account and returns its session cookie ("maillage_session=…"). */
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  sqlStatements: number;
  /** The Set-Cookie header of the response, if any. */
  setCookie: string | null;
}

export interface TestServerOptions {
  databaseUrl?: string;
  production?: boolean;
  clock?: Clock;
  /** The server's log (to read what it writes); silent unless TEST_LOG_LEVEL says otherwise. */
  log?: Logger;
  /**
   * Runs the job queue beside the server, as npm start's primary process
   * does, sending e-mail to `smtpUrl` (a Mailbox's) or, without one, to the
   * log. Use it on a scratch database: the jobs are writes.
   */
  jobs?: { smtpUrl?: string; mailFrom?: string };
  /** Background tiles of the maps, as MAP_TILES_URL and MAP_TILES_ATTRIBUTION give them. */
  mapTiles?: { url: string; attribution: string | null };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  installSqlStatementCounter();
  const log = options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  const databaseUrl = options.databaseUrl ?? inject("databaseUrl");
  const prisma = createPrismaClient({ url: databaseUrl, statementTimeoutMs: 5000, log });
  const clock = options.clock ?? fixedClock(TEST_NOW);
  const { handler, stop } = await createApp({ prisma, log, production: options.production ?? true, exposeSqlStatements: true,
    clock,
    // Tests name the client's address with X-Forwarded-For (sign-in throttles count by address).
    trustProxy: "loopback",
    mapTiles: options.mapTiles,
  });
  let jobs: JobRunner | undefined;
  if (options.jobs) {
    jobs = await startJobs({
      databaseUrl,
      log,
      mail: mailDeliveryOf({ smtpUrl: options.jobs.smtpUrl, mailFrom: options.jobs.mailFrom ?? "Maillage <ne-pas-repondre@maillage.test>", production: false }),
      clock,
      // Retries are found by polling: soon, so that a test waits for the backoff only.
      pollIntervalMs: 100,
    });
  }
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const testServer: TestServer = {
    url,
    handler,
    prisma,
    async graphql(query, variables, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any };
      return {
        status: response.status,
        ...body,
        sqlStatements: Number(response.headers.get("x-sql-statements") ?? NaN),
        setCookie: response.headers.get("set-cookie"),
      };
    },
    async signIn(email, password = "maillage-demo") {
      const result = await testServer.graphql(
        "mutation ($input: SignInInput!) { signIn(input: $input) { id } }",
        { input: { email, password } },
      );
      if (result.errors || !result.setCookie) throw new Error(`sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.setCookie.split(";")[0];
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await jobs?.stop();
      await prisma.$disconnect();
    },
  };
  return testServer;
}
