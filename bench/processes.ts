// The servers under test as child processes, and the CPU they use.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));

export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Last lines of its output, shown when it fails. */
  tail: string[];
}

// Forwarding every line would flood the table when a server logs per error;
// the first few say what is wrong.
const FORWARDED_LINES = 20;

/**
 * Starts `node --import tsx <script>` from the repository root; with `node`
 * (another Node binary: the peer's Node 22), `<node> <script>` as it is.
 */
export function startServer(
  name: string, script: string, port: number, env: Record<string, string>, nodeArgs: string[] = [], node?: string,
): ServerProcess {
  // Cluster workers inherit the primary's Node options (nodeArgs: --cpu-prof…).
  const child = spawn(node ?? process.execPath, node ? [...nodeArgs, script] : [...nodeArgs, "--import", "tsx", script], {
    cwd: ROOT,
    // As `npm start` runs it: graphql-js picks its faster production checks.
    env: { NODE_ENV: "production", ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server: ServerProcess = { name, url: `http://127.0.0.1:${port}`, child, tail: [] };
  let forwarded = 0;
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      server.tail = [...server.tail.slice(-19), line];
      forwarded += 1;
      if (forwarded <= FORWARDED_LINES) process.stderr.write(`[${name}] ${line}\n`);
      else if (forwarded === FORWARDED_LINES + 1) process.stderr.write(`[${name}] (further output hidden)\n`);
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  return server;
}

export class ServerFailed extends Error {}

function failure(server: ServerProcess, what: string): ServerFailed {
  return new ServerFailed(`${server.name} ${what}.${server.tail.length ? `\nIts last output:\n  ${server.tail.join("\n  ")}` : ""}`);
}

/** Resolves when GET /healthz answers 200; throws if the process exits first or after `timeoutMs`. */
export async function waitUntilHealthy(server: ServerProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw failure(server, `exited (${server.child.exitCode ?? server.child.signalCode}) before answering /healthz`);
    }
    try {
      const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw failure(server, `did not answer /healthz within ${timeoutMs / 1000} s`);
}

export function isRunning(server: ServerProcess): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

function signal(pid: number, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false; // Already gone.
  }
}

/** Signal 0 only asks whether the process exists. */
export const isAlive = (pid: number) => signal(pid, 0);

/**
 * SIGTERM to the server, then to what it leaves behind, as Ctrl-C would to
 * the whole group: the API's primary exits without waiting for its workers,
 * which would keep their database connections open until PostgreSQL stops.
 * SIGKILL whatever remains after `graceMs`.
 */
export async function stopServer(server: ServerProcess, graceMs = 5000): Promise<void> {
  if (!isRunning(server)) return;
  const descendants = processTree(server.child.pid!).slice(1);
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  const deadline = Date.now() + graceMs;
  await Promise.race([exited, sleep(graceMs)]);
  if (isRunning(server)) server.child.kill("SIGKILL");
  for (const pid of descendants) signal(pid, "SIGTERM");
  while (descendants.some(isAlive) && Date.now() < deadline) await sleep(50);
  for (const pid of descendants) signal(pid, "SIGKILL");
}

/** Synchronous SIGTERM to the server and everything under it, the server first. */
export function terminateServer(server: ServerProcess): void {
  if (!isRunning(server)) return;
  for (const pid of processTree(server.child.pid!)) signal(pid, "SIGTERM");
}

/** Last resort at exit, synchronous: SIGKILL the server and everything under it. */
export function killServer(server: ServerProcess): void {
  if (!isRunning(server)) return;
  for (const pid of processTree(server.child.pid!).reverse()) signal(pid, "SIGKILL");
}

// --- CPU accounting, from /proc (Linux). Elsewhere the bench runs without it.

const PROC = existsSync("/proc/self/stat");
// utime and stime are in USER_HZ ticks, which the kernel fixes at 100 for
// user space on every mainstream architecture.
const TICKS_PER_SECOND = 100;

export const cpuAccounting = PROC;

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined; // The process has exited.
  }
}

export function childrenOf(pid: number): number[] {
  const tasks = readProc(`/proc/${pid}/task/${pid}/children`);
  return tasks ? tasks.trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(processTree)];
}

export function commandName(pid: number): string | undefined {
  return readProc(`/proc/${pid}/comm`)?.trim();
}

/** User + system CPU seconds of one live process, or 0 once it has exited. */
function cpuSecondsOf(pid: number): number {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return 0;
  // The command name may contain spaces: fields are counted after its ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime (fields 14 and 15)
}

export type CpuSnapshot = Map<number, number>;

export function cpuSnapshot(pids: readonly number[]): CpuSnapshot {
  return new Map(pids.map((pid) => [pid, cpuSecondsOf(pid)]));
}

/**
 * CPU seconds used between two snapshots; processes born in between count
 * from zero. A process that exits while the second snapshot is taken reads
 * as 0: it adds nothing rather than taking back what it had used (a
 * PostgreSQL backend ending made a run's PostgreSQL CPU negative).
 */
export function cpuSecondsBetween(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, seconds] of after) total += Math.max(0, seconds - (before.get(pid) ?? 0));
  return total;
}

/**
 * Waits until the API's primary has forked `workers` workers and each of them
 * has gone idle (finished building its schema and listening). /healthz
 * answers as soon as the first worker listens; connections opened before the
 * others are ready would all stay on that one worker for the whole run.
 */
export async function waitForIdleWorkers(server: ServerProcess, workers: number, timeoutMs = 60_000): Promise<number> {
  if (!PROC || workers <= 1) {
    await sleep(PROC ? 0 : 3000);
    return workers;
  }
  const deadline = Date.now() + timeoutMs;
  let previous: CpuSnapshot | undefined;
  while (Date.now() < deadline) {
    const pids = childrenOf(server.child.pid!);
    const now = cpuSnapshot(pids);
    // Idle: under 20 ms of CPU each over the last 500 ms.
    if (pids.length >= workers && previous && pids.every((pid) => previous!.has(pid) && now.get(pid)! - previous!.get(pid)! < 0.02)) {
      return pids.length;
    }
    previous = now;
    await sleep(500);
  }
  throw failure(server, `did not have ${workers} idle workers within ${timeoutMs / 1000} s`);
}
