// Sessions: a random token in an httpOnly, SameSite=Lax cookie; PostgreSQL
// keeps only its SHA-256, with the account and an expiry, so that any API
// process (cluster workers, several machines) recognises it.
import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { parse, serialize } from "cookie";
import type { PrismaClient } from "../core/database.ts";
import type { SessionCookie } from "../core/context.ts";
import type { RoleKind } from "../generated/prisma/enums.ts";
import type { Viewer } from "../core/viewer.ts";
import { deviceOf } from "./auth.device.ts";

export const SESSION_COOKIE = "maillage_session";
const LIFETIME_MS = 30 * 24 * 3600 * 1000;
// A session in use is extended, at most once an hour (one UPDATE, not one per request).
const REFRESH_AFTER_MS = 3600 * 1000;

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");


/** The session cookie of a response (node's own or Express's: both are ServerResponse). */
export function sessionCookie(request: IncomingMessage, response: ServerResponse): SessionCookie {
  const options = {
    httpOnly: true,
    sameSite: "lax" as const,
    // Secure whenever the request came over TLS (directly or via a proxy that says so).
    secure: Boolean((request.socket as TLSSocket).encrypted) || request.headers["x-forwarded-proto"] === "https",
    path: "/",
  };
  const append = (cookie: string) => {
    const previous = response.getHeader("set-cookie");
    response.setHeader("set-cookie", [...(Array.isArray(previous) ? previous : previous === undefined ? [] : [String(previous)]), cookie]);
  };
  return {
    set: (token, expiresAt) => append(serialize(SESSION_COOKIE, token, { ...options, expires: expiresAt })),
    clear: () => append(serialize(SESSION_COOKIE, "", { ...options, expires: new Date(0) })),
  };
}

export function sessionTokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  const token = parse(header)[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

/** Opens a session for the account; `userAgent` only gives its device's name (deviceOf), the header is not kept. */
export async function openSession(prisma: PrismaClient, accountId: string, userAgent: string | null): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + LIFETIME_MS);
  // Expired sessions are swept here rather than by a timer: every process
  // signs people in, and the expiry index makes it cheap.
  await prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await prisma.session.create({ data: { id: tokenHash(token), accountId, expiresAt, device: deviceOf(userAgent) } });
  return { token, expiresAt };
}

export async function closeSession(prisma: PrismaClient, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  account_id: string;
  email: string;
  display_name: string;
  roles: { grantId: number; role: RoleKind; cotessId: string | null; maisonId: string | null; organisationId: string | null; territoryId: number | null }[];
}

/** The viewer of a session token, or null (unknown, expired, disabled account). One statement. */
export async function viewerOfToken(prisma: PrismaClient, token: string): Promise<Viewer | null> {
  const id = tokenHash(token);
  const rows = await prisma.$queryRaw<SessionRow[]>`
    SELECT s.id AS session_id, s.last_seen_at, a.id::text AS account_id, a.email, a.display_name,
           COALESCE((SELECT json_agg(json_build_object('grantId', g.id, 'role', g.role, 'cotessId', g.cotess_id, 'maisonId', g.maison_id,
                                                       'organisationId', g.organisation_id, 'territoryId', g.territory_id))
                       FROM role_grant g WHERE g.account_id = a.id), '[]'::json) AS roles
      FROM session s JOIN account a ON a.id = s.account_id
     WHERE s.id = ${id} AND s.expires_at > now() AND a.disabled_at IS NULL`;
  const row = rows[0];
  if (!row) return null;
  if (Date.now() - row.last_seen_at.getTime() > REFRESH_AFTER_MS) {
    await prisma.session.update({
      where: { id },
      data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() + LIFETIME_MS) },
    });
  }
  return { accountId: row.account_id, email: row.email, displayName: row.display_name, sessionId: row.session_id, roles: row.roles };
}
