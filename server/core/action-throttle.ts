// Throttles of the actions that send e-mail to someone (an invitation, a
// password link, a proposal's confirmation): a fixed window per subject,
// counted in PostgreSQL so that every API process shares it. Only the count
// is kept, never what was sent.
import type { Prisma } from "../generated/prisma/client.ts";
import { DomainError } from "./errors.ts";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

export interface ThrottleRule {
  /** At most this many actions… */
  limit: number;
  /** …per window of this length. */
  windowMs: number;
}

export function frenchDelay(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? "s" : ""}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes > 1 ? "s" : ""}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} heures`;
}

/**
 * Counts one action of `subject`; returns how many seconds to wait when the
 * window's limit is passed (the action must then not happen), else 0. One
 * statement: concurrent requests on several processes all count.
 */
export async function countAction(db: Db, subject: string, rule: ThrottleRule, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  const [row] = await db.$queryRaw<{ count: number; window_start: Date }[]>`
    INSERT INTO action_throttle AS t (subject, count, window_start) VALUES (${subject}, 1, ${now})
    ON CONFLICT (subject) DO UPDATE SET
      count = CASE WHEN t.window_start < ${windowStart} THEN 1 ELSE t.count + 1 END,
      window_start = CASE WHEN t.window_start < ${windowStart} THEN ${now} ELSE t.window_start END
    RETURNING count, window_start`;
  if (row.count <= rule.limit) return 0;
  return Math.max(1, Math.ceil((row.window_start.getTime() + rule.windowMs - now.getTime()) / 1000));
}

/** countAction, refusing past the limit. @throws TOO_MANY_REQUESTS with retryAfter (seconds) */
export async function throttleAction(db: Db, subject: string, rule: ThrottleRule, now: Date, message: string, field?: string): Promise<void> {
  const retryAfter = await countAction(db, subject, rule, now);
  if (retryAfter > 0) {
    throw new DomainError("TOO_MANY_REQUESTS", `${message} Réessayez dans ${frenchDelay(retryAfter)}.`, field, { retryAfter });
  }
}
