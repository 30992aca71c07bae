// Restores a backup of backup.ts into an empty PostgreSQL: the migrations the
// backup was taken at (with the project's runner), then every table's rows in
// one transaction, checked against the header before it commits.
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { BackupError, type BackupHeader } from "./backup-format.ts";
import { MIGRATIONS_TABLE, applySessionSettings, openBackup, tablesOf } from "./backup.ts";
import { MIGRATIONS_DIR, applyMigrations, readMigrations } from "./migrations.ts";

export interface RestoreReport {
  header: BackupHeader;
  /** Migrations the restore applied (those the target lacked). */
  applied: string[];
  /** Whether --force replaced what the target held. */
  replaced: boolean;
}

/** Refuses a backup whose migrations this code does not know (taken by a newer version) or knows otherwise. */
export async function checkMigrationsKnown(header: BackupHeader, dir = MIGRATIONS_DIR): Promise<void> {
  const known = new Map((await readMigrations(dir)).map((migration) => [migration.name, migration.checksum]));
  const unknown = header.migrations.filter((migration) => !known.has(migration.name)).map((migration) => migration.name);
  if (unknown.length) {
    throw new BackupError(
      `This backup was taken by a newer version of Maillage: its schema has migrations this version does not know (${unknown.join(", ")}). Restore it with that version or a later one.`,
    );
  }
  const changed = header.migrations.filter((migration) => known.get(migration.name) !== migration.checksum).map((migration) => migration.name);
  if (changed.length) {
    throw new BackupError(`This backup's migrations ${changed.join(", ")} differ from this version's: it comes from another line of development, and restoring it here would mix two schemas.`);
  }
}

/** What an existing target holds: tables with rows, and migrations the backup lacks. */
async function contentsOf(client: pg.Client, header: BackupHeader) {
  const tables = await tablesOf(client);
  const withRows: string[] = [];
  for (const { name } of tables) {
    if (name === MIGRATIONS_TABLE) continue;
    const { rowCount } = await client.query(`SELECT 1 FROM ${pg.escapeIdentifier(name)} LIMIT 1`);
    if (rowCount) withRows.push(name);
  }
  let newerMigrations: string[] = [];
  if (tables.some((table) => table.name === MIGRATIONS_TABLE)) {
    const inBackup = new Set(header.migrations.map((migration) => migration.name));
    const { rows } = await client.query<{ name: string }>(`SELECT migration_name AS name FROM "${MIGRATIONS_TABLE}" WHERE rolled_back_at IS NULL`);
    newerMigrations = rows.map((row) => row.name).filter((name) => !inBackup.has(name));
  }
  return { withRows, newerMigrations };
}

/** Drops every table and enum type of the current schema (--force): what the migrations create. */
async function dropEverything(client: pg.Client): Promise<void> {
  const tables = await tablesOf(client);
  const { rows: types } = await client.query<{ name: string }>(
    `SELECT typname AS name FROM pg_type WHERE typnamespace = current_schema()::regnamespace AND typtype = 'e'`,
  );
  await client.query("BEGIN");
  if (tables.length) await client.query(`DROP TABLE ${tables.map((table) => pg.escapeIdentifier(table.name)).join(", ")} CASCADE`);
  if (types.length) await client.query(`DROP TYPE ${types.map((type) => pg.escapeIdentifier(type.name)).join(", ")} CASCADE`);
  await client.query("COMMIT");
}

/**
 * Restores `file` into the database at `databaseUrl`, which must hold no
 * rows (a freshly created or freshly migrated database) unless `force`, which
 * drops its tables and types first. All rows load in one transaction: a
 * failure leaves the target migrated and empty, ready for another attempt.
 */
export async function restoreBackup(options: { databaseUrl: string; file: string; force?: boolean }): Promise<RestoreReport> {
  const backup = await openBackup(options.file);
  const { header, reader } = backup;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  try {
    await checkMigrationsKnown(header);
    await client.connect();
    await applySessionSettings(client);

    const contents = await contentsOf(client, header);
    const replaced = contents.withRows.length > 0 || contents.newerMigrations.length > 0;
    if (replaced && !options.force) {
      const what = contents.withRows.length
        ? `rows in ${contents.withRows.length} tables (${contents.withRows.slice(0, 3).join(", ")}${contents.withRows.length > 3 ? ", …" : ""})`
        : `a newer schema (migrations ${contents.newerMigrations.join(", ")})`;
      throw new BackupError(`The target database is not empty: it holds ${what}. A restore fills an empty database only; pass --force to replace everything it holds.`);
    }
    if (replaced) await dropEverything(client);

    // The schema the backup was taken at; `npm start` applies later ones.
    const { applied } = await applyMigrations(options.databaseUrl, MIGRATIONS_DIR, {
      only: new Set(header.migrations.map((migration) => migration.name)),
    });

    const targetTables = new Map((await tablesOf(client)).map((table) => [table.name, table.columns]));
    targetTables.delete(MIGRATIONS_TABLE);
    for (const table of header.tables) {
      const columns = targetTables.get(table.name);
      const missing = columns ? table.columns.filter((column) => !columns.includes(column)) : table.columns;
      if (!columns || missing.length) {
        const what = columns ? `columns of ${table.name} (${missing.join(", ")})` : `table ${table.name}`;
        throw new BackupError(`The same migrations do not create the backup's ${what} here: its source schema was changed by hand.`);
      }
      targetTables.delete(table.name);
    }
    if (targetTables.size) {
      throw new BackupError(`The backup has no rows for tables the same migrations create here (${[...targetTables.keys()].join(", ")}): its source schema was changed by hand.`);
    }

    await client.query("BEGIN");
    try {
      // Foreign keys come off during the load and go back on after it, which
      // checks every row against them at once (as pg_restore does) and frees
      // the load from any order between tables.
      const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
        `SELECT cl.relname AS table, co.conname AS name, pg_get_constraintdef(co.oid) AS definition
           FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
          WHERE co.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace
          ORDER BY cl.relname, co.conname`,
      );
      for (const key of foreignKeys) {
        await client.query(`ALTER TABLE ${pg.escapeIdentifier(key.table)} DROP CONSTRAINT ${pg.escapeIdentifier(key.name)}`);
      }
      await client.query(`TRUNCATE ${header.tables.map((table) => pg.escapeIdentifier(table.name)).join(", ")}`);

      for (const table of header.tables) {
        const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(", ");
        const load = client.query(copyFrom(`COPY ${pg.escapeIdentifier(table.name)} (${columns}) FROM STDIN`));
        await pipeline(reader.rows(), load);
        if (load.rowCount !== table.rows) {
          throw new BackupError(`The backup's table ${table.name} holds ${load.rowCount} rows where its header says ${table.rows}: the file is damaged.`);
        }
      }
      await reader.end();

      for (const key of foreignKeys) {
        await client.query(`ALTER TABLE ${pg.escapeIdentifier(key.table)} ADD CONSTRAINT ${pg.escapeIdentifier(key.name)} ${key.definition}`);
      }
      // Serial and identity columns go on after the highest restored value.
      const { rows: sequences } = await client.query<{ sequence: string; table: string; column: string }>(
        `SELECT s.oid::regclass::text AS sequence, t.relname AS table, a.attname AS column
           FROM pg_class s
           JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid
                           AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
           JOIN pg_class t ON t.oid = d.refobjid
           JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
          WHERE s.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace`,
      );
      for (const { sequence, table, column } of sequences) {
        await client.query(
          `SELECT setval($1::regclass, coalesce(max(${pg.escapeIdentifier(column)}), 1), max(${pg.escapeIdentifier(column)}) IS NOT NULL)
             FROM ${pg.escapeIdentifier(table)}`,
          [sequence],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    // The planner's statistics, which a load leaves empty.
    await client.query("ANALYZE");
    return { header, applied, replaced };
  } finally {
    backup.close();
    await client.end().catch(() => undefined);
  }
}
