// One autocannon run of one scenario against one server, reduced to the
// numbers the report compares.
import autocannon from "autocannon";
import type { Scenario } from "./scenarios/scenario.ts";

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  responses: number;
  latencyMs: { p50: number; p95: number; p99: number };
  /** Connection errors and timeouts. */
  socketErrors: number;
  non2xx: number;
  /** 2xx responses whose body carries GraphQL `errors`. */
  errorBodies: number;
  /**
   * Mean of the x-sql-statements header during the load; null when no
   * response carried it. The API's counter loses statements under
   * concurrency (see statementsWhenQuiet), so the report uses the quiet count.
   */
  sqlStatementsUnderLoad: number | null;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function graphqlBody(scenario: Scenario, variables: Record<string, unknown>): string {
  return JSON.stringify({ query: scenario.query, variables });
}

/** Ends the run early (with what was measured so far) when `stop` aborts. */
export async function runLoad(url: string, scenario: Scenario, settings: LoadSettings, stop?: AbortSignal): Promise<LoadResult> {
  // autocannon's latency table has no p95 and rounds to whole milliseconds:
  // the bench keeps every response time itself.
  const latencies: number[] = [];
  let errorBodies = 0;
  let statementSum = 0;
  let statementResponses = 0;

  const onResponse = (status: number, body: string, _context: object, headers: Record<string, unknown> | undefined) => {
    // A substring test instead of JSON.parse: the load generator shares the
    // CPU with the servers. `"errors":` cannot occur inside a JSON string
    // (its quotes would be escaped), and no scenario selects a field of that name.
    if (status >= 200 && status < 300 && body.includes('"errors":')) errorBodies += 1;
    const statements = headers?.["x-sql-statements"];
    if (typeof statements === "string") {
      statementSum += Number(statements);
      statementResponses += 1;
    }
  };

  const requests: autocannon.Request[] = scenario.variables.map((variables) => ({
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: graphqlBody(scenario, variables),
    onResponse: onResponse as NonNullable<autocannon.Request["onResponse"]>,
  }));

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const onAbort = () => instance.stop();
    const instance = autocannon(
      { url, connections: settings.connections, duration: settings.durationSeconds, requests },
      (error, result) => {
        stop?.removeEventListener("abort", onAbort);
        if (error) reject(error);
        else resolve(result);
      },
    );
    // autocannon 9 emits (client, status, bytes, ms); @types/autocannon 7 omits the client.
    (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    });
    if (stop?.aborted) instance.stop();
    else stop?.addEventListener("abort", onAbort, { once: true });
  });

  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    responses: latencies.length,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) },
    socketErrors: result.errors,
    non2xx: result.non2xx,
    errorBodies,
    sqlStatementsUnderLoad: statementResponses ? statementSum / statementResponses : null,
  };
}

/**
 * Mean x-sql-statements over `requests` sequential requests cycling through
 * the scenario's variables. One at a time, because the API counts statements
 * per request with AsyncLocalStorage at pg.Client#query, and under load
 * pg-pool starts a queued query from the callback of whichever request
 * released a connection: the statement is credited to that request, often
 * after its header was written.
 */
export async function statementsWhenQuiet(url: string, scenario: Scenario, requests: number): Promise<number> {
  let total = 0;
  for (let index = 0; index < requests; index += 1) {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: graphqlBody(scenario, scenario.variables[index % scenario.variables.length]),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    total += Number(response.headers.get("x-sql-statements"));
  }
  return total / requests;
}
