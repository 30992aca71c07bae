// An organisation looked up by id brings its nested pages (collectives,
// people, Maison roles, holdings, sociétaires) in its own statement: the
// answer is the one the loaders give when the same organisation comes from a
// list (no page along), page after page, and a page the lookup cannot bring
// (aliases, a bad cursor, a page too large) is left to its field, which
// answers or reports its error at its own path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

const PAGE = `
  id name
  collectives(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { role sinceYear untilYear collective { id name kind } } } }
  people(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id fullName title } } }
  maisonRoles(first: $first) { totalCount edges { cursor node { role sinceYear maison { id name } } } }
  holdings(first: $first) { totalCount edges { cursor node { company { id } holder { id } holderLabel sinceYear } } }
  shareholders(first: $first) { totalCount edges { cursor node { company { id } holder { id name } holderLabel category } } }`;

const LOOKUP = `query ($id: ID!, $first: Int, $after: String) { organisation(id: $id) { ${PAGE} } }`;
// The same pages, naming only what comes along (a membership's collective).
const BARE = `query ($id: ID!, $first: Int) { organisation(id: $id) { id
  collectives(first: $first) { totalCount edges { node { role collective { id name } } } }
  people(first: $first) { totalCount edges { node { id fullName } } }
  maisonRoles(first: $first) { totalCount edges { node { role sinceYear } } }
  holdings(first: $first) { totalCount edges { node { holderLabel sinceYear } } }
  shareholders(first: $first) { totalCount edges { node { holderLabel category } } } } }`;
// The same organisation through a list, where each page is its loader's: the reference.
const LISTED = `query ($search: String!, $first: Int, $after: String) { organisations(filter: { search: $search }, first: 100) { edges { node { ${PAGE} } } } }`;

let server: TestServer;
/** Demo organisations with the most rows in each nested list. */
let busiest: { id: string; name: string }[];
beforeAll(async () => {
  server = await startTestServer();
  const { prisma } = server;
  const most = async (rows: { id: string | null }[]) => {
    const counts = new Map<string, number>();
    for (const { id } of rows) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  };
  const ids = new Set([
    await most((await prisma.collectiveMembership.findMany({ select: { organisationId: true } })).map((row) => ({ id: row.organisationId }))),
    await most((await prisma.person.findMany({ select: { organisationId: true } })).map((row) => ({ id: row.organisationId }))),
    await most((await prisma.maisonRole.findMany({ select: { organisationId: true } })).map((row) => ({ id: row.organisationId }))),
    await most((await prisma.shareholding.findMany({ select: { holderId: true } })).map((row) => ({ id: row.holderId }))),
    await most((await prisma.shareholding.findMany({ select: { companyId: true } })).map((row) => ({ id: row.companyId }))),
  ]);
  busiest = await prisma.organisation.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
});
afterAll(() => server.close());

async function listed(organisation: { id: string; name: string }, variables: { first?: number; after?: string }) {
  const { data, errors } = await server.graphql(LISTED, { search: organisation.name, ...variables });
  expect(errors).toBeUndefined();
  const node = data.organisations.edges.map((edge: { node: { id: string } }) => edge.node).find((node: { id: string }) => node.id === organisation.id);
  expect(node, organisation.name).toBeDefined();
  return node;
}

describe("an organisation's nested pages brought along by its lookup", () => {
  it("are the loaders' pages, in one statement whatever their number", async () => {
    expect(busiest.length).toBeGreaterThanOrEqual(3);
    for (const organisation of busiest) {
      for (const first of [1, 20, 100]) {
        const lookup = await server.graphql(LOOKUP, { id: organisation.id, first });
        expect(lookup.errors).toBeUndefined();
        expect(lookup.data.organisation).toEqual(await listed(organisation, { first }));
        // The organisation, its five pages and their collectives; the Maisons and holders they name are one statement each.
        expect(lookup.sqlStatements, `${organisation.name}, first ${first}`).toBeLessThanOrEqual(3);
        const bare = await server.graphql(BARE, { id: organisation.id, first });
        expect(bare.errors).toBeUndefined();
        expect(bare.sqlStatements, `${organisation.name}, first ${first}`).toBe(1);
      }
    }
    // Pages with something in them, and one cut short: the comparison above compares something.
    const lookups = await Promise.all(busiest.map(async (o) => (await server.graphql(LOOKUP, { id: o.id, first: 1 })).data.organisation));
    for (const field of ["collectives", "people", "maisonRoles", "holdings", "shareholders"]) {
      expect(lookups.some((o) => o[field].edges.length === 1), field).toBe(true);
    }
    for (const field of ["collectives", "people", "shareholders"]) {
      expect(lookups.some((o) => o[field].totalCount > 1 && o[field].edges.length === 1), field).toBe(true);
    }
  });

  it("follow the cursors as the loaders do, to the last page", async () => {
    const counts = await Promise.all(busiest.map(async (o) => (await server.graphql(LOOKUP, { id: o.id, first: 1 })).data.organisation.collectives.totalCount as number));
    const organisation = busiest[counts.indexOf(Math.max(...counts))];
    let after: string | undefined;
    const seen: string[] = [];
    for (;;) {
      const lookup = await server.graphql(LOOKUP, { id: organisation.id, first: 1, after });
      expect(lookup.errors).toBeUndefined();
      expect(lookup.sqlStatements).toBeLessThanOrEqual(3);
      const page = lookup.data.organisation.collectives;
      expect(page).toEqual((await listed(organisation, { first: 1, after })).collectives);
      seen.push(...page.edges.map((edge: { node: { collective: { id: string } } }) => edge.node.collective.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBe(Math.max(...counts));
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("come through fragments, and a field asked twice is left to its loader", async () => {
    const organisation = busiest[0];
    const reference = await server.graphql(LOOKUP, { id: organisation.id, first: 2 });
    const fragments = await server.graphql(
      `query ($id: ID!) { organisation(id: $id) { id ... on Organisation { collectives(first: 2) { totalCount edges { node { collective { id } } } } } ...People } }
       fragment People on Organisation { people(first: 2) { totalCount edges { node { id } } } }`,
      { id: organisation.id },
    );
    expect(fragments.errors).toBeUndefined();
    expect(fragments.sqlStatements).toBe(1);
    expect(fragments.data.organisation.collectives.edges.map((edge: { node: { collective: { id: string } } }) => edge.node.collective.id))
      .toEqual(reference.data.organisation.collectives.edges.map((edge: { node: { collective: { id: string } } }) => edge.node.collective.id));
    expect(fragments.data.organisation.people.totalCount).toBe(reference.data.organisation.people.totalCount);

    const twice = await server.graphql(
      `query ($id: ID!) { organisation(id: $id) { one: collectives(first: 1) { edges { node { collective { id } } } } two: collectives(first: 2) { edges { node { collective { id } } } } } }`,
      { id: organisation.id },
    );
    expect(twice.errors).toBeUndefined();
    expect(twice.data.organisation.one.edges).toEqual(reference.data.organisation.collectives.edges.slice(0, 1).map((edge: { node: { collective: { id: string } } }) => ({ node: { collective: { id: edge.node.collective.id } } })));
    expect(twice.data.organisation.two.edges).toHaveLength(Math.min(2, reference.data.organisation.collectives.totalCount));
    // The organisation, then each page of its own size.
    expect(twice.sqlStatements).toBe(3);
  });

  it("leave a bad cursor or a page too large to the field, which reports it at its path", async () => {
    const organisation = busiest[0];
    // A connection is never null: its error nulls the organisation, as without a page along.
    const badCursor = await server.graphql(LOOKUP, { id: organisation.id, first: 2, after: "not-a-cursor" });
    expect(badCursor.data.organisation).toBeNull();
    expect(badCursor.errors).toEqual([expect.objectContaining({ path: ["organisation", "collectives"], extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "after" }) })]);

    const tooLarge = await server.graphql(LOOKUP, { id: organisation.id, first: 500 });
    expect(tooLarge.data.organisation).toBeNull();
    expect(tooLarge.errors?.length).toBeGreaterThan(0);
    for (const error of tooLarge.errors!) {
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(["collectives", "people", "maisonRoles", "holdings", "shareholders"].map((field) => `organisation.${field}`)).toContain(error.path?.join("."));
    }
  });

  it("are not brought for an organisation that is not there", async () => {
    const missing = await server.graphql(LOOKUP, { id: "no-such-organisation", first: 5 });
    expect(missing.errors).toBeUndefined();
    expect(missing.data.organisation).toBeNull();
    expect(missing.sqlStatements).toBe(1);
  });
});
