// GraphQL documents of the territories domain, checked against schema.graphql
// by tests/e2e/graphql-documents.test.ts.
import { gql } from "@urql/svelte";

export type TerritoryKind = "REGION" | "DEPARTEMENT" | "EPCI" | "COMMUNE";
export type EpciNature =
  | "METROPOLE"
  | "METROPOLE_DE_LYON"
  | "COMMUNAUTE_URBAINE"
  | "COMMUNAUTE_AGGLOMERATION"
  | "COMMUNAUTE_COMMUNES";

export interface TerritorySummary {
  code: string;
  name: string;
  kind: TerritoryKind;
  population: number;
  epciNature: EpciNature | null;
}

/** Enough of a territory to link to its page and say its level. */
export type TerritoryLink = Pick<TerritorySummary, "code" | "name" | "kind" | "epciNature">;

export interface CommuneRow {
  code: string;
  name: string;
  population: number;
}

export interface CommunePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: CommuneRow }[];
}

export interface TerritoryDetail extends TerritorySummary {
  parents: TerritorySummary[];
  communes: CommunePage | null;
}

export const TerritorySummaryFields = gql`
  fragment TerritorySummaryFields on Territory {
    code
    name
    kind
    population
    epciNature
  }
`;

export const TerritoryLinkFields = gql`
  fragment TerritoryLinkFields on Territory {
    code
    name
    kind
    epciNature
  }
`;

export const CommunePageFields = gql`
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
`;

export const SearchTerritories = gql<
  { territories: { totalCount: number; edges: { node: TerritorySummary }[] } },
  { search: string | null; kind: TerritoryKind | null }
>`
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
  ${TerritorySummaryFields}
`;

export const TerritoryCard = gql<
  { territory: TerritoryDetail | null },
  { code: string; kind: TerritoryKind }
>`
  query TerritoryCard($code: String!, $kind: TerritoryKind) {
    territory(code: $code, kind: $kind) {
      ...TerritorySummaryFields
      parents {
        ...TerritorySummaryFields
      }
      communes(first: 20) {
        ...CommunePageFields
      }
    }
  }
  ${TerritorySummaryFields}
  ${CommunePageFields}
`;

export const TerritoryCommunes = gql<
  { territory: { code: string; communes: CommunePage | null } | null },
  { code: string; kind: TerritoryKind; after: string | null }
>`
  query TerritoryCommunes($code: String!, $kind: TerritoryKind, $after: String) {
    territory(code: $code, kind: $kind) {
      code
      communes(first: 20, after: $after) {
        ...CommunePageFields
      }
    }
  }
  ${CommunePageFields}
`;
