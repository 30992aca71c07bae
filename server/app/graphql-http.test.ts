// The plain GraphQL POSTs that skip Express answer exactly what Express
// answers: same status, body and headers (security headers, Vary, content
// type), the same compression, the same refusals, the same session cookie.
// Each request is sent twice over raw HTTP: with a Content-Length (served by
// graphql-http.ts) and chunked (served by Express).
import { request as httpRequest, type IncomingMessage } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../tests/support/server.ts";
import { isPlainGraphqlPost } from "./graphql-http.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ production: true });
});
afterAll(() => server?.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function post(payload: string, way: "lean" | "express", headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.from(payload, "utf8");
    const request = httpRequest(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers, ...(way === "lean" ? { "content-length": String(bytes.length) } : {}) },
    }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const wire = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        const body = encoding === "gzip" ? gunzipSync(wire) : encoding === "br" ? brotliDecompressSync(wire) : encoding === "deflate" ? inflateSync(wire) : wire;
        resolve({ status: response.statusCode!, headers: response.headers, body: body.toString("utf8") });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    // Without a Content-Length node sends the body chunked: Express's way.
    if (way === "express") request.write(bytes);
    request.end(way === "lean" ? bytes : undefined);
  });
}

// What differs between any two answers, whoever serves them.
const VARYING = new Set(["date", "x-request-id", "content-length", "connection", "keep-alive", "transfer-encoding", "x-sql-statements"]);
const comparable = (answer: Answer) => ({
  status: answer.status,
  body: answer.body,
  headers: Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !VARYING.has(name)).sort(([a], [b]) => a.localeCompare(b))),
});

async function bothWays(payload: string, headers: Record<string, string> = {}) {
  const [lean, express] = [await post(payload, "lean", headers), await post(payload, "express", headers)];
  expect(comparable(lean)).toEqual(comparable(express));
  return lean;
}

describe("GraphQL POSTs served without Express", () => {
  it("are the plain ones only: a JSON body of known length, no Idempotency-Key, no content encoding", () => {
    const request = (headers: Record<string, string>, method = "POST", url = "/graphql") => ({ method, url, headers }) as unknown as IncomingMessage;
    const plain = { "content-type": "application/json", "content-length": "40" };
    expect(isPlainGraphqlPost(request(plain))).toBe(true);
    expect(isPlainGraphqlPost(request({ ...plain, "content-type": "application/json; charset=utf-8" }))).toBe(true);
    expect(isPlainGraphqlPost(request({ ...plain, "idempotency-key": "k" }))).toBe(false);
    expect(isPlainGraphqlPost(request({ ...plain, "content-type": "application/json; charset=latin1" }))).toBe(false);
    expect(isPlainGraphqlPost(request({ ...plain, "content-type": "text/plain" }))).toBe(false);
    expect(isPlainGraphqlPost(request({ ...plain, "content-encoding": "gzip" }))).toBe(false);
    expect(isPlainGraphqlPost(request({ ...plain, "content-length": String(200 * 1024) }))).toBe(false);
    expect(isPlainGraphqlPost(request({ "content-type": "application/json", "transfer-encoding": "chunked" }))).toBe(false);
    expect(isPlainGraphqlPost(request(plain, "GET"))).toBe(false);
    expect(isPlainGraphqlPost(request(plain, "POST", "/graphql?x=1"))).toBe(false);
  });

  it("answer a query, its errors and its refusals as Express does, headers included", async () => {
    const lens = await bothWays(JSON.stringify({ query: `query ($code: String!) { territory(code: $code) { name epci { name } } }`, variables: { code: "62498" } }));
    expect(JSON.parse(lens.body).data.territory.name).toBe("Lens");
    expect(lens.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(lens.headers["x-content-type-options"]).toBe("nosniff");
    expect(lens.headers.vary).toMatch(/Accept-Encoding/i);

    const badCode = await bothWays(JSON.stringify({ query: `{ territory(code: "lens") { name } }` }));
    expect(JSON.parse(badCode.body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const unknownField = await bothWays(JSON.stringify({ query: `{ territory(code: "62498") { nom } }` }));
    expect(unknownField.status).toBe(400);
    const syntax = await bothWays(JSON.stringify({ query: `{ territory(code: "62498") { name }` }));
    expect(syntax.status).toBe(400);
    const notJson = await bothWays(`{"query": "{ __typename }"`);
    expect(notJson.status).toBe(400);
    for (const notAnObject of ["null", '"{ __typename }"', "42"]) expect((await bothWays(notAnObject)).status).toBe(400);
    expect(JSON.parse(notJson.body).errors[0].extensions.code).toBeTruthy();
  });

  it("compress as Express does, brotli first", async () => {
    const query = JSON.stringify({ query: `{ territories(kind: COMMUNE, within: "62", first: 100) { edges { node { code name population } } } }` });
    for (const acceptEncoding of ["gzip, deflate, br", "gzip", "deflate", "identity"]) {
      const answer = await bothWays(query, { "accept-encoding": acceptEncoding });
      expect(answer.headers["content-encoding"]).toBe(acceptEncoding.includes("br") ? "br" : acceptEncoding === "identity" ? undefined : acceptEncoding);
      expect(JSON.parse(answer.body).data.territories.edges).toHaveLength(100);
    }
  });

  it("open and close a session with the same cookie as Express", async () => {
    const signIn = JSON.stringify({
      query: "mutation ($input: SignInInput!) { signIn(input: $input) { email } }",
      variables: { input: { email: "animation.cotess@maillage.demo", password: "maillage-demo" } },
    });
    const lean = await post(signIn, "lean");
    const express = await post(signIn, "express");
    expect(JSON.parse(lean.body).data?.signIn?.email, lean.body).toBe("animation.cotess@maillage.demo");
    const attributes = (answer: Answer) => String(answer.headers["set-cookie"]).replace(/maillage_session=[^;]+/, "maillage_session=…").replace(/Expires=[^;]+/i, "Expires=…");
    expect(attributes(lean)).toBe(attributes(express));
    const cookie = String(lean.headers["set-cookie"]).split(";")[0];
    const viewer = await post(JSON.stringify({ query: "{ viewer { email } }" }), "lean", { cookie });
    expect(JSON.parse(viewer.body).data.viewer.email).toBe("animation.cotess@maillage.demo");
    // A cookie that opens no session any more is cleared, the same way.
    const stale = "maillage_session=" + "A".repeat(43);
    const [leanStale, expressStale] = [await post(JSON.stringify({ query: "{ viewer { email } }" }), "lean", { cookie: stale }), await post(JSON.stringify({ query: "{ viewer { email } }" }), "express", { cookie: stale })];
    expect(leanStale.headers["set-cookie"]).toEqual(expressStale.headers["set-cookie"]);
    expect(String(leanStale.headers["set-cookie"])).toMatch(/maillage_session=;/);
  });
});
