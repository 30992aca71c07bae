// Reading the ESS domain on the national synthetic data set (bench/ess-data.ts,
// ~200,000 organisations, ~20,000 collectives, plus the demo data): the
// territory ESS profile at three scales, and a page of organisations with
// their commune, EPCI and collectives. Each baseline is one hand-written
// statement returning the API's JSON, orders included:
// - profile lists: count DESC, then the key as text (the API orders by its
//   ::text aliases);
// - organisations: search_text, id; an organisation's memberships by
//   collective_id.
import type { Database, Scenario, Variables } from "./scenario.ts";

/** The level of a territory code: `kind` when given, else what the API reads from the code's shape. */
function kindOf(variables: Variables, codeField: string): { kind: string; code: string } {
  const code = String(variables[codeField]).trim().toUpperCase();
  if (typeof variables.kind === "string") return { kind: variables.kind, code };
  if (/^\d{9}$/.test(code)) return { kind: "EPCI", code };
  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) return { kind: "COMMUNE", code };
  return { kind: "DEPARTEMENT", code };
}

// The territory, and every territory inside it: an organisation is located
// in it when placed in one of them (its commune, or the EPCI or département
// it is placed in when its commune is unknown).
const territoryAndInside = `
  t AS (SELECT id, name FROM territory WHERE kind = $1::"TerritoryKind" AND code = $2),
  inside AS (
    SELECT t.id FROM t
    UNION ALL
    SELECT i.descendant_id FROM t JOIN territory_inclusion i ON i.ancestor_id = t.id)`;

const profileQuery = `query ($code: String!, $kind: TerritoryKind) {
  territory(code: $code, kind: $kind) { name essProfile { organisations jobs
    byFamily { family organisations jobs } byLegalForm { legalForm organisations }
    bySector { sector organisations } collectivesByKind { kind collectives } } } }`;

interface ProfileRow {
  name: string;
  organisations: number;
  jobs: number;
  byFamily: unknown[];
  byLegalForm: unknown[];
  bySector: unknown[];
  collectivesByKind: unknown[];
}

async function profile(db: Database, variables: Variables) {
  const { kind, code } = kindOf(variables, "code");
  const { rows } = await db.query<ProfileRow>(
    `WITH ${territoryAndInside},
     orgs AS MATERIALIZED (
       SELECT o.id, o.family, o.legal_form, o.sectors, o.headcount FROM organisation o WHERE o.location_id IN (SELECT id FROM inside)),
     grouped AS (
       -- A family's jobs are its own; the total's, those of the ESS families only.
       SELECT o.family::text AS family, o.legal_form::text AS legal_form, count(*)::int AS organisations,
              CASE WHEN GROUPING(o.family) = 0 THEN coalesce(sum(o.headcount), 0)
                   ELSE coalesce(sum(o.headcount) FILTER (WHERE o.family <> 'HORS_ESS'), 0) END::int AS jobs,
              GROUPING(o.family, o.legal_form) AS level
         FROM orgs o GROUP BY GROUPING SETS ((o.family), (o.legal_form), ())),
     sectors AS (
       SELECT s::text AS sector, count(*)::int AS organisations FROM orgs o CROSS JOIN LATERAL unnest(o.sectors) s GROUP BY s),
     -- Collectives present in the territory: a member located in it, or a card
     -- covering it, a territory inside it or one containing it.
     overlapping AS (
       SELECT t.id FROM t
       UNION ALL SELECT i.descendant_id FROM t JOIN territory_inclusion i ON i.ancestor_id = t.id
       UNION ALL SELECT i.ancestor_id FROM t JOIN territory_inclusion i ON i.descendant_id = t.id),
     present AS (
       SELECT m.collective_id AS id FROM orgs o JOIN collective_membership m ON m.organisation_id = o.id
       UNION
       SELECT col.id FROM card_coverage cc JOIN collective col ON col.card_id = cc.card_id
        WHERE cc.territory_id IN (SELECT id FROM overlapping)),
     kinds AS (
       SELECT col.kind::text AS kind, count(*)::int AS collectives FROM present JOIN collective col ON col.id = present.id GROUP BY col.kind)
     SELECT t.name,
            (SELECT organisations FROM grouped WHERE level = 3) AS organisations,
            (SELECT jobs FROM grouped WHERE level = 3) AS jobs,
            (SELECT coalesce(json_agg(json_build_object('family', family, 'organisations', organisations, 'jobs', jobs)
                                      ORDER BY organisations DESC, family), '[]')
               FROM grouped WHERE level = 1) AS "byFamily",
            (SELECT coalesce(json_agg(json_build_object('legalForm', legal_form, 'organisations', organisations)
                                      ORDER BY organisations DESC, legal_form), '[]')
               FROM grouped WHERE level = 2) AS "byLegalForm",
            (SELECT coalesce(json_agg(json_build_object('sector', sector, 'organisations', organisations)
                                      ORDER BY organisations DESC, sector), '[]')
               FROM sectors) AS "bySector",
            (SELECT coalesce(json_agg(json_build_object('kind', kind, 'collectives', collectives)
                                      ORDER BY collectives DESC, kind), '[]')
               FROM kinds) AS "collectivesByKind"
       FROM t`,
    [kind, code],
  );
  const row = rows[0];
  return {
    data: {
      territory: row
        ? {
            name: row.name,
            essProfile: {
              organisations: row.organisations, jobs: row.jobs,
              byFamily: row.byFamily, byLegalForm: row.byLegalForm, bySector: row.bySector, collectivesByKind: row.collectivesByKind,
            },
          }
        : null,
    },
  };
}

const profileScenario = (name: string, description: string, variables: Variables): Scenario => ({
  name,
  description,
  query: profileQuery,
  variables: [variables],
  statements: 1,
  essData: true,
  // One statement for a commune's EPCI and for a région of 3,800 communes:
  // its generic plan ran the région's profile 2.5 times slower than a plan
  // made with the région's code (measured on the synthetic data set).
  customPlan: true,
  raw: profile,
  postgraphile: {
    unsupported: "counts and jobs grouped by family, legal form and sector, collectives present: aggregates over every territory inside (Amber has none)",
  },
});

export const profileOfCall = profileScenario(
  "profile-call",
  "territory(code: \"246200364\") { essProfile }: the CA de Lens-Liévin (36 communes), families, forms, sectors, collectives",
  { code: "246200364" },
);

export const profileOfPasDeCalais = profileScenario(
  "profile-62",
  "territory(code: \"62\") { essProfile }: the Pas-de-Calais (~890 communes)",
  { code: "62" },
);

export const profileOfHautsDeFrance = profileScenario(
  "profile-32",
  "territory(code: \"32\", kind: REGION) { essProfile }: the région Hauts-de-France (~3,800 communes)",
  { code: "32", kind: "REGION" },
);

const organisationPageQuery = `query ($territory: String!, $first: Int!) {
  organisations(filter: {territory: $territory}, first: $first) { totalCount edges { node {
    id name family legalForm commune { name } epci { name } collectives(first: 10) { edges { node { role collective { name } } } } } } } }`;

interface OrganisationRow {
  total: number;
  id: string;
  name: string;
  family: string;
  legalForm: string;
  commune: string | null;
  epci: string | null;
  collectives: unknown[];
}

const named = (name: string | null) => (name === null ? null : { name });

async function organisationPage(db: Database, variables: Variables) {
  const { kind, code } = kindOf(variables, "territory");
  // count(*) OVER () is computed before LIMIT: the page and its total in one pass.
  const { rows } = await db.query<OrganisationRow>(
    `WITH ${territoryAndInside},
     page AS (
       SELECT o.id, o.name, o.family, o.legal_form, o.commune_id, o.location_id, o.search_text, count(*) OVER () AS total
         FROM organisation o
        WHERE o.location_id IN (SELECT id FROM inside)
        ORDER BY o.search_text, o.id
        LIMIT $3)
     SELECT page.total::int AS total, page.id, page.name, page.family::text AS family, page.legal_form::text AS "legalForm",
            c.name AS commune, parent.epci, ms.collectives
       FROM page
       LEFT JOIN territory c ON c.id = page.commune_id
       CROSS JOIN LATERAL (
         -- Its EPCI: where it is placed, or the principal EPCI of its commune.
         SELECT coalesce(min(p.name) FILTER (WHERE p.id = page.location_id), min(p.name) FILTER (WHERE p.id <> page.location_id)) AS epci
           FROM territory p
          WHERE p.kind = 'EPCI' AND (p.id = page.location_id OR p.id IN (
                SELECT i.ancestor_id FROM territory_inclusion i WHERE i.descendant_id = page.location_id AND i.principal))) parent
       CROSS JOIN LATERAL (
         -- The API's nested page: the first 10 memberships by collective, then role.
         SELECT coalesce(json_agg(json_build_object('node', json_build_object('role', first10.role, 'collective', json_build_object('name', first10.name)))
                         ORDER BY first10.sort_key), '[]') AS collectives
           FROM (SELECT m.role::text AS role, col.name, m.collective_id || '|' || m.role::text AS sort_key
                   FROM collective_membership m JOIN collective col ON col.id = m.collective_id
                  WHERE m.organisation_id = page.id
                  ORDER BY sort_key LIMIT 10) first10) ms
      ORDER BY page.search_text, page.id`,
    [kind, code, variables.first],
  );
  return {
    data: {
      organisations: {
        totalCount: rows[0]?.total ?? 0,
        edges: rows.map((row) => ({
          node: {
            id: row.id, name: row.name, family: row.family, legalForm: row.legalForm,
            commune: named(row.commune), epci: named(row.epci), collectives: { edges: row.collectives },
          },
        })),
      },
    },
  };
}

export const organisationsOfPasDeCalais: Scenario = {
  name: "organisations-62-page",
  description: "organisations(filter: {territory: \"62\"}, first: 100): totalCount, commune, EPCI, collectives of each",
  query: organisationPageQuery,
  variables: [{ territory: "62", first: 100 }],
  statements: 1,
  essData: true,
  // DataLoader batching: the API's statement count must not grow with the page.
  sameStatementsFor: [{ territory: "62", first: 10 }, { territory: "62", first: 100 }],
  raw: organisationPage,
  postgraphile: {
    unsupported: "located in the département or any territory inside it: location_id IN (…territory_inclusion), a condition is one column's equality",
  },
};

export const essScenarios = [profileOfCall, profileOfPasDeCalais, profileOfHautsDeFrance, organisationsOfPasDeCalais];
