// GraphQL documents of the cooperation graph: a scope's network (summary,
// nodes and edges page by page, downloads), an organisation's partners and
// the co-organisers suggested for an edition.
import { graphql, type NodeOf, type ResultOf, type VariablesOf } from "./tada.ts";
import { OrganisationLinkFields } from "./organisations.ts";

export const GraphNodeFields = graphql(`
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
      # The certainty alone: the reason is on the organisation's page, and a
      # network has up to 3 000 nodes.
      legalFormEvidence {
        certainty
      }
      sectors
      commune {
        code
        name
        epci {
          code
          name
        }
      }
      location {
        code
        name
      }
    }
  }
`);

export const GraphEdgeFields = graphql(`
  fragment GraphEdgeFields on GraphEdge {
    source
    target
    weight
    kinds
    startsOn
    endsOn
  }
`);

/** The first request for a scope: its summary, downloads, and the first page of nodes and of edges. */
export const CooperationGraphQuery = graphql(`
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
`, [GraphNodeFields, GraphEdgeFields]);

type CooperationGraph = ResultOf<typeof CooperationGraphQuery>["cooperationGraph"];
/** Which ties make the graph, as the API takes it. */
export type CooperationScope = NonNullable<VariablesOf<typeof CooperationGraphQuery>["scope"]>;
export type GraphSummary = CooperationGraph["summary"];
export type GraphDownloads = CooperationGraph["downloads"];
export type GraphNode = ResultOf<typeof GraphNodeFields>;
export type GraphEdge = ResultOf<typeof GraphEdgeFields>;

/** The next pages: nodes, edges or both, after the cursors of the previous ones. */
export const CooperationGraphPageQuery = graphql(`
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
`, [GraphNodeFields, GraphEdgeFields]);

/**
 * An organisation's partners in the cooperation graph, all ties with each, a
 * page of 100; the ties of demonstration events only when asked, as in the graph.
 */
export const OrganisationPartnersQuery = graphql(`
  query OrganisationPartners($id: ID!, $after: String, $includeDemo: Boolean = false) {
    organisation(id: $id) {
      id
      name
      partners(first: 100, after: $after, includeDemo: $includeDemo) {
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
              certainty
              isDemo
            }
            organisation {
              ...OrganisationLinkFields
            }
          }
        }
      }
    }
  }
`, [OrganisationLinkFields]);

export type GraphPartner = NodeOf<NonNullable<ResultOf<typeof OrganisationPartnersQuery>["organisation"]>["partners"]>;
export type GraphTie = GraphPartner["ties"][number];

/** Co-organisers to propose to the lead organisation of an event of the edition. */
export const SuggestedPartnersQuery = graphql(`
  query SuggestedPartners($organisation: ID!, $edition: ID!) {
    suggestedPartners(organisation: $organisation, edition: $edition, first: 8) {
      score
      reasons {
        kind
        label
      }
      organisation {
        ...OrganisationLinkFields
      }
    }
  }
`, [OrganisationLinkFields]);

export type PartnerSuggestion = ResultOf<typeof SuggestedPartnersQuery>["suggestedPartners"][number];
