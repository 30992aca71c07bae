// GraphQL documents of the audit trail: who changed what and when, in the
// scopes the viewer may read, narrowed by kind of action, person and days.
import { graphql, type Enum, type ResultOf, type VariablesOf } from "./tada.ts";

export type AuditAction = Enum<"AuditAction">;

export const AuditTrailQuery = graphql(`
  query AuditTrail($filter: AuditFilterInput, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          author
          authorId
          entityType
          entityId
          changes
        }
      }
    }
  }
`);

export type AuditEntry = ResultOf<typeof AuditTrailQuery>["auditTrail"]["edges"][number]["node"];
export type AuditFilter = NonNullable<VariablesOf<typeof AuditTrailQuery>["filter"]>;

export const AuditAuthorsQuery = graphql(`
  query AuditAuthors {
    auditAuthors {
      id
      displayName
    }
  }
`);

export type AuditAuthor = ResultOf<typeof AuditAuthorsQuery>["auditAuthors"][number];
