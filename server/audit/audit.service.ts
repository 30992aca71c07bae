// The audit trail: who changed what and when, written in the transaction of
// the change itself (a change without its entry cannot exist), readable by
// the animators of the network the change touched.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { AuditAction } from "../generated/prisma/enums.ts";
import { decodeCursor, encodeCursor, pageSize, type Page } from "../core/pagination.ts";
import { badInput } from "../core/errors.ts";
import { requireViewer } from "../core/access.ts";
import { assertMayReadAudit, type AuditScopeField } from "./audit.access.ts";
import type { Viewer } from "../core/viewer.ts";
import { markWriteCommitted } from "../core/idempotency.ts";

export type AuditScope = Partial<Record<AuditScopeField, string | null>>;

export interface AuditRecord extends AuditScope {
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
}

export async function recordAudit(tx: Prisma.TransactionClient, viewer: Viewer, entry: AuditRecord): Promise<void> {
  // Every write records its entry: the place to mark a retried request's write done.
  await markWriteCommitted(tx);
  await tx.auditEntry.create({
    data: {
      accountId: viewer.accountId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: entry.changes as Prisma.InputJsonValue,
      editionId: entry.editionId ?? null,
      cotessId: entry.cotessId ?? null,
      maisonId: entry.maisonId ?? null,
      organisationId: entry.organisationId ?? null,
      collectiveId: entry.collectiveId ?? null,
    },
  });
}

/** The fields of `after` that differ from `before`, as { field: { from, to } }. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[field] ?? null) !== JSON.stringify(value ?? null)) changes[field] = { from: before[field] ?? null, to: value ?? null };
  }
  return changes;
}

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
  id: row.id.toString(), at: row.at, author: row.account.displayName, action: row.action,
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
  const [field, id] = given[0] as [keyof AuditScope, string];
  await assertMayReadAudit(prisma, signedIn, field, id);

  const after = page.after ? BigInt(decodeCursor<[string]>(page.after, ["string"])[0]) : undefined;
  const where = { [field]: id, ...(after !== undefined ? { id: { lt: after } } : {}) };
  const rows = await prisma.auditEntry.findMany({
    where,
    orderBy: { id: "desc" },
    take: size + 1,
    include: { account: { select: { displayName: true } } },
  });
  return {
    nodes: rows.slice(0, size).map(viewOf),
    hasNextPage: rows.length > size,
    hasPreviousPage: after !== undefined,
    cursorOf: (entry) => encodeCursor([entry.id]),
    totalCount: () => prisma.auditEntry.count({ where: { [field]: id } }),
  };
}
