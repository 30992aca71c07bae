// One real PostgreSQL for the whole run: embedded (in a temporary directory)
// unless TEST_DATABASE_URL points at one. Migrations, the official
// territories and the demo data are loaded once; test files share them
// read-only (tests that write use a scratch database).
import { mkdtemp, rm, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type RunningPostgres } from "../../server/core/embedded-postgres.ts";
import { applyMigrations } from "../../server/core/migrations.ts";
import { migrateJobQueue } from "../../server/core/jobs.ts";
import { freePort } from "../../server/core/free-port.ts";
import { createLogger } from "../../server/core/logger.ts";
import { loadOfficialTerritories } from "../../server/territories/official-territories.ts";
import { createPrismaClient } from "../../server/core/database.ts";
import { loadDemoData } from "../../server/app/demo.ts";
import { copyAsTemplate } from "./database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let postgres: RunningPostgres | undefined;
let scratch: string | undefined;

export async function setup(project: TestProject) {
  let databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    scratch = await mkdtemp(join(tmpdir(), "maillage-test-"));
    await chmod(scratch, 0o755); // PostgreSQL may run as another user
    postgres = await startEmbeddedPostgres({ dir: join(scratch, "pg"), port: await freePort() });
    databaseUrl = postgres.url;
  }
  await applyMigrations(databaseUrl);
  const log = createLogger("warn");
  await migrateJobQueue(databaseUrl, log);
  await loadOfficialTerritories({ databaseUrl, log });
  const prisma = createPrismaClient({ url: databaseUrl, statementTimeoutMs: 60_000, maxConnections: 2, log });
  try {
    await loadDemoData(prisma, log);
  } finally {
    await prisma.$disconnect();
  }
  // A copy of that state as a template, while nobody is connected: a test
  // that writes a lot, or runs the job queue (whose jobs any runner on the
  // database would take), gets its own copy in a second (createScratchDatabase).
  await copyAsTemplate(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
}

export async function teardown() {
  await postgres?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
