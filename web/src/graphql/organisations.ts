// GraphQL documents of the actors domain: the organisations of a territory
// (a list that pages and filters) and the page of one organisation.
import { gql } from "@urql/svelte";
import { TerritoryLinkFields, type TerritoryKind, type TerritoryLink } from "./territories.ts";
import { ReferentialCardFields, type CollectiveKind, type MembershipRole, type ReferentialCardData } from "./collectives.ts";
import type { MaisonRoleKind } from "./maisons.ts";

export type LegalForm =
  | "ASSOCIATION" | "SCOP" | "SCIC" | "COOPERATIVE" | "MUTUELLE" | "FONDATION" | "ENTREPRISE_ESUS"
  | "GROUPEMENT_EMPLOYEURS" | "GIE" | "SCI" | "COLLECTIVITE" | "ETABLISSEMENT_PUBLIC" | "ENTREPRISE_CLASSIQUE" | "AUTRE";
export type EssFamily = "ASSOCIATION" | "COOPERATIVE" | "MUTUELLE" | "FONDATION" | "ENTREPRISE_COMMERCIALE_ESS" | "HORS_ESS";
export type Sector =
  | "ACTION_SOCIALE" | "SERVICES_A_LA_PERSONNE" | "SANTE" | "PETITE_ENFANCE_JEUNESSE" | "EDUCATION_FORMATION"
  | "INSERTION_EMPLOI" | "CULTURE" | "SPORT_LOISIRS" | "ENVIRONNEMENT_REEMPLOI" | "ENERGIE_HABITAT"
  | "ALIMENTATION_AGRICULTURE" | "COMMERCE_PROXIMITE" | "RESTAURATION" | "FINANCE_SOLIDAIRE" | "ACCOMPAGNEMENT_CONSEIL"
  | "RESEAU_REPRESENTATION" | "RECHERCHE" | "NUMERIQUE" | "MOBILITE" | "IMMOBILIER_LIEUX" | "ACTION_PUBLIQUE" | "AUTRE";
export type CooperationKind =
  | "MUTUALISATION" | "PARTENARIAT_DE_PROJETS" | "COLLECTIF_ACTEURS_ESS" | "REGROUPEMENT_MULTI_ACTEURS"
  | "PARTENARIAT_DECLARE" | "CO_ORGANISATION_EVENEMENT" | "HEBERGEMENT_MAISON" | "SOCIETARIAT_SCIC";
export type TieProvenance = "STATED" | "SHARED_COLLECTIVE";

/** Enough of an organisation to link to its page. */
export interface OrganisationLink {
  id: string;
  name: string;
}

/** The criteria of the list, as the API and the CSV export take them. */
export interface OrganisationFilter {
  territory?: string;
  territoryKind?: TerritoryKind;
  families?: EssFamily[];
  legalForms?: LegalForm[];
  sectors?: Sector[];
  search?: string;
}

export interface OrganisationRow extends OrganisationLink {
  shortName: string | null;
  family: EssFamily;
  legalForm: LegalForm;
  commune: TerritoryLink | null;
}

export interface OrganisationPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: OrganisationRow }[];
}

export interface Person {
  id: string;
  fullName: string;
  title: string | null;
  // Null for anonymous readers: the API serves them to signed-in users only.
  email: string | null;
  phone: string | null;
}

export interface OrganisationDetail extends OrganisationRow {
  sectors: Sector[];
  siren: string | null;
  address: string | null;
  epci: TerritoryLink | null;
  departement: TerritoryLink | null;
  website: string | null;
  publicEmail: string | null;
  publicPhone: string | null;
  headcount: number | null;
  headcountYear: number | null;
  description: string | null;
  source: string;
  people: Person[];
  collectives: {
    role: MembershipRole;
    sinceYear: number | null;
    untilYear: number | null;
    collective: { id: string; name: string; kind: CollectiveKind };
  }[];
  cooperations: {
    kind: CooperationKind;
    provenance: TieProvenance;
    sinceYear: number | null;
    untilYear: number | null;
    statement: string | null;
    partner: OrganisationLink;
    collective: OrganisationLink | null;
  }[];
  card: ReferentialCardData | null;
  shareholders: { category: string | null; sinceYear: number | null; holder: OrganisationLink & { legalForm: LegalForm } }[];
  holdings: { company: OrganisationLink & { legalForm: LegalForm } }[];
  maisonRoles: { role: MaisonRoleKind; sinceYear: number | null; maison: { id: string; name: string } }[];
}

export const OrganisationListQuery = gql<
  { organisations: OrganisationPage },
  { filter: OrganisationFilter; after: string | null }
>`
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
          commune {
            ...TerritoryLinkFields
          }
        }
      }
    }
  }
  ${TerritoryLinkFields}
`;

export const OrganisationPageQuery = gql<{ organisation: object | null }, { id: string }>`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      id
      name
      shortName
      family
      legalForm
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
      website
      publicEmail
      publicPhone
      headcount
      headcountYear
      description
      source
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
            holder {
              id
              name
              legalForm
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
  ${TerritoryLinkFields}
  ${ReferentialCardFields}
`;
