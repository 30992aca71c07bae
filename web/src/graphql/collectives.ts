// GraphQL documents of the collectives domain: the collective practices of
// the Pas-de-Calais cooperation referential and their printed cards.
import { gql } from "@urql/svelte";
import { TerritoryLinkFields, type TerritoryKind, type TerritoryLink } from "./territories.ts";
import type { LegalForm, OrganisationLink, Sector } from "./organisations.ts";

export type CollectiveKind = "MUTUALISATION" | "PARTENARIAT_DE_PROJETS" | "COLLECTIF_ACTEURS_ESS" | "REGROUPEMENT_MULTI_ACTEURS";
export type CollectiveStructure = "AUCUNE" | "ASSOCIATION" | "SCIC" | "SCOP" | "GIE" | "CONVENTION" | "AUTRE";
export type MembershipRole = "MEMBRE" | "ANIMATEUR" | "STRUCTURE_APPUI" | "PARTENAIRE_FINANCEUR" | "FONDATEUR";

/** A card of the referential, field by field as it is printed. */
export interface ReferentialCardData {
  sectorLabel: string | null;
  coverageLabel: string | null;
  coverage: TerritoryLink[];
  origin: string | null;
  governance: string | null;
  stakes: string | null;
  workingTogether: string | null;
  contact: string | null;
  source: string;
}

export interface CollectiveRow {
  id: string;
  name: string;
  kind: CollectiveKind;
  structure: CollectiveStructure;
  startYear: number | null;
  sectors: Sector[];
}

export interface CollectivePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: CollectiveRow }[];
}

export interface CollectiveDetail extends CollectiveRow {
  meetingRhythm: string | null;
  description: string | null;
  source: string;
  card: ReferentialCardData | null;
  members: {
    role: MembershipRole;
    sinceYear: number | null;
    untilYear: number | null;
    organisation: OrganisationLink & { legalForm: LegalForm; commune: TerritoryLink | null };
  }[];
}

export const ReferentialCardFields = gql`
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
    source
  }
  ${TerritoryLinkFields}
`;

export const CollectiveListQuery = gql<
  { collectives: CollectivePage },
  { filter: { territory?: string; territoryKind?: TerritoryKind; kinds?: CollectiveKind[] }; first: number; after: string | null }
>`
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
`;

export const CollectivePageQuery = gql<{ collective: object | null }, { id: string }>`
  query CollectivePage($id: ID!) {
    collective(id: $id) {
      id
      name
      kind
      structure
      startYear
      sectors
      meetingRhythm
      description
      source
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
            organisation {
              id
              name
              legalForm
              commune {
                ...TerritoryLinkFields
              }
            }
          }
        }
      }
    }
  }
  ${ReferentialCardFields}
  ${TerritoryLinkFields}
`;
