// The background jobs of a Maillage process: the queue's tasks by name, run
// by the primary process of every instance (server/main.ts) and by the tests
// that need them (tests/support/server.ts): sending e-mail, the tasks the
// modules register (the proposal digest, event notices), and the daily purge
// of what the modules keep past its use.
import { startJobRunner, type CronItem, type JobRunner, type JobTask } from "../core/jobs.ts";
import type { Logger } from "../core/logger.ts";
import { MAIL_TASK, mailSender, mailTask, type MailDelivery, type RefusalRecorder } from "../core/mail.ts";
import { createPrismaClient, JOBS_APPLICATION_NAME, type PrismaClient } from "../core/database.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import type { JobDependencies } from "../core/module.ts";
import { modules } from "./modules.ts";

export const PURGE_TASK = "purge";

export interface JobsOptions {
  databaseUrl: string;
  log: Logger;
  mail: MailDelivery;
  /** Where people reach the app, for the links of the e-mails (PUBLIC_URL). */
  publicUrl?: string;
  /** What time it is for the tasks (tests fix it). */
  clock?: Clock;
  /** How often retries and scheduled jobs are looked for (new jobs are announced at once). */
  pollIntervalMs?: number;
}

/**
 * Deletes what every module keeps past its use, as of `now`; returns the
 * counts by module and kind. The daily PURGE_TASK runs it; so may a test.
 */
export async function purgeExpired(prisma: PrismaClient, now: Date, log?: Logger): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const module of modules) {
    if (!module.purge) continue;
    for (const [kind, count] of Object.entries(await module.purge(prisma, now))) counts[`${module.name}.${kind}`] = count;
  }
  log?.info({ purged: counts }, "expired records purged");
  return counts;
}

// Once a day, at night in France: nothing of it is urgent.
const PURGE_CRON: CronItem = { task: PURGE_TASK, match: "30 2 * * *", identifier: PURGE_TASK };

/** The tasks of every module, with their dependencies, and the purge: the queue's whole task list but e-mail. */
export function moduleTasks(dependencies: JobDependencies): Record<string, JobTask> {
  const tasks: Record<string, JobTask> = {
    [PURGE_TASK]: async () => {
      await purgeExpired(dependencies.prisma, dependencies.clock.now(), dependencies.log);
    },
  };
  for (const module of modules) Object.assign(tasks, module.tasks?.(dependencies));
  return tasks;
}

/** Every recurring job: the modules' and the purge. */
export const CRON_ITEMS: CronItem[] = [PURGE_CRON, ...modules.flatMap((module) => module.cron ?? [])];

export async function startJobs(options: JobsOptions): Promise<JobRunner> {
  // The tasks' own client: a couple of connections, apart from the requests'.
  const prisma = createPrismaClient({
    url: options.databaseUrl, statementTimeoutMs: 60_000, maxConnections: 2, applicationName: JOBS_APPLICATION_NAME, log: options.log,
  });
  const recordRefusal: RefusalRecorder = async (message, refusal) => {
    await prisma.mailRefusal.create({
      data: { mailId: message.id, kind: message.kind, recipient: message.to, responseCode: refusal.responseCode, response: refusal.response },
    });
  };
  const dependencies: JobDependencies = {
    prisma, log: options.log, clock: options.clock ?? systemClock, publicUrl: options.publicUrl ?? "http://localhost:4000",
  };
  let runner: JobRunner;
  try {
    runner = await startJobRunner({
      databaseUrl: options.databaseUrl,
      log: options.log,
      // E-mail waits on SMTP servers, not on the CPU: two at a time per instance is plenty.
      concurrency: 2,
      pollIntervalMs: options.pollIntervalMs,
      tasks: {
        ...moduleTasks(dependencies),
        [MAIL_TASK]: mailTask(mailSender(options.mail, options.log), { log: options.log, recordRefusal }),
      },
      cron: CRON_ITEMS,
    });
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
  return {
    async stop() {
      await runner.stop();
      await prisma.$disconnect();
    },
  };
}
