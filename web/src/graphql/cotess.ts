// GraphQL documents of the COTESS domain: the comités territoriaux de l'ESS,
// their co-animators and their Mois de l'ESS.
import { graphql, type Flattened, type ResultOf } from "./tada.ts";
import { TerritoryLinkFields } from "./territories.ts";
import { EvidenceFields, SourceLinkFields } from "./sources.ts";

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
      viewerCanManageMembers
      source {
        ...SourceLinkFields
      }
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
              legalFormEvidence {
                certainty
              }
            }
          }
        }
      }
      moisEssParticipations {
        year
        tookPart
        note
        evidence {
          ...EvidenceFields
        }
      }
    }
  }
`, [TerritoryLinkFields, SourceLinkFields, EvidenceFields]);

export type CotessDetail = Flattened<NonNullable<ResultOf<typeof CotessPageQuery>["cotess"]>>;

/** The editions of the Mois de l'ESS a COTESS runs: those the documents report, and the demonstration ones. */
export const CotessEditionsQuery = graphql(`
  query CotessEditions($id: ID!) {
    editions(filter: { cotess: $id }) {
      id
      title
      year
      isDemo
    }
  }
`);

export type CotessEdition = ResultOf<typeof CotessEditionsQuery>["editions"][number];

export const AddCotessMemberMutation = graphql(`
  mutation AddCotessMember($input: CotessMembershipInput!) {
    addCotessMember(input: $input) {
      sinceYear
      organisation {
        id
        name
      }
    }
  }
`);

export const RemoveCotessMemberMutation = graphql(`
  mutation RemoveCotessMember($input: CotessMembershipInput!) {
    removeCotessMember(input: $input)
  }
`);
