// Scratch databases on the test PostgreSQL, for tests that write or that need
// a database in a particular state (the shared one holds the territories).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { applyMigrations } from "../../server/core/migrations.ts";
import { migrateJobQueue } from "../../server/core/jobs.ts";
import { createLogger } from "../../server/core/logger.ts";
import { createPrismaClient, type PrismaClient } from "../../server/core/database.ts";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The template with the shared database's state (migrations, territories, demo data), made by global-setup.ts. */
export const DEMO_TEMPLATE = "maillage_demo_template";

export async function copyAsTemplate(databaseUrl: string): Promise<void> {
  const adminUrl = new URL(databaseUrl);
  const source = decodeURIComponent(adminUrl.pathname.slice(1));
  adminUrl.pathname = source === "postgres" ? "/template1" : "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DEMO_TEMPLATE}`);
    await admin.query(`CREATE DATABASE ${DEMO_TEMPLATE} TEMPLATE "${source.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * A database of its own for a test: empty (migrated unless `migrate` is
 * false), or with `demo` a copy of the shared one's state (territories and
 * demo data), made in a second from the template.
 */
export async function createScratchDatabase(options: { migrate?: boolean; demo?: boolean } = {}): Promise<ScratchDatabase> {
  const sharedUrl = new URL(inject("databaseUrl"));
  const name = `maillage_scratch_${randomBytes(4).toString("hex")}`;
  const adminUrl = new URL(sharedUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(options.demo ? `CREATE DATABASE ${name} TEMPLATE ${DEMO_TEMPLATE}` : `CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(sharedUrl);
  url.pathname = `/${name}`;
  if (!options.demo && (options.migrate ?? true)) {
    await applyMigrations(url.toString());
    // As npm start does: code that queues an e-mail needs the queue's schema.
    await migrateJobQueue(url.toString(), createLogger("warn"));
  }
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Runs one query on a short-lived connection. */
export async function query<T extends pg.QueryResultRow = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Rows of every table of the current schema, by table name. */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' ORDER BY relname`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      counts[name] = Number((await client.query(`SELECT count(*) AS count FROM ${pg.escapeIdentifier(name)}`)).rows[0].count);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/**
 * Every foreign key of the current schema, with its rows that reference no
 * row (checked by a query of its own, not by trusting the constraint), and
 * whether PostgreSQL holds it as validated.
 */
export async function foreignKeyViolations(url: string): Promise<{ name: string; validated: boolean; orphans: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: keys } = await client.query<{ name: string; child: string; parent: string; childColumns: string[]; parentColumns: string[]; validated: boolean }>(
      `SELECT co.conname AS name, child.relname AS child, parent.relname AS parent, co.convalidated AS validated,
              (SELECT array_agg(a.attname::text ORDER BY k.ordinality) FROM unnest(co.conkey) WITH ORDINALITY k(attnum, ordinality)
                 JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum) AS "childColumns",
              (SELECT array_agg(a.attname::text ORDER BY k.ordinality) FROM unnest(co.confkey) WITH ORDINALITY k(attnum, ordinality)
                 JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.attnum) AS "parentColumns"
         FROM pg_constraint co
         JOIN pg_class child ON child.oid = co.conrelid
         JOIN pg_class parent ON parent.oid = co.confrelid
        WHERE co.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
        ORDER BY co.conname`,
    );
    const results = [];
    for (const key of keys) {
      const id = pg.escapeIdentifier;
      // MATCH SIMPLE: a key with a null column references nothing and is valid.
      const notNull = key.childColumns.map((column) => `c.${id(column)} IS NOT NULL`).join(" AND ");
      const matches = key.childColumns.map((column, index) => `p.${id(key.parentColumns[index])} = c.${id(column)}`).join(" AND ");
      const { rows: [{ orphans }] } = await client.query(
        `SELECT count(*)::int AS orphans FROM ${id(key.child)} c
          WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${id(key.parent)} p WHERE ${matches})`,
      );
      results.push({ name: key.name, validated: key.validated, orphans });
    }
    return results;
  } finally {
    await client.end();
  }
}

/**
 * A private copy of the demo database and a Prisma client on it for one test
 * file (its beforeAll and afterAll); `prepare` changes the copy before the
 * client opens.
 */
export function useScratchPrisma(prepare?: (url: string) => Promise<unknown>): { readonly database: ScratchDatabase; readonly prisma: PrismaClient } {
  let database: ScratchDatabase | undefined;
  let prisma: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createScratchDatabase({ demo: true });
    await prepare?.(database.url);
    prisma = createPrismaClient({ url: database.url, statementTimeoutMs: 30_000, log: createLogger("silent") });
  }, 120_000);
  afterAll(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });
  return {
    get database() {
      return database!;
    },
    get prisma() {
      return prisma!;
    },
  };
}
