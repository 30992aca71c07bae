// What a bench scenario is: one GraphQL operation that the bench sends, body
// for body, to the API and to the raw baseline, which answers it with
// hand-written SQL; or one plain GET (a calendar feed) that both serve.
// Adding a scenario = writing one of these objects and listing it in
// ./index.ts; bench/run.ts and bench/raw-baseline.ts are generic.
import type { IncomingHttpHeaders } from "node:http";
import type pg from "pg";

export type Variables = Record<string, unknown>;

/** The part of pg.Pool a baseline uses; the baseline counts every call. */
export interface Database {
  query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>;
}

interface ScenarioBase {
  /** Kebab-case: labels the table row and selects the scenario in BENCH_SCENARIOS. */
  name: string;
  /** One line for the report: what is asked and how big the answer is. */
  description: string;
  /**
   * Variables of successive requests: each connection cycles through them, so
   * both servers receive the same rotation (and caches keyed by one value do
   * not flatter either of them).
   */
  variables: Variables[];
  /** Statements `raw` sends per request; the bench checks it before the load. */
  statements: number;
  /**
   * The floor sends its statement unnamed: parsed and planned with the
   * request's values every time. By default a statement is named, prepared
   * once per connection, and PostgreSQL may switch it to a generic plan after
   * five runs; for a statement whose best plan depends on its values (the
   * size of a territory), that plan can be slower than planning each time,
   * and a careful hand-writer would not keep it.
   */
  customPlan?: boolean;
  /**
   * True when the scenario reads the ESS domain: the bench then generates its
   * national synthetic data set (bench/ess-data.ts) before starting the API.
   */
  essData?: boolean;
  /**
   * True when the scenario reads the national edition of 5,000 events
   * (bench/event-data.ts, generated after the ESS data set, which it implies).
   */
  eventData?: boolean;
  /**
   * Variables (e.g. two page sizes) for which the API must send the same
   * number of statements: the bench verifies their answers too, and prints
   * and checks the API's counts (batching that does not grow with the page).
   */
  sameStatementsFor?: Variables[];
  /**
   * At most this many concurrent connections (BENCH_CONNECTIONS otherwise):
   * for requests of a second of CPU or more, which 20 connections on a small
   * machine would queue past the API's pool and statement timeouts (5 s),
   * measuring the queue rather than the servers.
   */
  maxConnections?: number;
  /**
   * Run once against the API before the answers are compared (e.g. signing
   * in): the headers it returns go with every request of the scenario, to
   * both servers (e.g. the session cookie).
   */
  prepare?(apiUrl: string): Promise<Record<string, string>>;
}

export interface GraphqlScenario extends ScenarioBase {
  kind?: "graphql";
  /** The GraphQL document, sent verbatim to both servers. */
  query: string;
  /**
   * The API's response, built from hand-written SQL (the same JSON, key order
   * included). `headers` are the request's (the session cookie of `prepare`).
   */
  raw(db: Database, variables: Variables, headers: IncomingHttpHeaders): Promise<{ data: unknown; errors?: unknown[] }>;
  /** The same answer asked of PostGraphile (bench/peer), or why it cannot be. */
  postgraphile: PostgraphilePart | PostgraphileUnsupported;
}

/**
 * The scenario as PostGraphile 5 (Amber preset, schema public) can ask it:
 * its own document over the tables, and how its `data` becomes the API's
 * `data` (the same JSON, key order included). The bench verifies the
 * converted answers against the API's, request by request, then loads the
 * peer with `query` and `variables` as they are: the conversion is not
 * measured, as a client would use PostGraphile's shapes directly.
 */
export interface PostgraphilePart {
  query: string;
  /** PostGraphile's variables for one of the scenario's. */
  variables(variables: Variables): Variables;
  /** PostGraphile's `data` → the API's `data` for these (the scenario's) variables. */
  toApi(data: Record<string, unknown>, variables: Variables): unknown;
}

/** One line for the report: what in the scenario a schema derived from the tables cannot express. */
export interface PostgraphileUnsupported {
  unsupported: string;
}

/** A plain GET, answered with something else than GraphQL's JSON (a calendar feed). */
export interface GetScenario extends ScenarioBase {
  kind: "get";
  /** The path requested with these variables. */
  path(variables: Variables): string;
  /** The baseline's response (200 unless `status` says otherwise), from hand-written SQL. */
  raw(db: Database, variables: Variables, headers: IncomingHttpHeaders): Promise<{ status?: number; contentType: string; body: string }>;
  /**
   * Bodies that cannot be the same bytes (time stamps, the server's own
   * origin in URLs) are compared on what must agree: null when they do, else
   * the first difference.
   */
  compare(api: string, raw: string): string | null;
  /** A feed is not GraphQL: PostGraphile has nothing to serve. */
  postgraphile: PostgraphileUnsupported;
  /** What a body holds, for the report ("4,414 VEVENTs"). */
  summary?(body: string): string;
  /**
   * Every request with a Host header of its own (`feed-<n>.bench`): for a
   * server that caches per origin, each request is then a first one.
   */
  distinctHosts?: boolean;
}

export type Scenario = GraphqlScenario | GetScenario;

export const postgraphilePart = (scenario: Scenario): PostgraphilePart | null =>
  "query" in scenario.postgraphile ? scenario.postgraphile : null;

export const isGet = (scenario: Scenario): scenario is GetScenario => scenario.kind === "get";
