// The cooperation network of a scope, for its page: the scope as it reads in
// the address, loading every page of nodes and edges from the API, the
// graphology graph laid out by ForceAtlas2, and its colours.
import type { Client } from "@urql/svelte";
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { apiError, type ApiError } from "../../client.ts";
import {
  CooperationGraphPageQuery, CooperationGraphQuery,
  type CooperationScope, type GraphDownloads, type GraphEdge, type GraphNode, type GraphSummary,
} from "../../graphql/graph.ts";
import type { CooperationKind, EssFamily } from "../../graphql/organisations.ts";
import type { TerritoryKind } from "../../graphql/territories.ts";
import { COOPERATION_KIND_LABEL } from "../../labels.ts";

// ─── The scope in the address ───────────────────────────────────────────────

/** The territories of the demo's networks; any other by its code. */
export const TERRITORY_SHORTCUTS: { code: string; label: string }[] = [
  { code: "246200364", label: "CA de Lens - Liévin" },
  { code: "246200299", label: "CA d'Hénin-Carvin" },
  { code: "62", label: "Pas-de-Calais (département)" },
];

export const ALL_KINDS = Object.keys(COOPERATION_KIND_LABEL) as CooperationKind[];
const TERRITORY_KINDS: readonly string[] = ["REGION", "DEPARTEMENT", "EPCI", "COMMUNE"] satisfies TerritoryKind[];

export type ColourMode = "community" | "family";

/** The filters of the page, as the form holds them. */
export interface ScopeForm {
  /** "" (the whole country), the code of a shortcut, or "other" (typed in `code`). */
  territory: string;
  code: string;
  level: TerritoryKind | "";
  kinds: CooperationKind[];
  from: string;
  to: string;
  includeSharedCollectives: boolean;
  /** Ties made by demonstration events (fictional): never unless asked. */
  includeDemo: boolean;
  colour: ColourMode;
}

// The same parameters as the downloads (/exports/cooperation.gexf?territory=…),
// so that an address of the page and a download say the same scope.
export function readForm(search: string): ScopeForm {
  const parameters = new URLSearchParams(search);
  const territory = parameters.get("territory")?.trim() ?? "";
  const shortcut = TERRITORY_SHORTCUTS.some((option) => option.code === territory);
  const level = parameters.get("territoryKind")?.toUpperCase() ?? "";
  const kinds = (parameters.get("kinds") ?? "").split(",").filter((kind): kind is CooperationKind => (ALL_KINDS as string[]).includes(kind));
  return {
    territory: !territory ? "" : shortcut && !level ? territory : "other",
    code: shortcut && !level ? "" : territory,
    level: TERRITORY_KINDS.includes(level) ? (level as TerritoryKind) : "",
    kinds,
    from: parameters.get("from") ?? "",
    to: parameters.get("to") ?? "",
    includeSharedCollectives: parameters.get("sharedCollectives") !== "false",
    includeDemo: parameters.get("demo") === "true",
    colour: parameters.get("couleur") === "famille" ? "family" : "community",
  };
}

export function formSearch(form: ScopeForm): string {
  const parameters = new URLSearchParams();
  const territory = form.territory === "other" ? form.code.trim() : form.territory;
  if (territory) parameters.set("territory", territory);
  if (form.territory === "other" && territory && form.level) parameters.set("territoryKind", form.level);
  if (form.kinds.length) parameters.set("kinds", ALL_KINDS.filter((kind) => form.kinds.includes(kind)).join(","));
  if (form.from.trim()) parameters.set("from", form.from.trim());
  if (form.to.trim()) parameters.set("to", form.to.trim());
  if (!form.includeSharedCollectives) parameters.set("sharedCollectives", "false");
  if (form.includeDemo) parameters.set("demo", "true");
  if (form.colour === "family") parameters.set("couleur", "famille");
  // Commas stay readable in a shared address.
  return parameters.toString().replaceAll("%2C", ",");
}

const DAY = /^\d{4}(-\d{2}-\d{2})?$/;

/** A year being typed ("20") is not sent: the scope waits for four digits. */
export const dayError = (value: string) =>
  value.trim() && !DAY.test(value.trim()) ? "Une année sur quatre chiffres (2015) ou une date (2015-06-01)." : null;

export function scopeOf(form: ScopeForm): CooperationScope {
  const territory = form.territory === "other" ? form.code.trim() : form.territory;
  const from = form.from.trim();
  const to = form.to.trim();
  return {
    ...(territory ? { territory } : {}),
    ...(territory && form.territory === "other" && form.level ? { territoryKind: form.level } : {}),
    ...(form.kinds.length ? { kinds: ALL_KINDS.filter((kind) => form.kinds.includes(kind)) } : {}),
    ...(from && !dayError(from) ? { from } : {}),
    ...(to && !dayError(to) ? { to } : {}),
    ...(form.includeSharedCollectives ? {} : { includeSharedCollectives: false }),
    ...(form.includeDemo ? { includeDemo: true } : {}),
  };
}

/** The files of a scope from the query string the API gives with SCOPE_TOO_LARGE. */
export function downloadsOf(query: string): GraphDownloads {
  const suffix = query ? `?${query}` : "";
  return {
    gexf: `/exports/cooperation.gexf${suffix}`,
    graphml: `/exports/cooperation.graphml${suffix}`,
    nodesCsv: `/exports/cooperation-nodes.csv${suffix}`,
    edgesCsv: `/exports/cooperation-edges.csv${suffix}`,
    json: `/exports/cooperation.json${suffix}`,
  };
}

/** GEXF 1.3 is the same file with version=1.3. */
export const gexf13 = (gexf: string) => `${gexf}${gexf.includes("?") ? "&" : "?"}version=1.3`;

// ─── Loading ────────────────────────────────────────────────────────────────

export interface LoadedNetwork {
  summary: GraphSummary;
  downloads: GraphDownloads;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export type NetworkOutcome =
  | { kind: "loaded"; network: LoadedNetwork }
  | { kind: "too-large"; message: string; downloads: GraphDownloads }
  | { kind: "failed"; error: ApiError | null; message: string }
  | { kind: "superseded" };

export interface Progress {
  nodes: number;
  totalNodes: number;
  edges: number;
  totalEdges: number;
}

/**
 * Every node and edge of the scope, 100 of each per request (the interactive
 * scope is bounded by the API: 3 000 nodes, 30 000 edges), the next pages of
 * both in one request.
 */
export async function loadNetwork(
  client: Client,
  scope: CooperationScope,
  options: { onProgress: (progress: Progress) => void; superseded: () => boolean },
): Promise<NetworkOutcome> {
  const first = await client.query(CooperationGraphQuery, { scope }, { requestPolicy: "network-only" }).toPromise();
  if (options.superseded()) return { kind: "superseded" };
  if (first.error || !first.data) return failure(first.error ? apiError(first.error) : null);

  const { summary, downloads, nodes: nodePage, edges: edgePage } = first.data.cooperationGraph;
  const nodes = nodePage.edges.map((edge) => edge.node);
  const edges = edgePage.edges.map((edge) => edge.node);
  let nodesInfo = nodePage.pageInfo;
  let edgesInfo = edgePage.pageInfo;
  const report = () =>
    options.onProgress({ nodes: nodes.length, totalNodes: nodePage.totalCount, edges: edges.length, totalEdges: edgePage.totalCount });
  report();

  while (nodesInfo.hasNextPage || edgesInfo.hasNextPage) {
    const next = await client
      .query(
        CooperationGraphPageQuery,
        {
          scope,
          nodesAfter: nodesInfo.endCursor,
          edgesAfter: edgesInfo.endCursor,
          withNodes: nodesInfo.hasNextPage,
          withEdges: edgesInfo.hasNextPage,
        },
        { requestPolicy: "network-only" },
      )
      .toPromise();
    if (options.superseded()) return { kind: "superseded" };
    if (next.error || !next.data) return failure(next.error ? apiError(next.error) : null);
    const { nodes: moreNodes, edges: moreEdges } = next.data.cooperationGraph;
    if (moreNodes) {
      nodes.push(...moreNodes.edges.map((edge) => edge.node));
      nodesInfo = moreNodes.pageInfo;
    }
    if (moreEdges) {
      edges.push(...moreEdges.edges.map((edge) => edge.node));
      edgesInfo = moreEdges.pageInfo;
    }
    // A page that does not move on would loop for ever.
    if ((nodesInfo.hasNextPage && !nodesInfo.endCursor) || (edgesInfo.hasNextPage && !edgesInfo.endCursor)) break;
    report();
  }
  return { kind: "loaded", network: { summary, downloads, nodes, edges } };
}

function failure(error: ApiError | null): NetworkOutcome {
  if (error?.code === "BAD_USER_INPUT" && error.extensions.reason === "SCOPE_TOO_LARGE") {
    const query = typeof error.extensions.downloadQuery === "string" ? error.extensions.downloadQuery : "";
    return { kind: "too-large", message: error.message, downloads: downloadsOf(query) };
  }
  return { kind: "failed", error, message: error?.message ?? "Réponse vide du serveur." };
}

// ─── The graph, laid out ────────────────────────────────────────────────────

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  degree: number;
  community: number;
  /** Null when its legal form, and so its family, is unknown. */
  family: EssFamily | null;
}

export interface EdgeAttributes {
  weight: number;
  size: number;
  kinds: CooperationKind[];
}

export type NetworkGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/** A number in [0, 1) from a string: the same organisation starts at the same place, load after load. */
function hashUnit(text: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  }
  hash = Math.imul(hash ^ (hash >>> 15), 2246822507);
  hash = Math.imul(hash ^ (hash >>> 13), 3266489909);
  return ((hash ^ (hash >>> 16)) >>> 0) / 4294967296;
}

/**
 * The graph for sigma: node size by degree, positions by ForceAtlas2
 * (synchronous, a fixed number of iterations) from a seeded placement, so
 * that the same scope is drawn the same way every time.
 */
export function buildGraph(nodes: GraphNode[], edges: GraphEdge[]): NetworkGraph {
  const graph: NetworkGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const maxDegree = Math.max(1, ...nodes.map((node) => node.degree));
  for (const node of nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      label: node.label,
      x: hashUnit(node.id, 1) * 100,
      y: hashUnit(node.id, 2) * 100,
      size: 3 + 13 * Math.sqrt(node.degree / maxDegree),
      degree: node.degree,
      community: node.community,
      family: node.organisation.family,
    });
  }
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || graph.hasEdge(edge.source, edge.target)) continue;
    graph.addEdge(edge.source, edge.target, {
      weight: edge.weight,
      size: Math.min(4, 0.6 + 0.5 * Math.log2(edge.weight)),
      kinds: edge.kinds,
    });
  }
  if (graph.order > 1) {
    const iterations = graph.order <= 500 ? 300 : graph.order <= 1500 ? 150 : 80;
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: "weight",
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
    });
  }
  return graph;
}

// ─── Colours ────────────────────────────────────────────────────────────────

// Tableau 10, without its grey: the others are grey.
const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"];
export const OTHER_COLOUR = "#b8bec4";

export const FAMILY_COLOUR: Record<EssFamily, string> = {
  ASSOCIATION: "#4e79a7",
  COOPERATIVE: "#f28e2b",
  MUTUELLE: "#59a14f",
  FONDATION: "#b07aa1",
  ENTREPRISE_COMMERCIALE_ESS: "#e15759",
  HORS_ESS: "#8a939c",
};

/** Lighter than « hors ESS »: an unknown family is no family. */
export const UNKNOWN_FAMILY_COLOUR = "#d3d8dc";

export const familyColour = (family: EssFamily | null) => (family ? FAMILY_COLOUR[family] : UNKNOWN_FAMILY_COLOUR);

export interface CommunityEntry {
  community: number;
  size: number;
  /** Its most connected organisation, to name it. */
  hub: string;
  colour: string;
}

/** Communities, largest first: the nine largest get a colour of their own. */
export function communityLegend(nodes: GraphNode[]): { entries: CommunityEntry[]; others: number; otherNodes: number } {
  const byCommunity = new Map<number, { size: number; hub: GraphNode }>();
  for (const node of nodes) {
    const entry = byCommunity.get(node.community);
    if (!entry) byCommunity.set(node.community, { size: 1, hub: node });
    else {
      entry.size++;
      if (node.degree > entry.hub.degree) entry.hub = node;
    }
  }
  const sorted = [...byCommunity.entries()].sort((a, b) => b[1].size - a[1].size || a[0] - b[0]);
  const entries = sorted.slice(0, PALETTE.length).map(([community, { size, hub }], index) => ({
    community, size, hub: hub.label, colour: PALETTE[index],
  }));
  const rest = sorted.slice(PALETTE.length);
  return { entries, others: rest.length, otherNodes: rest.reduce((sum, [, { size }]) => sum + size, 0) };
}

// ─── Words ──────────────────────────────────────────────────────────────────

/** "le toit commun (scic)" from « Le Toit Commun (SCIC) », for searching without accents or case. */
export const searchable = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 });
/** Density, modularity, betweenness: "0,125". */
export const formatRatio = (value: number) => decimal.format(value);
