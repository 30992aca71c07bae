// GraphQL documents of the Maisons de l'ESS: the place, its legal
// architecture (association, SCI, SCIC), charter, hosted structures and spaces.
import { graphql, type Enum, type Flattened, type ResultOf } from "./tada.ts";
import { TerritoryLinkFields } from "./territories.ts";

export type MaisonRoleKind = Enum<"MaisonRoleKind">;

export const MaisonListQuery = graphql(`
  query MaisonList {
    maisons {
      id
      name
      address
      commune {
        ...TerritoryLinkFields
      }
      description
    }
  }
`, [TerritoryLinkFields]);

export type MaisonSummary = ResultOf<typeof MaisonListQuery>["maisons"][number];

export const MaisonPageQuery = graphql(`
  query MaisonPage($id: ID!) {
    maison(id: $id) {
      id
      name
      address
      commune {
        ...TerritoryLinkFields
      }
      description
      recognition
      source
      roles(first: 100) {
        totalCount
        edges {
          node {
            role
            sinceYear
            untilYear
            note
            organisation {
              id
              name
              legalForm
              # The SCIC's sociétaires: read only for the GESTIONNAIRE.
              shareholders(first: 100) {
                totalCount
                edges {
                  node {
                    category
                    sinceYear
                    holder {
                      id
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
      charter {
        title
        values {
          position
          title
          description
        }
        signatures(first: 100) {
          totalCount
          edges {
            node {
              signedOn
              organisation {
                id
                name
              }
            }
          }
        }
      }
      spaces {
        id
        kind
        name
        description
        operator {
          id
          name
        }
      }
      phases {
        label
        period
        surfaceM2
        description
      }
    }
  }
`, [TerritoryLinkFields]);

export type MaisonDetail = Flattened<NonNullable<ResultOf<typeof MaisonPageQuery>["maison"]>>;
export type MaisonRole = MaisonDetail["roles"][number];
