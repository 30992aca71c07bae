// GraphQL documents of the COTESS domain: the comités territoriaux de l'ESS,
// their co-animators and their Mois de l'ESS.
import { gql } from "@urql/svelte";
import { TerritoryLinkFields, type TerritoryLink } from "./territories.ts";
import type { LegalForm, OrganisationLink } from "./organisations.ts";

export interface CotessSummary {
  id: string;
  name: string;
  formerNames: string[];
  territories: TerritoryLink[];
}

export interface CotessDetail extends CotessSummary {
  description: string | null;
  history: string | null;
  source: string;
  coAnimators: {
    id: string;
    agglomeration: TerritoryLink;
    person: { id: string; fullName: string; title: string | null } | null;
    organisation: OrganisationLink | null;
  }[];
  members: { sinceYear: number | null; organisation: OrganisationLink & { legalForm: LegalForm } }[];
  moisEssParticipations: { year: number; tookPart: boolean; note: string | null }[];
}

export const CotessListQuery = gql<{ cotessList: CotessSummary[] }, Record<string, never>>`
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
  ${TerritoryLinkFields}
`;

export const CotessPageQuery = gql<{ cotess: object | null }, { id: string }>`
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
  ${TerritoryLinkFields}
`;
