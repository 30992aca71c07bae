// The audit trail: who changed what and when, written in the transaction of
// the change itself (a change without its entry cannot exist), readable by
// the animators of the network the change touched.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { AuditAction } from "../generated/prisma/enums.ts";
import { decodeCursor, encodeCursor, type Page } from "../core/pagination.ts";
import { badInput } from "../core/errors.ts";
import { animatedNetworks, editedOrganisationIds, forbidden, isAnimator, isPlatformAdmin, requireViewer } from "../auth/auth.policy.ts";
import type { Viewer } from "../auth/viewer.ts";

export interface AuditScope {
  editionId?: string | null;
  cotessId?: string | null;
  maisonId?: string | null;
  organisationId?: string | null;
  collectiveId?: string | null;
}

export interface AuditRecord extends AuditScope {
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: Record<string, unknown>;
}

export async function recordAudit(tx: Prisma.TransactionClient, viewer: Viewer, entry: AuditRecord): Promise<void> {
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

export type AuditEntryRow = Prisma.AuditEntryGetPayload<{ include: { account: { select: { displayName: true } } } }>;

/**
 * The entries of one scope, newest first.
 * @throws UNAUTHENTICATED anonymous; FORBIDDEN when the viewer does not animate
 * the network (or edit the organisation) of the scope; BAD_USER_INPUT without a scope.
 */
export async function auditTrail(
  prisma: PrismaClient,
  viewer: Viewer | null,
  scope: AuditScope,
  page: { first: number; after?: string },
): Promise<Page<AuditEntryRow>> {
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
    take: page.first + 1,
    include: { account: { select: { displayName: true } } },
  });
  return {
    nodes: rows.slice(0, page.first),
    hasNextPage: rows.length > page.first,
    hasPreviousPage: after !== undefined,
    cursorOf: (row) => encodeCursor([row.id.toString()]),
    totalCount: () => prisma.auditEntry.count({ where: { [field]: id } }),
  };
}

async function assertMayReadAudit(prisma: PrismaClient, viewer: Viewer, field: keyof AuditScope, id: string) {
  if (isPlatformAdmin(viewer)) return;
  const networks = animatedNetworks(viewer);
  let allowed = false;
  if (field === "cotessId") allowed = networks.cotessIds.includes(id);
  else if (field === "maisonId") allowed = networks.maisonIds.includes(id);
  // Animators maintain organisations and collectives: any of them reads those trails.
  else if (field === "organisationId") allowed = isAnimator(viewer) || editedOrganisationIds(viewer).includes(id);
  else if (field === "editionId") {
    const edition = await prisma.edition.findUnique({ where: { id }, select: { cotessId: true, maisonId: true, networkOrganisationId: true } });
    allowed = !!edition && (
      (edition.cotessId !== null && networks.cotessIds.includes(edition.cotessId)) ||
      (edition.maisonId !== null && networks.maisonIds.includes(edition.maisonId)) ||
      (edition.networkOrganisationId !== null && networks.organisationIds.includes(edition.networkOrganisationId))
    );
  } else if (field === "collectiveId") {
    allowed = isAnimator(viewer);
  }
  if (!allowed) throw forbidden("Ce journal est réservé aux animateurs du réseau concerné.");
}
