// GraphQL documents of the ESS profile of a territory: its actors by family,
// legal form and sector, its jobs, collectives, COTESS, Maisons, policies and
// indicators, as one query beside the territory's card.
import { graphql, type ResultOf } from "./tada.ts";
import { TerritoryLinkFields } from "./territories.ts";
import { SourceLinkFields } from "./sources.ts";

export const IndicatorFields = graphql(`
  fragment IndicatorFields on TerritoryIndicator {
    kind
    label
    value
    unit
    year
    producer
    source {
      ...SourceLinkFields
    }
    territory {
      ...TerritoryLinkFields
    }
  }
`, [SourceLinkFields, TerritoryLinkFields]);

/** A published figure about a territory, with who produced it, its document and its year. */
export type Indicator = ResultOf<typeof IndicatorFields>;

export const TerritoryEssProfileQuery = graphql(`
  query TerritoryEssProfile($code: String!, $kind: TerritoryKind) {
    territory(code: $code, kind: $kind) {
      code
      kind
      essProfile {
        organisations
        essOrganisations
        nonEssOrganisations
        organisationsOfUnknownFamily
        jobs
        organisationsWithKnownJobs
        knownJobsYears {
          first
          last
        }
        jobsIndicator {
          ...IndicatorFields
        }
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
          source {
            ...SourceLinkFields
          }
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
            year
          }
        }
        indicators {
          ...IndicatorFields
        }
      }
    }
  }
`, [TerritoryLinkFields, SourceLinkFields, IndicatorFields]);

export type EssProfile = NonNullable<ResultOf<typeof TerritoryEssProfileQuery>["territory"]>["essProfile"];
