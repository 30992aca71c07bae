// What the GraphQL side of the graph module answers, built from the graph's
// data: a scope's analysis as pages of nodes and edges, paths, an
// organisation's partners and cooperations. Resolvers call these and only these.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Loaders } from "../core/context.ts";
import { notFound } from "../core/errors.ts";
import { arrayPage, nestedConnection, pageSize, type Page } from "../core/pagination.ts";
import { resolveScope, type GraphScopeInput } from "./graph.scope.ts";
import { analyseScope, downloadQuery, weightedDegree, type GraphAnalysis } from "./graph.analysis.ts";
import { shortestPath } from "./graph.neighbours.ts";
import type { TieRow } from "./tie.sql.ts";
import type { CooperationGraphResult, CooperationPath, GraphEdge, GraphPartner, GraphSummary, GraphTie, PathStep } from "./graph.type.ts";
import type { GraphNodeOrder } from "./graph.type.ts";

const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

const toTie = (tie: TieRow): GraphTie => ({
  kind: tie.kind, source: tie.via, sourceId: tie.via_id, sourceLabel: tie.via_label,
  startsOn: iso(tie.starts_on), endsOn: iso(tie.ends_on), certainty: tie.certainty, documentId: tie.source,
});

/** A scope's graph: its download links, and its analysis computed once, when a field needs it. */
export interface GraphResult extends CooperationGraphResult {
  analysis(): Promise<GraphAnalysis>;
}

/** @throws BAD_USER_INPUT (scope.territory, scope.from, scope.to) */
export async function cooperationGraph(prisma: PrismaClient, input: GraphScopeInput = {}): Promise<GraphResult> {
  const scope = await resolveScope(prisma, input, "scope.");
  const query = downloadQuery(input);
  const suffix = query ? `?${query}` : "";
  let analysis: Promise<GraphAnalysis> | undefined;
  return {
    key: query,
    downloads: {
      gexf: `/exports/cooperation.gexf${suffix}`,
      graphml: `/exports/cooperation.graphml${suffix}`,
      nodesCsv: `/exports/cooperation-nodes.csv${suffix}`,
      edgesCsv: `/exports/cooperation-edges.csv${suffix}`,
      json: `/exports/cooperation.json${suffix}`,
    },
    analysis: () => (analysis ??= analyseScope(prisma, scope, input)),
  };
}

/** @throws BAD_USER_INPUT with reason SCOPE_TOO_LARGE */
export async function graphSummary(result: GraphResult): Promise<GraphSummary> {
  const analysis = await result.analysis();
  const { graph } = analysis;
  const communities = analysis.communities();
  let ties = 0;
  graph.forEachEdge((_edge, attributes) => {
    ties += attributes.weight;
  });
  return {
    nodes: graph.order, edges: graph.size, ties, density: analysis.density(), components: analysis.components(),
    communities: communities.count, modularity: communities.modularity,
  };
}

/** A page of the scope's organisations, most connected first or as ordered. */
export async function graphNodes(result: GraphResult, page: { first?: number | null; after?: string | null; orderBy?: GraphNodeOrder | null }) {
  const analysis = await result.analysis();
  const { graph } = analysis;
  const communities = analysis.communities().of;
  // Betweenness costs O(nodes × edges): computed only when it orders the list or is asked.
  const betweenness = page.orderBy === "BETWEENNESS" ? analysis.betweenness() : null;
  const nodes = graph.mapNodes((id, attributes) => ({
    id, label: attributes.name, degree: graph.degree(id), weightedDegree: weightedDegree(graph, id),
    community: communities[id] ?? 0, inScope: attributes.in_scope,
    get betweenness() {
      return (betweenness ?? analysis.betweenness())[id] ?? 0;
    },
  }));
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "fr");
  if (page.orderBy === "NAME") nodes.sort(byName);
  else if (page.orderBy === "WEIGHTED_DEGREE") nodes.sort((a, b) => b.weightedDegree - a.weightedDegree || byName(a, b));
  else if (page.orderBy === "BETWEENNESS") nodes.sort((a, b) => betweenness![b.id] - betweenness![a.id] || byName(a, b));
  else nodes.sort((a, b) => b.degree - a.degree || byName(a, b));
  return arrayPage(nodes, pageSize(page.first), page.after ?? undefined);
}

/** A page of the scope's pairs of tied organisations, the most tied first. */
export async function graphEdges(result: GraphResult, page: { first?: number | null; after?: string | null }): Promise<Page<GraphEdge>> {
  const { graph } = await result.analysis();
  const edges: GraphEdge[] = graph.mapEdges((_key, attributes, source, target) => ({
    source, target, weight: attributes.weight, kinds: attributes.kinds as GraphEdge["kinds"],
    startsOn: iso(attributes.startsOn), endsOn: iso(attributes.endsOn),
  }));
  edges.sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return arrayPage(edges, pageSize(page.first), page.after ?? undefined);
}

/**
 * The shortest chain of ties from one organisation to another, or null.
 * @throws NOT_FOUND (from, to); BAD_USER_INPUT (scope.from, scope.to)
 */
export async function findPath(prisma: PrismaClient, loaders: Loaders, from: string, to: string, input?: GraphScopeInput | null): Promise<CooperationPath | null> {
  const [fromRow, toRow] = await Promise.all([loaders.organisations.byId.load(from), loaders.organisations.byId.load(to)]);
  if (!fromRow) throw notFound("organisation", from, "from");
  if (!toRow) throw notFound("organisation", to, "to");
  // A chain may go anywhere: the territory of the scope does not apply.
  const scope = input ? await resolveScope(prisma, { ...input, territory: undefined }, "scope.") : undefined;
  const found = await shortestPath(prisma, from, to, scope);
  if (!found) return null;
  return {
    fromId: from,
    length: found.chain.length - 1,
    steps: found.chain.slice(1).map((organisationId, index): PathStep => ({ organisationId, ties: found.ties[index].map(toTie) })),
  };
}

/** A page of an organisation's partners, every source of ties together, the most tied first. Batched over a list. */
export async function organisationPartners(
  loaders: Loaders,
  organisationId: string,
  page: { first?: number | null; after?: string | null; includeDemo?: boolean | null },
): Promise<Page<GraphPartner>> {
  const loader = page.includeDemo ? loaders.graph.partnersWithDemo : loaders.graph.partners;
  const partners = (await loader.load(organisationId)).map(({ partnerId, ties }) => ({ partnerId, weight: ties.length, ties: ties.map(toTie) }));
  return arrayPage(partners, pageSize(page.first), page.after ?? undefined);
}

/** A page of an organisation's stated and shared-collective ties. Batched over a list. */
export async function organisationCooperations(loaders: Loaders, organisationId: string, page: { first?: number | null; after?: string | null }) {
  return nestedConnection(await loaders.graph.cooperations.load({ key: organisationId, ...page }));
}
