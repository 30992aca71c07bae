// Every change of prisma/schema.prisma has its migration: the schema the newest
// migration was written from is the current one. A schema edited without
// `npm run migration:new` would leave databases behind the code; two branches
// that each add a migration leave the newest snapshot without the other's
// change until it is brought up to date after the merge.
import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { diffSchemas, latestMigratedSchema, schemaPath } from "../../prisma/schema-diff.ts";

describe("migrations", () => {
  it("account for every change of prisma/schema.prisma", async () => {
    const migrated = await latestMigratedSchema();
    expect(migrated, "no migration").not.toBeNull();
    const missing = await diffSchemas(migrated, await readFile(schemaPath, "utf8"), inject("databaseUrl"));
    expect(missing, "SQL that no migration holds: run npm run migration:new (or, after merging two migrations, copy schema.prisma to the newest one's snapshot)").toBe("");
  });
});
