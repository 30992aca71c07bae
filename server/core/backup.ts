// A consistent backup of a live Maillage database into one file (the format
// of backup-format.ts), with `pg` alone: no pg_dump fits every server
// Maillage runs on (the embedded distribution ships none, and Debian's
// refuses a newer server).
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  BackupError,
  BackupReader,
  END_LINE,
  SESSION_SETTINGS,
  TABLE_END,
  countRows,
  preamble,
  write,
  type BackupHeader,
} from "./backup-format.ts";

export { BackupError, type BackupHeader };

/** Prisma's bookkeeping: recorded in the header, written again by the restore's migrations. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

export interface BackupReport {
  header: BackupHeader;
  /** Size of the file, compressed. */
  bytes: number;
}

/** Sets SESSION_SETTINGS on a connection. */
export async function applySessionSettings(client: pg.ClientBase): Promise<void> {
  for (const [name, value] of Object.entries(SESSION_SETTINGS)) {
    await client.query(`SELECT set_config($1, $2, false)`, [name, value]);
  }
}

/** Tables of the connection's current schema, with the columns COPY reads and writes. */
export async function tablesOf(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      GROUP BY c.relname
      ORDER BY c.relname`,
  );
  return rows;
}

/**
 * Writes a backup of the database at `databaseUrl` into `file`. Everything is
 * read in one REPEATABLE READ READ ONLY transaction, so the file holds one
 * moment of the database however much is written meanwhile; rows stream from
 * COPY into gzip and the file, never all in memory. The file appears under
 * its name only once complete.
 */
export async function takeBackup(options: { databaseUrl: string; file: string }): Promise<BackupReport> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const partial = `${options.file}.partial`;
  try {
    await applySessionSettings(client);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // The first statement takes the snapshot.
    const tables = (await tablesOf(client)).filter((table) => table.name !== MIGRATIONS_TABLE);
    const hasMigrations = (await client.query(
      `SELECT 1 FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relname = $1`, [MIGRATIONS_TABLE],
    )).rowCount;
    if (!hasMigrations || tables.length === 0) {
      throw new BackupError("This database holds no Maillage data (no _prisma_migrations table): nothing to back up.");
    }
    // As pg_dump does: no table may be dropped or altered under the backup
    // (writes go on; this lock only waits for DDL).
    await client.query(`LOCK TABLE ${tables.map((table) => pg.escapeIdentifier(table.name)).join(", ")} IN ACCESS SHARE MODE`);

    const { rows: migrations } = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM "${MIGRATIONS_TABLE}"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const { rows: [source] } = await client.query<{ version: string; num: string; database: string; snapshot: string; now: Date }>(
      `SELECT current_setting('server_version') AS version, current_setting('server_version_num') AS num,
              current_database() AS database, pg_current_snapshot()::text AS snapshot, now() AS now`,
    );
    const counted = [];
    for (const table of tables) {
      const { rows: [{ count }] } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${pg.escapeIdentifier(table.name)}`);
      counted.push({ ...table, rows: Number(count) });
    }
    const header: BackupHeader = {
      format: BACKUP_MAGIC,
      version: BACKUP_FORMAT_VERSION,
      takenAt: source.now.toISOString(),
      source: { serverVersion: source.version, serverVersionNum: Number(source.num), database: source.database, snapshot: source.snapshot },
      migrations,
      tables: counted,
    };

    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial));
    try {
      await write(gzip, preamble(header));
      for (const table of counted) {
        const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(", ");
        const rows = client.query(copyTo(`COPY ${pg.escapeIdentifier(table.name)} (${columns}) TO STDOUT`));
        let seen = 0;
        for await (const chunk of rows as AsyncIterable<Buffer>) {
          seen += countRows(chunk);
          await write(gzip, chunk);
        }
        // The same snapshot counted them: a difference is a bug, not a race.
        if (seen !== table.rows) throw new Error(`COPY gave ${seen} rows of ${table.name} where count(*) gave ${table.rows}.`);
        await write(gzip, TABLE_END);
      }
      gzip.end(END_LINE);
      await written;
    } catch (error) {
      gzip.destroy();
      await written.catch(() => undefined);
      throw error;
    }
    await client.query("COMMIT");
    await rename(partial, options.file);
    return { header, bytes: (await stat(options.file)).size };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Opens a backup file: its header, and a reader positioned on its first table's rows. */
export async function openBackup(file: string): Promise<{ header: BackupHeader; reader: BackupReader; close(): void }> {
  const input = createReadStream(file);
  await new Promise<void>((resolve, reject) => {
    input.once("open", () => resolve());
    input.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new BackupError(`There is no file ${file}.`) : error));
  });
  const gunzip = createGunzip();
  input.pipe(gunzip);
  input.once("error", (error) => gunzip.destroy(error));
  const close = () => {
    input.destroy();
    gunzip.destroy();
  };
  const reader = new BackupReader(gunzipped(gunzip, file));
  try {
    return { header: await reader.header(), reader, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** gzip's own errors, said for a person: a file that is no backup, or a damaged one. */
async function* gunzipped(gunzip: AsyncIterable<Buffer>, file: string): AsyncGenerator<Buffer> {
  try {
    yield* gunzip;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("Z_")) throw new BackupError(`${file} is not a Maillage backup, or is damaged (gzip: ${(error as Error).message}).`);
    throw error;
  }
}
