// What every resolver and service may rely on for one request. The loaders
// are declared here empty and filled by the modules: each module adds its
// own with `declare module "../core/context.ts" { interface Loaders { … } }`
// beside its loaders, so that core/ knows no module.
import type { PrismaClient } from "./database.ts";
import type { Logger } from "./logger.ts";
import type { Viewer } from "./viewer.ts";
import type { Clock } from "./clock.ts";

/** The per-request DataLoaders of every module, by module. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Loaders {}

/** What a resolver may do with the session cookie of its request. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  requestId: string;
  log: Logger;
  prisma: PrismaClient;
  /** The signed-in account, or null for an anonymous request. */
  viewer: Viewer | null;
  /** Sets or clears the session cookie of this request's response. */
  sessionCookie: SessionCookie;
  /** Fresh for every request: two requests never share cached rows. */
  loaders: Loaders;
  /** What day it is for this request's rules. */
  clock: Clock;
  /** The client's address (behind a trusted proxy, the one the proxy names): sign-in throttles count by it. */
  clientAddress: string;
  /** The client's User-Agent header, read when a session opens (to name its device); null when absent. */
  userAgent: string | null;
  /** Where people reach the app, for the links of e-mails ("https://maillage.example.org"). */
  publicUrl: string;
  /** The operator's background tiles for the maps (MAP_TILES_URL), or null: the maps then show the contours alone. */
  mapTiles: MapTiles | null;
}

export interface MapTiles {
  /** XYZ raster template, "https://tiles.example.org/{z}/{x}/{y}.png". */
  url: string;
  /** Who to credit, shown on every map that draws them. */
  attribution: string | null;
}
