// The organisation reads that go through pg's prepared statements give what
// Prisma gives: the same rows, every column (a column added to the model and
// not to the statements fails here), and the same pages for every filter.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../core/database.ts";
import { alphabeticalPage } from "../core/pagination.ts";
import { query, useScratchPrisma, type ScratchDatabase } from "../../tests/support/database.ts";
import { findOrganisation, listOrganisations, organisationsByIds, organisationWhere, type OrganisationCriteria } from "./organisation.service.ts";
import { EssFamily, Sector } from "./organisation.type.ts";

const scratch = useScratchPrisma((url) =>
  // One structure awaiting validation in Lens: in no list, no profile.
  query(url, `UPDATE organisation SET pending_validation = true
    WHERE id = (SELECT id FROM organisation WHERE location_id = (SELECT id FROM territory WHERE kind = 'COMMUNE' AND code = '62498') ORDER BY id LIMIT 1)`),
);
let database: ScratchDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  ({ database, prisma } = scratch);
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe("organisation reads through prepared statements", () => {
  it("give every column of every organisation as Prisma does", async () => {
    const fromPrisma = await prisma.organisation.findMany();
    expect(fromPrisma.length).toBeGreaterThan(50);
    const fromPg = await organisationsByIds(prisma, fromPrisma.map((row) => row.id));
    expect(byId(fromPg)).toEqual(byId(fromPrisma));
    for (const row of fromPrisma.slice(0, 20)) {
      expect(await findOrganisation(prisma, row.id)).toEqual(row.pendingValidation ? null : row);
    }
    const pending = fromPrisma.find((row) => row.pendingValidation)!;
    expect(await findOrganisation(prisma, pending.id)).toBeNull();
  });

  it("page a territory's organisations as the Prisma filter does, for every filter, page after page", async () => {
    const criteria: OrganisationCriteria[] = [
      { territory: "62" },
      { territory: "62498" },
      { territory: "200069037" },
      { territory: "32", families: [EssFamily.ASSOCIATION, EssFamily.COOPERATIVE] },
      { territory: "62", sectors: [Sector.INSERTION_EMPLOI, Sector.CULTURE] },
      { territory: "62", search: "ess lens" },
      { territory: "59" },
    ];
    let compared = 0;
    for (const filter of criteria) {
      const expected = await alphabeticalPage(prisma.organisation, await organisationWhere(prisma, filter), { first: 5 });
      const page = await listOrganisations(prisma, filter, { first: 5 });
      expect(page.nodes).toEqual(expected.nodes);
      expect(page.hasNextPage).toBe(expected.hasNextPage);
      expect(await page.totalCount()).toBe(await expected.totalCount());
      compared += page.nodes.length;
      if (!page.nodes.length) continue;
      const after = page.cursorOf(page.nodes.at(-1)!);
      const next = await listOrganisations(prisma, filter, { first: 100, after });
      const expectedNext = await alphabeticalPage(prisma.organisation, await organisationWhere(prisma, filter), { first: 100, after });
      expect(next.nodes).toEqual(expectedNext.nodes);
      expect(await next.totalCount()).toBe(await expectedNext.totalCount());
      compared += next.nodes.length;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
