// GraphQL documents of the territories domain, checked against schema.graphql
// by tests/e2e/graphql-documents.test.ts.
import { graphql, type Enum, type ResultOf } from "./tada.ts";

export type TerritoryKind = Enum<"TerritoryKind">;
export type EpciNature = Enum<"EpciNature">;

export const TerritorySummaryFields = graphql(`
  fragment TerritorySummaryFields on Territory {
    code
    name
    kind
    population
    epciNature
  }
`);

export const TerritoryLinkFields = graphql(`
  fragment TerritoryLinkFields on Territory {
    code
    name
    kind
    epciNature
  }
`);

export const CommunePageFields = graphql(`
  fragment CommunePageFields on TerritoryConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        name
        population
      }
    }
  }
`);

export type TerritorySummary = ResultOf<typeof TerritorySummaryFields>;
/** Enough of a territory to link to its page and say its level. */
export type TerritoryLink = ResultOf<typeof TerritoryLinkFields>;
export type CommunePage = ResultOf<typeof CommunePageFields>;

export const SearchTerritories = graphql(`
  query SearchTerritories($search: String, $kind: TerritoryKind) {
    territories(search: $search, kind: $kind, first: 10) {
      totalCount
      edges {
        node {
          ...TerritorySummaryFields
        }
      }
    }
  }
`, [TerritorySummaryFields]);

export const TerritoryCard = graphql(`
  query TerritoryCard($code: String!, $kind: TerritoryKind) {
    territory(code: $code, kind: $kind) {
      ...TerritorySummaryFields
      parents {
        ...TerritorySummaryFields
      }
      neighbours {
        ...TerritorySummaryFields
      }
      governedBy {
        id
        name
      }
      contourPath
      communesContourPath
      communes(first: 20) {
        ...CommunePageFields
      }
    }
  }
`, [TerritorySummaryFields, CommunePageFields]);

export type TerritoryDetail = NonNullable<ResultOf<typeof TerritoryCard>["territory"]>;

export const TerritoryCommunes = graphql(`
  query TerritoryCommunes($code: String!, $kind: TerritoryKind, $after: String) {
    territory(code: $code, kind: $kind) {
      code
      communes(first: 20, after: $after) {
        ...CommunePageFields
      }
    }
  }
`, [CommunePageFields]);

/** A commune as a form shows it once chosen: its postal codes and EPCI say which of the homonyms it is. */
export const CommuneChoiceFields = graphql(`
  fragment CommuneChoiceFields on Territory {
    code
    name
    postalCodes
    epci {
      code
      name
    }
    departement {
      code
    }
  }
`);

export type CommuneChoice = ResultOf<typeof CommuneChoiceFields>;

/** Communes by name or postal code, most populated first. */
export const CommuneOptionsQuery = graphql(`
  query CommuneOptions($search: String!) {
    territories(kind: COMMUNE, search: $search, first: 10) {
      edges {
        node {
          ...CommuneChoiceFields
        }
      }
    }
  }
`, [CommuneChoiceFields]);
