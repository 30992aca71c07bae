// The territories in memory answer exactly what the SQL answers, for every
// territory, and a new load of the official list replaces them.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../core/database.ts";
import { query, useScratchPrisma, type ScratchDatabase } from "../../tests/support/database.ts";
import {
  descendantPagesOfMany, findTerritory, listTerritories, neighboursOfMany, parentsOfMany, territoriesByIds, type DescendantPageRequest,
} from "./territory.service.ts";
import { checkTerritoryStore, territoryStore } from "./territory.store.ts";
import { TerritoryKind } from "./territory.type.ts";

const scratch = useScratchPrisma((url) =>
  // A retired commune of the CA de Lens-Liévin: listed nowhere, still found by code and id.
  query(url, "UPDATE territory SET retired_at = now() WHERE kind = 'COMMUNE' AND code = '62510'"),
);
let database: ScratchDatabase;
let prisma: PrismaClient;
let ids: number[];
beforeAll(async () => {
  ({ database, prisma } = scratch);
  ids = (await query<{ id: number }>(database.url, "SELECT id FROM territory ORDER BY id")).map((row) => row.id);
});

/** The SQL's answer: a transaction's client never reads the store. */
const throughSql = <T>(read: (client: PrismaClient) => Promise<T>) =>
  prisma.$transaction((tx) => read(tx as unknown as PrismaClient), { timeout: 60_000 });

// Cursors are functions: compare what they give for each node.
const comparable = (page: { nodes: { id: number }[]; hasNextPage: boolean; cursorOf: (node: never) => string; totalCount?: unknown }) => ({
  ...page,
  cursorOf: undefined,
  cursors: page.nodes.map((node) => page.cursorOf(node as never)),
});

describe("the territories in memory", { timeout: 120_000 }, () => {
  it("answer every lookup by id and every territory's parents as the SQL does", async () => {
    expect(territoryStore(prisma)).not.toBeNull();
    // Callers key both by id (the loaders): the order between territories does not matter, the order of each one's parents does.
    const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);
    expect(byId(await territoriesByIds(prisma, ids))).toEqual(byId(await throughSql((client) => territoriesByIds(client, ids))));
    const grouped = (links: Awaited<ReturnType<typeof parentsOfMany>>) => {
      const groups = new Map<number, typeof links>();
      for (const link of links) groups.set(link.descendantId, [...(groups.get(link.descendantId) ?? []), link]);
      return [...groups].sort(([a], [b]) => a - b);
    };
    expect(grouped(await parentsOfMany(prisma, ids))).toEqual(grouped(await throughSql((client) => parentsOfMany(client, ids))));
  });

  it("give every territory's neighbours as the SQL does, a retired one left out", async () => {
    const fromStore = await neighboursOfMany(prisma, ids);
    expect(fromStore).toEqual(await throughSql((client) => neighboursOfMany(client, ids)));
    const lens = (await findTerritory(prisma, "62498", TerritoryKind.COMMUNE))!;
    const names = fromStore[ids.indexOf(lens.id)].map((territory) => territory.name);
    expect(names).toContain("Loos-en-Gohelle");
    // Liévin, retired here, borders Lens but is no longer listed.
    expect(names).not.toContain("Liévin");
  });

  it("answer codes as the SQL does, a retired commune included", async () => {
    for (const [code, kind] of [["62498", TerritoryKind.COMMUNE], ["62510", TerritoryKind.COMMUNE], ["200069037", TerritoryKind.EPCI], ["62", undefined], ["2A", undefined], ["32", TerritoryKind.REGION], ["99999", TerritoryKind.COMMUNE]] as const) {
      const fromStore = await findTerritory(prisma, code, kind);
      expect(fromStore).toEqual(await throughSql((client) => findTerritory(client, code, kind)));
    }
    expect((await findTerritory(prisma, "62510", TerritoryKind.COMMUNE))?.name).toBeTruthy();
  });

  it("give every EPCI's, département's and région's communes and EPCI, page after page, as the SQL does", async () => {
    const containers = await query<{ id: number }>(database.url, "SELECT id FROM territory WHERE kind <> 'COMMUNE' ORDER BY id");
    for (const kind of [TerritoryKind.COMMUNE, TerritoryKind.EPCI]) {
      const firstPages: DescendantPageRequest[] = containers.map(({ id }) => ({ ancestorId: id, kind, first: 10 }));
      const stored = await descendantPagesOfMany(prisma, firstPages);
      const sql = await throughSql((client) => descendantPagesOfMany(client, firstPages));
      expect(stored.map(comparable)).toEqual(sql.map(comparable));
      // The next page of each, from the last cursor of the first.
      const nextPages = stored.flatMap((page, index) =>
        page.hasNextPage ? [{ ...firstPages[index], after: page.cursorOf(page.nodes[page.nodes.length - 1]) }] : [],
      );
      expect(nextPages.length).toBeGreaterThan(10);
      const storedNext = await descendantPagesOfMany(prisma, nextPages);
      expect(storedNext.map(comparable)).toEqual((await throughSql((client) => descendantPagesOfMany(client, nextPages))).map(comparable));
    }
    // The retired commune is in no page.
    const lensLievin = await query<{ id: number }>(database.url, "SELECT id FROM territory WHERE kind = 'EPCI' AND code = '200069037'");
    const [page] = await descendantPagesOfMany(prisma, [{ ancestorId: lensLievin[0].id, kind: TerritoryKind.COMMUNE, first: 100 }]);
    expect(page.nodes.map((node) => node.code)).not.toContain("62510");
    expect(page.totalCount).toBe(page.nodes.length);
  });

  it("list territories by kind and within a territory as the SQL does", async () => {
    for (const filter of [{ kind: TerritoryKind.EPCI, first: 100 }, { kind: TerritoryKind.COMMUNE, within: "62", first: 50 }, { within: "200069037", first: 100 }, { first: 30 }]) {
      const stored = await listTerritories(prisma, filter);
      const [sql, sqlTotal] = await throughSql(async (client) => {
        const page = await listTerritories(client, filter);
        return [page, await page.totalCount()] as const;
      });
      expect(comparable(stored)).toEqual({ ...comparable(sql), totalCount: expect.any(Function) });
      expect(await stored.totalCount()).toBe(sqlTotal);
      const after = stored.cursorOf(stored.nodes[stored.nodes.length - 1]);
      const next = await listTerritories(prisma, { ...filter, after });
      expect(comparable(next).nodes).toEqual(comparable(await throughSql((client) => listTerritories(client, { ...filter, after }))).nodes);
    }
  });

  it("are replaced once a new load of the official list is seen", async () => {
    const before = await checkTerritoryStore(prisma);
    await query(database.url, "UPDATE territory SET name = 'Lens (nouveau nom)' WHERE kind = 'COMMUNE' AND code = '62498'");
    // Until a load is recorded, the copy stands: the official list changes by loads only.
    expect((await checkTerritoryStore(prisma)).byCode(TerritoryKind.COMMUNE, "62498")?.name).toBe("Lens");
    await query(database.url, "INSERT INTO territory_load (source_package, source_version, counts, retired) VALUES ('test', 'next', '{}', '[]')");
    // A use past the refresh period starts the check in the background; later uses get the new copy.
    const deadline = Date.now() + 30_000;
    let store = before;
    for (let attempt = 2; store.version === before.version && Date.now() < deadline; attempt += 1) {
      store = await territoryStore(prisma, Date.now() + 120_000 * attempt)!;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(store.version).toBeGreaterThan(before.version);
    expect(store.byCode(TerritoryKind.COMMUNE, "62498")?.name).toBe("Lens (nouveau nom)");
    expect((await findTerritory(prisma, "62498", TerritoryKind.COMMUNE))?.name).toBe("Lens (nouveau nom)");
  });
});
