// The ties of given organisations, whatever the territory: for a path between
// two organisations (breadth-first, one statement per step), organisations'
// partners, and suggestions of co-organisers.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { tiesSql, type TieFilter, type TieRow } from "./tie.sql.ts";

/** The ties of the given organisations (a: the organisation, b: its partner), filtered. One statement. */
export function tiesOf(prisma: PrismaClient, ids: readonly string[], filter: TieFilter = {}): Promise<TieRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return prisma.$queryRaw<TieRow[]>`${tiesSql({ of: ids }, filter)}`;
}

export interface Partner {
  partnerId: string;
  ties: TieRow[];
}

/** The partners of each given organisation, the most tied first: one statement for them all. */
export async function partnersOfMany(prisma: PrismaClient, ids: readonly string[], filter: TieFilter = {}): Promise<Partner[][]> {
  const byOrganisation = new Map<string, Map<string, TieRow[]>>(ids.map((id) => [id, new Map()]));
  for (const tie of await tiesOf(prisma, ids, filter)) {
    const partners = byOrganisation.get(tie.a)!;
    const ties = partners.get(tie.b);
    if (ties) ties.push(tie);
    else partners.set(tie.b, [tie]);
  }
  return ids.map((id) => [...byOrganisation.get(id)!].map(([partnerId, ties]) => ({ partnerId, ties }))
    .sort((a, b) => b.ties.length - a.ties.length || a.partnerId.localeCompare(b.partnerId)));
}

/** Most steps a path search takes before it says "not connected". */
export const MAX_PATH_LENGTH = 6;
/** Most organisations one side of the search may reach; beyond, the search stops (a query-time budget). */
const MAX_VISITED = 50_000;

/**
 * The shortest chain of ties between two organisations, searched from both
 * ends at once (each step widens the smaller side), or null when there is
 * none within MAX_PATH_LENGTH steps.
 */
export async function shortestPath(
  prisma: PrismaClient,
  fromId: string,
  toId: string,
  filter: TieFilter = {},
): Promise<{ chain: string[]; ties: TieRow[][] } | null> {
  if (fromId === toId) return { chain: [fromId], ties: [] };
  // parent[x] = the organisation through which x was reached, per side.
  const parents = [new Map<string, string | null>([[fromId, null]]), new Map<string, string | null>([[toId, null]])];
  let frontiers = [[fromId], [toId]];
  for (let step = 0; step < MAX_PATH_LENGTH; step += 1) {
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const other = 1 - side;
    const next: string[] = [];
    let meeting: [string, string] | null = null;
    for (const tie of await tiesOf(prisma, frontiers[side], filter)) {
      if (parents[side].has(tie.b)) continue;
      parents[side].set(tie.b, tie.a);
      next.push(tie.b);
      if (parents[other].has(tie.b)) {
        meeting = [tie.a, tie.b];
        break;
      }
    }
    if (meeting) {
      const meet = meeting[1];
      const walk = (map: Map<string, string | null>, start: string) => {
        const chain: string[] = [];
        for (let node: string | null = start; node !== null; node = map.get(node) ?? null) chain.push(node);
        return chain;
      };
      const fromSide = walk(parents[0], meet).reverse();
      const toSide = walk(parents[1], meet).slice(1);
      const chain = [...fromSide, ...toSide];
      // The ties of each consecutive pair, for the answer.
      const ties = await tiesOf(prisma, chain.slice(0, -1), filter);
      return {
        chain,
        ties: chain.slice(1).map((node, index) => ties.filter((tie) => tie.a === chain[index] && tie.b === node)),
      };
    }
    if (!next.length || parents[side].size > MAX_VISITED) return null;
    frontiers[side] = next;
    frontiers = [...frontiers];
  }
  return null;
}
