// GraphQL documents of the COTESS domain: the comités territoriaux de l'ESS,
// their co-animators and their Mois de l'ESS.
import { graphql, type Flattened, type ResultOf } from "./tada.ts";
import { TerritoryLinkFields } from "./territories.ts";

export const CotessListQuery = graphql(`
  query CotessList {
    cotessList {
      id
      name
      formerNames
      territories {
        ...TerritoryLinkFields
      }
    }
  }
`, [TerritoryLinkFields]);

export type CotessSummary = ResultOf<typeof CotessListQuery>["cotessList"][number];

export const CotessPageQuery = graphql(`
  query CotessPage($id: ID!) {
    cotess(id: $id) {
      id
      name
      formerNames
      description
      history
      source
      territories {
        ...TerritoryLinkFields
      }
      coAnimators {
        id
        agglomeration {
          ...TerritoryLinkFields
        }
        person {
          id
          fullName
          title
        }
        organisation {
          id
          name
        }
      }
      members(first: 100) {
        totalCount
        edges {
          node {
            sinceYear
            organisation {
              id
              name
              legalForm
            }
          }
        }
      }
      moisEssParticipations {
        year
        tookPart
        note
      }
    }
  }
`, [TerritoryLinkFields]);

export type CotessDetail = Flattened<NonNullable<ResultOf<typeof CotessPageQuery>["cotess"]>>;
