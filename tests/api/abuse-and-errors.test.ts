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

/** POSTs a raw body to /graphql and returns the status and the parsed answer. */
async function post(body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : new Uint8Array(body),
  });
  const text = await response.text();
  let json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get("content-type"), text, json };
}

/** The first error of an answer, checked to be GraphQL-shaped, with a code and no internals. */
function firstError(answer: Awaited<ReturnType<typeof post>>) {
  expect(answer.contentType, answer.text).toMatch(/^application\/(graphql-response\+)?json/);
  expect(answer.json?.errors?.length, answer.text).toBeGreaterThan(0);
  const [error] = answer.json!.errors!;
  expect(typeof error.message).toBe("string");
  expect(error.extensions?.code).toEqual(expect.any(String));
  expect(error.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
  expect(answer.text).not.toMatch(/at \w+ \(|node_modules|stacktrace/);
  return error;
}

describe("hostile documents and bodies: a 4xx with a GraphQL-shaped error, never a 500", () => {
  it.each([
    ["an unclosed selection", `{ territory(code: "62498") { name }`],
    ["a stray character", `{ territory(code: "62498") { name } } ~`],
    ["an unterminated string", `{ territory(code: "62498) { name } }`],
    ["a NUL in the document", `{ territory(code: "62498") { name \u0000 } }`],
    ["an empty document", ""],
  ])("a syntax error (%s) is a 400 GRAPHQL_PARSE_FAILED", async (_name, query) => {
    const answer = await post(JSON.stringify({ query }));
    expect(answer.status, answer.text).toBe(400);
    expect(firstError(answer).extensions?.code).toMatch(/^(GRAPHQL_PARSE_FAILED|BAD_REQUEST)$/);
  });

  it("a document over the token limit is a 400 GRAPHQL_PARSE_FAILED, before any SQL", async () => {
    const fields = Array.from({ length: 2500 }, () => "name").join(" ");
    const { status, errors, sqlStatements } = await server.graphql(`{ territory(code: "62498") { ${fields} } }`);
    expect(status).toBe(400);
    expect(errors![0].extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(errors![0].message).toMatch(/token/i);
    expect(sqlStatements).toBe(0);
  });

  it.each([
    ["a list literal", (depth: number) => `{ territories(search: ${"[".repeat(depth)}"x"${"]".repeat(depth)}) { totalCount } }`],
    ["an object literal", (depth: number) => `{ organisations(filter: ${"{ a: ".repeat(depth)}1${" }".repeat(depth)}) { totalCount } }`],
    ["a list literal left open", (depth: number) => `{ territories(search: ${"[".repeat(depth)}`],
  ])("%s thousands deep is a 400, not a stack overflow", async (_name, document) => {
    for (const depth of [990, 1500, 5000, 12_000]) {
      const answer = await post(JSON.stringify({ query: document(depth) }));
      expect(answer.status, answer.text.slice(0, 300)).toBe(400);
      firstError(answer);
    }
  });

  it("variables nested thousands deep are a 400, not a stack overflow", async () => {
    const variables = `{"search": ${"[".repeat(40_000)}${"]".repeat(40_000)}}`;
    const answer = await post(`{"query": "query ($search: String) { territories(search: $search) { totalCount } }", "variables": ${variables}}`);
    expect(answer.status, answer.text.slice(0, 300)).toBe(400);
    firstError(answer);
  });

  it.each([
    ["malformed JSON", "{ not json", {}, 400],
    ["a JSON string instead of an object", JSON.stringify("{ __typename }"), {}, 400],
    ["JSON truncated", `{"query": "{ __typename }"`, {}, 400],
    ["an unsupported charset", JSON.stringify({ query: "{ __typename }" }), { "content-type": "application/json; charset=latin1" }, 415],
    ["an unsupported content encoding", JSON.stringify({ query: "{ __typename }" }), { "content-encoding": "compress" }, 415],
  ])("%s: a %i with a GraphQL-shaped error", async (_name, body, headers, status) => {
    const answer = await post(body, headers as Record<string, string>);
    expect(answer.status, answer.text).toBe(status);
    expect(firstError(answer).message).toMatch(/[éèàç]|JSON|requête|corps/);
  });

  it("invalid UTF-8 in the body is a 400, not a 500", async () => {
    const prefix = Buffer.from('{"query": "{ territories(search: \\"');
    const suffix = Buffer.from('\\") { totalCount } }"}');
    const answer = await post(Buffer.concat([prefix, Buffer.from([0xed, 0xa0, 0x80, 0xff]), suffix]));
    expect([200, 400]).toContain(answer.status);
    if (answer.status === 400) firstError(answer);
    else expect(answer.json?.errors).toBeUndefined();
  });
});

describe("hostile text in arguments: BAD_USER_INPUT naming the argument, in French", () => {
  const refused = async (query: string, variables: Record<string, unknown>, field: string, sqlBefore = 0) => {
    const { status, errors, sqlStatements } = await server.graphql(query, variables);
    expect(errors, JSON.stringify(errors)).toHaveLength(1);
    expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(errors![0].message).toMatch(/caractère/);
    expect(status).toBe(200);
    // Refused before any statement of its own (sqlBefore: those of the fields above it).
    expect(sqlStatements).toBe(sqlBefore);
  };

  it.each([
    ["a NUL byte", "lens\u0000"],
    ["a lone high surrogate", "lens\ud800"],
    ["a lone low surrogate", "\udc00lens"],
    ["a bell", "lens\u0007"],
    ["an escape", "\u001b[31mlens"],
    ["a DEL", "lens\u007f"],
    ["a C1 control", "lens\u0085"],
    ["a noncharacter", "lens\uffff"],
  ])("%s in a query argument", async (_name, text) => {
    await refused("query ($search: String) { territories(search: $search) { totalCount } }", { search: text }, "search");
  });

  it("in a string literal of the document as in a variable", async () => {
    const { errors } = await server.graphql(`{ territories(search: "lens\\u0000") { totalCount } }`);
    expect(errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "search" });
  });

  it("in an input field, named by its path", async () => {
    await refused(
      "query ($filter: OrganisationFilter) { organisations(filter: $filter) { totalCount } }",
      { filter: { search: "coop\u0000" } },
      "filter.search",
    );
    await refused(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
      { input: { edition: "x", title: "Forum", coOrganisers: [{ organisation: "a", role: "LEAD" }, { organisation: "b\ud800", role: "PARTNER" }] } },
      "input.coOrganisers.1.organisation",
    );
  });

  it("in an ID argument and in a nested field's argument", async () => {
    await refused("query ($id: ID!) { organisation(id: $id) { id } }", { id: "emergences-62\u0000" }, "id");
    await refused(
      `query ($code: String!) { territory(code: "62") { communes(first: 2, after: $code) { totalCount } } }`,
      { code: "abc\u0000" },
      "after",
      // territory(code: "62") is read from memory (territory.store.ts): no statement before the refusal either.
      0,
    );
  });

  it("keeps tabs and line breaks, which text may hold", async () => {
    const { errors } = await server.graphql("query ($search: String) { territories(search: $search) { totalCount } }", { search: "lens\t\r\nliévin" });
    expect(errors).toBeUndefined();
  });
});

describe("hostile text in the address of a download or a feed: a 400 naming the parameter", () => {
  it.each([
    ["a NUL in a filter", "/exports/organisations.csv?search=coop%00", "search"],
    ["a bell in a scope", "/exports/cooperation.gexf?territory=62%07", "territory"],
    ["a NUL in the record's id", "/calendar/editions/mois%00.ics", "path"],
    ["an escape in the code", "/calendar/territories/62%1B.ics", "path"],
  ])("%s", async (_name, path, field) => {
    const response = await fetch(`${server.url}${path}`);
    const text = await response.text();
    expect(response.status, text).toBe(400);
    expect(JSON.parse(text).errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field } });
    expect(JSON.parse(text).errors[0].message).toMatch(/caractère interdit/);
  });

  it("a malformed %-escape in the address is a 400, not a 500", async () => {
    const response = await fetch(`${server.url}/calendar/editions/%E0%A4%A.ics`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
  });
});

describe("malformed cursors: BAD_USER_INPUT naming after", () => {
  const encode = (value: string) => Buffer.from(value).toString("base64url");
  const cursors: [string, string][] = [
    ["not base64", "%%%"],
    ["base64 of non-JSON", encode("pas du JSON")],
    ["JSON of the wrong shape", encode(JSON.stringify({ population: 1 }))],
    ["a key of the wrong types", encode(JSON.stringify([1.5, "x"]))],
    ["numbers out of range", encode(JSON.stringify([1e15, 1]))],
    ["a NUL inside", encode(JSON.stringify(["\u0000", "x"]))],
    ["absurdly long", encode(JSON.stringify(["x".repeat(60_000), "y"]))],
    ["empty", ""],
  ];

  it.each(cursors)("%s, on a top-level list and on nested ones", async (_name, after) => {
    const queries = [
      "query ($after: String) { territories(after: $after) { totalCount } }",
      "query ($after: String) { organisations(after: $after) { edges { node { id } } } }",
      `query ($after: String) { territory(code: "62") { communes(first: 2, after: $after) { edges { node { code } } } } }`,
      `query ($after: String) { collectives(first: 2) { edges { node { members(first: 2, after: $after) { totalCount } } } } }`,
      `query ($after: String) { edition(id: "mois-ess-2026-cotess-bassin-minier") { blindSpots { uncoveredCommunes(first: 2, after: $after) { totalCount } } } }`,
    ];
    for (const query of queries) {
      const { errors } = await server.graphql(query, { after });
      if (after === "" && !errors) continue; // an empty cursor may read as "from the start"
      expect(errors, `${query}: ${JSON.stringify(errors)}`).toBeDefined();
      expect(errors![0].extensions, query).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
      expect(errors![0].message).toMatch(/curseur/i);
    }
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
