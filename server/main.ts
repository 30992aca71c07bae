// `npm start`: database (embedded unless DATABASE_URL is set), migrations,
// official territories, demo data, then the API and web app on PORT.
//
// The primary process owns the database, the start-up work and the background
// jobs (e-mail); HTTP is served by one worker per core (GraphQL execution is
// CPU-bound), all on one port.
// Decorator metadata must exist before any type-graphql class is declared.
import "reflect-metadata";
import cluster from "node:cluster";
import { join } from "node:path";
import { createServer, type Server } from "node:http";
import { readConfig, type Config } from "./core/config.ts";
import { createLogger, type Logger } from "./core/logger.ts";
import { startEmbeddedPostgres, StartupError, type RunningPostgres } from "./core/embedded-postgres.ts";
import { applyMigrations } from "./core/migrations.ts";
import { migrateJobQueue, type JobRunner } from "./core/jobs.ts";
import { mailDeliveryOf } from "./core/mail.ts";
import { checkDatabaseAnswers, createPrismaClient, expectDisconnection } from "./core/database.ts";
import { createApp } from "./app/http.ts";
import { installSqlStatementCounter } from "./core/sql-statements.ts";
import { portIsFree } from "./core/free-port.ts";
import { loadOfficialTerritories } from "./territories/index.ts";
import { loadDemoData } from "./app/demo.ts";
import { disableDemoAccounts } from "./auth/index.ts";
import { startJobs } from "./app/jobs.ts";

const config = readConfig();
const log = createLogger(config.logLevel);

if (cluster.isPrimary) {
  await runPrimary(config, log).catch((error: unknown) => {
    if (error instanceof StartupError) {
      console.error(`Maillage could not start: ${error.message}`);
    } else {
      console.error("Maillage could not start:", error);
    }
    process.exit(1);
  });
} else {
  await runWorker(config, log);
}

async function runWorker(config: Config, log: Logger) {
  const close = await serveHttp(config, log, process.env.MAILLAGE_RESOLVED_DATABASE_URL!);
  // A terminal's Ctrl-C reaches every process of the group: the primary
  // decides, and tells each worker to finish its requests and leave.
  process.on("SIGINT", expectDisconnection);
  process.on("SIGTERM", expectDisconnection);
  process.on("message", (message) => {
    if (message === "shutdown") void close().finally(() => process.exit(0));
  });
}

async function runPrimary(config: Config, log: Logger) {
  // A wrong SMTP_URL or MAIL_FROM is said before anything starts.
  const mail = mailDeliveryOf(config);
  let postgres: RunningPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl) {
    await checkDatabaseAnswers(databaseUrl);
  } else {
    postgres = await startEmbeddedPostgres({
      dir: join(config.dataDir, "postgres"),
      port: config.embeddedPostgresPort,
      log,
      // Serving errors until someone notices helps no one: the database is
      // started again, and if it cannot be, Maillage stops and says why.
      restartOnExit: {
        log,
        onGiveUp: (message) => void shutdown("database lost", { code: 1, message: `Maillage stopped: ${message}.` }),
      },
    });
    databaseUrl = postgres.url;
    log.info({ port: config.embeddedPostgresPort, dir: join(config.dataDir, "postgres") }, "embedded PostgreSQL started");
  }

  let shuttingDown = false;
  /** Stops everything; `failure` is said last, as the exit code's reason. */
  const shutdown = async (signal: string, failure?: { code: number; message: string }) => {
    if (shuttingDown) return;
    shuttingDown = true;
    expectDisconnection();
    postgres?.expectExit();
    log.info({ signal }, "stopping");
    // Workers finish their requests before the database goes away.
    const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    const finished = Promise.all(workers.map((worker) => new Promise((resolve) => {
      worker.once("exit", resolve);
      worker.send("shutdown");
    })));
    const late = setTimeout(() => workers.forEach((worker) => worker.kill("SIGKILL")), 10_000);
    await finished;
    clearTimeout(late);
    await closeHttp?.();
    // No request is left to queue anything: the jobs in hand finish while
    // the database is still there.
    await jobs?.stop();
    await postgres?.stop();
    if (failure) console.error(failure.message);
    if (signal !== "startup failure") process.exit(failure?.code ?? 0);
  };
  let closeHttp: (() => Promise<void>) | undefined;
  let jobs: JobRunner | undefined;
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    const migrations = await applyMigrations(databaseUrl);
    if (migrations.applied.length) log.info({ applied: migrations.applied }, "migrations applied");
    // The job queue's own schema, before any request may queue a job.
    await migrateJobQueue(databaseUrl, log);
    const territories = await loadOfficialTerritories({ databaseUrl, log });
    if (!territories.skipped) log.info({ counts: territories.counts }, "official territories loaded");
    const prisma = createPrismaClient({ url: databaseUrl, statementTimeoutMs: 60_000, maxConnections: 2, log });
    try {
      if (config.demoData) await loadDemoData(prisma, log);
      else {
        const disabled = await disableDemoAccounts(prisma);
        log.info({ disabled }, "demo data off (MAILLAGE_DEMO_DATA=false): not loaded, demo accounts deactivated");
      }
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    await postgres?.stop();
    throw error;
  }

  try {
    // Said before any worker tries, so that it is said once and plainly.
    if (!(await portIsFree(config.port))) throw httpPortTaken(config.port);
    jobs = await startJobs({ databaseUrl, log, mail, publicUrl: config.publicUrl });
    if (mail.kind === "log") log.warn("E-mails are not sent: SMTP_URL is not set, they are written to this log");
    if (config.workers <= 1) {
      closeHttp = await serveHttp(config, log, databaseUrl);
      return;
    }
  } catch (error) {
    await jobs?.stop();
    await postgres?.stop();
    throw error;
  }
  // An answer is built of many short-lived objects (rows, resolved fields,
  // JSON): with V8's default young generation (16 MB semi-spaces) the
  // programme's page spent a sixth of its CPU collecting them; 32 MB gave it
  // 9 % more throughput. A value given by the operator is kept.
  const v8Flags = `${process.execArgv.join(" ")} ${process.env.NODE_OPTIONS ?? ""}`;
  if (!v8Flags.includes("--max-semi-space-size")) cluster.setupPrimary({ execArgv: [...process.execArgv, "--max-semi-space-size=32"] });
  const fork = () => cluster.fork({ MAILLAGE_RESOLVED_DATABASE_URL: databaseUrl });
  for (let index = 0; index < config.workers; index += 1) fork();
  let ready = 0;
  cluster.on("listening", () => {
    ready += 1;
    if (ready === config.workers) log.info({ url: `http://localhost:${config.port}/`, workers: config.workers }, "Maillage is ready");
  });
  cluster.on("exit", (worker, code, signal) => {
    if (shuttingDown || worker.exitedAfterDisconnect) return;
    if (ready < config.workers) {
      // Dying before serving is a start-up failure, not a crash to retry.
      console.error(`Maillage could not start: an HTTP worker exited with code ${code ?? signal} while starting (see the log above).`);
      void shutdown("startup failure").then(() => process.exit(1));
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, "HTTP worker died; starting another");
    setTimeout(fork, 1000);
  });
}

function httpPortTaken(port: number) {
  return new StartupError(`Port ${port} is already in use, so Maillage cannot serve there: stop what listens there or choose another port with PORT.`);
}

async function serveHttp(config: Config, log: Logger, databaseUrl: string): Promise<() => Promise<void>> {
  const exposeSqlStatements = process.env.MAILLAGE_EXPOSE_SQL_STATEMENTS === "1";
  if (exposeSqlStatements) installSqlStatementCounter();
  const prisma = createPrismaClient({ url: databaseUrl, statementTimeoutMs: config.statementTimeoutMs, log });
  const { handler, stop } = await createApp({
    prisma,
    log,
    production: config.production,
    exposeSqlStatements,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    mapTiles: config.mapTilesUrl ? { url: config.mapTilesUrl, attribution: config.mapTilesAttribution ?? null } : null,
  });
  const server: Server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? httpPortTaken(config.port) : error),
    );
    server.listen(config.port, resolve);
  });
  if (cluster.isPrimary) log.info({ url: `http://localhost:${config.port}/` }, "Maillage is ready");
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await stop();
    await prisma.$disconnect();
  };
}
