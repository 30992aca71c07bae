import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { createSchema, SCHEMA_FILE } from "../../server/app/schema.ts";
import { printSchemaSdl } from "../../server/app/schema-sdl.ts";

it("has a committed schema.graphql identical to the one the code emits (npm run schema:emit)", async () => {
  const committed = await readFile(SCHEMA_FILE, "utf8");
  expect(committed).toBe(printSchemaSdl(await createSchema()));
});
