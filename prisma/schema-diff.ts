// The SQL that takes one Prisma schema to another, computed by Prisma's
// WebAssembly schema engine (the native one cannot be had everywhere). Used to
// write a migration (new-migration.ts) and to check that the migrations
// account for every change of schema.prisma (tests/lifecycle/migrations.test.ts).
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

export const migrationsDir = new URL("./migrations/", import.meta.url).pathname;
export const schemaPath = new URL("./schema.prisma", import.meta.url).pathname;
/** Each migration folder keeps the schema it was generated from, so that the next diff starts from it. */
export const SNAPSHOT = "schema.prisma.snapshot";

/** The newest migration folder's name, if any. */
export async function latestMigration(): Promise<string | undefined> {
  return (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .at(-1);
}

/** The schema the newest migration leaves the database in (null before the first). */
export async function latestMigratedSchema(): Promise<string | null> {
  const latest = await latestMigration();
  return latest ? readFile(join(migrationsDir, latest, SNAPSHOT), "utf8") : null;
}

async function loadSchemaEngine() {
  // The package targets bundlers (it imports its .wasm as an ES module), which
  // Node does not do: instantiate it by hand with its JS glue as the imports.
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(gluePath);
  const { instance } = await WebAssembly.instantiate(await readFile(join(gluePath, "..", "schema_engine_bg.wasm")), {
    "./schema_engine_bg.js": glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return (glue as typeof import("@prisma/schema-engine-wasm")).SchemaEngine;
}

/**
 * The SQL script from `from` (null: an empty database) to `to`, or "" when they
 * describe the same database. The engine wants a live connection even to
 * compare two schema files: `databaseUrl` serves it and is left untouched.
 */
export async function diffSchemas(from: string | null, to: string, databaseUrl: string): Promise<string> {
  const SchemaEngine = await loadSchemaEngine();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => {}, adapter);
  const { stdout } = (await engine.diff({
    from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  })) as { exitCode: number; stdout: string };
  const script = stdout.trim();
  return !script || /^-- This is an empty migration\.?$/.test(script) ? "" : stdout;
}
