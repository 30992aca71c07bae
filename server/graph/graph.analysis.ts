// The cooperation graph of a scope for the interactive view and the GraphQL
// analytics: loaded into graphology (bounded), with its metrics computed on
// demand. Downloads of any size go through graph.export.ts instead.
import graphology from "graphology";
import louvainModule from "graphology-communities-louvain";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import { density } from "graphology-metrics/graph/density.js";
import { countConnectedComponents } from "graphology-components";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { DomainError } from "../core/errors.ts";
import { edgesStatement, nodesStatement, type EdgeRow, type NodeRow } from "./graph.sql.ts";
import type { GraphScope, GraphScopeInput } from "./graph.scope.ts";

const { UndirectedGraph } = graphology;
// These CommonJS packages export a function; their typings describe it as a
// `default` property, which Node's ESM loader does not add.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const betweennessCentrality = betweennessModule as unknown as typeof betweennessModule.default;

/**
 * What the interactive view and the analytics load at most. Betweenness is
 * O(nodes × edges): 3 000 × 30 000 stays around a second on one core;
 * beyond, the researcher downloads the graph and computes in their own tools.
 */
export const INTERACTIVE_LIMITS = { nodes: 3_000, edges: 30_000 };

export interface NodeAttributes extends Omit<NodeRow, "id"> {}
export interface EdgeAttributes {
  weight: number;
  kinds: string[];
  vias: string[];
  startsOn: Date | null;
  endsOn: Date | null;
}
export type CooperationGraph = InstanceType<typeof UndirectedGraph<NodeAttributes, EdgeAttributes>>;

export interface GraphAnalysis {
  scope: GraphScope;
  graph: CooperationGraph;
  /** Computed on first use, then kept for the request. */
  communities(): { of: Record<string, number>; count: number; modularity: number };
  betweenness(): Record<string, number>;
  components(): number;
  density(): number;
}

/** The query parameters of the downloads for this scope ("territory=62&kinds=…"). */
export function downloadQuery(input: GraphScopeInput): string {
  const parameters = new URLSearchParams();
  if (input.territory) parameters.set("territory", input.territory);
  if (input.territoryKind) parameters.set("territoryKind", input.territoryKind);
  if (input.kinds?.length) parameters.set("kinds", input.kinds.join(","));
  if (input.from) parameters.set("from", input.from);
  if (input.to) parameters.set("to", input.to);
  if (input.includeSharedCollectives === false) parameters.set("sharedCollectives", "false");
  if (input.includeDemo) parameters.set("demo", "true");
  return parameters.toString();
}

/**
 * Loads the graph of a scope into graphology.
 * @throws BAD_USER_INPUT with reason SCOPE_TOO_LARGE (and the sizes) when the
 * scope exceeds INTERACTIVE_LIMITS: the client offers the downloads instead.
 */
export function analyseScope(prisma: PrismaClient, scope: GraphScope, input: GraphScopeInput): Promise<GraphAnalysis> {
  // The graph view pages through nodes and edges (100 a request): the
  // analysis of a scope is kept a minute per process, so that the pages, and
  // betweenness, are computed once. A minute of staleness is fine for exploring.
  const key = JSON.stringify(scope);
  const now = Date.now();
  for (const [cachedKey, entry] of analyses) if (entry.expires < now) analyses.delete(cachedKey);
  const cached = analyses.get(key);
  if (cached) return cached.analysis;
  const analysis = loadScope(prisma, scope, input);
  if (analyses.size >= ANALYSES_MAX) analyses.delete(analyses.keys().next().value!);
  analyses.set(key, { expires: now + ANALYSIS_TTL_MS, analysis });
  // A failure (too large, timeout) is not kept.
  analysis.catch(() => analyses.delete(key));
  return analysis;
}

const ANALYSIS_TTL_MS = 60_000;
const ANALYSES_MAX = 8;
const analyses = new Map<string, { expires: number; analysis: Promise<GraphAnalysis> }>();

async function loadScope(prisma: PrismaClient, scope: GraphScope, input: GraphScopeInput): Promise<GraphAnalysis> {
  // One more row than allowed tells "too large" without reading everything.
  const [nodes, edges] = await Promise.all([
    prisma.$queryRaw<NodeRow[]>`SELECT * FROM (${nodesStatement(scope)}) n LIMIT ${INTERACTIVE_LIMITS.nodes + 1}`,
    prisma.$queryRaw<EdgeRow[]>`SELECT * FROM (${edgesStatement(scope)}) e LIMIT ${INTERACTIVE_LIMITS.edges + 1}`,
  ]);
  if (nodes.length > INTERACTIVE_LIMITS.nodes || edges.length > INTERACTIVE_LIMITS.edges) {
    throw new DomainError(
      "BAD_USER_INPUT",
      `Ce réseau dépasse ce que la vue interactive affiche (${INTERACTIVE_LIMITS.nodes.toLocaleString("fr-FR")} organisations, ` +
        `${INTERACTIVE_LIMITS.edges.toLocaleString("fr-FR")} liens) : téléchargez-le (GEXF, GraphML, CSV) ou restreignez le territoire, les types de liens ou la période.`,
      "scope",
      { reason: "SCOPE_TOO_LARGE", limits: INTERACTIVE_LIMITS, downloadQuery: downloadQuery(input) },
    );
  }
  const graph: CooperationGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const { id, ...attributes } of nodes) graph.addNode(id, attributes);
  for (const edge of edges) {
    graph.addEdgeWithKey(`${edge.a}|${edge.b}`, edge.a, edge.b, {
      weight: edge.weight, kinds: edge.kinds, vias: edge.vias, startsOn: edge.starts_on, endsOn: edge.ends_on,
    });
  }
  return withMetrics(scope, graph);
}

/** A seeded generator: the same data gives the same communities, run after run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withMetrics(scope: GraphScope, graph: CooperationGraph): GraphAnalysis {
  let communities: ReturnType<GraphAnalysis["communities"]> | undefined;
  let betweenness: Record<string, number> | undefined;
  let components: number | undefined;
  return {
    scope,
    graph,
    communities() {
      if (!communities) {
        if (graph.size === 0) {
          // Louvain needs edges: every organisation is its own community.
          const of = Object.fromEntries(graph.nodes().map((node, index) => [node, index]));
          communities = { of, count: graph.order, modularity: 0 };
        } else {
          const detailed = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seeded(20261125) });
          communities = { of: detailed.communities, count: detailed.count, modularity: detailed.modularity };
        }
      }
      return communities;
    },
    betweenness() {
      betweenness ??= betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
      return betweenness!;
    },
    components() {
      components ??= countConnectedComponents(graph);
      return components;
    },
    density() {
      return graph.order < 2 ? 0 : density(graph);
    },
  };
}

/** Sum of the weights of a node's edges: how many ties it has, all partners together. */
export function weightedDegree(graph: CooperationGraph, node: string): number {
  let sum = 0;
  graph.forEachEdge(node, (_edge, attributes) => {
    sum += attributes.weight;
  });
  return sum;
}
