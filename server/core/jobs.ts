// Background jobs in PostgreSQL, with graphile-worker: a job is a row of the
// `graphile_worker` schema, so that it is written in the same transaction as
// the change it follows (an invitation and its e-mail commit together or not at
// all), survives restarts, and is shared by every Maillage instance on the
// database. A failed job is tried again with graphile-worker's exponential
// backoff (after about 3 s, 7 s, 20 s… then every 6 hours: 25 attempts over
// some four days); a job in hand when its process dies is taken again once its
// lock expires (4 hours): a job may run twice, never zero times.
import {
  Logger as WorkerLogger,
  parseCronItems,
  run,
  type CronItem,
  runMigrations,
  type JobHelpers,
  type Runner,
} from "graphile-worker";
import pg from "pg";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Logger } from "./logger.ts";
import { disconnectionExpected, JOBS_APPLICATION_NAME } from "./database.ts";

/** graphile-worker's schema; named here, not taken from its GRAPHILE_WORKER_SCHEMA variable, as enqueueJob's SQL names it. */
export const JOB_QUEUE_SCHEMA = "graphile_worker";

export type { CronItem };

/** Runs one job; throwing makes it fail and be tried again later. */
export type JobTask = (payload: unknown, helpers: JobHelpers) => Promise<void>;

/** What enqueueJob needs of a Prisma client or transaction. */
export type JobWriter = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * graphile-worker's log lines, in the app's pino log. Its metadata is not
 * copied whole: a job carries its payload (an e-mail's text and recipient) and
 * a connection error its client (the connection's parameters).
 */
function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const name = String(level);
    // Ctrl-C reaches PostgreSQL too: its closing our connections is expected then.
    const method = name === "error" ? (disconnectionExpected() ? "debug" : "error") : name === "warning" ? "warn" : name === "debug" ? "debug" : "info";
    const error = meta?.error as { message?: unknown; code?: unknown } | undefined;
    const duration = typeof meta?.duration === "number" ? Math.round(meta.duration) : undefined;
    log[method]({
      jobQueue: { workerId: scope.workerId, task: scope.taskIdentifier, jobId: scope.jobId },
      ...(error ? { error: { message: String(error.message ?? error), code: error.code } } : {}),
      ...(duration === undefined ? {} : { durationMs: duration }),
    }, message);
  });
}

/**
 * Creates or updates the queue's schema (graphile-worker's own migrations,
 * safe when several instances start at once). npm start runs it after
 * Maillage's migrations, before any request may enqueue a job.
 */
export async function migrateJobQueue(databaseUrl: string, log: Logger): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, schema: JOB_QUEUE_SCHEMA, logger: workerLogger(log), maxPoolSize: 2 });
}

export interface EnqueueOptions {
  /** Attempts before the job is given up (graphile-worker's default: 25). */
  maxAttempts?: number;
  /** Not before this instant. */
  runAt?: Date;
  /**
   * At most one waiting job per key: queuing another with the same key
   * replaces the waiting one's payload. With `keepRunAt`, the waiting job
   * keeps its time (a burst of changes is told once, when the first one's
   * delay is over); otherwise it takes the new one.
   */
  jobKey?: string;
  keepRunAt?: boolean;
}

/**
 * Queues a job in the caller's transaction: it runs only if the transaction
 * commits, and never before. The queue's schema must exist (migrateJobQueue).
 */
export async function enqueueJob(tx: JobWriter, task: string, payload: object, options: EnqueueOptions = {}): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    identifier => ${task},
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::integer,
    job_key => ${options.jobKey ?? null}::text,
    job_key_mode => ${options.keepRunAt ? "preserve_run_at" : "replace"}::text
  )`;
}

export interface JobRunnerOptions {
  databaseUrl: string;
  log: Logger;
  /** The tasks by name, as enqueueJob names them. */
  tasks: Record<string, JobTask>;
  /**
   * Recurring jobs (graphile-worker's crontab, in UTC): each occurrence is
   * queued once whatever the number of instances, as their shared
   * `known_crontabs` row records the last one queued.
   */
  cron?: CronItem[];
  /** Jobs run at once in this process; e-mail is slow I/O, not work. */
  concurrency?: number;
  /**
   * How often to look for jobs whose time has come (retries, runAt); new jobs
   * are announced at once by LISTEN/NOTIFY.
   */
  pollIntervalMs?: number;
}

export interface JobRunner {
  /** Takes no more jobs, lets the jobs in hand finish (aborted after a few seconds), and closes its connections. */
  stop(): Promise<void>;
}

/**
 * Starts taking jobs. It owns a small pool of its own (concurrency + 2
 * connections, one of them listening) and installs no signal handler: the
 * process decides when to stop it. A runner that stops by itself (graphile-worker
 * gives up when it cannot record a finished job for minutes: a database away
 * that long) is started again, so that e-mail resumes with the database.
 * @throws when the first start fails (the database refuses the connection).
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const concurrency = options.concurrency ?? 2;
  // Our pool, not one graphile-worker makes: it outlives a runner started
  // again, and it keeps its error listener until it is closed (graphile-worker's
  // own dropped it on stop, and PostgreSQL stopping next then crashed the
  // process on an idle connection's error).
  const pool = new pg.Pool({
    connectionString: options.databaseUrl, max: concurrency + 2, connectionTimeoutMillis: 5000, application_name: JOBS_APPLICATION_NAME,
  });
  const lost = (error: Error & { code?: string }) => {
    if (!disconnectionExpected()) options.log.warn({ error: error.message, code: error.code }, "job queue connection lost; it will be reopened");
  };
  // Idle connections report to the pool, those in use (the one that LISTENs) to themselves.
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
  const start = () => run({
    pgPool: pool,
    schema: JOB_QUEUE_SCHEMA,
    concurrency,
    pollInterval: options.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    logger: workerLogger(options.log),
    taskList: options.tasks as Record<string, (payload: unknown, helpers: JobHelpers) => Promise<void>>,
    // Given here: no crontab file is looked for in the working directory.
    parsedCronItems: parseCronItems(options.cron ?? []),
    preset: {
      worker: {
        // Through the batcher, even of one: a stop waits for it to record the
        // jobs just finished. Unbatched (-1, the default), the completion of
        // the job in hand was lost when the pool closed under it, and the
        // e-mail was sent again once its lock expired (tests/jobs/mail.test.ts).
        completeJobBatchDelay: 0,
        failJobBatchDelay: 0,
      },
    },
  });

  /** The runner taking jobs; none while it is being started again. */
  let live: Runner | undefined;
  try {
    live = await start();
  } catch (error) {
    await pool.end();
    throw error;
  }
  let stopping = false;
  let restart: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;
  const supervise = (current: Runner) => {
    void current.promise.then(() => undefined, (error: unknown) => error).then((error) => {
      if (live === current) live = undefined;
      if (stopping) return;
      options.log.error({ error: error instanceof Error ? error.message : undefined }, "the job runner stopped by itself; starting it again");
      const retry = (delayMs: number) => {
        restart = setTimeout(() => {
          restarting = start().then(
            async (started) => {
              if (stopping) return started.stop();
              live = started;
              supervise(started);
            },
            (startError: unknown) => {
              if (stopping) return;
              options.log.warn({ error: (startError as Error).message }, "the job runner could not start again; trying later");
              retry(Math.min(delayMs * 2, 60_000));
            },
          );
        }, delayMs);
      };
      retry(1000);
    });
  };
  supervise(live);

  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        stopping = true;
        clearTimeout(restart);
        await restarting?.catch(() => undefined);
        const runner = live;
        if (!runner) return pool.end();
        // A job that will not finish (an SMTP server that hangs past the
        // abort, 5 s into the stop) must not hold the process: after 10 s its
        // lock is left to expire and the job is taken again later.
        let late: NodeJS.Timeout | undefined;
        const tooLate = new Promise<"late">((resolve) => { late = setTimeout(() => resolve("late"), 10_000); });
        try {
          const outcome = await Promise.race([runner.stop().then(() => "stopped" as const), tooLate]);
          if (outcome === "late") {
            options.log.warn("jobs still running after 10 s: stopping without them");
            await runner.kill().catch(() => undefined);
          }
        } catch (error) {
          // The database already gone (Ctrl-C reaches PostgreSQL too).
          if (!disconnectionExpected()) options.log.warn({ error: (error as Error).message }, "the job runner did not stop cleanly");
        } finally {
          clearTimeout(late);
        }
        await pool.end();
      })();
      return stopped;
    },
  };
}
