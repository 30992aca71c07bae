// The collectives read through a prepared statement are Prisma's rows, every
// column: a column added to the model and not to the statement fails here.
import { beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../core/database.ts";
import { useScratchPrisma, type ScratchDatabase } from "../../tests/support/database.ts";
import { collectivesByIds } from "./collective.service.ts";

const scratch = useScratchPrisma();
let database: ScratchDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  ({ database, prisma } = scratch);
});

it("reads every column of every collective as Prisma does", async () => {
  const fromPrisma = await prisma.collective.findMany({ orderBy: { id: "asc" } });
  expect(fromPrisma.length).toBeGreaterThan(5);
  expect(fromPrisma.some((row) => row.sectors.length > 0 && row.structure !== null)).toBe(true);
  const fromPg = await collectivesByIds(prisma, fromPrisma.map((row) => row.id));
  expect([...fromPg].sort((a, b) => a.id.localeCompare(b.id))).toEqual(fromPrisma);
});
