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

export function createContext(
  prisma: PrismaClient,
  log: Logger,
  requestId: string,
  viewer: Viewer | null = null,
  sessionCookie: SessionCookie = noCookie,
  clock: Clock = systemClock,
): Context {
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
