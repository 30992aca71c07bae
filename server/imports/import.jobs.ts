// The queue's tasks of imports: reading an import into its preview, and the
// daily re-import of a feed.
import type { JobTask } from "../core/jobs.ts";
import type { Logger } from "../core/logger.ts";
import type { PrismaClient } from "../core/database.ts";
import { FEED_TASK, IMPORT_TASK, readImport, reimportFeed } from "./import.service.ts";

const importIdOf = (payload: unknown) => {
  const id = (payload as { importId?: unknown } | null)?.importId;
  if (typeof id !== "string") throw new Error("import job without importId");
  return id;
};

export function importTasks(prisma: PrismaClient, log: Logger): Record<string, JobTask> {
  return {
    [IMPORT_TASK]: (payload) => readImport(prisma, importIdOf(payload), log),
    [FEED_TASK]: async (payload) => {
      await reimportFeed(prisma, importIdOf(payload), log);
    },
  };
}
