// The ESS profile of a territory, for collectivités: every figure is one
// grouped statement over the organisations located inside the territory —
// in one of its communes, or placed in it (or in a territory within it) by
// the documents when their commune is unknown.
//
// One rule for jobs: the headcounts known of ESS organisations (a partner
// outside the ESS, the collectivité itself, counts apart), each with its
// year; next to them, the published count of ESS jobs of the territory, with
// its producer, source and year. Neither stands in for the other.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { withinTerritory } from "../territories/territory.service.ts";
import { listedOrganisation } from "../actors/organisation.service.ts";
import { collectivesInSql } from "../collectives/collective.service.ts";
import { cotessIdsIn } from "../cotess/cotess.service.ts";
import { maisonIdsIn } from "../maisons/maison.service.ts";
import { indicatorsFor, policiesIn } from "../policies/policy.service.ts";
import type { EssProfile } from "./ess-profile.type.ts";

/**
 * The profile of a territory. Each part is computed when first read, so a
 * client asking for the families does not pay for the policies.
 */
export function essProfileOf(prisma: PrismaClient, territoryId: number): EssProfile {
  // A structure awaiting validation (from a public proposal) counts once validated.
  const inside = Prisma.sql`${withinTerritory(Prisma.sql`o.location_id`, territoryId)} AND ${listedOrganisation()}`;
  type Row = {
    family: string | null; legalForm: string | null; organisations: number; jobs: number; withJobs: number;
    firstYear: number | null; lastYear: number | null; level: number;
  };
  let totals: Promise<Row[]> | undefined;
  // The total's jobs are summed over ESS organisations only (a family's row
  // keeps its own: the HORS_ESS row says what the partners employ).
  const essJobs = Prisma.sql`o.family IS NOT NULL AND o.family <> 'HORS_ESS'`;
  const grouped = () =>
    (totals ??= prisma.$queryRaw<Row[]>`
      SELECT o.family::text AS family, o.legal_form::text AS "legalForm", count(*)::int AS organisations,
             CASE WHEN GROUPING(o.family) = 0 THEN coalesce(sum(o.headcount), 0)
                  ELSE coalesce(sum(o.headcount) FILTER (WHERE ${essJobs}), 0) END::int AS jobs,
             CASE WHEN GROUPING(o.family) = 0 THEN count(o.headcount)
                  ELSE count(o.headcount) FILTER (WHERE ${essJobs}) END::int AS "withJobs",
             min(o.headcount_year) FILTER (WHERE ${essJobs} AND o.headcount IS NOT NULL)::int AS "firstYear",
             max(o.headcount_year) FILTER (WHERE ${essJobs} AND o.headcount IS NOT NULL)::int AS "lastYear",
             GROUPING(o.family, o.legal_form)::int AS level
        FROM organisation o WHERE ${inside}
       GROUP BY GROUPING SETS ((o.family), (o.legal_form), ())
       ORDER BY organisations DESC, family, "legalForm"`);
  const total = async () => (await grouped()).find((row) => row.level === 3) ?? { organisations: 0, jobs: 0, withJobs: 0, firstYear: null, lastYear: null };
  const families = async () => (await grouped()).filter((row) => row.level === 1);
  const countOf = async (keep: (family: string | null) => boolean) =>
    (await families()).filter((row) => keep(row.family)).reduce((sum, row) => sum + row.organisations, 0);
  const lazy = <T>(compute: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () => (value ??= compute());
  };
  const bySector = lazy(() => prisma.$queryRaw<{ sector: string; organisations: number }[]>`
    SELECT s::text AS sector, count(*)::int AS organisations
      FROM organisation o CROSS JOIN LATERAL unnest(o.sectors) s WHERE ${inside}
     GROUP BY s ORDER BY organisations DESC, sector`);
  const byCommune = lazy(() => prisma.$queryRaw<{ communeId: number; organisations: number }[]>`
    SELECT o.location_id AS "communeId", count(*)::int AS organisations
      FROM organisation o JOIN territory t ON t.id = o.location_id AND t.kind = 'COMMUNE'
     WHERE ${inside}
     GROUP BY o.location_id ORDER BY organisations DESC, o.location_id`);
  const collectivesByKind = lazy(() => prisma.$queryRaw<{ kind: string; collectives: number }[]>`
    SELECT kind::text AS kind, count(*)::int AS collectives FROM collective WHERE id IN (${collectivesInSql(territoryId)})
     GROUP BY kind ORDER BY collectives DESC, kind`);
  const cotess = lazy(async () => prisma.cotess.findMany({ where: { id: { in: await cotessIdsIn(prisma, territoryId) } }, orderBy: { name: "asc" } }));
  const maisons = lazy(async () => prisma.maison.findMany({ where: { id: { in: await maisonIdsIn(prisma, territoryId) } }, orderBy: { name: "asc" } }));
  const policies = lazy(() => policiesIn(prisma, territoryId));
  const indicators = lazy(() => indicatorsFor(prisma, territoryId));

  // Getters: graphql-js reads each field as a property when it is selected.
  return {
    get organisations() { return total().then((row) => row.organisations); },
    get essOrganisations() { return countOf((family) => family !== null && family !== "HORS_ESS"); },
    get nonEssOrganisations() { return countOf((family) => family === "HORS_ESS"); },
    get organisationsOfUnknownFamily() { return countOf((family) => family === null); },
    get jobs() { return total().then((row) => row.jobs); },
    get organisationsWithKnownJobs() { return total().then((row) => row.withJobs); },
    get knownJobsYears() {
      return total().then((row) => (row.firstYear === null ? null : { first: row.firstYear, last: row.lastYear ?? row.firstYear }));
    },
    get jobsIndicator() {
      // The territory's own published count of ESS jobs, the most recent.
      return indicators().then((rows) => rows.find((row) => row.territoryId === territoryId && row.kind === "ESS_JOBS") ?? null);
    },
    get byFamily() { return grouped().then((rows) => rows.filter((row) => row.level === 1).map(({ family, organisations, jobs }) => ({ family, organisations, jobs }))); },
    get byLegalForm() { return grouped().then((rows) => rows.filter((row) => row.level === 2).map(({ legalForm, organisations }) => ({ legalForm, organisations }))); },
    get bySector() { return bySector(); },
    get byCommune() { return byCommune(); },
    get collectivesByKind() { return collectivesByKind(); },
    get cotess() { return cotess(); },
    get maisons() { return maisons(); },
    get policies() { return policies(); },
    get indicators() { return indicators(); },
  } as unknown as EssProfile;
}
