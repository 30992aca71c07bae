// `npm run account:create -- --email ana@example.org [--name "Ana Martin"] [--admin]`:
// creates an account on the server's database (DATABASE_URL's, else the
// embedded one under MAILLAGE_DATA_DIR, started by `npm start` at least once)
// and prints a single-use link, valid 7 days, to choose its password. The
// first admin of a new server is made this way; everyone else is invited.
// The services it calls sit beside their GraphQL types: type-graphql wants the metadata API.
import "reflect-metadata";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "./core/config.ts";
import { createLogger } from "./core/logger.ts";
import { createPrismaClient } from "./core/database.ts";
import { borrowEmbeddedPostgres, StartupError, type BorrowedPostgres } from "./core/embedded-postgres.ts";
import { DomainError } from "./core/errors.ts";
import { createAccountFromCommandLine } from "./auth/account.service.ts";

const USAGE = 'Usage: npm run account:create -- --email <address> [--name "First Last"] [--admin]';
let values: { email?: string; name?: string; admin?: boolean };
try {
  ({ values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, admin: { type: "boolean" } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!values.email) {
  console.error(USAGE);
  process.exit(2);
}

const config = readConfig();
const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
let embedded: BorrowedPostgres | undefined;
try {
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const dir = join(config.dataDir, "postgres");
    if (!existsSync(join(dir, "PG_VERSION"))) {
      throw new StartupError(`There is no database under ${config.dataDir} yet: run npm start once (or set DATABASE_URL).`);
    }
    embedded = await borrowEmbeddedPostgres({ dir, log });
    databaseUrl = embedded.url;
  }
  const prisma = createPrismaClient({ url: databaseUrl, statementTimeoutMs: 30_000, maxConnections: 1, log });
  try {
    const { link, created } = await createAccountFromCommandLine(
      prisma, { email: values.email, displayName: values.name ?? "", admin: values.admin ?? false }, config.publicUrl,
    );
    console.log(`${created ? "Account created" : "Account updated"} for ${values.email.trim().toLowerCase()}${values.admin ? " (platform admin)" : ""}.`);
    console.log(`Open this link within 7 days to choose the password (it works once; it was also sent by e-mail):\n${link}`);
  } finally {
    await prisma.$disconnect();
  }
} catch (error) {
  if (error instanceof DomainError || error instanceof StartupError) console.error(`account:create failed: ${error.message}`);
  else console.error("account:create failed:", error);
  process.exitCode = 1;
} finally {
  await embedded?.release();
}
