// `npm run restore -- [--force] <file>`: restores a backup of `npm run backup`
// into DATABASE_URL's database, else into the embedded one under
// MAILLAGE_DATA_DIR (created if there is none). The target must hold no rows;
// --force replaces everything it holds. What is checked: core/restore.ts.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "./core/config.ts";
import { createLogger } from "./core/logger.ts";
import { describeDatabaseUrl } from "./core/database.ts";
import { borrowEmbeddedPostgres, StartupError, type BorrowedPostgres } from "./core/embedded-postgres.ts";
import { BackupError } from "./core/backup.ts";
import { restoreBackup } from "./core/restore.ts";

const usage = "Usage: npm run restore -- [--force] <file>   (--force replaces everything the target database holds)";
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.positionals.length !== 1) {
  console.error(usage);
  process.exit(2);
}
const file = resolve(args.positionals[0]);
const config = readConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);

let embedded: BorrowedPostgres | undefined;
try {
  if (!existsSync(file)) throw new BackupError(`There is no file ${file}.`);
  let databaseUrl = config.databaseUrl;
  const target = databaseUrl ? describeDatabaseUrl(databaseUrl) : `the embedded database under ${config.dataDir}`;
  if (!databaseUrl) {
    embedded = await borrowEmbeddedPostgres({ dir: join(config.dataDir, "postgres"), log });
    if (embedded.ownerPid) {
      throw new BackupError(`Maillage is running on ${config.dataDir} (PID ${embedded.ownerPid}): stop it, then restore.`);
    }
    databaseUrl = embedded.url;
  }
  const started = performance.now();
  const { header, replaced } = await restoreBackup({ databaseUrl, file, force: args.values.force });
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Restored ${rows} rows of ${header.tables.length} tables, taken ${header.takenAt} from PostgreSQL ${header.source.serverVersion}, ` +
    `into ${target}${replaced ? " (replacing what it held)" : ""} in ${((performance.now() - started) / 1000).toFixed(1)} s. ` +
    `\`npm start\` applies any later migration and serves it.`,
  );
} catch (error) {
  if (error instanceof BackupError || error instanceof StartupError) console.error(`Restore failed: ${error.message}`);
  else console.error("Restore failed:", error);
  process.exitCode = 1;
} finally {
  await embedded?.release();
}
