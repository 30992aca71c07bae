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
import { sources } from "../sources/data/sources.ts";
import { cooperations } from "../graph/data/cooperations.ts";
import { shareholdings } from "../maisons/data/shareholdings.ts";
import { editions } from "../events/data/editions.ts";

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

it("cites a document of the corpus for every record", () => {
  const known = new Set(sources.map((source) => source.id));
  const records = [
    ...demoData.organisations, ...demoData.collectives, ...demoData.cotessList, ...demoData.maisons, ...demoData.policies,
    ...demoData.indicators, ...demoData.people, ...cooperations, ...shareholdings,
  ];
  for (const record of records) expect(known, (record as { id?: string }).id).toContain(record.source);
  for (const edition of editions) {
    // A demonstration edition cites none; a reported one cites its document.
    if (edition.isDemo) expect(edition.source, edition.id).toBeUndefined();
    else expect(known, edition.id).toContain(edition.source);
  }
});

it("says how every value it does not state is known: inferred with a reason, or left out", () => {
  const reasonFor = (what: string, certainty: string | undefined, basis: string | undefined) => {
    expect(certainty, what).toMatch(/^(STATED|INFERRED)$/);
    if (certainty === "INFERRED") expect(basis?.trim().length, `${what}: the reason it is inferred`).toBeGreaterThan(10);
  };
  for (const o of demoData.organisations) {
    if (o.legalForm) reasonFor(`${o.id}.legalForm`, o.legalFormCertainty, o.legalFormBasis);
    else expect(o.legalFormCertainty, o.id).toBeUndefined();
    // Placed in a territory only when its commune is unknown, and never both.
    if (o.commune) expect(o.location, o.id).toBeUndefined();
    if (o.location) expect(o.location.kind, o.id).not.toBe("COMMUNE");
  }
  for (const c of demoData.collectives) {
    if (c.structure) reasonFor(`${c.id}.structure`, c.structureCertainty, c.structureBasis);
    for (const member of c.members) reasonFor(`${c.id}/${member.organisation}`, member.certainty ?? "STATED", member.basis);
  }
  for (const s of shareholdings) {
    reasonFor(s.id, s.certainty, s.basis);
    expect(Boolean(s.holder) !== Boolean(s.holderLabel), `${s.id}: a holder named or described, not both`).toBe(true);
  }
  for (const m of demoData.maisons) for (const signature of m.charter?.signatures ?? []) reasonFor(`${m.id}/${signature.organisation}`, signature.certainty, signature.basis);
  const yearOf = new Map(sources.map((source) => [source.id, source.year]));
  for (const c of demoData.cotessList) {
    for (const p of c.participations) {
      reasonFor(`${c.id}/${p.year}`, p.certainty, p.basis);
      // No year after the document that reports it: what came later is not known.
      expect(p.year, `${c.id}/${p.year}`).toBeLessThanOrEqual(yearOf.get(p.source ?? c.source)!);
    }
  }
  for (const e of editions.filter((edition) => !edition.isDemo)) {
    reasonFor(e.id, e.certainty ?? "STATED", e.basis);
    expect(e.year, e.id).toBeLessThanOrEqual(yearOf.get(e.source!)!);
  }
});
