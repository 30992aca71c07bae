// Bad input and abuse are refused before they cost anything, with a code and
// never an internal detail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ production: true });
});
afterAll(() => server.close());

describe("refused before execution", () => {
  it("rejects an unknown field without suggesting real ones", async () => {
    const { status, errors, sqlStatements } = await server.graphql(`{ territory(code: "62498") { nam } }`);
    expect(status).toBe(400);
    expect(errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors![0].message).not.toMatch(/Did you mean/i);
    expect(sqlStatements).toBe(0);
  });

  it("rejects a query deeper than the limit", async () => {
    let selection = "name";
    for (let level = 0; level < 12; level += 1) selection = `parents { ${selection} }`;
    const { errors, sqlStatements } = await server.graphql(`{ territory(code: "62498") { ${selection} } }`);
    expect(errors![0].message).toMatch(/depth/i);
    expect(sqlStatements).toBe(0);
  });

  it("rejects too many aliases", async () => {
    const aliases = Array.from({ length: 30 }, (_, index) => `t${index}: territory(code: "62498") { name }`).join("\n");
    const { errors, sqlStatements } = await server.graphql(`{ ${aliases} }`);
    expect(errors![0].message).toMatch(/aliases/i);
    expect(sqlStatements).toBe(0);
  });

  it("rejects nested pages whose sizes multiply beyond the cost limit", async () => {
    const { errors, sqlStatements } = await server.graphql(`{ territories(first: 100) { edges { node {
      communes(first: 100) { edges { node { communes(first: 100) { totalCount } } } } } } } }`);
    expect(errors![0].message).toMatch(/Cost limit/i);
    expect(sqlStatements).toBe(0);
  });

  it("rejects a document with too many tokens", async () => {
    const fields = Array.from({ length: 2500 }, () => "name").join(" ");
    const { errors } = await server.graphql(`{ territory(code: "62498") { ${fields} } }`);
    expect(errors![0].message).toMatch(/token/i);
  });

  it("refuses a request body over 100 kB", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ territory(code: "62498") { name } }`, variables: { padding: "x".repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses a GET that could be a cross-site request", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ territory(code: \"62498\") { name } }")}`);
    expect(response.status).toBe(400);
  });

  it("answers malformed JSON with a clear error", async () => {
    const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).not.toMatch(/at \w+ \(|node_modules/);
  });
});

describe("errors carry a code and no internals", () => {
  it("never sends a stack trace", async () => {
    const { errors } = await server.graphql(`{ territory(code: "lens") { name } }`);
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it("gives every connection a statement timeout", async () => {
    const [{ statement_timeout }] = await server.prisma.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(statement_timeout).toBe("5s");
  });
});
