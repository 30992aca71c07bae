// GraphQL documents of the actors domain: the organisations of a territory
// (a list that pages and filters) and the page of one organisation.
import { graphql, type Enum, type Flattened, type ResultOf, type VariablesOf } from "./tada.ts";
import { CommuneChoiceFields, TerritoryLinkFields } from "./territories.ts";
import { ReferentialCardFields } from "./collectives.ts";
import { EvidenceFields, SourceLinkFields } from "./sources.ts";

export type EssFamily = Enum<"EssFamily">;
export type LegalForm = Enum<"LegalForm">;
export type Sector = Enum<"Sector">;
export type CooperationKind = Enum<"CooperationKind">;

export const OrganisationLinkFields = graphql(`
  fragment OrganisationLinkFields on Organisation {
    id
    name
  }
`);

/** Enough of an organisation to link to its page. */
export type OrganisationLink = ResultOf<typeof OrganisationLinkFields>;

export const OrganisationListQuery = graphql(`
  query OrganisationList($filter: OrganisationFilter, $after: String) {
    organisations(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          shortName
          family
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
`, [TerritoryLinkFields]);

/** The criteria of the list, as the API and the CSV export take them. */
export type OrganisationFilter = NonNullable<VariablesOf<typeof OrganisationListQuery>["filter"]>;
export type OrganisationPage = ResultOf<typeof OrganisationListQuery>["organisations"];

export const OrganisationPageQuery = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      viewerCanEdit
      shortName
      family
      legalForm
      legalFormEvidence {
        ...EvidenceFields
      }
      sectors
      siren
      address
      commune {
        ...TerritoryLinkFields
      }
      epci {
        ...TerritoryLinkFields
      }
      departement {
        ...TerritoryLinkFields
      }
      region {
        ...TerritoryLinkFields
      }
      location {
        ...TerritoryLinkFields
      }
      locationBasis
      governs {
        ...TerritoryLinkFields
      }
      website
      publicEmail
      publicPhone
      headcount
      headcountYear
      description
      source {
        ...SourceLinkFields
      }
      people(first: 100) {
        totalCount
        edges {
          node {
            id
            fullName
            title
            email
            phone
          }
        }
      }
      collectives(first: 100) {
        totalCount
        edges {
          node {
            role
            sinceYear
            untilYear
            evidence {
              ...EvidenceFields
            }
            collective {
              id
              name
              kind
            }
          }
        }
      }
      cooperations(first: 100) {
        totalCount
        edges {
          node {
            kind
            provenance
            sinceYear
            untilYear
            statement
            evidence {
              ...EvidenceFields
            }
            partner {
              id
              name
            }
            collective {
              id
              name
            }
          }
        }
      }
      card {
        ...ReferentialCardFields
      }
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
              legalForm
              legalFormEvidence {
                certainty
              }
            }
            evidence {
              ...EvidenceFields
            }
          }
        }
      }
      holdings(first: 100) {
        totalCount
        edges {
          node {
            company {
              id
              name
              legalForm
              legalFormEvidence {
                certainty
              }
            }
            evidence {
              ...EvidenceFields
            }
          }
        }
      }
      maisonRoles(first: 100) {
        totalCount
        edges {
          node {
            role
            sinceYear
            maison {
              id
              name
            }
          }
        }
      }
    }
  }
`, [TerritoryLinkFields, ReferentialCardFields, EvidenceFields, SourceLinkFields]);

export type OrganisationDetail = Flattened<NonNullable<ResultOf<typeof OrganisationPageQuery>["organisation"]>>;

// ─── Adding and changing an organisation ────────────────────────────────────

/** What the organisation form edits, as the API serves it. */
export const EditableOrganisationFields = graphql(`
  fragment EditableOrganisationFields on Organisation {
    id
    name
    shortName
    legalForm
    sectors
    siren
    address
    commune {
      ...CommuneChoiceFields
    }
    website
    publicEmail
    publicPhone
    headcount
    headcountYear
    description
    viewerCanEdit
  }
`, [CommuneChoiceFields]);

export type EditableOrganisation = ResultOf<typeof EditableOrganisationFields>;

export const EditableOrganisationQuery = graphql(`
  query EditableOrganisation($id: ID!) {
    organisation(id: $id) {
      ...EditableOrganisationFields
    }
  }
`, [EditableOrganisationFields]);

export const ViewerCanAddOrganisationQuery = graphql(`
  query ViewerCanAddOrganisation {
    viewerCanAddOrganisation
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...EditableOrganisationFields
    }
  }
`, [EditableOrganisationFields]);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...EditableOrganisationFields
    }
  }
`, [EditableOrganisationFields]);

export type OrganisationFieldsInput = VariablesOf<typeof UpdateOrganisationMutation>["input"];
export type CreateOrganisationInput = VariablesOf<typeof CreateOrganisationMutation>["input"];
