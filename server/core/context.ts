// One context per GraphQL request: who asks, the database, fresh loaders.
import type { PrismaClient } from "./database.ts";
import type { Logger } from "./logger.ts";
import { createLoaders, type Loaders } from "./loaders.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { SessionCookie } from "../auth/auth.session.ts";
import { systemClock, type Clock } from "./clock.ts";

export interface Context {
  requestId: string;
  log: Logger;
  prisma: PrismaClient;
  /** The signed-in account, or null for an anonymous request. */
  viewer: Viewer | null;
  /** Sets or clears the session cookie of this request's response. */
  sessionCookie: SessionCookie;
  loaders: Loaders;
  /** What day it is for this request's rules. */
  clock: Clock;
}

const noCookie: SessionCookie = { set: () => undefined, clear: () => undefined };

export function createContext(
  prisma: PrismaClient,
  log: Logger,
  requestId: string,
  viewer: Viewer | null = null,
  sessionCookie: SessionCookie = noCookie,
  clock: Clock = systemClock,
): Context {
  // Loaders cache per request only: two requests never share stale rows.
  return {
    requestId,
    log: log.child({ requestId }),
    prisma,
    viewer,
    sessionCookie,
    loaders: createLoaders(prisma, viewer),
    clock,
  };
}
