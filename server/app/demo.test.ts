// The demo data loads once, whole, and every record keeps its stable id.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLogger } from "../core/logger.ts";
import { createPrismaClient, type PrismaClient } from "../core/database.ts";
import { loadOfficialTerritories } from "../territories/official-territories.ts";
import { createScratchDatabase, type ScratchDatabase } from "../../tests/support/database.ts";
import { loadDemoData } from "./demo.ts";
import { organisations } from "../actors/data/organisations.ts";
import { people } from "../actors/data/people.ts";
import { collectives } from "../collectives/data/collectives.ts";
import { organisationCards } from "../collectives/data/organisation-cards.ts";
import { cotessList } from "../cotess/data/cotess.ts";
import { maisons } from "../maisons/data/maisons.ts";
import { indicators, policies } from "../policies/data/policies.ts";

const demoData = { organisations, people, collectives, organisationCards, cotessList, maisons, policies, indicators };

const log = createLogger("silent");
let database: ScratchDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase();
  await loadOfficialTerritories({ databaseUrl: database.url, log });
  prisma = createPrismaClient({ url: database.url, statementTimeoutMs: 60_000, log });
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

it("loads every record of the demo data once, and skips the same data the next time", async () => {
  expect(await loadDemoData(prisma, log)).toEqual({ skipped: false });
  expect(await prisma.organisation.count()).toBe(demoData.organisations.length);
  expect(await prisma.collective.count()).toBe(demoData.collectives.length);
  expect(await prisma.maison.count()).toBe(demoData.maisons.length);
  expect(await prisma.territorialPolicy.count()).toBe(demoData.policies.length);
  // The structures d'appui's cards (written by the collectives module) reach their organisation.
  for (const { organisation } of demoData.organisationCards) {
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation } })).cardId, organisation).toBe(`card-${organisation}`);
  }
  expect(await prisma.collectiveMembership.count()).toBe(
    new Set(demoData.collectives.flatMap((c) => c.members.map((m) => `${c.id}|${m.organisation}|${m.role}`))).size,
  );

  expect(await loadDemoData(prisma, log)).toEqual({ skipped: true });
  const forced = await loadDemoData(prisma, log, { force: true });
  expect(forced).toEqual({ skipped: false });
  expect(await prisma.organisation.count()).toBe(demoData.organisations.length);
});

it("names the seed document of every record", () => {
  const records = [...demoData.organisations, ...demoData.collectives, ...demoData.cotessList, ...demoData.maisons, ...demoData.policies, ...demoData.indicators, ...demoData.people];
  for (const record of records) expect(record.source, record.id).toMatch(/^seeds\/00\d_[0-9a-f]+\.txt$/);
});
