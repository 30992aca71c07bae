// GraphQL documents of the Maisons de l'ESS: the place, its legal
// architecture (association, SCI, SCIC), charter, hosted structures and spaces.
import { gql } from "@urql/svelte";
import { TerritoryLinkFields, type TerritoryLink } from "./territories.ts";
import type { LegalForm, OrganisationLink } from "./organisations.ts";

export type MaisonRoleKind = "PORTEUR_PROJET" | "PROPRIETAIRE" | "GESTIONNAIRE" | "LOCATAIRE" | "ECOSYSTEME" | "RECONNAISSANCE";
export type SpaceKind =
  | "BAR" | "RESTAURANT" | "MAGASIN_PARTAGE" | "BUREAUX" | "SALLE_REUNION" | "UNIVERSITE_POPULAIRE" | "ESPACE_TRAVAIL_PARTAGE" | "AUTRE";

export interface MaisonSummary {
  id: string;
  name: string;
  address: string | null;
  commune: TerritoryLink;
  description: string | null;
}

export interface MaisonRole {
  role: MaisonRoleKind;
  sinceYear: number | null;
  untilYear: number | null;
  note: string | null;
  organisation: OrganisationLink & {
    legalForm: LegalForm;
    shareholders: { category: string | null; sinceYear: number | null; holder: OrganisationLink }[];
  };
}

export interface MaisonDetail extends MaisonSummary {
  recognition: string | null;
  source: string;
  roles: MaisonRole[];
  charter: {
    title: string;
    values: { position: number; title: string; description: string | null }[];
    signatures: { signedOn: string | null; organisation: OrganisationLink }[];
  } | null;
  spaces: { id: string; kind: SpaceKind; name: string; description: string | null; operator: OrganisationLink | null }[];
  phases: { label: string; period: string | null; surfaceM2: number | null; description: string | null }[];
}

export const MaisonListQuery = gql<{ maisons: MaisonSummary[] }, Record<string, never>>`
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
  ${TerritoryLinkFields}
`;

export const MaisonPageQuery = gql<{ maison: object | null }, { id: string }>`
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
  ${TerritoryLinkFields}
`;
