// Crashes that no person has to clean up after: `npm start` over the
// PostgreSQL a killed run left behind or over a stale postmaster.pid, and a
// running Maillage whose PostgreSQL dies. Real processes, real PostgreSQL.
import { spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../server/core/embedded-postgres.ts";
import { freePort } from "../../server/core/free-port.ts";
import {
  childrenOf,
  isRunning,
  processesMentioning,
  startMaillage,
  waitUntil,
  type MaillageProcess,
} from "../support/process.ts";

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

async function scratchDir(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o755); // PostgreSQL may run as another user
  return dir;
}

function start(env: Record<string, string>) {
  const started = startMaillage(env);
  running.push(started);
  return started;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** The Lens query of the start-up tests, or undefined while it fails. */
async function lens(port: number): Promise<unknown> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ territory(code: "62498") { name epci { name } } }` }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: { territory: unknown }; errors?: unknown };
    return body.errors ? undefined : body.data?.territory;
  } catch {
    return undefined;
  }
}

async function health(port: number): Promise<number | undefined> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return undefined;
  }
}

const LENS = { name: "Lens", epci: { name: "CA de Lens - Liévin" } };

describe("recovery without a person", () => {
  // One data directory with the territories and demo data loaded, shared by
  // the tests that run Maillage on it (a first start costs the most).
  let dataDir: string;
  let pgDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = await scratchDir("maillage-recovery-");
    pgDir = join(dataDir, "postgres");
    env = { MAILLAGE_DATA_DIR: dataDir, PORT: String(await freePort()), MAILLAGE_PG_PORT: String(await freePort()), WEB_CONCURRENCY: "2" };
    const first = startMaillage(env);
    await first.waitFor(/Maillage is ready/);
    process.kill(first.child.pid!, "SIGTERM");
    expect((await first.exited).code).toBe(0);
    return () => rm(dataDir, { recursive: true, force: true });
  }, 180_000);

  it("starts again after kill -9 of its Node processes, over the PostgreSQL they left running", async () => {
    const first = start(env);
    await first.waitFor(/Maillage is ready/);
    const [postmaster] = processesMentioning(pgDir);

    // A second start on the same data directory while the first one serves
    // is refused, and the first one goes on serving.
    const second = start({ ...env, PORT: String(await freePort()) });
    expect((await second.exited).code).not.toBe(0);
    expect(second.output().trim()).toBe(
      `Maillage could not start: The embedded PostgreSQL of ${pgDir} is run by another Maillage process (PID ${first.child.pid}): stop it first, or choose another MAILLAGE_DATA_DIR.`,
    );
    expect(await lens(Number(env.PORT))).toEqual(LENS);

    const nodeProcesses = [first.child.pid!, ...childrenOf(first.child.pid!)
      .filter((child) => child.commandLine.includes("server/main.ts"))
      .map((child) => child.pid)];
    expect(nodeProcesses).toHaveLength(3); // the primary and its two HTTP workers
    for (const pid of nodeProcesses) process.kill(pid, "SIGKILL");
    await first.exited;
    await waitUntil(() => nodeProcesses.every((pid) => !isRunning(pid)), 10_000, "the HTTP workers to die");
    // What a person used to find: PostgreSQL still running, owned by no one.
    expect(processesMentioning(pgDir)).toEqual([postmaster]);

    const since = performance.now();
    const again = start(env);
    await again.waitFor(/Maillage is ready/);
    console.log(`after kill -9 of Maillage's Node processes, npm start served again in ${seconds(since)} s`);
    expect(again.output()).toMatch(/stopped the embedded PostgreSQL left running by an earlier run/);
    expect(await lens(Number(env.PORT))).toEqual(LENS);
    expect(isRunning(postmaster)).toBe(false);
    expect(processesMentioning(pgDir)).toHaveLength(1);

    process.kill(again.child.pid!, "SIGTERM");
    expect((await again.exited).code).toBe(0);
    expect(processesMentioning(pgDir)).toEqual([]);
  }, 120_000);

  it("answers again within 30 s after its PostgreSQL is killed", async () => {
    const started = start(env);
    await started.waitFor(/Maillage is ready/);
    const port = Number(env.PORT);
    expect(await lens(port)).toEqual(LENS);
    const [postmaster] = processesMentioning(pgDir);

    process.kill(postmaster, "SIGKILL");
    const since = performance.now();
    await waitUntil(async () => (await health(port)) === 200, 30_000, "/healthz to answer 200 again");
    const healthy = seconds(since);
    await waitUntil(async () => (await lens(port)) !== undefined, 30_000, "a GraphQL query to answer again");
    console.log(`after kill -9 of the embedded PostgreSQL: /healthz 200 again in ${healthy} s, GraphQL answering in ${seconds(since)} s`);
    expect(await lens(port)).toEqual(LENS);
    expect(started.output()).toMatch(/embedded PostgreSQL restarted/);
    expect(started.child.exitCode).toBeNull();

    started.interrupt("SIGINT");
    expect((await started.exited).code).toBe(0);
    expect(processesMentioning(pgDir)).toEqual([]);
  }, 120_000);

  it("exits non-zero with one sentence when its PostgreSQL cannot be started again", async () => {
    const started = start(env);
    await started.waitFor(/Maillage is ready/);
    const [postmaster] = processesMentioning(pgDir);
    // PostgreSQL runs on from the directory it opened; a new one finds none.
    const moved = `${pgDir}-moved`;
    await rename(pgDir, moved);
    cleanups.push(() => rename(moved, pgDir));

    process.kill(postmaster, "SIGKILL");
    const { code } = await started.exited;
    expect(code).toBe(1);
    expect(started.output().trim().split("\n").at(-1)).toMatch(
      /^Maillage stopped: the embedded PostgreSQL exited \(signal SIGKILL\) and could not be started again after 5 attempts \(.*\)\.$/,
    );
    expect(processesMentioning(pgDir)).toEqual([]);
  }, 120_000);
});

describe("what stands in the way of a start", () => {
  it("starts over a postmaster.pid naming a dead process, or a live process that is not its PostgreSQL", async () => {
    const scratch = await scratchDir("maillage-stale-pid-");
    cleanups.push(() => rm(scratch, { recursive: true, force: true }));
    const options = { dir: join(scratch, "pg"), port: await freePort() };
    let postgres = await startEmbeddedPostgres(options);
    const pidFile = await readFile(join(options.dir, "postmaster.pid"), "utf8");
    await postgres.stop();

    const exited = spawn("true");
    await new Promise((resolve) => exited.once("exit", resolve));
    // A live process of PostgreSQL's own user, as after a reboot that gave
    // the old postmaster's PID to another of its processes (PostgreSQL takes a
    // process of another user for a dead one).
    const { uid, gid } = await stat(options.dir);
    const sleeper = spawn("sleep", ["60"], { uid, gid });
    cleanups.push(async () => sleeper.kill());

    for (const pid of [exited.pid!, sleeper.pid!]) {
      await writeFile(join(options.dir, "postmaster.pid"), [String(pid), ...pidFile.split("\n").slice(1)].join("\n"));
      postgres = await startEmbeddedPostgres(options);
      const client = new pg.Client({ connectionString: postgres.url });
      await client.connect();
      expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
      await client.end();
      await postgres.stop();
    }
    expect(isRunning(sleeper.pid!)).toBe(true);
  }, 60_000);

  it("refuses, in the same sentence, a port held by the PostgreSQL of another data directory, and leaves it running", async () => {
    const scratch = await scratchDir("maillage-other-pg-");
    cleanups.push(() => rm(scratch, { recursive: true, force: true }));
    const port = await freePort();
    const other = await startEmbeddedPostgres({ dir: join(scratch, "other"), port });
    cleanups.push(() => other.stop());

    const started = start({ MAILLAGE_DATA_DIR: join(scratch, "maillage"), PORT: String(await freePort()), MAILLAGE_PG_PORT: String(port) });
    expect((await started.exited).code).not.toBe(0);
    expect(started.output().trim()).toBe(
      `Maillage could not start: Port ${port} is already in use, so the embedded PostgreSQL cannot start: stop what listens there or choose another port with MAILLAGE_PG_PORT.`,
    );
    const client = new pg.Client({ connectionString: other.url });
    await client.connect();
    expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await client.end();
  }, 60_000);
});
