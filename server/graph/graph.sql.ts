// The cooperation graph of a scope in SQL: its ties (tie.sql.ts says what a
// tie is), its edges and the organisations they link. Exports stream these
// statements with a cursor; the analytics load them into graphology.
// An edge of the graph is a pair a < b, weighted by its ties.
import { Prisma } from "../generated/prisma/client.ts";
import type { GraphScope } from "./graph.scope.ts";
import { withinTerritory } from "../territories/territory.service.ts";
import { tiesSql, type TieRow } from "./tie.sql.ts";
import { listedOrganisation } from "../actors/organisation.service.ts";

export type { TieRow };

/**
 * Organisation ids located in the territory, as a set to join: in one of its
 * communes, or placed in it (or in a territory within it) when their commune
 * is unknown.
 */
function localOrganisations(scope: GraphScope): Prisma.Sql {
  // A structure awaiting validation (from a public proposal) is drawn once validated.
  if (scope.territoryId === null) return Prisma.sql`SELECT o.id FROM organisation o WHERE ${listedOrganisation()}`;
  return Prisma.sql`SELECT o.id FROM organisation o WHERE ${withinTerritory(Prisma.sql`o.location_id`, scope.territoryId)} AND ${listedOrganisation()}`;
}

/**
 * The ties of a scope: at least one end located in the territory (a local
 * actor's partners from elsewhere are part of its network; nodes say whether
 * they are in scope), of the kinds asked, overlapping the time window (a tie
 * without dates always does).
 */
export function scopedTies(scope: GraphScope): Prisma.Sql {
  const local = scope.territoryId === null ? Prisma.sql`TRUE` : Prisma.sql`(t.a IN (SELECT id FROM local) OR t.b IN (SELECT id FROM local))`;
  return Prisma.sql`
    WITH local AS (${localOrganisations(scope)}),
    ties AS (SELECT * FROM (${tiesSql({ pairs: true }, scope)}) t WHERE ${local})`;
}

/** Every tie of the scope, pair by pair. */
export function tiesStatement(scope: GraphScope): Prisma.Sql {
  return Prisma.sql`${scopedTies(scope)}
    SELECT a, b, kind, via, via_id, via_label, starts_on, ends_on FROM ties ORDER BY a, b, kind, via, via_id`;
}

export interface EdgeRow {
  a: string;
  b: string;
  weight: number;
  kinds: string[];
  vias: string[];
  /** STATED when at least one of the pair's ties is stated, INFERRED when all are inferred. */
  certainty: "STATED" | "INFERRED";
  starts_on: Date | null;
  ends_on: Date | null;
}

/** One row per pair: its weight (how many ties), kinds, provenances, certainty and the span of its ties. */
export function edgesStatement(scope: GraphScope): Prisma.Sql {
  return Prisma.sql`${scopedTies(scope)}
    SELECT a, b, count(*)::int AS weight, array_agg(DISTINCT kind ORDER BY kind) AS kinds,
           array_agg(DISTINCT via || ':' || via_id ORDER BY via || ':' || via_id) AS vias,
           CASE WHEN bool_or(certainty = 'STATED') THEN 'STATED' ELSE 'INFERRED' END AS certainty,
           min(starts_on) AS starts_on,
           CASE WHEN bool_or(ends_on IS NULL) THEN NULL ELSE max(ends_on) END AS ends_on
      FROM ties GROUP BY a, b ORDER BY a, b`;
}

export interface NodeRow {
  id: string;
  name: string;
  family: string | null;
  legal_form: string | null;
  legal_form_certainty: "STATED" | "INFERRED" | null;
  sectors: string[];
  commune_code: string | null;
  commune_name: string | null;
  epci_code: string | null;
  epci_name: string | null;
  departement_code: string | null;
  region_code: string | null;
  headcount: number | null;
  cotess_member: boolean;
  maison_member: boolean;
  in_scope: boolean;
}

/**
 * The organisations of a scope: those located in the territory (isolated or
 * not) and their partners from elsewhere. With attributes a researcher
 * filters on. One row each, by id.
 */
export function nodesStatement(scope: GraphScope): Prisma.Sql {
  return Prisma.sql`${scopedTies(scope)},
    ids AS (
      SELECT id FROM local
      UNION SELECT a FROM ties UNION SELECT b FROM ties
    )
    SELECT o.id, o.name, o.family::text AS family, o.legal_form::text AS legal_form,
           o.legal_form_certainty::text AS legal_form_certainty, o.sectors::text[] AS sectors,
           c.code AS commune_code, c.name AS commune_name,
           epci.code AS epci_code, epci.name AS epci_name, dep.code AS departement_code, reg.code AS region_code,
           o.headcount,
           EXISTS (SELECT 1 FROM cotess_membership cm WHERE cm.organisation_id = o.id)
             OR EXISTS (SELECT 1 FROM cotess_co_animator ca WHERE ca.organisation_id = o.id) AS cotess_member,
           EXISTS (SELECT 1 FROM maison_role mr WHERE mr.organisation_id = o.id) AS maison_member,
           local.id IS NOT NULL AS in_scope
      -- A join, not "o.id IN (SELECT id FROM local)": for the whole country the
      -- 200 000 ids outgrow work_mem and that test turns quadratic.
      FROM ids JOIN organisation o ON o.id = ids.id
      LEFT JOIN local ON local.id = o.id
      LEFT JOIN territory c ON c.id = o.commune_id
      -- Where it is located (its commune, or the territory the documents
      -- place it in), and that place's principal parents.
      LEFT JOIN LATERAL (
        SELECT max(t.code) FILTER (WHERE t.kind = 'EPCI') AS epci_code, max(t.name) FILTER (WHERE t.kind = 'EPCI') AS epci_name,
               max(t.code) FILTER (WHERE t.kind = 'DEPARTEMENT') AS dep_code, max(t.code) FILTER (WHERE t.kind = 'REGION') AS reg_code
          FROM (SELECT o.location_id AS id UNION ALL
                SELECT i.ancestor_id FROM territory_inclusion i WHERE i.descendant_id = o.location_id AND i.principal) placed
          JOIN territory t ON t.id = placed.id
      ) parents ON TRUE
      CROSS JOIN LATERAL (SELECT parents.epci_code AS code, parents.epci_name AS name) epci
      CROSS JOIN LATERAL (SELECT parents.dep_code AS code) dep
      CROSS JOIN LATERAL (SELECT parents.reg_code AS code) reg
     ORDER BY o.id`;
}

export interface MembershipRow {
  organisation_id: string;
  collective_id: string;
  collective_name: string;
  collective_kind: string;
  role: string;
  certainty: "STATED" | "INFERRED";
  starts_on: Date | null;
  ends_on: Date | null;
}

/**
 * Bipartite view: the memberships of the organisations of the scope (located
 * in its territory), with their collectives, by collective then organisation.
 */
export function membershipsStatement(scope: GraphScope): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`m.organisation_id IN (SELECT id FROM local)`];
  if (scope.kinds) conditions.push(Prisma.sql`col.kind::text = ANY(${scope.kinds}::text[])`);
  if (scope.from) conditions.push(Prisma.sql`(m.until_year IS NULL OR make_date(m.until_year, 12, 31) >= ${scope.from}::date)`);
  if (scope.to) conditions.push(Prisma.sql`(m.since_year IS NULL OR make_date(m.since_year, 1, 1) <= ${scope.to}::date)`);
  return Prisma.sql`
    WITH local AS (${localOrganisations(scope)})
    SELECT m.organisation_id, m.collective_id, col.name AS collective_name, col.kind::text AS collective_kind, m.role::text AS role, m.certainty::text AS certainty,
           make_date(m.since_year, 1, 1) AS starts_on, make_date(m.until_year, 12, 31) AS ends_on
      FROM collective_membership m JOIN collective col ON col.id = m.collective_id
     WHERE ${Prisma.join(conditions, " AND ")}
     ORDER BY m.collective_id, m.organisation_id, m.role`;
}
