// The HTTP face of Maillage: GraphQL at /graphql, the web app everywhere else.
import { randomUUID } from "node:crypto";
import type { RequestListener } from "node:http";
import { existsSync } from "node:fs";
import express, { type ErrorRequestHandler } from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Context, MapTiles } from "../core/context.ts";
import type { PrismaClient } from "../core/database.ts";
import { systemClock, type Clock } from "../core/clock.ts";
import type { Logger } from "../core/logger.ts";
import { sqlStatementsOfThisRequest, withSqlStatementCounter } from "../core/sql-statements.ts";
import { sessionCookie, sessionTokenOf, viewerOfToken } from "../auth/index.ts";
import { createContext } from "./context.ts";
import { formatError, logErrorsPlugin } from "./graphql-errors.ts";
import { INTERNAL_ERROR_BODY, queryTextGuard, requestErrorOf } from "./request-guards.ts";
import { createSchema } from "./schema.ts";
import { compress, securityHeaders } from "./web-headers.ts";
import { modules } from "./modules.ts";
import { idempotentRequests } from "./idempotency.ts";
import { webPages } from "./web-pages.ts";
import { GRAPHQL_BODY_LIMIT, graphqlHandler, isPlainGraphqlPost, staticHeadersOf, type GraphqlHandlerOptions } from "./graphql-http.ts";
import { embedRoutes } from "./embed.ts";

export const WEB_DIST = new URL("../../web/dist/", import.meta.url).pathname;

export interface AppOptions {
  prisma: PrismaClient;
  log: Logger;
  production: boolean;
  /** Adds an x-sql-statements header to GraphQL responses (tests, bench). */
  exposeSqlStatements?: boolean;
  /** What day it is for the rules that depend on it (tests fix it). */
  clock?: Clock;
  /** Express's `trust proxy`: which proxies may name the client's address (X-Forwarded-For). None by default. */
  trustProxy?: boolean | string | number;
  /** Where people reach the app, for the links sent by e-mail (PUBLIC_URL). */
  publicUrl?: string;
  /** Background tiles of the maps (MAP_TILES_URL), if the operator has some. */
  mapTiles?: MapTiles | null;
}

export async function createApp(options: AppOptions) {
  const { prisma, log } = options;
  const clock = options.clock ?? systemClock;

  // Limits that refuse abusive operations before they cost anything.
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    // Armor's token limit parses in a plugin hook, where any syntax error
    // became a 500: graphql-js's own limit (parseOptions below) replaces it.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    // Armor multiplies the cost of a list by its `first`, so nested pages
    // cost their product: a Maison with 100 roles and 100 sociétaires each is
    // about 170 000, three nested pages of 100 are millions and refused. Its
    // default extra 1.5× per level would count every Relay connection's two
    // levels (edges, node) again: depth has its own limit above.
    costLimit: { maxCost: 200_000, depthCostFactor: 1 },
    // Apollo's hideSchemaDetailsFromClientErrors (below) already drops the
    // "Did you mean" suggestions in production; armor's plugin did it again
    // in a hook run on every request.
    blockFieldSuggestion: { enabled: false },
  }).protect();

  for (const module of modules) {
    module.warmUp?.(prisma).catch((error: unknown) => log.warn({ err: error, module: module.name }, "warm-up failed; done on first use"));
  }

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    // Apollo's own defaults follow the app's mode, not the process's NODE_ENV.
    nodeEnv: options.production ? "production" : "development",
    // The contract is public (schema.graphql): tools read it by introspection
    // (GraphiQL, codegen), and the GraphQL-over-HTTP audits require it. Field
    // suggestions stay off in production.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    allowBatchedHttpRequests: false,
    // The parser stops past 2000 tokens: a syntax error, answered 400. It
    // also bounds how deep a literal nests ([[[…]]] thousands deep), which
    // graphql-js's recursive parser handles at that size.
    parseOptions: { maxTokens: 2000 },
    // The process decides when to stop (server/main.ts), not Apollo.
    stopOnTerminationSignals: false,
    // Mutations through a browser need a JSON content type or this header.
    csrfPrevention: true,
    validationRules: armor.validationRules,
    plugins: [
      // Armor's typings name Apollo's CommonJS build; the plugins are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      // Per-field cache hints cost a quarter of the throughput of list
      // queries and nothing here is served through a CDN.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      logErrorsPlugin,
      ...(options.exposeSqlStatements ? [sqlStatementsHeaderPlugin] : []),
    ],
  });
  await apollo.start();

  // One context per request, for both ways in (graphql-http.ts and Express below).
  const requestContext: GraphqlHandlerOptions["context"] = async (request, response, facts) => {
    const token = sessionTokenOf(request);
    const viewer = token ? await viewerOfToken(prisma, token) : null;
    const cookie = sessionCookie(request, response);
    // A cookie that no longer opens a session is dropped from the browser.
    if (token && !viewer) cookie.clear();
    return createContext(prisma, log, {
      ...facts, viewer, sessionCookie: cookie, clock, userAgent: request.headers["user-agent"] ?? null, publicUrl: options.publicUrl,
      mapTiles: options.mapTiles,
    });
  };

  const app = express();
  app.disable("x-powered-by");
  // The client address counts sign-in failures: only a proxy we were told about may name it.
  app.set("trust proxy", options.trustProxy ?? false);
  app.set("etag", false);
  // Security headers and gzip/brotli on every answer (web-headers.ts).
  app.use(securityHeaders(options.mapTiles?.url), compress());

  app.use((request, response, next) => {
    const incoming = request.get("x-request-id");
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    response.locals.requestId = requestId;
    response.setHeader("x-request-id", requestId);
    withSqlStatementCounter(next);
  });

  app.get("/healthz", async (_request, response) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      response.json({ status: "ok" });
    } catch {
      response.status(503).json({ status: "database unavailable" });
    }
  });

  app.use(
    "/graphql",
    // The raw bytes are kept: an Idempotency-Key is bound to the exact body.
    express.json({ limit: GRAPHQL_BODY_LIMIT, verify: (request, _response, raw) => { (request as { rawBody?: Buffer }).rawBody = raw; } }),
    idempotentRequests(prisma, log),
    expressMiddleware(apollo, {
      context: ({ req, res }) => requestContext(req, res, { requestId: res.locals.requestId as string, clientAddress: req.ip ?? "unknown" }),
    }),
  );

  // Text that no text may hold, in the query string or the address of what follows.
  app.use(queryTextGuard);

  // Downloads and feeds, from the modules that have some.
  for (const module of modules) if (module.routes) app.use(module.routes({ prisma, log, clock }));
  // The programme on partners' sites (embed.ts).
  app.use(embedRoutes({ prisma, publicUrl: options.publicUrl }));

  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: false, maxAge: "1h" }));
    // Every other GET is a page of the app: its shell, named and with its status (web-pages.ts).
    app.get(/^\/(?!graphql|healthz|exports\/|calendar\/).*/, webPages({ prisma, dist: WEB_DIST, publicUrl: options.publicUrl }));
  } else {
    log.warn("web/dist is missing: run `npm run build:web` to serve the web app");
  }

  // Every route's errors, one mapping: a domain error gets the status of its
  // code (HTTP_STATUS in core/errors.ts) and the same body as in GraphQL; a
  // request Express or its body parser refused (malformed JSON, charset…)
  // its 4xx (request-guards.ts).
  const onError: ErrorRequestHandler = (error, _request, response, _next) => {
    const refused = requestErrorOf(error);
    if (refused) {
      response.status(refused.status).json(refused.body);
      return;
    }
    log.error({ err: error, requestId: response.locals.requestId }, "unhandled HTTP error");
    response.status(500).type("application/json").send(INTERNAL_ERROR_BODY);
  };
  app.use(onError);

  // The plain GraphQL POSTs skip Express (graphql-http.ts); everything else goes through it.
  const plainGraphql = graphqlHandler({
    apollo, log, context: requestContext,
    trustProxy: app.get("trust proxy fn") as (address: string, hop: number) => boolean,
    headers: staticHeadersOf(securityHeaders(options.mapTiles?.url)),
  });
  const handler: RequestListener = (request, response) => (isPlainGraphqlPost(request) ? plainGraphql(request, response) : app(request, response));

  return { handler, stop: () => apollo.stop() };
}

const sqlStatementsHeaderPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set("x-sql-statements", String(sqlStatementsOfThisRequest() ?? 0));
      },
    };
  },
};
