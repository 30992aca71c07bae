// Backups of a live Maillage and their restores: one snapshot under write
// load, every row and key back, the application serving the result, on the
// embedded PostgreSQL 18 and on Debian's PostgreSQL 15. Real processes and
// databases throughout.
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { takeBackup, type BackupHeader } from "../../server/core/backup.ts";
import { createPrismaClient } from "../../server/core/database.ts";
import { freePort } from "../../server/core/free-port.ts";
import { createLogger } from "../../server/core/logger.ts";
import { restoreBackup } from "../../server/core/restore.ts";
import { loadDemoData } from "../../server/app/demo.ts";
import { loadOfficialTerritories } from "../../server/territories/index.ts";
import { createScratchDatabase, foreignKeyViolations, query, rowCounts, type ScratchDatabase } from "../support/database.ts";
import { debianPostgresInstalled, DEBIAN_POSTGRES_BIN, startDebianPostgres } from "../support/debian-postgres.ts";
import { processesMentioning, runCommand, startMaillage, type MaillageProcess } from "../support/process.ts";

const running: MaillageProcess[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const started of running.splice(0)) {
    if (started.child.exitCode === null && started.child.signalCode === null) {
      started.interrupt("SIGTERM");
      await started.exited;
    }
  }
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function start(env: Record<string, string>) {
  const started = startMaillage(env);
  running.push(started);
  return started;
}

async function scratchDir(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o755); // PostgreSQL may run as another user
  return dir;
}

async function graphql(port: number, source: string) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: source }),
  });
  return (await response.json()) as { data?: any; errors?: unknown };
}

const sum = (header: BackupHeader) => header.tables.reduce((total, table) => total + table.rows, 0);
const headerCounts = (header: BackupHeader) => Object.fromEntries(header.tables.map((table) => [table.name, table.rows]));
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Row counts of every table but Prisma's bookkeeping, which the restore writes anew. */
async function dataCounts(url: string) {
  const { _prisma_migrations: _, ...counts } = await rowCounts(url);
  return counts;
}

/** Maillage's own start on a database: it must serve the restored data. */
async function serveAndAsk(databaseUrl: string) {
  const port = await freePort();
  const started = start({ DATABASE_URL: databaseUrl, PORT: String(port), WEB_CONCURRENCY: "1" });
  await started.waitFor(/Maillage is ready/);
  const answer = await graphql(port, `{ territory(code: "62498") { name population } organisations(first: 1) { totalCount } }`);
  started.interrupt("SIGTERM");
  expect((await started.exited).code).toBe(0);
  return { answer, output: started.output() };
}

describe("backups of a live database", () => {
  // A source with the official territories and the demo data, like a demo
  // instance, in a scratch database of its own (the tests write to it).
  let source: ScratchDatabase;
  let dir: string;
  let plainBackup: string;
  beforeAll(async () => {
    source = await createScratchDatabase();
    const log = createLogger("warn");
    await loadOfficialTerritories({ databaseUrl: source.url, log });
    const prisma = createPrismaClient({ url: source.url, statementTimeoutMs: 60_000, maxConnections: 2, log });
    try {
      await loadDemoData(prisma, log);
    } finally {
      await prisma.$disconnect();
    }
    dir = await scratchDir("maillage-backup-");
    plainBackup = join(dir, "plain.backup");
    await takeBackup({ databaseUrl: source.url, file: plainBackup });
  }, 180_000);
  afterAll(async () => {
    await source?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("takes one snapshot while another connection writes; restored, it has that snapshot's rows, valid keys, and Maillage serves it", async () => {
    // Text that COPY must escape: a backslash before a dot, alone at the end of a line, and tabs.
    const awkward = "Première ligne\n\\.\nfin\t« guillemets »\\";
    await query(source.url,
      `INSERT INTO organisation (id, name, legal_form, family, source_id, search_text, updated_at, description)
       SELECT 'awkward', 'Awkward', legal_form, family, source_id, 'awkward', now(), $1 FROM organisation ORDER BY id LIMIT 1`,
      [awkward]);
    const before = await dataCounts(source.url);
    const [lens] = await query<{ population: number }>(source.url, `SELECT population FROM territory WHERE kind = 'COMMUNE' AND code = '62498'`);
    const [firstCollective] = await query<{ id: string }>(source.url, `SELECT id FROM collective ORDER BY id LIMIT 1`);

    // Each transaction adds an organisation with a membership, or deletes an
    // earlier one (its membership goes with it), and raises Lens's
    // population by one; its id tells afterwards whether the snapshot saw it.
    const writer = new pg.Client({ connectionString: source.url });
    await writer.connect();
    const transactions: { xid: string; organisations: number; at: number }[] = [];
    let writing = true;
    const writes = (async () => {
      for (let index = 0; writing; index += 1) {
        await writer.query("BEGIN");
        let organisations = 1;
        if (index % 4 === 3) {
          await writer.query(`DELETE FROM organisation WHERE id = $1`, [`load-${index - 3}`]);
          organisations = -1;
        } else {
          await writer.query(
            `INSERT INTO organisation (id, name, legal_form, family, sectors, commune_id, location_id, source_id, search_text, updated_at)
             SELECT $1, 'Charge ' || $1, legal_form, family, sectors, commune_id, location_id, source_id, 'charge', now()
               FROM organisation WHERE id NOT LIKE 'load-%' ORDER BY id LIMIT 1`,
            [`load-${index}`],
          );
          await writer.query(`INSERT INTO collective_membership (collective_id, organisation_id) VALUES ($1, $2)`, [firstCollective.id, `load-${index}`]);
        }
        await writer.query(`UPDATE territory SET population = population + 1 WHERE kind = 'COMMUNE' AND code = '62498'`);
        const { rows: [{ xid }] } = await writer.query<{ xid: string }>("SELECT pg_current_xact_id()::text AS xid");
        await writer.query("COMMIT");
        transactions.push({ xid, organisations, at: performance.now() });
      }
    })();
    try {
      while (transactions.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));
      const file = join(dir, "under-load.backup");
      const backupStarted = performance.now();
      const { header, bytes } = await takeBackup({ databaseUrl: source.url, file });
      const backupEnded = performance.now();
      // The writes go on after the backup too, so that it ran under them all along.
      const count = transactions.length;
      while (transactions.length < count + 20) await new Promise((resolve) => setTimeout(resolve, 20));
      writing = false;
      await writes;
      console.log(`backup of the demo data under write load: ${sum(header)} rows of ${header.tables.length} tables, ${megabytes(bytes)}, ${((backupEnded - backupStarted) / 1000).toFixed(2)} s`);

      // Which writes the snapshot saw, asked of PostgreSQL itself.
      const visibility = await query<{ xid: string; visible: boolean }>(
        source.url,
        `SELECT xid::text, pg_visible_in_snapshot(xid, $2::pg_snapshot) AS visible FROM unnest($1::xid8[]) AS xid`,
        [transactions.map((transaction) => transaction.xid), header.source.snapshot],
      );
      const seen = new Set(visibility.filter((row) => row.visible).map((row) => row.xid));
      const visible = transactions.filter((transaction) => seen.has(transaction.xid));
      const during = transactions.filter((transaction) => transaction.at > backupStarted && transaction.at < backupEnded);
      expect(visible.length).toBeGreaterThan(0);
      expect(visible.length).toBeLessThan(transactions.length);
      expect(during.length).toBeGreaterThan(0);
      const organisationsSeen = visible.reduce((total, transaction) => total + transaction.organisations, 0);
      expect(headerCounts(header)).toEqual({
        ...before,
        organisation: before.organisation + organisationsSeen,
        collective_membership: before.collective_membership + organisationsSeen,
      });

      const target = await createScratchDatabase({ migrate: false });
      cleanups.push(() => target.drop());
      const restoreStarted = performance.now();
      await restoreBackup({ databaseUrl: target.url, file });
      console.log(`restore of that backup into an empty PostgreSQL 18 database: ${((performance.now() - restoreStarted) / 1000).toFixed(2)} s`);

      expect(await dataCounts(target.url)).toEqual(headerCounts(header));
      const keys = await foreignKeyViolations(target.url);
      expect(keys.length).toBe((await foreignKeyViolations(source.url)).length);
      expect(keys.filter((key) => key.orphans > 0 || !key.validated)).toEqual([]);
      expect(await query(target.url, `SELECT description FROM organisation WHERE id = 'awkward'`)).toEqual([{ description: awkward }]);
      // Serial columns go on after the restored rows.
      await query(target.url, `INSERT INTO territory_load (source_package, source_version, counts, retired) VALUES ('test', 'test', '{}', '[]')`);

      const { answer, output } = await serveAndAsk(target.url);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({
        territory: { name: "Lens", population: lens.population + visible.length },
        organisations: { totalCount: header.tables.find((table) => table.name === "organisation")!.rows },
      });
      // The data came from the backup, not from a load at start.
      expect(output).not.toMatch(/official territories loaded|migrations applied/);
    } finally {
      writing = false;
      await writes.catch(() => undefined);
      await writer.end();
    }
  }, 180_000);

  it("refuses a backup of a newer version and a damaged one, and a target that is not empty unless forced", async () => {
    const target = await createScratchDatabase({ migrate: false });
    cleanups.push(() => target.drop());
    const content = gunzipSync(await readFile(plainBackup));
    const [magic, headerLine] = content.toString("utf8", 0, content.indexOf("\n", content.indexOf("\n") + 1)).split("\n");
    const header = JSON.parse(headerLine) as BackupHeader;

    const newer = join(dir, "newer.backup");
    const future = { ...header, migrations: [...header.migrations, { name: "29991231000000_from_the_future", checksum: "0".repeat(64) }] };
    await writeFile(newer, gzipSync(Buffer.concat([
      Buffer.from(`${magic}\n${JSON.stringify(future)}\n`),
      content.subarray(magic.length + headerLine.length + 2),
    ])));
    await expect(restoreBackup({ databaseUrl: target.url, file: newer })).rejects.toThrow(
      "This backup was taken by a newer version of Maillage: its schema has migrations this version does not know (29991231000000_from_the_future). Restore it with that version or a later one.",
    );
    expect(await rowCounts(target.url)).toEqual({});

    // Cut in the middle of a table: gzip misses its end, the load rolls back.
    const cut = join(dir, "cut.backup");
    const whole = await readFile(plainBackup);
    await writeFile(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expect(restoreBackup({ databaseUrl: target.url, file: cut })).rejects.toThrow(/is not a Maillage backup, or is damaged \(gzip: unexpected end of file\)/);
    expect(Object.values(await dataCounts(target.url)).every((rows) => rows === 0)).toBe(true);

    // The failed attempt left the target migrated and empty: a restore goes through.
    await restoreBackup({ databaseUrl: target.url, file: plainBackup });
    expect(await dataCounts(target.url)).toEqual(headerCounts(header));

    await expect(restoreBackup({ databaseUrl: target.url, file: plainBackup })).rejects.toThrow(
      /^The target database is not empty: it holds rows in \d+ tables \(account, card_coverage, charter, …\)\. A restore fills an empty database only; pass --force to replace everything it holds\.$/,
    );
    await query(target.url, `UPDATE territory SET name = 'Changed' WHERE kind = 'COMMUNE' AND code = '62498'`);
    const { replaced } = await restoreBackup({ databaseUrl: target.url, file: plainBackup, force: true });
    expect(replaced).toBe(true);
    expect(await dataCounts(target.url)).toEqual(headerCounts(header));
    expect(await query(target.url, `SELECT name FROM territory WHERE kind = 'COMMUNE' AND code = '62498'`)).toEqual([{ name: "Lens" }]);
  }, 120_000);

  it("moves the data to Debian's PostgreSQL 15, an older external server, with the same two commands", async (context) => {
    if (!debianPostgresInstalled()) {
      console.log(`skipped: no PostgreSQL 15 under ${DEBIAN_POSTGRES_BIN} (apt-get install postgresql-15; .ci/run installs it)`);
      context.skip();
    }
    const external = await startDebianPostgres("maillage_restored");
    cleanups.push(() => external.stop());
    expect(external.serverVersion).toMatch(/^15\./);

    const file = join(dir, "for-15.backup");
    const backedUp = await runCommand("backup", [file], { DATABASE_URL: source.url });
    expect(backedUp.code).toBe(0);
    expect(backedUp.output).toMatch(/^Backed up \d+ rows of \d+ tables from postgresql:\/\/postgres:\*\*\*\*@127\.0\.0\.1:\d+\/maillage_scratch_\w+ \(PostgreSQL 18\./);
    const restored = await runCommand("restore", [file], { DATABASE_URL: external.url });
    console.log(`npm run restore into PostgreSQL ${external.serverVersion}: ${restored.output.trim()}`);
    expect(restored.code).toBe(0);

    const header = JSON.parse(gunzipSync(await readFile(file)).toString("utf8").split("\n")[1]) as BackupHeader;
    expect(header.source.serverVersion).toMatch(/^18\./);
    expect(await dataCounts(external.url)).toEqual(headerCounts(header));
    expect((await foreignKeyViolations(external.url)).filter((key) => key.orphans > 0 || !key.validated)).toEqual([]);

    const { answer } = await serveAndAsk(external.url);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.territory.name).toBe("Lens");
    expect(answer.data.organisations.totalCount).toBe(headerCounts(header).organisation);
  }, 180_000);
});

describe("npm run backup and npm run restore on the embedded PostgreSQL", () => {
  it("backs up a running and a stopped instance, restores into a fresh data directory that then serves, and refuses what it must", async () => {
    const scratch = await scratchDir("maillage-embedded-backup-");
    cleanups.push(() => rm(scratch, { recursive: true, force: true }));
    const demo = { MAILLAGE_DATA_DIR: join(scratch, "demo"), PORT: String(await freePort()), MAILLAGE_PG_PORT: String(await freePort()), WEB_CONCURRENCY: "1" };
    const first = start(demo);
    await first.waitFor(/Maillage is ready/);

    const whileRunning = await runCommand("backup", [join(scratch, "running.backup")], demo);
    console.log(`npm run backup, Maillage running: ${whileRunning.output.trim()} (command: ${whileRunning.seconds.toFixed(1)} s)`);
    expect(whileRunning.code).toBe(0);
    expect(whileRunning.output).toContain(`(served by Maillage, PID ${first.child.pid})`);

    process.kill(first.child.pid!, "SIGTERM");
    expect((await first.exited).code).toBe(0);
    const whileStopped = await runCommand("backup", [join(scratch, "stopped.backup")], demo);
    console.log(`npm run backup, Maillage stopped: ${whileStopped.output.trim()} (command, PostgreSQL start and stop included: ${whileStopped.seconds.toFixed(1)} s)`);
    expect(whileStopped.code).toBe(0);
    expect(whileStopped.output).toMatch(/^Backed up \d+ rows of \d+ tables from the embedded database under .*demo \(PostgreSQL 18\.\d+, migrations up to \w+\) into .*stopped\.backup: [\d.]+ MB in [\d.]+ s\.\n$/);
    // It started PostgreSQL for itself and stopped it.
    expect(processesMentioning(join(scratch, "demo", "postgres"))).toEqual([]);

    const fresh = { ...demo, MAILLAGE_DATA_DIR: join(scratch, "fresh") };
    const restored = await runCommand("restore", [join(scratch, "stopped.backup")], fresh);
    console.log(`npm run restore into a fresh data directory: ${restored.output.trim()} (command, initdb included: ${restored.seconds.toFixed(1)} s; file ${megabytes((await stat(join(scratch, "stopped.backup"))).size)})`);
    expect(restored.code).toBe(0);
    expect(processesMentioning(join(scratch, "fresh", "postgres"))).toEqual([]);

    const again = await runCommand("restore", [join(scratch, "stopped.backup")], fresh);
    expect(again.code).toBe(1);
    expect(again.output.trim()).toMatch(/^Restore failed: The target database is not empty: .* pass --force to replace everything it holds\.$/);

    const served = start(fresh);
    await served.waitFor(/Maillage is ready/);
    expect(served.output()).not.toMatch(/official territories loaded|migrations applied/);
    const answer = await graphql(Number(fresh.PORT), `{ territory(code: "62498") { name epci { name } } }`);
    expect(answer).toEqual({ data: { territory: { name: "Lens", epci: { name: "CA de Lens - Liévin" } } } });

    const underIt = await runCommand("restore", ["--force", join(scratch, "stopped.backup")], fresh);
    expect(underIt.code).toBe(1);
    expect(underIt.output.trim()).toBe(`Restore failed: Maillage is running on ${fresh.MAILLAGE_DATA_DIR} (PID ${served.child.pid}): stop it, then restore.`);
  }, 240_000);
});
