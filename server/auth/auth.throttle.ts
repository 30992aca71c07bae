// Sign-in throttling, per account and per address, shared by every API
// process through PostgreSQL. A guessed password costs its guesser more and
// more time; a flood from one address is refused before any password is
// hashed (a hash is ~30 ms of CPU, the refusal one small statement).
//
//   an account (e-mail)   5 failures within 15 minutes → refused for 1 minute,
//                         then 2, 4… up to 30 at each further failure
//   an address            20 failures within 15 minutes → the same backoff
// A successful sign-in clears its account's count, not its address's.
import type { PrismaClient } from "../core/database.ts";
import { DomainError } from "../core/errors.ts";
import { frenchDelay } from "../core/action-throttle.ts";

const WINDOW_MS = 15 * 60 * 1000;
const MAX_LOCK_MS = 30 * 60 * 1000;
const LIMITS = { account: 5, address: 20 } as const;

type SubjectKind = keyof typeof LIMITS;
const subject = (kind: SubjectKind, value: string) => `${kind}:${value}`;

export interface SignInAttempt {
  email: string;
  address: string;
}

const subjectsOf = (attempt: SignInAttempt) => ({
  account: subject("account", attempt.email.trim().toLowerCase()),
  address: subject("address", attempt.address),
});


/**
 * Refuses a sign-in while its account or its address is locked. One statement.
 * @throws TOO_MANY_REQUESTS with `retryAfter` (seconds)
 */
export async function assertMaySignIn(prisma: PrismaClient, attempt: SignInAttempt, now = new Date()): Promise<void> {
  const { account, address } = subjectsOf(attempt);
  const [row] = await prisma.$queryRaw<{ locked_until: Date | null }[]>`
    SELECT max(locked_until) AS locked_until FROM sign_in_throttle WHERE subject IN (${account}, ${address}) AND locked_until > ${now}`;
  if (!row?.locked_until) return;
  const retryAfter = Math.max(1, Math.ceil((row.locked_until.getTime() - now.getTime()) / 1000));
  throw new DomainError(
    "TOO_MANY_REQUESTS",
    `Trop de tentatives de connexion : réessayez dans ${frenchDelay(retryAfter)}.`,
    "password",
    { retryAfter },
  );
}

/** Counts a failed sign-in against its account and its address, locking them past their limit. */
export async function recordFailedSignIn(prisma: PrismaClient, attempt: SignInAttempt, now = new Date()): Promise<void> {
  const subjects = subjectsOf(attempt);
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  for (const kind of ["account", "address"] as const) {
    const limit = LIMITS[kind];
    // One statement per subject: concurrent failures on several workers all count.
    await prisma.$executeRaw`
      INSERT INTO sign_in_throttle AS t (subject, failures, window_start) VALUES (${subjects[kind]}, 1, ${now})
      ON CONFLICT (subject) DO UPDATE SET
        failures = CASE WHEN t.window_start < ${windowStart} AND (t.locked_until IS NULL OR t.locked_until < ${now}) THEN 1 ELSE t.failures + 1 END,
        window_start = CASE WHEN t.window_start < ${windowStart} AND (t.locked_until IS NULL OR t.locked_until < ${now}) THEN ${now} ELSE t.window_start END`;
    await prisma.$executeRaw`
      UPDATE sign_in_throttle
         SET locked_until = ${now}::timestamptz + least(${MAX_LOCK_MS}, 60000 * power(2, failures - ${limit})) * interval '1 millisecond'
       WHERE subject = ${subjects[kind]} AND failures >= ${limit}`;
  }
}

/** A successful sign-in: its account starts afresh. */
export async function clearAccountThrottle(prisma: PrismaClient, attempt: SignInAttempt): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { subject: subjectsOf(attempt).account } });
}
