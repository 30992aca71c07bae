// Every write runs in one transaction with its audit entry. When many people
// write at once, a transaction may wait — for a connection, for a lock (the
// venue of an event) — longer than allowed: the writer then gets a clean
// CONFLICT to retry, never an internal error, and nothing is written.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { DomainError } from "./errors.ts";

type Tx = Prisma.TransactionClient;

// PostgreSQL's codes for "gave up waiting": serialization failure, deadlock,
// lock not available, statement cancelled (the statement timeout while waiting on a lock).
const CONTENTION_CODES = new Set(["40001", "40P01", "55P03", "57014"]);
// Prisma's: no connection in time or transaction expired (P2028), write conflict or deadlock (P2034).
const PRISMA_CONTENTION_CODES = new Set(["P2028", "P2034"]);

function isContention(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (PRISMA_CONTENTION_CODES.has(error.code)) return true;
    const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } | undefined)?.driverAdapterError?.cause;
    return CONTENTION_CODES.has(cause?.originalCode ?? cause?.code ?? "");
  }
  const code = (error as { code?: unknown; cause?: { code?: unknown; originalCode?: unknown } } | null)?.cause?.originalCode
    ?? (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && CONTENTION_CODES.has(code);
}

/**
 * Runs a write and its audit entry in one transaction.
 * @throws CONFLICT with reason BUSY when it could not get its turn in time.
 */
export async function writeTransaction<T>(prisma: PrismaClient, write: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    // Generous waits: a queue of writers at one venue is served in turn rather than refused.
    return await prisma.$transaction(write, { maxWait: 15_000, timeout: 30_000 });
  } catch (error) {
    if (error instanceof DomainError || !isContention(error)) throw error;
    throw new DomainError(
      "CONFLICT",
      "Trop de modifications ont lieu en même temps : rien n'a été enregistré, réessayez dans un instant.",
      undefined,
      { reason: "BUSY" },
    );
  }
}
