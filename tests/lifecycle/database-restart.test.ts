// The API outlives a PostgreSQL restart: requests fail cleanly while it is
// down and succeed again once it is back, without restarting the server.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../server/core/embedded-postgres.ts";
import { freePort } from "../../server/core/free-port.ts";
import { applyMigrations } from "../../server/core/migrations.ts";
import { startTestServer } from "../support/server.ts";

it("answers again after PostgreSQL restarts", async () => {
  const scratch = await mkdtemp(join(tmpdir(), "maillage-restart-"));
  await chmod(scratch, 0o755);
  const options = { dir: join(scratch, "pg"), port: await freePort() };
  let postgres = await startEmbeddedPostgres(options);
  await applyMigrations(postgres.url);
  const server = await startTestServer({ databaseUrl: postgres.url });
  // The organisations, not the territories: those are answered from memory (territory.store.ts).
  const ask = () => server.graphql(`{ organisations(first: 1) { totalCount } }`);
  try {
    expect((await ask()).errors).toBeUndefined();

    await postgres.stop();
    const down = await ask();
    expect(down.errors![0].extensions!.code).toBe("INTERNAL_SERVER_ERROR");
    expect(down.errors![0].message).toBe("Erreur interne du serveur.");
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);

    postgres = await startEmbeddedPostgres(options);
    let answer = await ask();
    for (let attempt = 0; attempt < 20 && answer.errors; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      answer = await ask();
    }
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ organisations: { totalCount: 0 } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  } finally {
    await server.close();
    await postgres.stop();
    await rm(scratch, { recursive: true, force: true });
  }
});
