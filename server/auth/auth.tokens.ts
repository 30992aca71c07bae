// Single-use links (invitations, password links): 32 random bytes in the
// link, only their SHA-256 in the database — the same scheme as sessions, so
// that a leaked table opens nothing.
import { randomBytes } from "node:crypto";
import { tokenHash } from "./auth.session.ts";

export const LINK_LIFETIME_MS = { invitation: 7 * 24 * 3600 * 1000, reset: 2 * 3600 * 1000, firstPassword: 7 * 24 * 3600 * 1000 } as const;

export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: tokenHash(token) };
}

/** A token as links carry it (43 base64url characters), or null for anything else. */
export function wellFormedToken(raw: string): string | null {
  const token = raw.trim();
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

/** The pages the links open: the token after "#", so that it never reaches a server log or a Referer. */
export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/compte/invitation#${token}`;
export const passwordLink = (publicUrl: string, token: string) => `${publicUrl}/compte/mot-de-passe#${token}`;
