// The scope of a cooperation graph: a territory, kinds of ties, a time
// window, and whether ties that merely share a collective count. The same
// scope serves the GraphQL analytics and the downloads (as query parameters).
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { CooperationKind, TerritoryKind } from "../generated/prisma/enums.ts";
import { badInput } from "../core/errors.ts";
import { requireTerritory } from "../territories/territory.service.ts";

export interface GraphScopeInput {
  territory?: string | null;
  territoryKind?: TerritoryKind | null;
  kinds?: CooperationKind[] | null;
  /** "2015" or "2015-06-01": ties still running on or after this day. */
  from?: string | null;
  /** Ties started on or before this day ("2020" is the end of 2020). */
  to?: string | null;
  includeSharedCollectives?: boolean | null;
  /** Ties made by demonstration events count too. */
  includeDemo?: boolean | null;
  /** Collectives as nodes too: an organisation–collective graph. */
  bipartite?: boolean | null;
}

export interface GraphScope {
  territoryId: number | null;
  territoryName: string | null;
  kinds: CooperationKind[] | null;
  from: string | null;
  to: string | null;
  includeSharedCollectives: boolean;
  includeDemo: boolean;
  bipartite: boolean;
}

const DAY = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/;

function day(raw: string, field: string, end: boolean): string {
  const match = DAY.exec(raw.trim());
  if (!match) throw badInput(field, `Date attendue sous la forme 2015 ou 2015-06-01, reçu « ${raw} ».`);
  if (!match[2]) return end ? `${match[1]}-12-31` : `${match[1]}-01-01`;
  const date = new Date(`${raw.trim()}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw.trim()) throw badInput(field, `Le ${raw} n'existe pas.`);
  return raw.trim();
}

/**
 * Checks and resolves a scope.
 * @throws BAD_USER_INPUT (territory unknown or malformed, from/to malformed, from after to)
 */
export async function resolveScope(prisma: PrismaClient, input: GraphScopeInput, fieldPrefix = ""): Promise<GraphScope> {
  const territory = input.territory
    ? await requireTerritory(prisma, input.territory, `${fieldPrefix}territory`, input.territoryKind ?? undefined)
    : null;
  const from = input.from ? day(input.from, `${fieldPrefix}from`, false) : null;
  const to = input.to ? day(input.to, `${fieldPrefix}to`, true) : null;
  if (from && to && from > to) throw badInput(`${fieldPrefix}to`, "La fin de la période précède son début.");
  return {
    territoryId: territory?.id ?? null,
    territoryName: territory?.name ?? null,
    kinds: input.kinds?.length ? [...new Set(input.kinds)] : null,
    from,
    to,
    includeSharedCollectives: input.includeSharedCollectives ?? true,
    // Demonstration events make no tie unless asked for.
    includeDemo: input.includeDemo ?? false,
    bipartite: input.bipartite ?? false,
  };
}
