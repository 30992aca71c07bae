// Recording the audit trail: who changed what and when, written in the
// transaction of the change itself (a change without its entry cannot exist).
// Every module's writes call recordAudit; the audit/ module reads the trail.
import type { Prisma } from "../generated/prisma/client.ts";
import type { AuditAction } from "../generated/prisma/enums.ts";
import type { Viewer } from "./viewer.ts";
import { markWriteCommitted } from "./idempotency.ts";

/** The scopes an entry is filed under, and its trail read by. */
export type AuditScopeField = "editionId" | "cotessId" | "maisonId" | "organisationId" | "collectiveId";

export type AuditScope = Partial<Record<AuditScopeField, string | null>>;

export interface AuditRecord extends AuditScope {
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
}

/**
 * Who wrote: an account, or — for the one write made without one, a public
 * proposal confirmed by its e-mail link — a label naming the confirmed
 * address. A label rather than a made-up system account: the trail must not
 * attribute to an account a write nobody signed in for.
 */
export type AuditAuthor = Pick<Viewer, "accountId"> | { actorLabel: string };

export async function recordAudit(tx: Prisma.TransactionClient, author: AuditAuthor, entry: AuditRecord): Promise<void> {
  // Every write records its entry: the place to mark a retried request's write done.
  await markWriteCommitted(tx);
  await tx.auditEntry.create({
    data: {
      ...("accountId" in author ? { accountId: author.accountId } : { actorLabel: author.actorLabel }),
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

