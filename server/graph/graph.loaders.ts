// Per-request batching of the ties of organisations in a list: their
// stated and shared-collective cooperations, and their partners.
import DataLoader from "dataloader";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { groupPageLoader } from "../core/group-pages.ts";
import { partnersOfMany, type Partner } from "./graph.neighbours.ts";
import { tiesSql } from "./tie.sql.ts";
import type { Cooperation } from "./tie.type.ts";

/** An organisation's stated and shared-collective ties, as rows of a nested page (by kind, then partner). */
function cooperationRows(ids: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT t.a AS group_key, t.kind || '|' || t.b || '|' || coalesce(t.collective_id, '') || '|' || t.via || '|' || t.via_id AS sort_key,
           jsonb_build_object(
             'organisationId', t.a, 'partnerId', t.b, 'kind', t.kind,
             'provenance', CASE t.via WHEN 'COLLECTIVE' THEN 'SHARED_COLLECTIVE' ELSE 'STATED' END,
             'collectiveId', t.collective_id, 'statement', t.statement, 'sourceId', t.source, 'certainty', t.certainty,
             'sinceYear', extract(year FROM t.starts_on)::int, 'untilYear', extract(year FROM t.ends_on)::int) AS payload
      FROM (${tiesSql({ of: ids }, { vias: ["STATEMENT", "COLLECTIVE"] })}) t`;
}

export function createGraphLoaders(prisma: PrismaClient) {
  return {
    cooperations: groupPageLoader<Cooperation>(prisma, cooperationRows),
    partners: new DataLoader<string, Partner[]>((ids) => partnersOfMany(prisma, ids)),
    /** The same with the ties of demonstration events, for a network drawn with them. */
    partnersWithDemo: new DataLoader<string, Partner[]>((ids) => partnersOfMany(prisma, ids, { includeDemo: true })),
  };
}

export type GraphLoaders = ReturnType<typeof createGraphLoaders>;

declare module "../core/context.ts" {
  interface Loaders {
    graph: GraphLoaders;
  }
}
