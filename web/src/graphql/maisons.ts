// GraphQL documents of the Maisons de l'ESS: the place, its legal
// architecture (association, SCI, SCIC), charter, hosted structures and
// spaces, and the sociétaires of the SCIC that runs it.
import { graphql, type Enum, type Flattened, type NodeOf, type ResultOf } from "./tada.ts";
import { TerritoryLinkFields } from "./territories.ts";
import { EvidenceFields, SourceLinkFields } from "./sources.ts";

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
      viewerCanManageCharter
      commune {
        ...TerritoryLinkFields
      }
      description
      recognition
      source {
        ...SourceLinkFields
      }
      statements {
        text
        source {
          ...SourceLinkFields
        }
      }
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
              legalFormEvidence {
                certainty
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
              evidence {
                ...EvidenceFields
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
`, [TerritoryLinkFields, SourceLinkFields, EvidenceFields]);

export type MaisonDetail = Flattened<NonNullable<ResultOf<typeof MaisonPageQuery>["maison"]>>;
export type MaisonRole = MaisonDetail["roles"][number];

// The sociétaires of the organisation that runs a Maison (its SCIC), on their
// own: read under every role of the Maison, 100 roles × 100 sociétaires
// would cost more than the API accepts.
export const MaisonShareholdersQuery = graphql(`
  query MaisonShareholders($id: ID!) {
    organisation(id: $id) {
      id
      shareholders(first: 100) {
        totalCount
        edges {
          node {
            category
            sinceYear
            holderLabel
            holder {
              id
              name
            }
            evidence {
              ...EvidenceFields
            }
          }
        }
      }
    }
  }
`, [EvidenceFields]);

export type MaisonShareholder = NodeOf<NonNullable<ResultOf<typeof MaisonShareholdersQuery>["organisation"]>["shareholders"]>;

export const SignCharterMutation = graphql(`
  mutation SignCharter($input: CharterSignatureInput!) {
    signCharter(input: $input) {
      signedOn
      organisation {
        id
        name
      }
    }
  }
`);

export const RemoveCharterSignatureMutation = graphql(`
  mutation RemoveCharterSignature($input: CharterSignatureInput!) {
    removeCharterSignature(input: $input)
  }
`);
