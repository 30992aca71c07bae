// The bench's floor: a plain node:http server over a pg.Pool that answers
// each scenario's GraphQL body with the scenario's hand-written SQL, returning
// the same JSON as the API. Every statement is a named prepared statement
// (pg's { name, text, values }): parsed once per connection, as a careful
// hand-written server would; unnamed (planned with each request's values)
// for the scenarios that say `customPlan`. No GraphQL parsing, validation or resolvers: the
// API/raw ratio is what those cost. GET scenarios (calendar feeds) are found
// by their x-bench-scenario header and path.
//
// It runs in ONE process, while the API runs WEB_CONCURRENCY workers: using
// every core is one of the API's levers, and the ratio includes what it buys.
//
// Env: DATABASE_URL, PORT. Started by bench/run.ts.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { scenarios } from "./scenarios/index.ts";
import { isGet, type Database, type GetScenario, type GraphqlScenario, type Variables } from "./scenarios/scenario.ts";

const databaseUrl = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!databaseUrl || !Number.isInteger(port)) {
  console.error("raw baseline: DATABASE_URL and PORT are required");
  process.exit(1);
}

// The same pool size as one API worker (server/core/database.ts).
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
pool.on("error", (error) => console.error("raw baseline: idle connection lost", error.message));

// Dispatch on the query text: both servers receive byte-identical bodies.
const scenarioByQuery = new Map(
  scenarios.filter((scenario): scenario is GraphqlScenario => !isGet(scenario)).map((scenario) => [scenario.query, scenario]),
);
// GET scenarios by name (the x-bench-scenario header), then path.
const getByNameAndPath = new Map<string, { scenario: GetScenario; variables: Variables }>(
  scenarios.filter(isGet).flatMap((scenario) =>
    scenario.variables.map((variables) => [`${scenario.name} ${scenario.path(variables)}`, { scenario, variables }] as const),
  ),
);

function sendText(response: ServerResponse, status: number, contentType: string, text: string, statements: number) {
  response.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(text),
    // Measured, not declared: the bench checks it against scenario.statements.
    "x-sql-statements": String(statements),
  });
  response.end(text);
}

// Apollo ends its JSON with a newline: the same bytes go over the wire.
const send = (response: ServerResponse, status: number, body: unknown, statements: number) =>
  sendText(response, status, "application/json; charset=utf-8", `${JSON.stringify(body)}\n`, statements);

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

// A statement's name is its text's digest: the same text, the same prepared
// statement on each connection (pg prepares it there on first use).
const names = new Map<string, string>();
const nameOf = (text: string) => {
  let name = names.get(text);
  if (!name) names.set(text, (name = `floor_${createHash("sha256").update(text).digest("hex").slice(0, 16)}`));
  return name;
};

function databaseFor(scenario: { customPlan?: boolean } | undefined, count: () => void): Database {
  return {
    query(text, values) {
      count();
      return pool.query(scenario?.customPlan ? { text, values } : { name: nameOf(text), text, values });
    },
  };
}

async function answer(request: IncomingMessage, response: ServerResponse) {
  let statements = 0;
  const counted = () => (statements += 1);
  let db = databaseFor(undefined, counted);
  if (request.method === "GET" && request.url === "/healthz") {
    await db.query("SELECT 1");
    return send(response, 200, { status: "ok" }, statements);
  }
  const get = request.method === "GET" ? getByNameAndPath.get(`${request.headers["x-bench-scenario"]} ${request.url}`) : undefined;
  if (get) {
    db = databaseFor(get.scenario, counted);
    const { status, contentType, body } = await get.scenario.raw(db, get.variables, request.headers);
    return sendText(response, status ?? 200, contentType, body, statements);
  }
  if (request.method !== "POST" || request.url !== "/graphql") {
    return send(response, 404, { errors: [{ message: "not found" }] }, statements);
  }
  const { query, variables } = JSON.parse(await readBody(request)) as { query: string; variables?: Variables };
  const scenario = scenarioByQuery.get(query);
  if (!scenario) return send(response, 400, { errors: [{ message: "no scenario has this query" }] }, statements);
  send(response, 200, await scenario.raw(databaseFor(scenario, counted), variables ?? {}, request.headers), statements);
}

const server = createServer((request, response) => {
  answer(request, response).catch((error: unknown) => {
    console.error("raw baseline:", error);
    if (!response.headersSent) send(response, 500, { errors: [{ message: String(error) }] }, 0);
  });
});
server.listen(port, "127.0.0.1");

const stop = () => {
  server.close();
  server.closeAllConnections();
  void pool.end().finally(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
