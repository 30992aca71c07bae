// What the web app's pages ask on the national synthetic data set: the
// organisations of the commune that has the most (Paris, ~6,000) and of a
// small one, the page of one organisation, and the first page of the public
// programme of the synthetic edition. Each floor answer is one hand-written
// statement returning the API's JSON, orders included; each has its
// PostGraphile equivalent when the tables can express it.
import { BENCH_EDITION_ID } from "../event-data.ts";
import type { Database, GraphqlScenario, Variables } from "./scenario.ts";

const named = (name: string | null) => (name === null ? null : { name });

type Row = Record<string, unknown>;
const nodesOf = (connection: unknown) => (connection as { nodes: Row[] }).nodes;

// ─── The organisations of a commune ─────────────────────────────────────────

// The API's list: located in the territory or in a territory inside it (a
// commune has none inside it in the data set), ordered by search_text, id.
const communeOrganisationsSql = `
  WITH t AS (SELECT id FROM territory WHERE kind = 'COMMUNE' AND code = $1),
  inside AS (SELECT t.id FROM t UNION ALL SELECT i.descendant_id FROM t JOIN territory_inclusion i ON i.ancestor_id = t.id),
  located AS MATERIALIZED (SELECT o.id, o.name, o.family, o.legal_form, o.commune_id, o.search_text FROM organisation o
                            WHERE o.location_id IN (SELECT id FROM inside))
  SELECT (SELECT count(*)::int FROM located) AS total,
         (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
                   'id', p.id, 'name', p.name, 'family', p.family, 'legalForm', p.legal_form,
                   'commune', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('name', c.name) END))
                 ORDER BY p.search_text, p.id), '[]')
            FROM (SELECT * FROM located ORDER BY search_text, id LIMIT $2) p LEFT JOIN territory c ON c.id = p.commune_id) AS edges`;

export const organisationsOfParis: GraphqlScenario = {
  name: "organisations-paris-page",
  description: "organisations(filter: {territory: \"75056\"}, first: 100): Paris, the commune with the most (~6,000), totalCount and commune of each",
  query: `query ($territory: String!, $first: Int!) { organisations(filter: {territory: $territory}, first: $first) {
    totalCount edges { node { id name family legalForm commune { name } } } } }`,
  variables: [{ territory: "75056", first: 100 }],
  statements: 1,
  essData: true,
  // A small commune (a few organisations) and the page sizes: the API's
  // statement count must not grow with either.
  sameStatementsFor: [{ territory: "01010", first: 100 }, { territory: "75056", first: 10 }, { territory: "75056", first: 100 }],
  async raw(db: Database, variables: Variables) {
    const { rows } = await db.query<{ total: number; edges: unknown[] }>(communeOrganisationsSql, [variables.territory, variables.first]);
    return { data: { organisations: { totalCount: rows[0].total, edges: rows[0].edges } } };
  },
  postgraphile: {
    // The commune by its unique (kind, code), then its organisations by
    // location: the same set as the API's while no territory lies inside a
    // commune (none does in the official data), which the verification checks.
    query: `query ($code: String!, $first: Int!) { allTerritories(condition: {kind: COMMUNE, code: $code}) { nodes {
      organisationsByLocationId(first: $first, orderBy: [SEARCH_TEXT_ASC, PRIMARY_KEY_ASC]) {
        totalCount nodes { rowId name family legalForm territoryByCommuneId { name } } } } } }`,
    variables: (variables) => ({ code: variables.territory, first: variables.first }),
    toApi(data) {
      const connection = nodesOf(data.allTerritories)[0].organisationsByLocationId as { totalCount: number; nodes: Row[] };
      return {
        organisations: {
          totalCount: connection.totalCount,
          edges: connection.nodes.map((node) => ({
            node: {
              id: node.rowId, name: node.name, family: node.family, legalForm: node.legalForm,
              commune: named((node.territoryByCommuneId as { name: string } | null)?.name ?? null),
            },
          })),
        },
      };
    },
  },
};

// ─── The page of one organisation ───────────────────────────────────────────

// What web/src/routes/organisations/OrganisationPage.svelte reads, without
// what depends on the viewer (viewerCanEdit, people's contacts) or on
// computed rules (cooperations: stated ties and ties through a shared
// collective, merged by the API; partners: the cooperation graph).
// epci, departement, region: where the organisation is placed when it is of
// that kind, else the principal parent of that kind of its location, the
// first by name. Memberships: by collective, then role.
const organisationSql = `
  SELECT o.id, o.name, o.short_name AS "shortName", o.family::text AS family, o.legal_form::text AS "legalForm",
         o.sectors::text[] AS sectors, o.siren, o.address, o.website, o.headcount, o.headcount_year AS "headcountYear", o.description,
         CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('code', c.code, 'name', c.name) END AS commune,
         parent.epci, parent.departement, parent.region, ms.total, ms.edges
    FROM organisation o
    LEFT JOIN territory c ON c.id = o.commune_id
    LEFT JOIN territory l ON l.id = o.location_id
    CROSS JOIN LATERAL (
      SELECT CASE WHEN l.kind = 'EPCI' THEN l.name ELSE min(p.name) FILTER (WHERE p.kind = 'EPCI') END AS epci,
             CASE WHEN l.kind = 'DEPARTEMENT' THEN l.name ELSE min(p.name) FILTER (WHERE p.kind = 'DEPARTEMENT') END AS departement,
             CASE WHEN l.kind = 'REGION' THEN l.name ELSE min(p.name) FILTER (WHERE p.kind = 'REGION') END AS region
        FROM territory_inclusion i JOIN territory p ON p.id = i.ancestor_id
       WHERE i.descendant_id = l.id AND i.principal) parent
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS total,
             coalesce(json_agg(json_build_object('node', json_build_object(
                 'role', m.role, 'sinceYear', m.since_year, 'untilYear', m.until_year,
                 'collective', json_build_object('id', col.id, 'name', col.name, 'kind', col.kind)))
               ORDER BY m.collective_id || '|' || m.role::text) FILTER (WHERE m.rank <= 100), '[]') AS edges
        FROM (SELECT m.*, row_number() OVER (ORDER BY m.collective_id || '|' || m.role::text) AS rank
                FROM collective_membership m WHERE m.organisation_id = o.id) m
        JOIN collective col ON col.id = m.collective_id) ms
   WHERE o.id = $1`;

type Named = { name: string } | null;

/** The API's locatedIn: the location itself when of that kind, else its principal parent of that kind, first by name. */
function locatedIn(location: Row | null, kind: string): Named {
  if (!location) return null;
  if (location.kind === kind) return { name: location.name as string };
  const names = nodesOf(location.territoryInclusionsByDescendantId)
    .filter((inclusion) => inclusion.principal && (inclusion.territoryByAncestorId as Row).kind === kind)
    .map((inclusion) => (inclusion.territoryByAncestorId as Row).name as string)
    .sort();
  return names.length ? { name: names[0] } : null;
}

export const organisationPage: GraphqlScenario = {
  name: "organisation-page",
  description: "organisation(id): the organisation page (identity, commune, EPCI, département, région, collectives) of 6 organisations in turn",
  query: `query ($id: ID!) { organisation(id: $id) { id name shortName family legalForm sectors siren address website headcount headcountYear description
    commune { code name } epci { name } departement { name } region { name }
    collectives(first: 100) { totalCount edges { node { role sinceYear untilYear collective { id name kind } } } } } }`,
  // Without and with memberships (up to 5), spread over the data set.
  variables: ["bench-org-1", "bench-org-10", "bench-org-10001", "bench-org-100020", "bench-org-100027", "bench-org-150000"].map((id) => ({ id })),
  statements: 1,
  essData: true,
  async raw(db: Database, variables: Variables) {
    const { rows } = await db.query<Row>(organisationSql, [variables.id]);
    const row = rows[0];
    if (!row) return { data: { organisation: null } };
    const { total, edges, ...organisation } = row;
    return {
      data: {
        organisation: {
          ...organisation,
          epci: named(row.epci as string | null), departement: named(row.departement as string | null), region: named(row.region as string | null),
          collectives: { totalCount: total, edges },
        },
      },
    };
  },
  postgraphile: {
    query: `query ($id: String!) { organisationByRowId(rowId: $id) {
      rowId name shortName family legalForm sectors siren address website headcount headcountYear description
      territoryByCommuneId { code name }
      territoryByLocationId { kind name territoryInclusionsByDescendantId { nodes { principal territoryByAncestorId { kind name } } } }
      collectiveMembershipsByOrganisationId(first: 100, orderBy: [PRIMARY_KEY_ASC]) {
        totalCount nodes { role sinceYear untilYear collectiveByCollectiveId { rowId name kind } } } } }`,
    variables: (variables) => ({ id: variables.id }),
    toApi(data) {
      const o = data.organisationByRowId as Row;
      const location = o.territoryByLocationId as Row | null;
      const memberships = o.collectiveMembershipsByOrganisationId as { totalCount: number; nodes: Row[] };
      return {
        organisation: {
          id: o.rowId, name: o.name, shortName: o.shortName, family: o.family, legalForm: o.legalForm, sectors: o.sectors,
          siren: o.siren, address: o.address, website: o.website, headcount: o.headcount, headcountYear: o.headcountYear, description: o.description,
          commune: o.territoryByCommuneId,
          epci: locatedIn(location, "EPCI"), departement: locatedIn(location, "DEPARTEMENT"), region: locatedIn(location, "REGION"),
          collectives: {
            totalCount: memberships.totalCount,
            edges: memberships.nodes.map((m) => {
              const collective = m.collectiveByCollectiveId as Row;
              return { node: { role: m.role, sinceYear: m.sinceYear, untilYear: m.untilYear, collective: { id: collective.rowId, name: collective.name, kind: collective.kind } } };
            }),
          },
        },
      };
    },
  },
};

// ─── The public programme ───────────────────────────────────────────────────

// As web/src/routes/events/Programme.svelte opens on an edition, for an
// anonymous visitor: published events (confirmed, or cancelled after
// publication), by first session then id, with their sessions (Paris wall
// clock, by position), commune, venue, lead and co-organisers (by role in
// the enum's order, then organisation id).
const programmeSql = `
  WITH firsts AS (
    -- One pass over the edition's sessions (its index) rather than a lookup per event.
    SELECT s.event_id, min(s.starts_at) AS first_start FROM event_session s WHERE s.edition_id = $1 GROUP BY s.event_id),
  published AS MATERIALIZED (
    SELECT e.id, f.first_start
      FROM event e LEFT JOIN firsts f ON f.event_id = e.id
     WHERE e.edition_id = $1 AND (e.status = 'CONFIRMED' OR (e.status = 'CANCELLED' AND e.published_at IS NOT NULL))),
  page AS (
    SELECT e.*, p.first_start FROM (SELECT * FROM published ORDER BY first_start, id LIMIT $2) p JOIN event e ON e.id = p.id)
  SELECT (SELECT count(*)::int FROM published) AS total,
         (SELECT coalesce(json_agg(json_build_object('node', json_build_object(
                   'id', e.id, 'title', e.title, 'type', e.type, 'status', e.status,
                   'commune', json_build_object('code', c.code, 'name', c.name),
                   'venueMaison', CASE WHEN vm.id IS NULL THEN NULL ELSE json_build_object('id', vm.id, 'name', vm.name) END,
                   'venueOrganisation', CASE WHEN vo.id IS NULL THEN NULL ELSE json_build_object('id', vo.id, 'name', vo.name) END,
                   'venueAddress', e.venue_address,
                   'sessions', (SELECT coalesce(json_agg(json_build_object(
                                         'id', s.id,
                                         'localStart', to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD"T"HH24:MI'),
                                         'localEnd', to_char(s.ends_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD"T"HH24:MI')) ORDER BY s.position), '[]')
                                  FROM event_session s WHERE s.event_id = e.id),
                   'lead', (SELECT json_build_object('id', o.id, 'name', o.name)
                              FROM event_co_organiser co JOIN organisation o ON o.id = co.organisation_id
                             WHERE co.event_id = e.id AND co.role = 'LEAD' ORDER BY co.organisation_id LIMIT 1),
                   'coOrganisers', (SELECT coalesce(json_agg(json_build_object('role', co.role, 'organisation', json_build_object('id', o.id, 'name', o.name))
                                                   ORDER BY co.role, co.organisation_id), '[]')
                                      FROM event_co_organiser co JOIN organisation o ON o.id = co.organisation_id WHERE co.event_id = e.id)))
                 ORDER BY e.first_start, e.id), '[]')
            FROM page e
            JOIN territory c ON c.id = e.commune_id
            LEFT JOIN maison vm ON vm.id = e.venue_maison_id
            LEFT JOIN organisation vo ON vo.id = e.venue_organisation_id) AS edges`;

export const programmePage: GraphqlScenario = {
  name: "programme-page",
  description: `events(filter: {edition, published: true}, first: 20, order: DATE): the programme's first page of ${BENCH_EDITION_ID}, with sessions, venue and organisers`,
  query: `query ($edition: ID!, $first: Int!) { events(filter: {edition: $edition, published: true}, first: $first, order: DATE) {
    totalCount edges { node { id title type status commune { code name } venueMaison { id name } venueOrganisation { id name } venueAddress
      sessions { id localStart localEnd } lead { id name } coOrganisers { role organisation { id name } } } } } }`,
  variables: [{ edition: BENCH_EDITION_ID, first: 20 }],
  statements: 1,
  essData: true,
  eventData: true,
  sameStatementsFor: [{ edition: BENCH_EDITION_ID, first: 5 }, { edition: BENCH_EDITION_ID, first: 20 }],
  async raw(db: Database, variables: Variables) {
    const { rows } = await db.query<{ total: number; edges: unknown[] }>(programmeSql, [variables.edition, variables.first]);
    return { data: { events: { totalCount: rows[0].total, edges: rows[0].edges } } };
  },
  postgraphile: {
    unsupported:
      "published = confirmed OR (cancelled AND published_at set), ordered by each event's first session (min over event_session): " +
      "a condition is equality per column and an order a column of the table",
  },
};

export const pageScenarios = [organisationsOfParis, organisationPage, programmePage];
