// One context per GraphQL request: who asks, the database, fresh loaders.
import type { PrismaClient } from "./database.ts";
import type { Logger } from "./logger.ts";
import { createLoaders, type Loaders } from "./loaders.ts";

export interface Context {
  requestId: string;
  log: Logger;
  prisma: PrismaClient;
  /** The signed-in person; anonymous until accounts exist. */
  viewer: null;
  loaders: Loaders;
}

export function createContext(prisma: PrismaClient, log: Logger, requestId: string): Context {
  // Loaders cache per request only: two requests never share stale rows.
  return { requestId, log: log.child({ requestId }), prisma, viewer: null, loaders: createLoaders(prisma) };
}
