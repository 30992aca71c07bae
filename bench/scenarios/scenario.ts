// What a bench scenario is: one GraphQL operation that the bench sends, body
// for body, to the API and to the raw baseline, which answers it with
// hand-written SQL. Adding a scenario = writing one of these objects and
// listing it in ./index.ts; bench/run.ts and bench/raw-baseline.ts are generic.
import type pg from "pg";

export type Variables = Record<string, unknown>;

/** The part of pg.Pool a baseline uses; the baseline counts every call. */
export interface Database {
  query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>;
}

export interface Scenario {
  /** Kebab-case: labels the table row and selects the scenario in BENCH_SCENARIOS. */
  name: string;
  /** One line for the report: what is asked and how big the answer is. */
  description: string;
  /** The GraphQL document, sent verbatim to both servers. */
  query: string;
  /**
   * Variables of successive requests: each connection cycles through them, so
   * both servers receive the same rotation (and caches keyed by one value do
   * not flatter either of them).
   */
  variables: Variables[];
  /** The API's response, built from hand-written SQL (the same JSON, key order included). */
  raw(db: Database, variables: Variables): Promise<{ data: unknown }>;
  /** Statements `raw` sends per request; the bench checks it before the load. */
  statements: number;
  /**
   * True when the scenario reads the ESS domain: the bench then generates its
   * national synthetic data set (bench/ess-data.ts) before starting the API.
   */
  essData?: boolean;
  /**
   * Variables (e.g. two page sizes) for which the API must send the same
   * number of statements: the bench verifies their answers too, and prints
   * and checks the API's counts (batching that does not grow with the page).
   */
  sameStatementsFor?: Variables[];
}
