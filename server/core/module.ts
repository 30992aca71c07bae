// What a domain module gives the composition root (server/app/): its GraphQL
// resolvers, its per-request loaders, its REST routes and its demo data. Each
// module's index.ts exports one of these; server/app/modules.ts lists them.
import type { Router } from "express";
import type { PrismaClient } from "./database.ts";
import type { Logger } from "./logger.ts";
import type { Clock } from "./clock.ts";
import type { Loaders } from "./context.ts";
import type { Viewer } from "./viewer.ts";
import type { DemoData } from "./demo.ts";
import type { CronItem, JobTask } from "./jobs.ts";

export interface RouteDependencies {
  prisma: PrismaClient;
  log: Logger;
  clock: Clock;
}

/** What a module's background tasks are given: they run outside any request. */
export interface JobDependencies {
  prisma: PrismaClient;
  log: Logger;
  /** What time it is for the tasks (tests fix it). */
  clock: Clock;
  /** Where people reach the app, for the links of the e-mails (PUBLIC_URL). */
  publicUrl: string;
}

export interface MaillageModule {
  /** The module's folder under server/. */
  name: string;
  /** Its type-graphql resolver classes (object types come with them). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  /**
   * How to make its DataLoaders for one request, under the keys it declares
   * in core/context.ts's Loaders. A request makes a module's loaders when it
   * first uses them (app/context.ts).
   */
  loaders?: { [Key in keyof Loaders]?: (prisma: PrismaClient, viewer: Viewer | null) => Loaders[Key] };
  /** Its HTTP routes outside GraphQL (downloads, calendar feeds), mounted at the root; errors go to app/'s handler. */
  routes?: (dependencies: RouteDependencies) => Router;
  /**
   * Reads what it keeps in memory, when an API process starts, so that no
   * request waits for it (nor counts its statements). Not awaited: a request
   * arriving first waits for the same read.
   */
  warmUp?: (prisma: PrismaClient) => Promise<unknown>;
  /** Its demo data, loaded after the official territories, in the order of the modules. */
  demo?: DemoData;
  /** Its background tasks by name, queued by its services (enqueueJob) or by `cron`. */
  tasks?: (dependencies: JobDependencies) => Record<string, JobTask>;
  /** When its recurring tasks are queued (graphile-worker's crontab, UTC). */
  cron?: CronItem[];
  /**
   * Deletes what it keeps past its use (expired links, unconfirmed
   * proposals…), as of `now`; run by the daily purge. Returns how many rows
   * of each kind went.
   */
  purge?: (prisma: PrismaClient, now: Date) => Promise<Record<string, number>>;
}
