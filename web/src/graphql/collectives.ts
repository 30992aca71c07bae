// GraphQL documents of the collectives domain: the collective practices of
// the Pas-de-Calais cooperation referential and their printed cards.
import { graphql, type Enum, type Flattened, type NodeOf, type ResultOf } from "./tada.ts";
import { TerritoryLinkFields } from "./territories.ts";
import { EvidenceFields, SourceLinkFields } from "./sources.ts";

export type CollectiveKind = Enum<"CollectiveKind">;
export type CollectiveStructure = Enum<"CollectiveStructure">;

export const ReferentialCardFields = graphql(`
  fragment ReferentialCardFields on ReferentialCard {
    sectorLabel
    coverageLabel
    coverage {
      ...TerritoryLinkFields
    }
    origin
    governance
    stakes
    workingTogether
    contact
    source {
      ...SourceLinkFields
    }
  }
`, [TerritoryLinkFields, SourceLinkFields]);

/** A card of the referential, field by field as it is printed. */
export type ReferentialCardData = ResultOf<typeof ReferentialCardFields>;

export const CollectiveListQuery = graphql(`
  query CollectiveList($filter: CollectiveFilter, $first: Int, $after: String) {
    collectives(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          structure
          startYear
          sectors
        }
      }
    }
  }
`);

export type CollectivePage = ResultOf<typeof CollectiveListQuery>["collectives"];
export type CollectiveRow = NodeOf<CollectivePage>;

export const CollectivePageQuery = graphql(`
  query CollectivePage($id: ID!) {
    collective(id: $id) {
      id
      name
      kind
      structure
      startYear
      sectors
      structureEvidence {
        ...EvidenceFields
      }
      meetingRhythm
      description
      source {
        ...SourceLinkFields
      }
      card {
        ...ReferentialCardFields
      }
      members(first: 100) {
        totalCount
        edges {
          node {
            role
            sinceYear
            untilYear
            evidence {
              ...EvidenceFields
            }
            organisation {
              id
              name
              legalForm
              legalFormEvidence {
                certainty
              }
              commune {
                ...TerritoryLinkFields
              }
              location {
                ...TerritoryLinkFields
              }
            }
          }
        }
      }
    }
  }
`, [ReferentialCardFields, TerritoryLinkFields, EvidenceFields, SourceLinkFields]);

export type CollectiveDetail = Flattened<NonNullable<ResultOf<typeof CollectivePageQuery>["collective"]>>;
