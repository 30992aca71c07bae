// What every answer carries: the security headers (a Content-Security-Policy
// without anything inline, no framing, no sniffing, a referrer policy), and
// gzip or brotli when the client asks for it (Accept-Encoding) — the web
// app's files, GraphQL answers, downloads and feeds — and not otherwise.
// Raw HTTP (node:http): fetch would negotiate and decode on its own.
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEB_DIST } from "../../server/app/http.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ production: true });
});
afterAll(() => server?.close());

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent on the wire. */
  wire: Buffer;
  /** The bytes once decoded (gzip, br or none). */
  body: Buffer;
}

function raw(path: string, headers: Record<string, string> = {}, method = "GET", payload?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${server.url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const wire = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"];
        const body = encoding === "gzip" ? gunzipSync(wire) : encoding === "br" ? brotliDecompressSync(wire) : wire;
        resolve({ status: response.statusCode!, headers: response.headers, wire, body });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(payload);
  });
}

const graphqlPost = (query: string, headers: Record<string, string> = {}) =>
  raw("/graphql", { "content-type": "application/json", ...headers }, "POST", JSON.stringify({ query }));

const mainBundle = () => /src="(\/assets\/index-[\w-]+\.js)"/.exec(readFileSync(join(WEB_DIST, "index.html"), "utf8"))![1];

describe("security headers", () => {
  it("the web app's pages: a CSP with nothing inline, no framing, no sniffing, a referrer policy", async () => {
    for (const path of ["/", "/territoires", "/reseau", "/planning/mois-ess-2026-cotess-bassin-minier"]) {
      const { status, headers } = await raw(path);
      expect(status).toBe(200);
      const csp = String(headers["content-security-policy"]);
      const directives = Object.fromEntries(csp.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives["default-src"]).toEqual(["'self'"]);
      expect(directives["script-src"]).toEqual(["'self'"]);
      expect(directives["script-src-attr"]).toEqual(["'none'"]);
      expect(directives["style-src"]).toEqual(["'self'"]);
      expect(directives["object-src"]).toEqual(["'none'"]);
      expect(directives["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("same-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
    }
  });

  it("the API, downloads and feeds carry them too", async () => {
    const answers = [
      await graphqlPost("{ __typename }"),
      await raw("/exports/cooperation-nodes.csv?territory=246200364"),
      await raw("/calendar/territories/62.ics"),
      await raw("/exports/cooperation.gexf?territory=99999"),
    ];
    for (const { headers } of answers) {
      expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
    }
  });
});

describe("compression", () => {
  it("the main bundle: brotli or gzip when asked, as it is otherwise, the same bytes once decoded", async () => {
    const path = mainBundle();
    const file = readFileSync(join(WEB_DIST, path));
    const plain = await raw(path);
    const identity = await raw(path, { "accept-encoding": "identity" });
    const gzip = await raw(path, { "accept-encoding": "gzip" });
    const brotli = await raw(path, { "accept-encoding": "gzip, deflate, br" });
    for (const answer of [plain, identity]) {
      expect(answer.headers["content-encoding"]).toBeUndefined();
      expect(answer.wire.equals(file)).toBe(true);
    }
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(brotli.headers["content-encoding"]).toBe("br");
    for (const answer of [gzip, brotli]) {
      expect(answer.body.equals(file)).toBe(true);
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(answer.wire.length).toBeLessThan(file.length / 3);
    }
    console.info(`main bundle ${path}: ${file.length} B raw, ${gzip.wire.length} B gzip, ${brotli.wire.length} B brotli, as served`);
  });

  it("GraphQL answers are compressed when asked, not otherwise", async () => {
    const query = "{ territories(first: 100) { edges { node { code name population } } } }";
    const plain = await graphqlPost(query);
    const gzip = await graphqlPost(query, { "accept-encoding": "gzip" });
    const brotli = await graphqlPost(query, { "accept-encoding": "br" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(brotli.headers["content-encoding"]).toBe("br");
    const data = JSON.parse(plain.body.toString("utf8"));
    expect(data.data.territories.edges).toHaveLength(100);
    expect(JSON.parse(gzip.body.toString("utf8"))).toEqual(data);
    expect(JSON.parse(brotli.body.toString("utf8"))).toEqual(data);
    expect(gzip.wire.length).toBeLessThan(plain.wire.length / 2);
  });

  it("downloads and calendar feeds are compressed when asked, the same content once decoded", async () => {
    for (const path of ["/exports/cooperation-nodes.csv?territory=62", "/exports/organisations.csv?territory=62", "/calendar/territories/62.ics"]) {
      const plain = await raw(path);
      const brotli = await raw(path, { "accept-encoding": "br" });
      expect(plain.status).toBe(200);
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(brotli.headers["content-encoding"], path).toBe("br");
      // Feeds carry a date (DTSTAMP is the event's): the same bytes either way.
      expect(brotli.body.equals(plain.body), path).toBe(true);
    }
  });
});
