// The web app's types come from web/src/graphql/graphql-env.d.ts, generated
// from schema.graphql (npm run generate:web-types, which npm run schema:emit
// runs too): a schema changed without regenerating it fails here, not as a
// page that type-checks against yesterday's contract.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const COMMITTED = join(ROOT, "web/src/graphql/graphql-env.d.ts");
const CLI = join(ROOT, "node_modules/gql.tada/bin/cli.js");

it("has a committed graphql-env.d.ts identical to the one generated from schema.graphql", async () => {
  const directory = await mkdtemp(join(tmpdir(), "maillage-web-types-"));
  try {
    const generated = join(directory, "graphql-env.d.ts");
    await promisify(execFile)(process.execPath, [CLI, "generate", "output", "--tsconfig", "web/tsconfig.json", "--output", generated], {
      cwd: ROOT,
    });
    expect(await readFile(COMMITTED, "utf8")).toBe(await readFile(generated, "utf8"));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
