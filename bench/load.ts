// One autocannon run of one scenario against one server, reduced to the
// numbers the report compares.
import { request as httpRequest } from "node:http";
import autocannon from "autocannon";
import { isGet, type GraphqlScenario, type Scenario, type Variables } from "./scenarios/scenario.ts";

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
  /** Of socketErrors, the requests unanswered after autocannon's 10 s. */
  timeouts: number;
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

export function graphqlBody(scenario: GraphqlScenario, variables: Record<string, unknown>): string {
  return JSON.stringify({ query: scenario.query, variables });
}

let hostSerial = 0;
/** A Host name of its own, for scenarios whose every request must look new to the server (`distinctHosts`). */
const distinctHost = () => `feed-${(hostSerial += 1)}.bench`;

/** Method, path, headers and body of one request of the scenario (its `prepare` headers included). */
export function requestOf(scenario: Scenario, variables: Variables, headers: Record<string, string> = {}) {
  // Two GET scenarios may ask for the same path: the baseline tells them apart by this header (the API ignores it).
  if (isGet(scenario)) return { method: "GET" as const, path: scenario.path(variables), headers: { "x-bench-scenario": scenario.name, ...headers }, body: undefined };
  return {
    method: "POST" as const,
    path: "/graphql",
    headers: { "content-type": "application/json", ...headers },
    body: graphqlBody(scenario, variables),
  };
}

export interface Sent {
  status: number;
  text: string;
  /** The x-sql-statements header; NaN when absent. */
  statements: number;
}

/**
 * One request of the scenario, outside the load. GETs go through node:http,
 * because fetch does not let a Host header through.
 */
export async function send(url: string, scenario: Scenario, variables: Variables, headers: Record<string, string> = {}): Promise<Sent> {
  const { method, path, headers: sent, body } = requestOf(scenario, variables, headers);
  if (!isGet(scenario)) {
    const response = await fetch(`${url}${path}`, { method, headers: sent, body, signal: AbortSignal.timeout(30_000) });
    return { status: response.status, text: await response.text(), statements: Number(response.headers.get("x-sql-statements") ?? NaN) };
  }
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${url}${path}`,
      { method, headers: scenario.distinctHosts ? { ...sent, host: distinctHost() } : sent, signal: AbortSignal.timeout(30_000) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString("utf8"),
            statements: Number(response.headers["x-sql-statements"] ?? NaN),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/** Ends the run early (with what was measured so far) when `stop` aborts. */
export async function runLoad(
  url: string,
  scenario: Scenario,
  settings: LoadSettings,
  stop?: AbortSignal,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
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
    ...requestOf(scenario, variables, headers),
    // A GET answers with a feed (megabytes): with an onResponse hook,
    // autocannon would gather every body into a string for nothing.
    ...(isGet(scenario) ? {} : { onResponse: onResponse as NonNullable<autocannon.Request["onResponse"]> }),
    ...(isGet(scenario) && scenario.distinctHosts
      ? { setupRequest: (request: autocannon.Request) => ({ ...request, headers: { ...request.headers, host: distinctHost() } }) }
      : {}),
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
    timeouts: result.timeouts,
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
export async function statementsWhenQuiet(url: string, scenario: Scenario, requests: number, headers: Record<string, string> = {}): Promise<number> {
  let total = 0;
  for (let index = 0; index < requests; index += 1) {
    // NaN when the server does not say (the API's GET routes): see bench/pg-statements.ts.
    total += (await send(url, scenario, scenario.variables[index % scenario.variables.length], headers)).statements;
  }
  return total / requests;
}
