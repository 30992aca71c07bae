// One definition of a tie (server/graph/tie.sql.ts), read the same way by
// every path: an organisation's cooperations and partners, a path between
// two organisations, the graph of a territory and its downloads.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let animator: string;
const suffix = randomUUID().slice(0, 8);
const first = `test-tie-a-${suffix}`;
const second = `test-tie-b-${suffix}`;
const collective = `test-tie-collectif-${suffix}`;
// A small commune of the CA de Lens-Liévin: its graph holds little besides the two.
const COMMUNE = "62065"; // Avion

const graphql = async (query: string, variables?: Record<string, unknown>) => {
  const result = await server.graphql(query, variables, { cookie: animator });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data;
};

beforeAll(async () => {
  server = await startTestServer();
  animator = await server.signIn("animation.cotess@maillage.demo");
  for (const id of [first, second]) {
    await graphql("mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }", {
      input: { id, name: `Association ${id}`, legalForm: "ASSOCIATION", commune: COMMUNE },
    });
  }
  // The collective started after both joined the network they formed it from:
  // a tie through it cannot start before 2021.
  await graphql("mutation ($input: CollectiveInput!) { saveCollective(input: $input) { id } }", {
    input: { id: collective, name: `Collectif ${suffix}`, kind: "MUTUALISATION", startYear: 2021 },
  });
  for (const [organisation, sinceYear, role] of [[first, 2015, "MEMBRE"], [second, 2018, "MEMBRE"], [second, 2019, "ANIMATEUR"]] as const) {
    await graphql("mutation ($input: CollectiveMembershipInput!) { addCollectiveMember(input: $input) { role } }", {
      input: { collective, organisation, sinceYear, role },
    });
  }
});

afterAll(async () => {
  await server?.prisma.auditEntry.deleteMany({ where: { OR: [{ organisationId: { in: [first, second] } }, { collectiveId: collective }] } });
  await server?.prisma.collective.deleteMany({ where: { id: collective } });
  await server?.prisma.organisation.deleteMany({ where: { id: { in: [first, second] } } });
  await server?.close();
});

describe("a tie through a shared collective", () => {
  it("starts when both were members and the collective existed, on every path, and counts once for two roles", async () => {
    const page = await graphql(`{ organisation(id: "${first}") {
      cooperations(first: 100) { totalCount edges { node { kind provenance sinceYear untilYear partner { id } collective { id } } } }
      partners(first: 100) { totalCount edges { node { weight organisation { id } ties { kind source sourceId startsOn endsOn } } } }
    } }`);
    // The organisation page.
    expect(page.organisation.cooperations.edges.map((edge: any) => edge.node)).toEqual([
      { kind: "MUTUALISATION", provenance: "SHARED_COLLECTIVE", sinceYear: 2021, untilYear: null, partner: { id: second }, collective: { id: collective } },
    ]);
    // Its partners: one tie although the partner holds two roles in the collective.
    expect(page.organisation.partners.edges.map((edge: any) => edge.node)).toEqual([
      {
        weight: 1, organisation: { id: second },
        ties: [{ kind: "MUTUALISATION", source: "COLLECTIVE", sourceId: collective, startsOn: "2021-01-01", endsOn: null }],
      },
    ]);

    // A path between the two.
    const path = await graphql(`{ path(from: "${first}", to: "${second}") { length steps { organisation { id } ties { source sourceId startsOn } } } }`);
    expect(path.path).toEqual({ length: 1, steps: [{ organisation: { id: second }, ties: [{ source: "COLLECTIVE", sourceId: collective, startsOn: "2021-01-01" }] }] });

    // The graph of the commune, and the same edge in the download.
    const graph = await graphql(`{ cooperationGraph(scope: { territory: "${COMMUNE}", kinds: [MUTUALISATION] }) {
      edges(first: 100) { edges { node { source target weight startsOn endsOn } } } } }`);
    const pair = [first, second].sort();
    expect(graph.cooperationGraph.edges.edges.map((edge: any) => edge.node).filter((edge: any) => edge.source === pair[0])).toEqual([
      { source: pair[0], target: pair[1], weight: 1, startsOn: "2021-01-01", endsOn: null },
    ]);
    const csv = await (await fetch(`${server.url}/exports/cooperation-edges.csv?territory=${COMMUNE}&kinds=MUTUALISATION`)).text();
    const [header, ...rows] = csv.trim().split("\r\n").map((line) => line.split(","));
    const row = Object.fromEntries(header.map((column, index) => [column, rows.find((cells) => cells[0] === pair[0])?.[index]]));
    expect(row).toMatchObject({ source: pair[0], target: pair[1], weight: "1", provenance: `COLLECTIVE:${collective}`, start: "2021-01-01", end: "" });

    // Outside the window, on every path alike.
    const before = await graphql(`{ path(from: "${first}", to: "${second}", scope: { to: "2020" }) { length } }`);
    expect(before.path).toBeNull();
  });
});

describe("an organisation's partners in a list", () => {
  it("cost the same SQL statements for 5 organisations as for 100", async () => {
    const query = (count: number) => `{ organisations(first: ${count}) { edges { node { id
      partners(first: 5) { totalCount edges { node { weight organisation { name } } } }
      cooperations(first: 5) { totalCount edges { node { kind partner { name } } } } } } } }`;
    const few = await server.graphql(query(5));
    const many = await server.graphql(query(100));
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data.organisations.edges).toHaveLength(100);
    // Some of the 100 have partners: the count is not the trivial one.
    expect(many.data.organisations.edges.some((edge: any) => edge.node.partners.totalCount > 0)).toBe(true);
    expect(many.sqlStatements).toBe(few.sqlStatements);
  });
});
