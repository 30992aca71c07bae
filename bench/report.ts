// The bench's table: one row per server (API, PostGraphile, floor) and
// scenario, then the ratios against the targets.
import type { LoadResult } from "./load.ts";

/** API throughput must reach PostGraphile's at least. */
export const PEER_THROUGHPUT_RATIO_TARGET = 1;
/** API p99 latency may be at most PostGraphile's. */
export const PEER_P99_RATIO_TARGET = 1;
/** API throughput must reach this share of the floor's (raw, hand-written SQL). */
export const THROUGHPUT_RATIO_TARGET = 0.6;
/** API p99 latency may be at most this multiple of the floor's. */
export const P99_RATIO_TARGET = 2;

export interface CpuUse {
  /** Cores used on average during the run (CPU seconds / wall seconds). */
  server: number;
  postgres: number;
  /** The bench process itself: autocannon and its response hooks. */
  loadGenerator: number;
}

export interface Measured extends LoadResult {
  /** Mean statements per request, counted one request at a time. */
  sqlStatementsPerRequest: number;
  cpu: CpuUse | null;
  /** The throughput of each run, in the order they ran. */
  roundsPerSecond: number[];
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Several runs of one server on one scenario as one: the median of the
 * throughput and of each latency percentile (each over its own runs), the
 * failures of every run added up, the CPU used on average.
 */
export function medianOfRuns(runs: readonly Measured[]): Measured {
  const underLoad = runs.map((run) => run.sqlStatementsUnderLoad).filter((value): value is number => value !== null);
  const cpus = runs.map((run) => run.cpu).filter((cpu): cpu is CpuUse => cpu !== null);
  return {
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    responses: runs.reduce((sum, run) => sum + run.responses, 0),
    latencyMs: {
      p50: median(runs.map((run) => run.latencyMs.p50)),
      p95: median(runs.map((run) => run.latencyMs.p95)),
      p99: median(runs.map((run) => run.latencyMs.p99)),
    },
    socketErrors: runs.reduce((sum, run) => sum + run.socketErrors, 0),
    timeouts: runs.reduce((sum, run) => sum + run.timeouts, 0),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errorBodies: runs.reduce((sum, run) => sum + run.errorBodies, 0),
    sqlStatementsUnderLoad: underLoad.length ? mean(underLoad) : null,
    sqlStatementsPerRequest: runs[0].sqlStatementsPerRequest,
    cpu: cpus.length === runs.length
      ? { server: mean(cpus.map((cpu) => cpu.server)), postgres: mean(cpus.map((cpu) => cpu.postgres)), loadGenerator: mean(cpus.map((cpu) => cpu.loadGenerator)) }
      : null,
    roundsPerSecond: runs.flatMap((run) => run.roundsPerSecond),
  };
}

export type Verdict = "PASS" | "MISS" | "n/a";

export interface ScenarioOutcome {
  name: string;
  description: string;
  api: Measured;
  /** PostGraphile's run; null when it was not asked (see peerNote). */
  peer: Measured | null;
  /** Why PostGraphile has no row: what it cannot express, or that it was not run. */
  peerNote: string | null;
  raw: Measured;
  /** API over PostGraphile and API over the floor; null when either side has nothing to compare. */
  ratios: { peerThroughput: number | null; peerP99: number | null; throughput: number | null; p99: number | null };
  verdicts: { peerThroughput: Verdict; peerP99: Verdict; throughput: Verdict; p99: Verdict };
}

const verdict = (ratio: number | null, pass: (ratio: number) => boolean): Verdict => (ratio === null ? "n/a" : pass(ratio) ? "PASS" : "MISS");

export function outcomeOf(
  name: string, description: string, api: Measured, peer: Measured | null, peerNote: string | null, raw: Measured,
): ScenarioOutcome {
  const answered = (result: Measured | null): result is Measured => result !== null && result.responses > 0;
  const withRaw = answered(api) && answered(raw);
  const withPeer = answered(api) && answered(peer);
  const ratios = {
    peerThroughput: withPeer ? api.requestsPerSecond / peer.requestsPerSecond : null,
    peerP99: withPeer ? api.latencyMs.p99 / peer.latencyMs.p99 : null,
    throughput: withRaw ? api.requestsPerSecond / raw.requestsPerSecond : null,
    p99: withRaw ? api.latencyMs.p99 / raw.latencyMs.p99 : null,
  };
  return {
    name, description, api, peer, peerNote, raw,
    ratios,
    verdicts: {
      peerThroughput: verdict(ratios.peerThroughput, (ratio) => ratio >= PEER_THROUGHPUT_RATIO_TARGET),
      peerP99: verdict(ratios.peerP99, (ratio) => ratio <= PEER_P99_RATIO_TARGET),
      throughput: verdict(ratios.throughput, (ratio) => ratio >= THROUGHPUT_RATIO_TARGET),
      p99: verdict(ratios.p99, (ratio) => ratio <= P99_RATIO_TARGET),
    },
  };
}

/** Failed requests; a run that completed none counts as one failure. */
export const errorCount = (result: LoadResult) =>
  result.socketErrors + result.non2xx + result.errorBodies + (result.responses === 0 ? 1 : 0);

const COLUMNS = [
  ["scenario", 24], ["server", 12], ["req/s", 8], ["p50 ms", 7], ["p95 ms", 7], ["p99 ms", 7],
  ["sock err", 8], ["non-2xx", 7], ["err body", 8], ["SQL/req", 7], ["CPU cores srv/pg/load", 21],
] as const;

function line(cells: string[]): string {
  return cells.map((cell, index) => (index < 2 ? cell.padEnd(COLUMNS[index][1]) : cell.padStart(COLUMNS[index][1]))).join("  ");
}

function row(scenario: string, server: string, result: Measured): string {
  const cpu = result.cpu
    ? `${result.cpu.server.toFixed(2)} / ${result.cpu.postgres.toFixed(2)} / ${result.cpu.loadGenerator.toFixed(2)}`
    : "n/a";
  return line([
    scenario, server,
    result.requestsPerSecond.toFixed(0),
    result.latencyMs.p50.toFixed(2), result.latencyMs.p95.toFixed(2), result.latencyMs.p99.toFixed(2),
    // "2 (1 t/o)": two socket errors, one of them a request unanswered after 10 s.
    result.timeouts ? `${result.socketErrors} (${result.timeouts} t/o)` : String(result.socketErrors), String(result.non2xx), String(result.errorBodies),
    result.sqlStatementsPerRequest.toFixed(2),
    cpu,
  ]);
}

export function formatTable(outcomes: readonly ScenarioOutcome[]): string {
  const lines = [line(COLUMNS.map(([title]) => title)), "-".repeat(line(COLUMNS.map(([title]) => title)).length)];
  for (const outcome of outcomes) {
    const indent = "".padEnd(COLUMNS[0][1] + 2);
    lines.push(row(outcome.name, "Maillage", outcome.api));
    lines.push(outcome.peer ? row("", "PostGraphile", outcome.peer) : `${indent}${"PostGraphile".padEnd(COLUMNS[1][1])}  n/a: ${outcome.peerNote ?? "not run"}`);
    lines.push(row("", "floor (raw)", outcome.raw));
    const { ratios, verdicts } = outcome;
    const ratio = (value: number | null, unit = "") => (value === null ? "n/a" : `${value.toFixed(2)}${unit}`);
    lines.push(
      `${indent}Maillage/PostGraphile: throughput ${ratio(ratios.peerThroughput)} (target ≥ ${PEER_THROUGHPUT_RATIO_TARGET}) ${verdicts.peerThroughput}` +
        ` · p99 ${ratio(ratios.peerP99, "×")} (target ≤ ${PEER_P99_RATIO_TARGET}×) ${verdicts.peerP99}`,
      `${indent}Maillage/floor:        throughput ${ratio(ratios.throughput)} (target ≥ ${THROUGHPUT_RATIO_TARGET}) ${verdicts.throughput}` +
        ` · p99 ${ratio(ratios.p99, "×")} (target ≤ ${P99_RATIO_TARGET}×) ${verdicts.p99}`,
    );
    if (outcome.api.roundsPerSecond.length > 1) {
      const rounds = (result: Measured) => result.roundsPerSecond.map((value) => value.toFixed(0)).join(" · ");
      lines.push(
        `${indent}runs (req/s, in order): Maillage ${rounds(outcome.api)}${outcome.peer ? ` | PostGraphile ${rounds(outcome.peer)}` : ""}` +
          ` | floor ${rounds(outcome.raw)}`,
      );
    }
  }
  return lines.join("\n");
}

/** Notes under the table: where the API's own statement count is off under load. */
export function formatNotes(outcomes: readonly ScenarioOutcome[]): string[] {
  const notes: string[] = [];
  for (const { name, api } of outcomes) {
    const underLoad = api.sqlStatementsUnderLoad;
    if (underLoad !== null && Math.abs(underLoad - api.sqlStatementsPerRequest) > 0.05 * api.sqlStatementsPerRequest) {
      notes.push(
        `${name}: the API's x-sql-statements averaged ${underLoad.toFixed(2)} under load against ${api.sqlStatementsPerRequest.toFixed(2)} ` +
          `one request at a time (SQL/req above): its per-request counter misattributes statements under concurrency.`,
      );
    }
  }
  return notes;
}
