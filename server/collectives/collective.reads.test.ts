// The collectives read through a prepared statement are Prisma's rows, every
// column: a column added to the model and not to the statement fails here.
import { beforeAll, expect, it } from "vitest";
import type { PrismaClient } from "../core/database.ts";
import { useScratchPrisma, type ScratchDatabase } from "../../tests/support/database.ts";
import { installSqlStatementCounter, sqlStatementsOfThisRequest, withSqlStatementCounter } from "../core/sql-statements.ts";
import { collectivesByIds } from "./collective.service.ts";
import { createCollectiveLoaders } from "./collective.loaders.ts";

const scratch = useScratchPrisma();
let database: ScratchDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  installSqlStatementCounter();
  ({ database, prisma } = scratch);
});

it("reads every column of every collective as Prisma does", async () => {
  const fromPrisma = await prisma.collective.findMany({ orderBy: { id: "asc" } });
  expect(fromPrisma.length).toBeGreaterThan(5);
  expect(fromPrisma.some((row) => row.sectors.length > 0 && row.structure !== null)).toBe(true);
  const fromPg = await collectivesByIds(prisma, fromPrisma.map((row) => row.id));
  expect([...fromPg].sort((a, b) => a.id.localeCompare(b.id))).toEqual(fromPrisma);
});

it("brings each membership's collective along with an organisation's memberships, as collectivesByIds reads it, and asks nothing more for them", async () => {
  const loaders = createCollectiveLoaders(prisma);
  const members = await prisma.collectiveMembership.findMany({ select: { organisationId: true }, distinct: ["organisationId"] });
  expect(members.length).toBeGreaterThan(3);
  const { pages, statements } = await withSqlStatementCounter(async () => {
    const pages = await Promise.all(members.map((member) => loaders.membershipsOfOrganisation.load({ key: member.organisationId, first: 100 })));
    const collectives = await Promise.all(pages.flatMap((page) => page.nodes.map((node) => loaders.byId.load(node.collectiveId))));
    return { pages: pages.map((page, index) => ({ page, collectives: collectives.splice(0, page.nodes.length), index })), statements: sqlStatementsOfThisRequest()! };
  });
  expect(statements).toBe(1);
  const ids = [...new Set(pages.flatMap(({ page }) => page.nodes.map((node) => node.collectiveId)))];
  const read = new Map((await collectivesByIds(prisma, ids)).map((row) => [row.id, row]));
  for (const { page, collectives } of pages) {
    expect(page.nodes.length).toBeGreaterThan(0);
    expect(collectives).toEqual(page.nodes.map((node) => read.get(node.collectiveId)));
    // The node is the membership alone, as before.
    for (const node of page.nodes) expect(node).not.toHaveProperty("collective");
  }
});
