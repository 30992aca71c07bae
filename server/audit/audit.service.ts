// Reading the audit trail (core/audit.ts records it): the entries of a scope,
// or of all the scopes the viewer may read, newest first.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { AuditScope, AuditScopeField } from "../core/audit.ts";
import { eventVisibleTo } from "../events/event.access.ts";
import type { AuditAction } from "../generated/prisma/enums.ts";
import { decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import { badInput } from "../core/errors.ts";
import { requireViewer } from "../core/access.ts";
import { assertMayReadAudit, readableAuditEntries } from "./audit.access.ts";
import type { Viewer } from "../core/viewer.ts";

type AuditEntryRow = Prisma.AuditEntryGetPayload<{ include: { account: { select: { displayName: true } } } }>;

/** An entry as the API shows it: its author by display name. */
export interface AuditEntryView {
  id: string;
  at: Date;
  author: string;
  authorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
}

const viewOf = (row: AuditEntryRow): AuditEntryView => ({
  id: row.id.toString(), at: row.at, author: row.account?.displayName ?? row.actorLabel ?? "", authorId: row.accountId, action: row.action,
  entityType: row.entityType, entityId: row.entityId, changes: row.changes as Record<string, unknown>,
});

/** What the trail may be narrowed to, beside its scope. Dates are days in Paris, both included. */
export interface AuditFilter {
  action?: AuditAction | null;
  /** The author's account id. */
  author?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * The entries of one scope, or of every scope the viewer may read (all of
 * them, for an admin), newest first, narrowed by the filter.
 * @throws UNAUTHENTICATED anonymous; FORBIDDEN when the viewer does not animate
 * the network (or edit the organisation) of the scope asked; BAD_USER_INPUT
 * with several scopes, an impossible date, or dates in the wrong order.
 */
export async function auditTrail(
  prisma: PrismaClient,
  viewer: Viewer | null,
  scope: AuditScope | null,
  filter: AuditFilter,
  page: { first?: number | null; after?: string | null },
): Promise<Page<AuditEntryView>> {
  const size = pageSize(page.first);
  const signedIn = requireViewer(viewer);
  const given = Object.entries(scope ?? {}).filter(([, value]) => value);
  if (given.length > 1) throw badInput("scope", "Précisez une seule portée : édition, COTESS, Maison, organisation ou collectif.");
  let where: Prisma.Sql;
  if (given.length === 1) {
    const [field, id] = given[0] as [AuditScopeField, string];
    await assertMayReadAudit(prisma, signedIn, field, id);
    where = Prisma.sql`a.${Prisma.raw(COLUMN[field])} = ${id}`;
  } else {
    where = readableAuditEntries(signedIn);
  }

  // The cursor decoder refuses anything but the digits of an id.
  const after = page.after ? BigInt(decodeCursor<[string]>(page.after, ["bigint"])[0]) : undefined;
  // An entry about an event says what the event was before its publication:
  // it is shown only to those who may read the event.
  const readable = Prisma.sql`${where} AND (a.entity_type <> 'Event' OR EXISTS (
    SELECT 1 FROM event e JOIN edition ed ON ed.id = e.edition_id WHERE e.id = a.entity_id AND ${eventVisibleTo(signedIn)}))
    ${filterSql(filter)}`;
  const ids = await prisma.$queryRaw<{ id: bigint }[]>`
    SELECT a.id FROM audit_entry a WHERE ${readable} ${after !== undefined ? Prisma.sql`AND a.id < ${after}` : Prisma.empty}
     ORDER BY a.id DESC LIMIT ${size + 1}`;
  const rows = await prisma.auditEntry.findMany({
    where: { id: { in: ids.slice(0, size).map((row) => row.id) } },
    orderBy: { id: "desc" },
    include: { account: { select: { displayName: true } } },
  });
  return {
    nodes: rows.map(viewOf),
    hasNextPage: ids.length > size,
    hasPreviousPage: after !== undefined,
    cursorOf: (entry) => encodeCursor([entry.id]),
    totalCount: async () => (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_entry a WHERE ${readable}`)[0].n,
  };
}

/** The accounts that wrote entries the viewer may read, by name: whom the trail can be narrowed to. */
export async function auditAuthors(prisma: PrismaClient, viewer: Viewer | null): Promise<{ id: string; displayName: string }[]> {
  const signedIn = requireViewer(viewer);
  return prisma.$queryRaw<{ id: string; displayName: string }[]>`
    SELECT ac.id::text AS id, ac.display_name AS "displayName" FROM account ac
     WHERE EXISTS (SELECT 1 FROM audit_entry a WHERE a.account_id = ac.id AND ${readableAuditEntries(signedIn)})
     ORDER BY ac.display_name, ac.id`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A day that exists ("2026-02-30" does not). @throws BAD_USER_INPUT */
function checkedDay(day: string, field: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (!DAY.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    throw badInput(field, "Cette date n'existe pas : attendue sous la forme 2026-11-05.");
  }
  return day;
}

/** The filter as SQL on an entry `a`. @throws BAD_USER_INPUT */
function filterSql(filter: AuditFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.action) parts.push(Prisma.sql`a.action = ${filter.action}::"AuditAction"`);
  if (filter.author) {
    // Not an account id: nobody wrote under it.
    parts.push(UUID.test(filter.author) ? Prisma.sql`a.account_id = ${filter.author}::uuid` : Prisma.sql`FALSE`);
  }
  const from = filter.from ? checkedDay(filter.from, "filter.from") : null;
  const to = filter.to ? checkedDay(filter.to, "filter.to") : null;
  if (from && to && from > to) throw badInput("filter.to", "La date de fin précède la date de début.");
  // Days as people in France live them: from midnight to midnight, Paris time.
  if (from) parts.push(Prisma.sql`a.at >= (${from}::date::timestamp AT TIME ZONE 'Europe/Paris')`);
  if (to) parts.push(Prisma.sql`a.at < ((${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

const COLUMN: Record<AuditScopeField, string> = {
  editionId: "edition_id", cotessId: "cotess_id", maisonId: "maison_id", organisationId: "organisation_id", collectiveId: "collective_id",
};
