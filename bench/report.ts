// The bench's table: one row per server and scenario, then the ratios against
// the targets.
import type { LoadResult } from "./load.ts";

/** API throughput must reach this share of the raw baseline's. */
export const THROUGHPUT_RATIO_TARGET = 0.7;
/** API p99 latency may be at most this multiple of the raw baseline's. */
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
}

export type Verdict = "PASS" | "MISS" | "n/a";

export interface ScenarioOutcome {
  name: string;
  description: string;
  api: Measured;
  raw: Measured;
  /** Null when a server answered nothing: there is nothing to compare. */
  ratios: { throughput: number | null; p99: number | null };
  verdicts: { throughput: Verdict; p99: Verdict };
}

export function outcomeOf(name: string, description: string, api: Measured, raw: Measured): ScenarioOutcome {
  const comparable = api.responses > 0 && raw.responses > 0;
  const throughput = comparable ? api.requestsPerSecond / raw.requestsPerSecond : null;
  const p99 = comparable ? api.latencyMs.p99 / raw.latencyMs.p99 : null;
  return {
    name, description, api, raw,
    ratios: { throughput, p99 },
    verdicts: {
      throughput: throughput === null ? "n/a" : throughput >= THROUGHPUT_RATIO_TARGET ? "PASS" : "MISS",
      p99: p99 === null ? "n/a" : p99 <= P99_RATIO_TARGET ? "PASS" : "MISS",
    },
  };
}

/** Failed requests; a run that completed none counts as one failure. */
export const errorCount = (result: LoadResult) =>
  result.socketErrors + result.non2xx + result.errorBodies + (result.responses === 0 ? 1 : 0);

const COLUMNS = [
  ["scenario", 21], ["server", 6], ["req/s", 8], ["p50 ms", 7], ["p95 ms", 7], ["p99 ms", 7],
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
    String(result.socketErrors), String(result.non2xx), String(result.errorBodies),
    result.sqlStatementsPerRequest.toFixed(2),
    cpu,
  ]);
}

export function formatTable(outcomes: readonly ScenarioOutcome[]): string {
  const lines = [line(COLUMNS.map(([title]) => title)), "-".repeat(line(COLUMNS.map(([title]) => title)).length)];
  for (const outcome of outcomes) {
    lines.push(row(outcome.name, "API", outcome.api), row("", "raw", outcome.raw));
    const { ratios, verdicts } = outcome;
    const ratio = (value: number | null, unit = "") => (value === null ? "n/a" : `${value.toFixed(2)}${unit}`);
    lines.push(
      `${"".padEnd(23)}API/raw: throughput ${ratio(ratios.throughput)} (target ≥ ${THROUGHPUT_RATIO_TARGET}) ${verdicts.throughput}` +
        ` · p99 ${ratio(ratios.p99, "×")} (target ≤ ${P99_RATIO_TARGET}×) ${verdicts.p99}`,
    );
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
