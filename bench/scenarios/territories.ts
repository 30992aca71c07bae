// Reading the official territories: a lookup by key, a nested list page and a
// name search. Each baseline is one hand-written statement: what a careful
// person would write without GraphQL, the yardstick for the API's own SQL.
import { searchWords } from "../../server/territories/territory.search.ts";
import type { Database, Scenario } from "./scenario.ts";

// The principal parents of a territory, by kind. The API takes, among the
// principal links of each kind, the first by name: min(name) is the same.
const principalParentNames = (descendantId: string) => `
  SELECT min(p.name) FILTER (WHERE p.kind = 'EPCI') AS epci,
         min(p.name) FILTER (WHERE p.kind = 'DEPARTEMENT') AS departement,
         min(p.name) FILTER (WHERE p.kind = 'REGION') AS region
    FROM territory_inclusion i JOIN territory p ON p.id = i.ancestor_id
   WHERE i.descendant_id = ${descendantId} AND i.principal`;

const named = (name: string | null) => (name === null ? null : { name });

export const territoryByCode: Scenario = {
  name: "territory-by-code",
  description: "territory(code) of a commune with its EPCI, département and région",
  query: `query ($code: String!) { territory(code: $code) { code name kind population epci { name } departement { name } region { name } } }`,
  // Large and small communes, Corsica's letter code included. All are
  // communes: the baseline does not guess the level from the code's length.
  variables: ["62498", "62510", "59350", "75056", "13055", "2A004", "32013"].map((code) => ({ code })),
  statements: 1,
  postgraphile: {
    // (kind, code) is a unique index, not a constraint: no territoryByKindAndCode
    // field, a condition instead. `principal` has no index, so no condition on
    // it either: every inclusion of the commune (a handful), chosen in toApi.
    query: `query ($code: String!) { allTerritories(condition: {kind: COMMUNE, code: $code}) { nodes { code name kind population
      territoryInclusionsByDescendantId { nodes { principal territoryByAncestorId { kind name } } } } } }`,
    variables: (variables) => ({ code: variables.code }),
    toApi(data) {
      type Inclusion = { principal: boolean; territoryByAncestorId: { kind: string; name: string } };
      const [territory] = (data.allTerritories as { nodes: (Record<string, unknown> & { territoryInclusionsByDescendantId: { nodes: Inclusion[] } })[] }).nodes;
      if (!territory) return { territory: null };
      const parent = (kind: string) => {
        const names = territory.territoryInclusionsByDescendantId.nodes
          .filter((inclusion) => inclusion.principal && inclusion.territoryByAncestorId.kind === kind)
          .map((inclusion) => inclusion.territoryByAncestorId.name)
          .sort();
        return named(names[0] ?? null);
      };
      return {
        territory: {
          code: territory.code, name: territory.name, kind: territory.kind, population: territory.population,
          epci: parent("EPCI"), departement: parent("DEPARTEMENT"), region: parent("REGION"),
        },
      };
    },
  },
  async raw(db: Database, variables) {
    const { rows } = await db.query<{
      code: string; name: string; kind: string; population: number;
      epci: string | null; departement: string | null; region: string | null;
    }>(
      `SELECT t.code, t.name, t.kind::text AS kind, t.population, parent.epci, parent.departement, parent.region
         FROM territory t CROSS JOIN LATERAL (${principalParentNames("t.id")}) parent
        WHERE t.kind = 'COMMUNE' AND t.code = $1`,
      [variables.code],
    );
    const row = rows[0];
    return {
      data: {
        territory: row
          ? {
              code: row.code, name: row.name, kind: row.kind, population: row.population,
              epci: named(row.epci), departement: named(row.departement), region: named(row.region),
            }
          : null,
      },
    };
  },
};

const epciPageQuery = `query ($within: String, $first: Int!) {
  territories(kind: EPCI, within: $within, first: $first) {
    edges { node { name departement { name } region { name }
      communes(first: 10) { totalCount edges { node { name population } } } } } } }`;

// One statement for the page, the parents, the ten largest communes of each
// EPCI and their count. `within` is a département code (2 or 3 characters:
// the API reads those as départements, see parseTerritoryCode).
async function epciPage(db: Database, variables: Record<string, unknown>) {
  const { rows } = await db.query<{
    name: string; departement: string | null; region: string | null;
    communeCount: number; communes: { node: { name: string; population: number } }[];
  }>(
    `WITH page AS (
       SELECT t.id, t.name, t.population
         FROM territory t
        WHERE t.kind = 'EPCI' AND t.retired_at IS NULL
          AND ($1::text IS NULL OR EXISTS (
                SELECT 1 FROM territory_inclusion w JOIN territory c ON c.id = w.ancestor_id
                 WHERE w.descendant_id = t.id AND c.kind = 'DEPARTEMENT' AND c.code = $1))
        ORDER BY t.population DESC, t.id
        LIMIT $2)
     SELECT page.name, parent.departement, parent.region, counted.total AS "communeCount", largest.communes
       FROM page
       CROSS JOIN LATERAL (${principalParentNames("page.id")}) parent
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS total
           FROM territory_inclusion i JOIN territory c ON c.id = i.descendant_id
          WHERE i.ancestor_id = page.id AND i.descendant_kind = 'COMMUNE' AND c.retired_at IS NULL) counted
       CROSS JOIN LATERAL (
         SELECT coalesce(json_agg(json_build_object('node', json_build_object('name', c.name, 'population', c.population))
                         ORDER BY c.population DESC, c.id), '[]') AS communes
           FROM (SELECT c.id, c.name, c.population
                   FROM territory_inclusion i JOIN territory c ON c.id = i.descendant_id
                  WHERE i.ancestor_id = page.id AND i.descendant_kind = 'COMMUNE' AND c.retired_at IS NULL
                  ORDER BY c.population DESC, c.id
                  LIMIT 10) c) largest
      ORDER BY page.population DESC, page.id`,
    [variables.within ?? null, variables.first],
  );
  return {
    data: {
      territories: {
        edges: rows.map((row) => ({
          node: {
            name: row.name,
            departement: named(row.departement),
            region: named(row.region),
            communes: { totalCount: row.communeCount, edges: row.communes },
          },
        })),
      },
    },
  };
}

// What PostGraphile's relations cannot order: each EPCI's inclusions by the
// included commune's population (and the EPCI of a département through its
// inclusions, by the EPCI's population).
const TEN_LARGEST_COMMUNES =
  "each EPCI's 10 largest communes: a relation (territory_inclusion) ordered by a column of the row it leads to (territory.population)";

export const epciWithinDepartement: Scenario = {
  name: "epci-within-62",
  description: "territories(kind: EPCI, within: \"62\", first: 100): 20 EPCI, each with parents and its 10 largest communes",
  query: epciPageQuery,
  variables: [{ within: "62", first: 100 }],
  statements: 1,
  postgraphile: { unsupported: TEN_LARGEST_COMMUNES },
  raw: epciPage,
};

// `within: "32"` would be the Gers (2 characters read as a département), not
// the région Hauts-de-France, and `within` cannot name a région: the full
// 100-row page is therefore the 100 most populated EPCI of France.
export const largestEpci: Scenario = {
  name: "epci-top-100",
  description: "territories(kind: EPCI, first: 100): a full 100-row page with parents and 10 communes each",
  query: epciPageQuery,
  variables: [{ within: null, first: 100 }],
  statements: 1,
  postgraphile: { unsupported: TEN_LARGEST_COMMUNES },
  raw: epciPage,
};

export const searchByName: Scenario = {
  name: "search-lens",
  description: "territories(search: \"lens\", first: 20) with totalCount",
  query: `query ($search: String!) { territories(search: $search, first: 20) { totalCount edges { node { code name kind population } } } }`,
  variables: [{ search: "lens" }],
  statements: 1,
  postgraphile: {
    unsupported: "every word starting a word of the accent-folded name (LIKE '% lens%' on search_text, trigram index): a condition is equality",
  },
  async raw(db: Database, variables) {
    // The API's matching rule: every word starts a word of the name. One
    // LIKE per word (not LIKE ALL of an array parameter), so that the planner
    // sees each pattern and can use the trigram index.
    const patterns = searchWords(String(variables.search)).map((word) => `% ${word}%`);
    const conditions = patterns.map((_, index) => `t.search_text LIKE $${index + 1}`).join(" AND ");
    // count(*) OVER () is computed before LIMIT: the page and its total in one statement.
    const { rows } = await db.query<{ code: string; name: string; kind: string; population: number; total: number }>(
      `SELECT t.code, t.name, t.kind::text AS kind, t.population, count(*) OVER ()::int AS total
         FROM territory t
        WHERE t.retired_at IS NULL AND ${conditions}
        ORDER BY t.population DESC, t.id
        LIMIT 20`,
      patterns,
    );
    return {
      data: {
        territories: {
          totalCount: rows[0]?.total ?? 0,
          edges: rows.map(({ code, name, kind, population }) => ({ node: { code, name, kind, population } })),
        },
      },
    };
  },
};

export const territoryScenarios = [territoryByCode, epciWithinDepartement, largestEpci, searchByName];
