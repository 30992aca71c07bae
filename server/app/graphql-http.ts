// GraphQL over node:http, for the requests that make up nearly all of the
// API's traffic: a POST of a JSON body of known length, without an
// Idempotency-Key. Express's chain (router, body parser, helmet, compression,
// request id) cost as much CPU as a territory lookup itself: measured on one
// process, 1.0 ms of CPU per lookup through Express, 0.5 ms without it. Every
// other request (GET, an Idempotency-Key, another content type or encoding, a
// body without Content-Length or over the limit) still goes through Express
// (http.ts), which answers it as before.
//
// What Express gave these requests is given here, once: the same security
// headers (helmet's, read at start), the request id, the client address by
// the same trust-proxy rule, gzip or brotli over 1 kB, the body errors'
// statuses and bodies (request-guards.ts).
import { randomUUID } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, deflate, gzip } from "node:zlib";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { RequestHandler } from "express";
import Negotiator from "negotiator";
import proxyAddr from "proxy-addr";
import type { Context } from "../core/context.ts";
import type { Logger } from "../core/logger.ts";
import { withSqlStatementCounter } from "../core/sql-statements.ts";
import { INTERNAL_ERROR_BODY, requestErrorOf } from "./request-guards.ts";

/** The body size Express's JSON parser accepts on /graphql (http.ts). */
export const GRAPHQL_BODY_LIMIT = 100 * 1024;
const COMPRESSION_THRESHOLD = 1024;
const REQUEST_ID = /^[\w-]{1,64}$/;
const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;


/** Whether this request is one this handler serves, from its headers alone. */
export function isPlainGraphqlPost(request: IncomingMessage): boolean {
  const { headers } = request;
  if (request.method !== "POST" || request.url !== "/graphql") return false;
  if (headers["idempotency-key"] !== undefined || headers["transfer-encoding"] !== undefined) return false;
  const encoding = headers["content-encoding"];
  if (encoding !== undefined && encoding.toLowerCase() !== "identity") return false;
  const length = Number(headers["content-length"]);
  return Number.isInteger(length) && length > 0 && length <= GRAPHQL_BODY_LIMIT && JSON_TYPE.test(headers["content-type"] ?? "");
}

/** The headers a middleware sets on every response whatever the request (helmet's), read once. */
export function staticHeadersOf(middleware: RequestHandler): [string, string][] {
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: unknown) => headers.set(name.toLowerCase(), String(value)),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  let called = false;
  middleware({ headers: {}, method: "POST", url: "/graphql" } as never, response as never, () => (called = true));
  if (!called) throw new Error("The security headers middleware did not complete synchronously.");
  return [...headers];
}

async function readBody(request: IncomingMessage, length: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    received += chunk.length;
    // More than announced: refused as the body parser would.
    if (received > length) return null;
    chunks.push(chunk);
  }
  return received === length ? Buffer.concat(chunks, length) : null;
}

// The choice compress() (web-headers.ts, the compression package) makes,
// by the same negotiation.
const SUPPORTED_ENCODINGS = ["br", "gzip", "deflate", "identity"];
const PREFERRED_ENCODINGS = ["br", "gzip"];

const compressors = {
  br: promisify(brotliCompress),
  gzip: promisify(gzip),
  deflate: promisify(deflate),
};

function compressed(encoding: "br" | "gzip" | "deflate", bytes: Buffer): Promise<Buffer> {
  if (encoding === "br") return compressors.br(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  return compressors[encoding](bytes);
}

export interface GraphqlHandlerOptions {
  apollo: ApolloServer<Context>;
  log: Logger;
  /** Express's compiled `trust proxy` rule (app.get("trust proxy fn")). */
  trustProxy: (address: string, hop: number) => boolean;
  /** The security headers of every answer. */
  headers: [string, string][];
  context(request: IncomingMessage, response: ServerResponse, facts: { requestId: string; clientAddress: string }): Promise<Context>;
}

export function graphqlHandler(options: GraphqlHandlerOptions): RequestListener {
  const { apollo, log, trustProxy, headers: securityHeaders, context } = options;

  async function send(request: IncomingMessage, response: ServerResponse, status: number, body: string) {
    let bytes: Buffer = Buffer.from(body, "utf8");
    response.setHeader("vary", "Accept-Encoding");
    // Without Accept-Encoding the negotiation (as compress()'s) picks the identity.
    if (bytes.length >= COMPRESSION_THRESHOLD && request.headers["accept-encoding"] !== undefined) {
      // negotiator 1.x takes the preferred order as an option (its typings still describe 0.6).
      const negotiator = new Negotiator(request) as unknown as { encoding(available: string[], options: { preferred: string[] }): string | undefined };
      const encoding = negotiator.encoding(SUPPORTED_ENCODINGS, { preferred: PREFERRED_ENCODINGS });
      if (encoding === "br" || encoding === "gzip" || encoding === "deflate") {
        bytes = await compressed(encoding, bytes);
        response.setHeader("content-encoding", encoding);
      }
    }
    response.setHeader("content-length", bytes.length);
    response.statusCode = status;
    response.end(bytes);
  }

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const incoming = request.headers["x-request-id"];
    const requestId = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    for (const [name, value] of securityHeaders) response.setHeader(name, value);
    response.setHeader("x-request-id", requestId);
    try {
      const raw = await readBody(request, Number(request.headers["content-length"]));
      let body: unknown;
      try {
        body = raw === null ? undefined : JSON.parse(raw.toString("utf8"));
      } catch {
        body = undefined;
      }
      // As Express's strict JSON parser: an object or an array, nothing else.
      if (typeof body !== "object" || body === null) body = undefined;
      if (body === undefined) {
        const refused = requestErrorOf({ status: 400, type: raw === null ? "request.size.invalid" : "entity.parse.failed" })!;
        response.setHeader("content-type", "application/json; charset=utf-8");
        await send(request, response, refused.status, JSON.stringify(refused.body));
        return;
      }
      const httpHeaders = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) httpHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: "POST", headers: httpHeaders, search: "", body },
        context: () => context(request, response, { requestId, clientAddress: proxyAddr(request, trustProxy) }),
      });
      for (const [name, value] of answer.headers) response.setHeader(name, value);
      let text: string;
      if (answer.body.kind === "complete") text = answer.body.string;
      else {
        text = "";
        for await (const chunk of answer.body.asyncIterator) text += chunk;
      }
      await send(request, response, answer.status ?? 200, text);
    } catch (error) {
      log.error({ err: error, requestId }, "unhandled HTTP error");
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.setHeader("content-type", "application/json; charset=utf-8");
      await send(request, response, 500, INTERNAL_ERROR_BODY);
    }
  }

  return (request, response) => {
    void withSqlStatementCounter(() => serve(request, response));
  };
}
