// One real PostgreSQL for the whole run: embedded (in a temporary directory)
// unless TEST_DATABASE_URL points at one. Migrations and the official
// territories are loaded once; test files share them read-only.
import { mkdtemp, rm, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type RunningPostgres } from "../../server/core/embedded-postgres.ts";
import { applyMigrations } from "../../server/core/migrations.ts";
import { freePort } from "../../server/core/free-port.ts";
import { createLogger } from "../../server/core/logger.ts";
import { loadOfficialTerritories } from "../../server/territories/official-territories.ts";

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
  await loadOfficialTerritories({ databaseUrl, log: createLogger("warn") });
  project.provide("databaseUrl", databaseUrl);
}

export async function teardown() {
  await postgres?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}
