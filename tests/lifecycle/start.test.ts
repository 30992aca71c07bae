// What a person gets from `npm start`: a real PostgreSQL under the data
// directory, kept across starts, stopped cleanly, and plain errors.
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../../server/core/free-port.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";
import { processesMentioning, startMaillage, type MaillageProcess } from "../support/process.ts";

const running: MaillageProcess[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const started of running.splice(0)) {
    if (started.child.exitCode === null && started.child.signalCode === null) {
      started.interrupt("SIGTERM");
      await started.exited;
    }
  }
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function dataDir() {
  const dir = await mkdtemp(join(tmpdir(), "maillage-start-"));
  await chmod(dir, 0o755); // PostgreSQL may run as another user
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function start(env: Record<string, string>) {
  const started = startMaillage(env);
  running.push(started);
  return started;
}

async function lensName(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ territory(code: "62498") { name epci { name } } }` }),
  });
  return ((await response.json()) as any).data.territory;
}

describe("npm start", () => {
  it("starts PostgreSQL, loads the territories once, keeps them across starts and stops cleanly on Ctrl-C", async () => {
    const dir = await dataDir();
    const pgDir = join(dir, "postgres");
    const env = { MAILLAGE_DATA_DIR: dir, PORT: String(await freePort()), MAILLAGE_PG_PORT: String(await freePort()), WEB_CONCURRENCY: "2" };

    const first = start(env);
    await first.waitFor(/Maillage is ready/);
    expect(first.output()).toMatch(/official territories loaded/);
    expect(first.output()).toMatch(/E-mails are not sent: SMTP_URL is not set, they are written to this log/);
    expect(await lensName(Number(env.PORT))).toEqual({ name: "Lens", epci: { name: "CA de Lens - Liévin" } });
    const page = await fetch(`http://127.0.0.1:${env.PORT}/territoires`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);

    first.interrupt("SIGINT");
    const { code } = await first.exited;
    expect(code).toBe(0);
    // Ctrl-C reached PostgreSQL too: an exit asked for, not a crash to recover from.
    expect(first.output()).not.toMatch(/starting it again/);
    expect(existsSync(join(pgDir, "postmaster.pid"))).toBe(false);
    expect(processesMentioning(pgDir)).toEqual([]);

    const second = start(env);
    await second.waitFor(/Maillage is ready/);
    expect(second.output()).not.toMatch(/loading the official territories|migrations applied/);
    expect(await lensName(Number(env.PORT))).toEqual({ name: "Lens", epci: { name: "CA de Lens - Liévin" } });

    // A service manager stops the main process only.
    process.kill(second.child.pid!, "SIGTERM");
    expect((await second.exited).code).toBe(0);
    expect(existsSync(join(pgDir, "postmaster.pid"))).toBe(false);
    expect(processesMentioning(pgDir)).toEqual([]);
    // Two real starts (the first loads the territories and the demo data, with
    // its accounts' password hashes) on a machine shared with the other test files.
  }, 90_000);

  it("refuses an SMTP_URL that is not SMTP in one sentence, before starting anything", async () => {
    const dir = await dataDir();
    const started = start({ MAILLAGE_DATA_DIR: dir, PORT: String(await freePort()), MAILLAGE_PG_PORT: String(await freePort()), SMTP_URL: "https://mail.example.org" });
    const { code } = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output().trim()).toBe(
      "Maillage could not start: SMTP_URL is not an SMTP address: write it as smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS).",
    );
    expect(existsSync(join(dir, "postgres"))).toBe(false);
  });

  it("says in one sentence that the PostgreSQL port is taken, and exits non-zero", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));

    const started = start({ MAILLAGE_DATA_DIR: await dataDir(), PORT: String(await freePort()), MAILLAGE_PG_PORT: String(port) });
    const { code } = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output().trim()).toBe(
      `Maillage could not start: Port ${port} is already in use, so the embedded PostgreSQL cannot start: stop what listens there or choose another port with MAILLAGE_PG_PORT.`,
    );
  });

  it("says in one sentence that the HTTP port is taken, and stops its PostgreSQL", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const dir = await dataDir();

    const started = start({ MAILLAGE_DATA_DIR: dir, PORT: String(port), MAILLAGE_PG_PORT: String(await freePort()), WEB_CONCURRENCY: "2" });
    const { code } = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output().trim().split("\n").at(-1)).toBe(
      `Maillage could not start: Port ${port} is already in use, so Maillage cannot serve there: stop what listens there or choose another port with PORT.`,
    );
    expect(processesMentioning(join(dir, "postgres"))).toEqual([]);
  });

  it("refuses a data directory of another PostgreSQL version in one sentence", async () => {
    const dir = await dataDir();
    await mkdir(join(dir, "postgres"));
    await writeFile(join(dir, "postgres", "PG_VERSION"), "16\n");
    const started = start({ MAILLAGE_DATA_DIR: dir, PORT: String(await freePort()), MAILLAGE_PG_PORT: String(await freePort()) });
    const { code } = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output().trim()).toMatch(/^Maillage could not start: The data directory .* was created by PostgreSQL 16 but Maillage embeds PostgreSQL 18: [^\n]*\.$/);
  });

  it("says in one sentence that the database of DATABASE_URL does not answer, and exits non-zero", async () => {
    // What a service manager restarts on: a process that cannot serve exits.
    const port = await freePort();
    const started = start({ DATABASE_URL: `postgresql://maillage:secret@127.0.0.1:${port}/maillage`, PORT: String(await freePort()) });
    const { code } = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output().trim()).toBe(
      `Maillage could not start: The database of DATABASE_URL (postgresql://maillage:****@127.0.0.1:${port}/maillage) does not answer (connect ECONNREFUSED 127.0.0.1:${port}): check that it runs and that DATABASE_URL is right.`,
    );
  });

  it("uses the PostgreSQL of DATABASE_URL with the same migrations and territories, and no embedded one", async () => {
    const database: ScratchDatabase = await createScratchDatabase({ migrate: false });
    cleanups.push(() => database.drop());
    const dir = await dataDir();
    const port = await freePort();
    const started = start({ DATABASE_URL: database.url, MAILLAGE_DATA_DIR: dir, PORT: String(port), WEB_CONCURRENCY: "1" });
    await started.waitFor(/Maillage is ready/);
    expect(started.output()).toMatch(/migrations applied/);
    expect(await lensName(port)).toEqual({ name: "Lens", epci: { name: "CA de Lens - Liévin" } });
    expect(existsSync(join(dir, "postgres"))).toBe(false);
  });
});
