// Reading the audit trail (core/audit.ts records it): the entries of a scope
// the viewer may read, newest first.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import type { AuditScope, AuditScopeField } from "../core/audit.ts";
import { eventVisibleTo } from "../events/event.access.ts";
import type { AuditAction } from "../generated/prisma/enums.ts";
import { decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import { badInput } from "../core/errors.ts";
import { requireViewer } from "../core/access.ts";
import { assertMayReadAudit } from "./audit.access.ts";
import type { Viewer } from "../core/viewer.ts";

type AuditEntryRow = Prisma.AuditEntryGetPayload<{ include: { account: { select: { displayName: true } } } }>;

/** An entry as the API shows it: its author by display name. */
export interface AuditEntryView {
  id: string;
  at: Date;
  author: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
}

const viewOf = (row: AuditEntryRow): AuditEntryView => ({
  id: row.id.toString(), at: row.at, author: row.account?.displayName ?? row.actorLabel ?? "", action: row.action,
  entityType: row.entityType, entityId: row.entityId, changes: row.changes as Record<string, unknown>,
});

/**
 * The entries of one scope, newest first.
 * @throws UNAUTHENTICATED anonymous; FORBIDDEN when the viewer does not animate
 * the network (or edit the organisation) of the scope; BAD_USER_INPUT without a scope.
 */
export async function auditTrail(
  prisma: PrismaClient,
  viewer: Viewer | null,
  scope: AuditScope,
  page: { first?: number | null; after?: string | null },
): Promise<Page<AuditEntryView>> {
  const size = pageSize(page.first);
  const signedIn = requireViewer(viewer);
  const given = Object.entries(scope).filter(([, value]) => value);
  if (given.length !== 1) throw badInput("filter", "Précisez une seule portée : édition, COTESS, Maison, organisation ou collectif.");
  const [field, id] = given[0] as [AuditScopeField, string];
  await assertMayReadAudit(prisma, signedIn, field, id);

  // The cursor decoder refuses anything but the digits of an id.
  const after = page.after ? BigInt(decodeCursor<[string]>(page.after, ["bigint"])[0]) : undefined;
  // An entry about an event says what the event was before its publication:
  // it is shown only to those who may read the event.
  const readable = Prisma.sql`a.${Prisma.raw(COLUMN[field])} = ${id} AND (a.entity_type <> 'Event' OR EXISTS (
    SELECT 1 FROM event e JOIN edition ed ON ed.id = e.edition_id WHERE e.id = a.entity_id AND ${eventVisibleTo(signedIn)}))`;
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

const COLUMN: Record<AuditScopeField, string> = {
  editionId: "edition_id", cotessId: "cotess_id", maisonId: "maison_id", organisationId: "organisation_id", collectiveId: "collective_id",
};
