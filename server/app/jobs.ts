// The background jobs of a Maillage process: the queue's tasks by name, run
// by the primary process of every instance (server/main.ts) and by the tests
// that need them (tests/support/server.ts).
import { startJobRunner, type JobRunner } from "../core/jobs.ts";
import type { Logger } from "../core/logger.ts";
import { MAIL_TASK, mailSender, mailTask, type MailDelivery } from "../core/mail.ts";

export interface JobsOptions {
  databaseUrl: string;
  log: Logger;
  mail: MailDelivery;
  /** How often retries and scheduled jobs are looked for (new jobs are announced at once). */
  pollIntervalMs?: number;
}

export function startJobs(options: JobsOptions): Promise<JobRunner> {
  return startJobRunner({
    databaseUrl: options.databaseUrl,
    log: options.log,
    // E-mail waits on SMTP servers, not on the CPU: two at a time per instance is plenty.
    concurrency: 2,
    pollIntervalMs: options.pollIntervalMs,
    tasks: { [MAIL_TASK]: mailTask(mailSender(options.mail, options.log)) },
  });
}
