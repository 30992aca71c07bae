// The ties of given organisations, whatever the territory: for a path between
// two organisations (breadth-first, one statement per step), an
// organisation's partners, and suggestions of co-organisers. Each source is
// filtered on its own indexed column, so the cost follows the organisations
// asked, not the size of the graph.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { GraphScope } from "./graph.scope.ts";
import type { TieRow } from "./graph.sql.ts";

export interface NeighbourTie extends TieRow {
  /** The organisation asked about, and its partner. */
  from: string;
  to: string;
}

export async function tiesOf(prisma: PrismaClient, ids: string[], scope?: Pick<GraphScope, "kinds" | "from" | "to" | "includeSharedCollectives">): Promise<NeighbourTie[]> {
  if (!ids.length) return [];
  const rows = await prisma.$queryRaw<NeighbourTie[]>`
    SELECT o.id AS "from", CASE WHEN c.organisation_a_id = o.id THEN c.organisation_b_id ELSE c.organisation_a_id END AS "to",
           c.kind::text AS kind, 'STATEMENT' AS via, c.id AS via_id, coalesce(col.name, c.statement) AS via_label,
           make_date(c.since_year, 1, 1) AS starts_on, make_date(c.until_year, 12, 31) AS ends_on
      FROM unnest(${ids}::text[]) AS o(id)
      JOIN cooperation c ON c.organisation_a_id = o.id OR c.organisation_b_id = o.id
      LEFT JOIN collective col ON col.id = c.collective_id
     WHERE c.organisation_a_id <> c.organisation_b_id
    UNION ALL
    SELECT m.organisation_id, p.organisation_id, col.kind::text, 'COLLECTIVE', col.id, col.name,
           make_date(greatest(m.since_year, p.since_year, col.start_year), 1, 1), make_date(least(m.until_year, p.until_year), 12, 31)
      FROM collective_membership m
      JOIN collective_membership p ON p.collective_id = m.collective_id AND p.organisation_id <> m.organisation_id
      JOIN collective col ON col.id = m.collective_id
     WHERE m.organisation_id = ANY(${ids}::text[])
    UNION ALL
    SELECT x.organisation_id, y.organisation_id, 'CO_ORGANISATION_EVENEMENT', 'EVENT', e.id, e.title,
           (SELECT min(s.starts_at AT TIME ZONE 'Europe/Paris')::date FROM event_session s WHERE s.event_id = e.id),
           (SELECT max(s.ends_at AT TIME ZONE 'Europe/Paris')::date FROM event_session s WHERE s.event_id = e.id)
      FROM event_co_organiser x
      JOIN event e ON e.id = x.event_id AND e.status = 'CONFIRMED'
      JOIN event_co_organiser y ON y.event_id = e.id AND y.organisation_id <> x.organisation_id
     WHERE x.organisation_id = ANY(${ids}::text[])
    UNION ALL
    SELECT mine.organisation_id, other.organisation_id, 'HEBERGEMENT_MAISON', 'MAISON', mai.id, mai.name,
           make_date(coalesce(CASE WHEN mine.role = 'LOCATAIRE' THEN mine.since_year END, CASE WHEN other.role = 'LOCATAIRE' THEN other.since_year END), 1, 1),
           make_date(coalesce(CASE WHEN mine.role = 'LOCATAIRE' THEN mine.until_year END, CASE WHEN other.role = 'LOCATAIRE' THEN other.until_year END), 12, 31)
      FROM maison_role mine
      JOIN maison_role other ON other.maison_id = mine.maison_id AND other.organisation_id <> mine.organisation_id
       AND ((mine.role = 'LOCATAIRE' AND other.role = 'GESTIONNAIRE') OR (mine.role = 'GESTIONNAIRE' AND other.role = 'LOCATAIRE'))
      JOIN maison mai ON mai.id = mine.maison_id
     WHERE mine.organisation_id = ANY(${ids}::text[])
    UNION ALL
    SELECT o.id, CASE WHEN s.company_id = o.id THEN s.holder_id ELSE s.company_id END, 'SOCIETARIAT_SCIC', 'SHAREHOLDING',
           s.company_id || '/' || s.holder_id, co.name, make_date(s.since_year, 1, 1), NULL::date
      FROM unnest(${ids}::text[]) AS o(id)
      JOIN shareholding s ON s.company_id = o.id OR s.holder_id = o.id
      JOIN organisation co ON co.id = s.company_id
     WHERE s.company_id <> s.holder_id`;
  const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  return rows.filter((tie) => {
    if (!scope) return true;
    if (scope.includeSharedCollectives === false && tie.via === "COLLECTIVE") return false;
    if (scope.kinds && !scope.kinds.includes(tie.kind as never)) return false;
    if (scope.from && tie.ends_on && iso(tie.ends_on)! < scope.from) return false;
    if (scope.to && tie.starts_on && iso(tie.starts_on)! > scope.to) return false;
    return true;
  });
}

/** Partners of one organisation, pair by pair: the ties with each, the most tied first. */
export async function partnersOf(prisma: PrismaClient, id: string) {
  const byPartner = new Map<string, NeighbourTie[]>();
  for (const tie of await tiesOf(prisma, [id])) {
    const ties = byPartner.get(tie.to) ?? [];
    ties.push(tie);
    byPartner.set(tie.to, ties);
  }
  return [...byPartner].map(([partnerId, ties]) => ({ partnerId, ties }))
    .sort((a, b) => b.ties.length - a.ties.length || a.partnerId.localeCompare(b.partnerId));
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
  scope?: Pick<GraphScope, "kinds" | "from" | "to" | "includeSharedCollectives">,
): Promise<{ chain: string[]; ties: NeighbourTie[][] } | null> {
  if (fromId === toId) return { chain: [fromId], ties: [] };
  // parent[x] = the organisation through which x was reached, per side.
  const parents = [new Map<string, string | null>([[fromId, null]]), new Map<string, string | null>([[toId, null]])];
  let frontiers = [[fromId], [toId]];
  for (let step = 0; step < MAX_PATH_LENGTH; step += 1) {
    const side = frontiers[0].length <= frontiers[1].length ? 0 : 1;
    const other = 1 - side;
    const next: string[] = [];
    let meeting: [string, string] | null = null;
    for (const tie of await tiesOf(prisma, frontiers[side], scope)) {
      if (parents[side].has(tie.to)) continue;
      parents[side].set(tie.to, tie.from);
      next.push(tie.to);
      if (parents[other].has(tie.to)) {
        meeting = [tie.from, tie.to];
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
      const ties = await tiesOf(prisma, chain.slice(0, -1), scope);
      return {
        chain,
        ties: chain.slice(1).map((node, index) => ties.filter((tie) => tie.from === chain[index] && tie.to === node)),
      };
    }
    if (!next.length || parents[side].size > MAX_VISITED) return null;
    frontiers[side] = next;
    frontiers = [...frontiers];
  }
  return null;
}
