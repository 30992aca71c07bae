// Debian's PostgreSQL 15 (the postgresql-15 package, which .ci/run installs)
// as a stand-in for a managed server: a real, older, external PostgreSQL,
// started here in a temporary directory on a free port.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "../../server/core/free-port.ts";

export const DEBIAN_POSTGRES_BIN = "/usr/lib/postgresql/15/bin";

export interface ExternalPostgres {
  /** A database created for the caller, on a superuser connection. */
  url: string;
  serverVersion: string;
  stop(): Promise<void>;
}

export function debianPostgresInstalled(): boolean {
  return existsSync(join(DEBIAN_POSTGRES_BIN, "initdb")) && existsSync(join(DEBIAN_POSTGRES_BIN, "pg_ctl"));
}

export async function startDebianPostgres(database: string): Promise<ExternalPostgres> {
  const run = promisify(execFile);
  // PostgreSQL refuses to run as root: then it runs as the postgres user
  // (the package creates it), in a directory of its own.
  const asUser: { uid?: number; gid?: number } = userInfo().uid === 0 ? await postgresUser() : {};
  const scratch = await mkdtemp(join(tmpdir(), "maillage-pg15-"));
  if (asUser.uid !== undefined) await chown(scratch, asUser.uid, asUser.gid!);
  const dataDir = join(scratch, "data");
  const port = await freePort();
  const options = { ...asUser, env: { ...process.env, LC_ALL: "C.UTF-8" } };
  await run(join(DEBIAN_POSTGRES_BIN, "initdb"), ["-D", dataDir, "-U", "maillage", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"], options);
  await run(join(DEBIAN_POSTGRES_BIN, "pg_ctl"), [
    "-D", dataDir, "-l", join(scratch, "log"), "-w", "-t", "60",
    "-o", `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${scratch}`,
    "start",
  ], options);
  const stop = async () => {
    await run(join(DEBIAN_POSTGRES_BIN, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"], options).catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    const admin = new pg.Client({ connectionString: `postgresql://maillage@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    const { rows: [{ server_version }] } = await admin.query<{ server_version: string }>("SHOW server_version");
    await admin.end();
    return { url: `postgresql://maillage@127.0.0.1:${port}/${database}`, serverVersion: server_version, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const run = promisify(execFile);
  const uid = Number((await run("id", ["-u", "postgres"])).stdout);
  const gid = Number((await run("id", ["-g", "postgres"])).stdout);
  if (!Number.isInteger(uid)) throw new Error("Running as root without a postgres user to run PostgreSQL 15 as.");
  return { uid, gid };
}
