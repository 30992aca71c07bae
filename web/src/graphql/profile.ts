// GraphQL documents of the ESS profile of a territory: its actors by family,
// legal form and sector, its jobs, collectives, COTESS, Maisons, policies and
// indicators, as one query beside the territory's card.
import { graphql, type ResultOf } from "./tada.ts";
import { TerritoryLinkFields } from "./territories.ts";

export const TerritoryEssProfileQuery = graphql(`
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
`, [TerritoryLinkFields]);

export type EssProfile = NonNullable<ResultOf<typeof TerritoryEssProfileQuery>["territory"]>["essProfile"];
