// GraphQL documents of the cooperation graph: a scope's network (summary,
// nodes and edges page by page, downloads), an organisation's partners and
// the co-organisers suggested for an edition.
import { gql } from "@urql/svelte";
import type { TerritoryKind } from "./territories.ts";
import type { CooperationKind, EssFamily, OrganisationLink, Sector } from "./organisations.ts";

export type GraphNodeOrder = "DEGREE" | "WEIGHTED_DEGREE" | "BETWEENNESS" | "NAME";
export type TieSource = "COLLECTIVE" | "EVENT" | "MAISON" | "SHAREHOLDING" | "STATEMENT";

/** Which ties make the graph, as the API takes it. */
export interface CooperationScope {
  territory?: string;
  territoryKind?: TerritoryKind;
  kinds?: CooperationKind[];
  from?: string;
  to?: string;
  includeSharedCollectives?: boolean;
}

export interface GraphSummary {
  nodes: number;
  edges: number;
  ties: number;
  density: number;
  components: number;
  communities: number;
  modularity: number;
}

export interface GraphDownloads {
  gexf: string;
  graphml: string;
  nodesCsv: string;
  edgesCsv: string;
  json: string;
}

export interface GraphNode {
  id: string;
  label: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
  inScope: boolean;
  organisation: {
    id: string;
    name: string;
    family: EssFamily;
    sectors: Sector[];
    commune: { code: string; name: string; epci: { code: string; name: string } | null } | null;
  };
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  kinds: CooperationKind[];
  startsOn: string | null;
  endsOn: string | null;
}

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

export type GraphNodePage = Page<GraphNode>;
export type GraphEdgePage = Page<GraphEdge>;

export interface GraphTie {
  kind: CooperationKind;
  source: TieSource;
  sourceId: string;
  sourceLabel: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

export interface GraphPartner {
  weight: number;
  ties: GraphTie[];
  organisation: OrganisationLink;
}

export interface PartnerSuggestion {
  score: number;
  reasons: { kind: string; label: string }[];
  organisation: OrganisationLink;
}

export const GraphNodeFields = gql`
  fragment GraphNodeFields on GraphNode {
    id
    label
    degree
    weightedDegree
    betweenness
    community
    inScope
    organisation {
      id
      name
      family
      sectors
      commune {
        code
        name
        epci {
          code
          name
        }
      }
    }
  }
`;

export const GraphEdgeFields = gql`
  fragment GraphEdgeFields on GraphEdge {
    source
    target
    weight
    kinds
    startsOn
    endsOn
  }
`;

/** The first request for a scope: its summary, downloads, and the first page of nodes and of edges. */
export const CooperationGraphQuery = gql<
  {
    cooperationGraph: {
      summary: GraphSummary;
      downloads: GraphDownloads;
      nodes: GraphNodePage;
      edges: GraphEdgePage;
    };
  },
  { scope: CooperationScope }
>`
  query CooperationGraph($scope: CooperationScopeInput) {
    cooperationGraph(scope: $scope) {
      summary {
        nodes
        edges
        ties
        density
        components
        communities
        modularity
      }
      downloads {
        gexf
        graphml
        nodesCsv
        edgesCsv
        json
      }
      nodes(first: 100, orderBy: DEGREE) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...GraphNodeFields
          }
        }
      }
      edges(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...GraphEdgeFields
          }
        }
      }
    }
  }
  ${GraphNodeFields}
  ${GraphEdgeFields}
`;

/** The next pages: nodes, edges or both, after the cursors of the previous ones. */
export const CooperationGraphPageQuery = gql<
  { cooperationGraph: { nodes?: GraphNodePage; edges?: GraphEdgePage } },
  { scope: CooperationScope; nodesAfter: string | null; edgesAfter: string | null; withNodes: boolean; withEdges: boolean }
>`
  query CooperationGraphPage(
    $scope: CooperationScopeInput
    $nodesAfter: String
    $edgesAfter: String
    $withNodes: Boolean!
    $withEdges: Boolean!
  ) {
    cooperationGraph(scope: $scope) {
      nodes(first: 100, after: $nodesAfter, orderBy: DEGREE) @include(if: $withNodes) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...GraphNodeFields
          }
        }
      }
      edges(first: 100, after: $edgesAfter) @include(if: $withEdges) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...GraphEdgeFields
          }
        }
      }
    }
  }
  ${GraphNodeFields}
  ${GraphEdgeFields}
`;

export interface OrganisationPartnersData {
  organisation: { id: string; name: string; partners: Page<GraphPartner> } | null;
}

/** An organisation's partners in the cooperation graph, all ties with each, a page of 100. */
export const OrganisationPartnersQuery = gql<
  OrganisationPartnersData,
  { id: string; after: string | null }
>`
  query OrganisationPartners($id: ID!, $after: String) {
    organisation(id: $id) {
      id
      name
      partners(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            weight
            ties {
              kind
              source
              sourceId
              sourceLabel
              startsOn
              endsOn
            }
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`;

/** Co-organisers to propose to the lead organisation of an event of the edition. */
export const SuggestedPartnersQuery = gql<
  { suggestedPartners: PartnerSuggestion[] },
  { organisation: string; edition: string }
>`
  query SuggestedPartners($organisation: ID!, $edition: ID!) {
    suggestedPartners(organisation: $organisation, edition: $edition, first: 8) {
      score
      reasons {
        kind
        label
      }
      organisation {
        id
        name
      }
    }
  }
`;
