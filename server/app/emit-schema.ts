// Writes schema.graphql from the code (npm run schema:emit).
import { writeFile } from "node:fs/promises";
import { createSchema, SCHEMA_FILE } from "./schema.ts";
import { printSchemaSdl } from "./schema-sdl.ts";

await writeFile(SCHEMA_FILE, printSchemaSdl(await createSchema()));
console.log(`Wrote ${SCHEMA_FILE}`);
