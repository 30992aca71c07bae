// One context per GraphQL request: who asks, the database, fresh loaders
// from every module, the clock.
import type { PrismaClient } from "../core/database.ts";
import type { Logger } from "../core/logger.ts";
import type { Context, Loaders, SessionCookie } from "../core/context.ts";
import type { Viewer } from "../core/viewer.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import { modules } from "./modules.ts";

const noCookie: SessionCookie = { set: () => undefined, clear: () => undefined };

/** Every module's loaders for one request: two requests never share cached rows. */
export function createLoaders(prisma: PrismaClient, viewer: Viewer | null): Loaders {
  return Object.assign({}, ...modules.map((module) => module.loaders?.(prisma, viewer) ?? {})) as Loaders;
}

export interface RequestFacts {
  requestId: string;
  viewer?: Viewer | null;
  sessionCookie?: SessionCookie;
  clock?: Clock;
  clientAddress?: string;
  userAgent?: string | null;
  publicUrl?: string;
}

export function createContext(prisma: PrismaClient, log: Logger, request: RequestFacts): Context {
  const viewer = request.viewer ?? null;
  return {
    requestId: request.requestId,
    log: log.child({ requestId: request.requestId }),
    prisma,
    viewer,
    sessionCookie: request.sessionCookie ?? noCookie,
    loaders: createLoaders(prisma, viewer),
    clock: request.clock ?? systemClock,
    clientAddress: request.clientAddress ?? "unknown",
    userAgent: request.userAgent ?? null,
    publicUrl: request.publicUrl ?? "http://localhost:4000",
  };
}
