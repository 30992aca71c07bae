// One context per GraphQL request: who asks, the database, fresh loaders
// from every module, the clock.
import type { PrismaClient } from "../core/database.ts";
import type { Logger } from "../core/logger.ts";
import type { Context, Loaders, MapTiles, SessionCookie } from "../core/context.ts";
import type { Viewer } from "../core/viewer.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import { modules } from "./modules.ts";

const noCookie: SessionCookie = { set: () => undefined, clear: () => undefined };

type MakeLoaders = (prisma: PrismaClient, viewer: Viewer | null) => unknown;

// Each module's loaders are made when a request first uses them: a request
// uses two or three modules' of the dozen, and making all 40 loaders cost
// 33 µs of every request under load (a tenth of a territory lookup's CPU).
// One getter per module on the prototype and one slot per module in an
// array: every request's object has the same shape, which V8's inline caches
// rely on (own properties added in each request's order of use made the
// programme page a fifth slower).
const makers: MakeLoaders[] = [];
class RequestLoaders {
  readonly made: unknown[] = new Array(makers.length).fill(undefined);
  constructor(readonly prisma: PrismaClient, readonly viewer: Viewer | null) {}
}
for (const module of modules) {
  for (const [key, make] of Object.entries(module.loaders ?? {}) as [string, MakeLoaders][]) {
    const slot = makers.push(make) - 1;
    Object.defineProperty(RequestLoaders.prototype, key, {
      get(this: RequestLoaders) {
        return (this.made[slot] ??= makers[slot](this.prisma, this.viewer));
      },
    });
  }
}

/** Every module's loaders for one request: two requests never share cached rows. */
export function createLoaders(prisma: PrismaClient, viewer: Viewer | null): Loaders {
  return new RequestLoaders(prisma, viewer) as unknown as Loaders;
}

export interface RequestFacts {
  requestId: string;
  viewer?: Viewer | null;
  sessionCookie?: SessionCookie;
  clock?: Clock;
  clientAddress?: string;
  userAgent?: string | null;
  publicUrl?: string;
  mapTiles?: MapTiles | null;
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
    mapTiles: request.mapTiles ?? null,
  };
}
