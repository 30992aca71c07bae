// The official load is whole or absent, never twice, and never deletes.
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../core/logger.ts";
import { createScratchDatabase, query, type ScratchDatabase } from "../../tests/support/database.ts";
import { loadOfficialTerritories, officialSourceDir } from "./official-territories.ts";

const log = createLogger("silent");
const scratch: ScratchDatabase[] = [];
const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((database) => database.drop()));
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function database() {
  const created = await createScratchDatabase();
  scratch.push(created);
  return created.url;
}

const territoryCount = async (url: string) => Number((await query(url, "SELECT count(*) AS n FROM territory"))[0].n);

// Each test loads the 36,000 territories at least once: tens of seconds when the machine is busy with other test files.
describe("loading the official territories", { timeout: 120_000 }, () => {
  it("loads once per version of the source, and a forced reload changes nothing", async () => {
    const url = await database();
    const first = await loadOfficialTerritories({ databaseUrl: url, log });
    expect(first.skipped).toBe(false);
    const count = await territoryCount(url);
    expect(count).toBe(Object.values(first.counts).reduce((a, b) => a + b, 0));
    const lens = await query(url, "SELECT id, updated_at FROM territory WHERE kind = 'COMMUNE' AND code = '62498'");

    const second = await loadOfficialTerritories({ databaseUrl: url, log });
    expect(second.skipped).toBe(true);
    expect((await query(url, "SELECT count(*)::int AS n FROM territory_load"))[0].n).toBe(1);
    expect((await query(url, "SELECT updated_at FROM territory WHERE id = $1", [lens[0].id]))[0].updated_at).toEqual(lens[0].updated_at);

    const forced = await loadOfficialTerritories({ databaseUrl: url, log, force: true });
    expect(forced.skipped).toBe(false);
    expect(await territoryCount(url)).toBe(count);
    // Upserted in place: identifiers that other records point at are kept.
    expect((await query(url, "SELECT id FROM territory WHERE kind = 'COMMUNE' AND code = '62498'"))[0].id).toBe(lens[0].id);
  });

  it("keeps and reports the territories a newer version of the source no longer lists", async () => {
    const url = await database();
    await loadOfficialTerritories({ databaseUrl: url, log });

    // A "next version" of the package without the commune of Lens.
    const source = await mkdtemp(join(tmpdir(), "maillage-source-"));
    temporary.push(source);
    await cp(await officialSourceDir(), source, { recursive: true });
    const communesFile = join(source, "data", "communes.json");
    const communes = JSON.parse(await readFile(communesFile, "utf8")) as { code: string }[];
    await writeFile(communesFile, JSON.stringify(communes.filter((commune) => commune.code !== "62498")));
    const manifest = JSON.parse(await readFile(join(source, "package.json"), "utf8"));
    await writeFile(join(source, "package.json"), JSON.stringify({ ...manifest, version: "99.0.0" }));

    const report = await loadOfficialTerritories({ databaseUrl: url, log, sourceDir: source });
    expect(report.skipped).toBe(false);
    expect(report.retired).toEqual(["COMMUNE:62498 Lens"]);
    const [lens] = await query(url, "SELECT retired_at FROM territory WHERE kind = 'COMMUNE' AND code = '62498'");
    expect(lens.retired_at).not.toBeNull();
    const [load] = await query(url, "SELECT retired FROM territory_load WHERE source_version LIKE '99.0.0+%'");
    expect(load.retired).toEqual(["COMMUNE:62498 Lens"]);

    // Back in a later version: no longer retired.
    await loadOfficialTerritories({ databaseUrl: url, log, force: true });
    expect((await query(url, "SELECT retired_at FROM territory WHERE kind = 'COMMUNE' AND code = '62498'"))[0].retired_at).toBeNull();
  });

  it("leaves nothing behind when the process dies in the middle, and the next load completes", async () => {
    const url = await database();
    const script = `
      import { loadOfficialTerritories } from ${JSON.stringify(new URL("./official-territories.ts", import.meta.url).pathname)};
      import { createLogger } from ${JSON.stringify(new URL("../core/logger.ts", import.meta.url).pathname)};
      await loadOfficialTerritories({ databaseUrl: process.argv[1], log: createLogger("info") });`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, url], { stdio: "ignore" });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // Killed while PostgreSQL is executing one of its writes, inside the
    // load's open transaction.
    const name = new URL(url).pathname.slice(1);
    const deadline = Date.now() + 20_000;
    let writing = false;
    while (!writing && Date.now() < deadline) {
      const active = await query(url, `SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND state = 'active'
        AND (query LIKE 'INSERT INTO territory%' OR query LIKE 'DELETE FROM territory_inclusion%')`, [name]);
      writing = active.length > 0;
    }
    expect(writing).toBe(true);
    child.kill("SIGKILL");
    await exited;
    expect(await territoryCount(url)).toBe(0);
    expect((await query(url, "SELECT count(*)::int AS n FROM territory_load"))[0].n).toBe(0);

    const report = await loadOfficialTerritories({ databaseUrl: url, log });
    expect(report.skipped).toBe(false);
    expect(await territoryCount(url)).toBe(Object.values(report.counts).reduce((a, b) => a + b, 0));
  });

  it("writes its links from its own rows, whatever a vacuum said of the table", async () => {
    const url = await database();
    // After a load that died, autovacuum removes its rows, and may pass while
    // the next load is writing its own: it counts none of them alive but sees
    // their pages. Foreign-key checks planned from "no rows in 1,000 pages"
    // scan the table for each of the 200,000 inclusions and neighbours.
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    await writer.query("BEGIN");
    await writer.query(`INSERT INTO territory (kind, code, name, search_text, population, updated_at)
      SELECT 'COMMUNE', 'dead' || i, 'x', ' x', 0, now() FROM generate_series(1, 36000) AS i`);
    await query(url, "VACUUM ANALYZE territory");
    await writer.query("ROLLBACK");
    await writer.end();
    const [statistics] = await query(url, "SELECT relpages, reltuples FROM pg_class WHERE relname = 'territory'");
    expect(statistics).toMatchObject({ reltuples: 0, relpages: expect.any(Number) });
    expect(statistics.relpages).toBeGreaterThan(100);

    // Minutes, when the load planned from those statistics.
    const report = await loadOfficialTerritories({ databaseUrl: url, log });
    expect(report.skipped).toBe(false);
    expect(await territoryCount(url)).toBe(Object.values(report.counts).reduce((a, b) => a + b, 0));
  });
});
