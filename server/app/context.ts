// One context per GraphQL request: who asks, the database, fresh loaders
// from every module, the clock.
import type { PrismaClient } from "../core/database.ts";
import type { Logger } from "../core/logger.ts";
import type { Context, Loaders, SessionCookie } from "../core/context.ts";
import type { Viewer } from "../core/viewer.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import { modules } from "./modules.ts";

const noCookie: SessionCookie = { set: () => undefined, clear: () => undefined };

const PRISMA = Symbol("prisma");
const VIEWER = Symbol("viewer");
interface RequestLoaders {
  [PRISMA]: PrismaClient;
  [VIEWER]: Viewer | null;
}

// Each module's loaders are made when a request first uses them: a request
// uses two or three modules' of the dozen, and making all 40 loaders cost
// 33 µs of every request under load (a tenth of a territory lookup's CPU).
const lazyLoaders: object = {};
for (const module of modules) {
  for (const [key, make] of Object.entries(module.loaders ?? {}) as [string, (prisma: PrismaClient, viewer: Viewer | null) => unknown][]) {
    Object.defineProperty(lazyLoaders, key, {
      get(this: RequestLoaders) {
        const made = make(this[PRISMA], this[VIEWER]);
        Object.defineProperty(this, key, { value: made, enumerable: true });
        return made;
      },
    });
  }
}

/** Every module's loaders for one request: two requests never share cached rows. */
export function createLoaders(prisma: PrismaClient, viewer: Viewer | null): Loaders {
  const loaders = Object.create(lazyLoaders) as RequestLoaders;
  loaders[PRISMA] = prisma;
  loaders[VIEWER] = viewer;
  return loaders as unknown as Loaders;
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
