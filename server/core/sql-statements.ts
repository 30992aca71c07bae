// Counts the SQL statements sent to PostgreSQL, in total and per HTTP request,
// so that tests and the bench can prove that nested lists are batched.
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";

interface Counter {
  count: number;
}

const perRequest = new AsyncLocalStorage<Counter>();
let total = 0;
let installed = false;

/** Wraps pg's Client#query (used by Prisma's pg adapter and by us) once per process. */
export function installSqlStatementCounter(): void {
  if (installed) return;
  installed = true;
  // pg-pool hands a released connection to the next waiting request by
  // calling that request's callback from the releasing request's context:
  // bind each callback to the context of the request that asked.
  const originalConnect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function boundConnect(this: pg.Pool, callback?: (...args: unknown[]) => void) {
    return callback
      ? (originalConnect as (cb: unknown) => void).call(this, AsyncLocalStorage.bind(callback))
      : (originalConnect as () => Promise<pg.PoolClient>).call(this);
  } as typeof originalConnect;
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    total += 1;
    const counter = perRequest.getStore();
    if (counter) counter.count += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}

export function sqlStatementsSoFar(): number {
  return total;
}

/**
 * Runs `fn` (and everything it starts) with its own statement counter, when
 * counting is installed. Otherwise `fn` alone: once an AsyncLocalStorage has
 * run, Node tracks the context of every promise of the process (its promise
 * hooks showed in every profile of the API under load), a cost paid by every
 * resolver of every request.
 */
export function withSqlStatementCounter<T>(fn: () => T): T {
  return installed ? perRequest.run({ count: 0 }, fn) : fn();
}

/** Statements sent so far by the current request, if it is counted. */
export function sqlStatementsOfThisRequest(): number | undefined {
  return perRequest.getStore()?.count;
}
