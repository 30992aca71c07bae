// `npm run backup -- <file>`: a consistent backup of Maillage's database into
// one file, while it serves. The database is DATABASE_URL's, else the
// embedded one under MAILLAGE_DATA_DIR (running or not). Format and
// guarantees: core/backup-format.ts, core/backup.ts.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "./core/config.ts";
import { createLogger } from "./core/logger.ts";
import { describeDatabaseUrl } from "./core/database.ts";
import { borrowEmbeddedPostgres, StartupError, type BorrowedPostgres } from "./core/embedded-postgres.ts";
import { BackupError, takeBackup } from "./core/backup.ts";

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1) {
  console.error("Usage: npm run backup -- <file>   (for example maillage-2026-11-30.backup)");
  process.exit(2);
}
const file = resolve(positionals[0]);
const config = readConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);

let embedded: BorrowedPostgres | undefined;
try {
  let databaseUrl = config.databaseUrl;
  let source = databaseUrl ? describeDatabaseUrl(databaseUrl) : `the embedded database under ${config.dataDir}`;
  if (!databaseUrl) {
    const dir = join(config.dataDir, "postgres");
    if (!existsSync(join(dir, "PG_VERSION"))) {
      throw new BackupError(`There is no embedded database under ${config.dataDir} to back up (set MAILLAGE_DATA_DIR, or DATABASE_URL for an external one).`);
    }
    embedded = await borrowEmbeddedPostgres({ dir, log });
    databaseUrl = embedded.url;
    if (embedded.ownerPid) source += ` (served by Maillage, PID ${embedded.ownerPid})`;
  }
  const started = performance.now();
  const { header, bytes } = await takeBackup({ databaseUrl, file });
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Backed up ${rows} rows of ${header.tables.length} tables from ${source} (PostgreSQL ${header.source.serverVersion}, ` +
    `migrations up to ${header.migrations.at(-1)?.name}) into ${file}: ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  if (error instanceof BackupError || error instanceof StartupError) console.error(`Backup failed: ${error.message}`);
  else console.error("Backup failed:", error);
  process.exitCode = 1;
} finally {
  await embedded?.release();
}
