// Searched territories are exactly those the matching rule names, page after
// page, read against every territory of the official list: from the
// territories in memory (no statement), and from the one prepared statement a
// transaction reads them with (page and total).
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../core/database.ts";
import { installSqlStatementCounter, sqlStatementsOfThisRequest, withSqlStatementCounter } from "../core/sql-statements.ts";
import { query, useScratchPrisma } from "../../tests/support/database.ts";
import { listTerritories, type TerritoryFilter } from "./territory.service.ts";
import { searchWords } from "./territory.search.ts";
import { territoryStore } from "./territory.store.ts";
import type { TerritoryKind } from "./territory.type.ts";

const scratch = useScratchPrisma((url) =>
  // Liévin retired: never found by a search.
  query(url, "UPDATE territory SET retired_at = now() WHERE kind = 'COMMUNE' AND code = '62510'"),
);

interface Known { id: number; kind: TerritoryKind; code: string; name: string; population: number; postalCodes: string[]; retired: boolean }
let prisma: PrismaClient;
let territories: Known[];
let inside: Map<string, Set<number>>;
beforeAll(async () => {
  installSqlStatementCounter();
  prisma = scratch.prisma;
  // The territories in memory, read once per process: not a search's statements.
  await territoryStore(prisma);
  territories = await query<Known>(scratch.database.url, `SELECT id, kind::text AS kind, code, name, population, postal_codes AS "postalCodes",
    retired_at IS NOT NULL AS retired FROM territory`);
  const links = await query<{ code: string; ids: number[] }>(scratch.database.url, `SELECT a.kind::text || ':' || a.code AS code, array_agg(i.descendant_id) AS ids
    FROM territory_inclusion i JOIN territory a ON a.id = i.ancestor_id GROUP BY a.kind, a.code`);
  inside = new Map(links.map((link) => [link.code, new Set(link.ids)]));
});

/** The rule, read in JavaScript: every word starts a word of the name, five digits are one of its postal codes. */
function expected(filter: TerritoryFilter & { withinKind?: TerritoryKind }) {
  const words = searchWords(filter.search ?? "");
  const within = filter.within ? inside.get(`${filter.withinKind}:${filter.within}`)! : null;
  return territories
    .filter((t) => !t.retired && (!filter.kind || t.kind === filter.kind) && (!within || within.has(t.id)))
    .filter((t) => words.every((word) => (/^\d{5}$/.test(word) ? t.postalCodes.includes(word) : searchWords(t.name).some((w) => w.startsWith(word)))))
    .sort((a, b) => b.population - a.population || a.id - b.id)
    .map((t) => t.code);
}

/** Every page of a search, walked by its cursors: the codes, each page's total, and the statements of each page. */
async function walked(filter: TerritoryFilter, client: PrismaClient = prisma) {
  const codes: string[] = [];
  const totals = new Set<number>();
  const statements = new Set<number>();
  let after: string | undefined;
  for (;;) {
    const { page, total, count } = await withSqlStatementCounter(async () => {
      const page = await listTerritories(client, { ...filter, first: 7, after });
      return { page, total: await page.totalCount(), count: sqlStatementsOfThisRequest()! };
    });
    codes.push(...page.nodes.map((node) => node.code));
    totals.add(total);
    statements.add(count);
    if (!page.hasNextPage) return { codes, totals: [...totals], statements: [...statements] };
    after = page.cursorOf(page.nodes.at(-1)!);
  }
}

describe("territories(search)", () => {
  const searches: (TerritoryFilter & { withinKind?: TerritoryKind })[] = [
    { search: "lens" },
    { search: "Liévin" },
    { search: "porte du hain" },
    { search: "saint", kind: "EPCI" },
    { search: "sur mer" },
    { search: "saint", within: "62", withinKind: "DEPARTEMENT" },
    { search: "62300" },
    { search: "62300 lens" },
    { search: "59000 62300" },
    { search: "xyzzy" },
    { search: "Œu" },
    { search: "sur mer", kind: "COMMUNE", within: "62", withinKind: "DEPARTEMENT" },
    { search: "le", within: "246200364", withinKind: "EPCI" },
    { search: "62300 le", within: "246200364", withinKind: "EPCI" },
  ];
  for (const search of searches) {
    it(`finds what the rule names for ${JSON.stringify(search)}, page after page, without a statement`, async () => {
      const { withinKind: _kind, ...filter } = search;
      const want = expected(search);
      const got = await walked(filter);
      expect(got.codes).toEqual(want);
      expect(got.totals).toEqual([want.length]);
      expect(got.statements).toEqual([0]);
    });

    it(`finds the same through a transaction's statement for ${JSON.stringify(search)}, one a page`, async () => {
      const { withinKind: _kind, ...filter } = search;
      const want = expected(search);
      // A transaction's client never reads the territories in memory.
      const got = await prisma.$transaction((tx) => walked(filter, tx as unknown as PrismaClient), { timeout: 60_000 });
      expect(got.codes).toEqual(want);
      expect(got.totals).toEqual([want.length]);
      // The `within` territory's own lookup is a statement too in a transaction.
      expect(got.statements).toEqual([filter.within ? 2 : 1]);
    });
  }

  it("has matches to walk through and leaves the retired commune out", () => {
    expect(expected({ search: "saint" }).length).toBeGreaterThan(1000);
    expect(expected({ search: "liévin" })).not.toContain("62510");
    expect(expected({ search: "le", within: "246200364", withinKind: "EPCI" }).length).toBeGreaterThan(3);
    expect(expected({ search: "Œu" }).length).toBeGreaterThan(0);
    expect(expected({ search: "62300 le", within: "246200364", withinKind: "EPCI" })).toContain("62498");
    expect(territories.find((t) => t.code === "62510" && t.kind === "COMMUNE")?.name).toMatch(/Liévin/);
  });
});
