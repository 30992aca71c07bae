// Applies prisma/migrations/*/migration.sql in order, at start.
//
// The bookkeeping is Prisma Migrate's own `_prisma_migrations` table (same
// columns, checksum = sha256 of migration.sql), so that `prisma migrate
// deploy` and `prisma migrate status` agree with what ran here.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = new URL("../../prisma/migrations/", import.meta.url).pathname;

// Any constant: serialises concurrent starts against the same database.
const LOCK_KEY = 72707369;

export interface MigrationReport {
  applied: string[];
}

/** A migration as Prisma records it: its folder's name and the sha256 of its SQL. */
export interface Migration {
  name: string;
  checksum: string;
  sql: string;
}

/** The migrations this code knows, in the order they apply. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(names.map(async (name) => {
    const sql = await readFile(join(dir, name, "migration.sql"), "utf8");
    return { name, checksum: createHash("sha256").update(sql).digest("hex"), sql };
  }));
}

/**
 * Applies the migrations not applied yet; `only` limits them to some (a
 * restore takes the schema to the one its backup was taken at).
 */
export async function applyMigrations(
  databaseUrl: string,
  dir = MIGRATIONS_DIR,
  options: { only?: ReadonlySet<string> } = {},
): Promise<MigrationReport> {
  const migrations = (await readMigrations(dir)).filter((migration) => !options.only || options.only.has(migration.name));

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((row) => [row.migration_name, row]));

    for (const { name, sql, checksum } of migrations) {
      const previous = done.get(name);
      if (previous?.finished_at) {
        if (previous.checksum !== checksum) {
          throw new Error(`Migration ${name} was modified after it was applied; migrations are never edited once applied, add a new one instead.`);
        }
        continue;
      }
      // Each migration and its record commit together: a crash leaves either
      // both or neither.
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${(error as Error).message}`);
      }
      applied.push(name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return { applied };
}
