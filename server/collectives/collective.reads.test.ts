// The collectives read through a prepared statement are Prisma's rows, every
// column: a column added to the model and not to the statement fails here.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../core/database.ts";
import { createLogger } from "../core/logger.ts";
import { createScratchDatabase, type ScratchDatabase } from "../../tests/support/database.ts";
import { collectivesByIds } from "./collective.service.ts";

let database: ScratchDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  prisma = createPrismaClient({ url: database.url, statementTimeoutMs: 30_000, log: createLogger("silent") });
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

it("reads every column of every collective as Prisma does", async () => {
  const fromPrisma = await prisma.collective.findMany({ orderBy: { id: "asc" } });
  expect(fromPrisma.length).toBeGreaterThan(5);
  expect(fromPrisma.some((row) => row.sectors.length > 0 && row.structure !== null)).toBe(true);
  const fromPg = await collectivesByIds(prisma, fromPrisma.map((row) => row.id));
  expect([...fromPg].sort((a, b) => a.id.localeCompare(b.id))).toEqual(fromPrisma);
});
