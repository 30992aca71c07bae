// The background jobs of a Maillage process: the queue's tasks by name, run
// by the primary process of every instance (server/main.ts) and by the tests
// that need them (tests/support/server.ts).
import { startJobRunner, type JobRunner } from "../core/jobs.ts";
import type { Logger } from "../core/logger.ts";
import { MAIL_TASK, mailSender, mailTask, type MailDelivery } from "../core/mail.ts";
import { createPrismaClient } from "../core/database.ts";
import { importTasks } from "../imports/index.ts";

export interface JobsOptions {
  databaseUrl: string;
  log: Logger;
  mail: MailDelivery;
  /** How often retries and scheduled jobs are looked for (new jobs are announced at once). */
  pollIntervalMs?: number;
}

export async function startJobs(options: JobsOptions): Promise<JobRunner> {
  // Imports read and write through Prisma: a small client of the jobs' own,
  // closed with them. Reading a large feed's preview may take a while.
  const prisma = createPrismaClient({ url: options.databaseUrl, statementTimeoutMs: 60_000, maxConnections: 2, log: options.log });
  const runner = await startJobRunner({
    databaseUrl: options.databaseUrl,
    log: options.log,
    // E-mail waits on SMTP servers, not on the CPU: two at a time per instance is plenty.
    concurrency: 2,
    pollIntervalMs: options.pollIntervalMs,
    tasks: { [MAIL_TASK]: mailTask(mailSender(options.mail, options.log)), ...importTasks(prisma, options.log) },
  }).catch(async (error: unknown) => {
    await prisma.$disconnect();
    throw error;
  });
  return {
    async stop() {
      await runner.stop();
      await prisma.$disconnect();
    },
  };
}
