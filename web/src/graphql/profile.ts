// GraphQL documents of the ESS profile of a territory: its actors by family,
// legal form and sector, its jobs, collectives, COTESS, Maisons, policies and
// indicators, as one query beside the territory's card.
import { gql } from "@urql/svelte";
import { TerritoryLinkFields, type TerritoryKind, type TerritoryLink } from "./territories.ts";
import type { EssFamily, LegalForm, Sector } from "./organisations.ts";
import type { CollectiveKind } from "./collectives.ts";

export type IndicatorKind =
  | "ESS_JOBS" | "ESS_JOBS_SHARE" | "ESS_ESTABLISHMENTS" | "ESS_JOBS_ASSOCIATIONS" | "ESS_JOBS_COOPERATIVES"
  | "ESS_JOBS_MUTUELLES" | "ESS_JOBS_FONDATIONS" | "POPULATION_DENSITY" | "UNEMPLOYMENT_RATE" | "POVERTY_RATE" | "OTHER";

export interface TerritoryPolicy {
  id: string;
  name: string;
  adoptedYear: number | null;
  summary: string | null;
  priorities: string[];
  source: string;
  territory: TerritoryLink;
  axes: { title: string; description: string | null }[];
  figures: { label: string; value: number | null; unit: string | null }[];
}

export interface TerritoryIndicator {
  kind: IndicatorKind;
  label: string;
  value: number;
  unit: string;
  year: number | null;
  producer: string | null;
  source: string;
  territory: TerritoryLink;
}

export interface EssProfile {
  organisations: number;
  jobs: number;
  organisationsWithKnownJobs: number;
  byFamily: { family: EssFamily; organisations: number; jobs: number }[];
  byLegalForm: { legalForm: LegalForm; organisations: number }[];
  bySector: { sector: Sector; organisations: number }[];
  collectivesByKind: { kind: CollectiveKind; collectives: number }[];
  cotess: { id: string; name: string }[];
  maisons: { id: string; name: string; commune: { name: string } }[];
  policies: TerritoryPolicy[];
  indicators: TerritoryIndicator[];
}

export const TerritoryEssProfileQuery = gql<
  { territory: { code: string; kind: TerritoryKind; essProfile: EssProfile } | null },
  { code: string; kind: TerritoryKind }
>`
  query TerritoryEssProfile($code: String!, $kind: TerritoryKind) {
    territory(code: $code, kind: $kind) {
      code
      kind
      essProfile {
        organisations
        jobs
        organisationsWithKnownJobs
        byFamily {
          family
          organisations
          jobs
        }
        byLegalForm {
          legalForm
          organisations
        }
        bySector {
          sector
          organisations
        }
        collectivesByKind {
          kind
          collectives
        }
        cotess {
          id
          name
        }
        maisons {
          id
          name
          commune {
            name
          }
        }
        policies {
          id
          name
          adoptedYear
          summary
          priorities
          source
          territory {
            ...TerritoryLinkFields
          }
          axes {
            title
            description
          }
          figures {
            label
            value
            unit
          }
        }
        indicators {
          kind
          label
          value
          unit
          year
          producer
          source
          territory {
            ...TerritoryLinkFields
          }
        }
      }
    }
  }
  ${TerritoryLinkFields}
`;
