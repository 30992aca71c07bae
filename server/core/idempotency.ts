// The Idempotency-Key of the request being served, if it carries one
// (server/app/idempotency.ts). Every write marks the key committed in its
// own transaction (audit/recordAudit does it for every service): a write that
// was done but never answered — the process died in between — is then known
// as done, and never done twice.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "../generated/prisma/client.ts";

export interface IdempotencyScope {
  principal: string;
  key: string;
}

export const idempotencyScope = new AsyncLocalStorage<IdempotencyScope>();

/** Records, in the write's transaction, that the current request's write is done. */
export async function markWriteCommitted(tx: Prisma.TransactionClient): Promise<void> {
  const scope = idempotencyScope.getStore();
  if (!scope) return;
  await tx.idempotencyKey.updateMany({ where: { principal: scope.principal, key: scope.key, committedAt: null }, data: { committedAt: new Date() } });
}
