// The cooperation graph over GraphQL: metrics against independent counts,
// the interactive limit, paths, partners and suggested co-organisers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { INTERACTIVE_LIMITS } from "../../server/graph/graph.analysis.ts";

let server: TestServer;
const CALL = "246200364";

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("cooperationGraph", () => {
  it("counts the SCIC sociétariat graph of the CA de Lens-Liévin as SQL does", async () => {
    const result = await server.graphql(`{ cooperationGraph(scope: {territory: "${CALL}", kinds: [SOCIETARIAT_SCIC]}) {
      summary { nodes edges ties density components communities modularity }
      nodes(first: 100) { totalCount edges { node { id degree weightedDegree betweenness community inScope organisation { name } } } }
      edges(first: 100) { totalCount edges { node { source target weight kinds } } }
      downloads { gexf graphml }
    } }`);
    expect(result.errors).toBeUndefined();
    const graph = result.data.cooperationGraph;
    // Independently: organisations located in the EPCI (in one of its
    // communes, or placed in the EPCI itself), plus the other end of every
    // shareholding that touches one of them.
    const [expected] = await server.prisma.$queryRaw<{ nodes: number; edges: number }[]>`
      WITH epci AS (SELECT id FROM territory WHERE kind = 'EPCI' AND code = ${CALL}),
      local AS (
        SELECT o.id FROM organisation o
         WHERE o.location_id IN (SELECT id FROM epci UNION SELECT descendant_id FROM territory_inclusion WHERE ancestor_id IN (SELECT id FROM epci))),
      pairs AS (
        SELECT DISTINCT least(company_id, holder_id) AS a, greatest(company_id, holder_id) AS b FROM shareholding
         WHERE company_id <> holder_id AND (company_id IN (SELECT id FROM local) OR holder_id IN (SELECT id FROM local)))
      SELECT (SELECT count(*)::int FROM (SELECT id FROM local UNION SELECT a FROM pairs UNION SELECT b FROM pairs) n) AS nodes,
             (SELECT count(*)::int FROM pairs) AS edges`;
    expect(graph.summary.nodes).toBe(expected.nodes);
    expect(graph.summary.edges).toBe(expected.edges);
    expect(expected.edges).toBeGreaterThan(5);
    const n = graph.summary.nodes;
    expect(graph.summary.density).toBeCloseTo((2 * graph.summary.edges) / (n * (n - 1)), 10);
    expect(graph.nodes.totalCount).toBe(n);
    const nodes = graph.nodes.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.degree)).toEqual([...nodes.map((node: any) => node.degree)].sort((a, b) => b - a));
    // The SCIC is the hub of its sociétaires.
    expect(nodes[0].id).toBe("le-toit-commun-scic");
    expect(nodes[0].degree).toBe(expected.edges);
    for (const node of nodes) {
      expect(node.betweenness).toBeGreaterThanOrEqual(0);
      expect(node.betweenness).toBeLessThanOrEqual(1);
    }
    // A star: its centre lies on every shortest path between its k sociétaires,
    // normalised by the pairs of the n - 1 other organisations.
    const k = expected.edges;
    expect(nodes[0].betweenness).toBeCloseTo((k * (k - 1)) / ((n - 1) * (n - 2)), 10);
    expect(graph.summary.components).toBe(n - expected.edges);
    expect(graph.edges.edges.every((edge: any) => edge.node.kinds.includes("SOCIETARIAT_SCIC"))).toBe(true);
    expect(graph.downloads.gexf).toBe(`/exports/cooperation.gexf?territory=${CALL}&kinds=SOCIETARIAT_SCIC`);
  });

  it("gives the same communities and modularity for the same data", async () => {
    const query = `{ cooperationGraph(scope: {territory: "62"}) { summary { nodes edges communities modularity } nodes(first: 100, orderBy: NAME) { edges { node { id community } } } } }`;
    const [first, second] = [await server.graphql(query), await server.graphql(query)];
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(first.data.cooperationGraph.summary.modularity).toBeGreaterThan(0);
    expect(first.data.cooperationGraph.summary.communities).toBeGreaterThan(1);
  });

  it("refuses a scope larger than the interactive view and points to the downloads", async () => {
    const limits = { ...INTERACTIVE_LIMITS };
    INTERACTIVE_LIMITS.nodes = 10;
    try {
      const result = await server.graphql(`{ cooperationGraph(scope: {territory: "62", kinds: [MUTUALISATION]}) { summary { nodes } downloads { gexf } } }`);
      expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "SCOPE_TOO_LARGE", downloadQuery: "territory=62&kinds=MUTUALISATION" });
      expect(result.errors?.[0].message).toContain("téléchargez");
    } finally {
      Object.assign(INTERACTIVE_LIMITS, limits);
    }
  });

  it.each([
    ["an unknown territory", `{territory: "99999"}`, "scope.territory"],
    ["an inverted time window", `{from: "2020", to: "2010"}`, "scope.to"],
    ["a malformed day", `{from: "2020-13-01"}`, "scope.from"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_name, scope, field) => {
    const result = await server.graphql(`{ cooperationGraph(scope: ${scope}) { summary { nodes } } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });
});

describe("paths, partners and suggestions", () => {
  it("finds the shortest chain between two organisations, with the ties of each step", async () => {
    // Two sociétaires of the SCIC that share no collective: the SCIC links them.
    const result = await server.graphql(`{ path(from: "sci-le-toit-de-l-ess", to: "afev-artois", scope: {includeSharedCollectives: false}) {
      length from { id } steps { organisation { id } ties { kind source sourceId } } } }`);
    expect(result.errors).toBeUndefined();
    const path = result.data.path;
    expect(path.from.id).toBe("sci-le-toit-de-l-ess");
    expect(path.steps.at(-1).organisation.id).toBe("afev-artois");
    expect(path.length).toBe(path.steps.length);
    for (const step of path.steps) expect(step.ties.length).toBeGreaterThan(0);
    // No shorter chain: they are not tied directly.
    const direct = await server.graphql(`{ organisation(id: "sci-le-toit-de-l-ess") { partners(first: 100) { edges { node { organisation { id } } } } } }`);
    const partners = direct.data.organisation.partners.edges.map((edge: any) => edge.node.organisation.id);
    if (path.length > 1) expect(partners).not.toContain("afev-artois");
    expect(partners).toContain(path.steps[0].organisation.id);
  });

  it("says null when no chain of ties joins two organisations", async () => {
    // Wimoov has no tie in the demo data.
    const result = await server.graphql(`{ path(from: "wimoov", to: "afev-artois") { length } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.path).toBeNull();
    const unknown = await server.graphql(`{ path(from: "inconnue", to: "afev-artois") { length } }`);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "from" });
  });

  it("lists an organisation's partners whatever the source of the ties", async () => {
    const result = await server.graphql(`{ organisation(id: "le-toit-commun-scic") { partners(first: 100) { totalCount edges { node { weight organisation { id } ties { kind source } } } } } }`);
    const partners = result.data.organisation.partners.edges.map((edge: any) => edge.node);
    const sources = new Set(partners.flatMap((partner: any) => partner.ties.map((tie: any) => tie.source)));
    expect(sources).toContain("SHAREHOLDING");
    expect(sources).toContain("MAISON");
    // Its co-organised events are demonstration data: no tie of them.
    expect(sources).not.toContain("EVENT");
    for (const partner of partners) expect(partner.weight).toBe(partner.ties.length);
    expect(partners.map((p: any) => p.weight)).toEqual([...partners.map((p: any) => p.weight)].sort((a, b) => b - a));
  });

  it("suggests co-organisers nearby, sharing sectors or themes, not tied yet, ranked with reasons", async () => {
    const organisation = "el-fouad";
    const result = await server.graphql(`{ suggestedPartners(organisation: "${organisation}", edition: "mois-ess-2026-cotess-bassin-minier", first: 20) {
      score reasons { kind label } organisation { id sectors epci { code } } } }`);
    expect(result.errors).toBeUndefined();
    const suggestions = result.data.suggestedPartners;
    expect(suggestions.length).toBeGreaterThan(0);
    const partners = await server.graphql(`{ organisation(id: "${organisation}") { sectors partners(first: 100) { edges { node { organisation { id } } } } } }`);
    const tied = new Set(partners.data.organisation.partners.edges.map((edge: any) => edge.node.organisation.id));
    const [neighbours] = await server.prisma.$queryRaw<{ codes: string[] }[]>`
      SELECT array_agg(n.code) || ${CALL}::text AS codes FROM territory_neighbour tn JOIN territory t ON t.id = tn.territory_id
        JOIN territory n ON n.id = tn.neighbour_id WHERE t.code = ${CALL} AND t.kind = 'EPCI'`;
    for (const suggestion of suggestions) {
      expect(tied.has(suggestion.organisation.id)).toBe(false);
      // Its EPCI: its commune's, or the one it is placed in when its commune is unknown.
      expect(neighbours.codes).toContain(suggestion.organisation.epci.code);
      expect(suggestion.reasons.length).toBeGreaterThan(1);
      expect(suggestion.reasons.map((r: any) => r.kind)).toEqual(expect.arrayContaining([expect.stringMatching(/EPCI$/)]));
    }
    expect(suggestions.map((s: any) => s.score)).toEqual([...suggestions.map((s: any) => s.score)].sort((a, b) => b - a));
  });
});
