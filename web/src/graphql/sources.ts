// GraphQL documents of the documents records come from (sources), and of how
// a value is known (evidence: stated by a document, or inferred for a reason).
import { graphql, type Enum, type ResultOf } from "./tada.ts";

export type Certainty = Enum<"Certainty">;
export type SourceKind = Enum<"SourceKind">;

/** Enough of a document to name it and link to its page. */
export const SourceLinkFields = graphql(`
  fragment SourceLinkFields on Source {
    id
    title
  }
`);

export type SourceLink = ResultOf<typeof SourceLinkFields>;

// The source's fields written out rather than spread: evidence sits deep in
// some pages (a sociétaire of a Maison's SCIC), and each spread costs a level
// of the API's depth limit.
export const EvidenceFields = graphql(`
  fragment EvidenceFields on Evidence {
    certainty
    basis
    source {
      id
      title
    }
  }
`);

/** How a value is known: its certainty, the quote or reason, the document. */
export type EvidenceData = ResultOf<typeof EvidenceFields>;

export const SourceDetailFields = graphql(`
  fragment SourceDetailFields on Source {
    ...SourceLinkFields
    author
    publisher
    dateLabel
    year
    kind
    description
    url
  }
`, [SourceLinkFields]);

export type SourceDetail = ResultOf<typeof SourceDetailFields>;

export const SourceListQuery = graphql(`
  query SourceList {
    sources {
      ...SourceDetailFields
    }
  }
`, [SourceDetailFields]);

export const SourcePageQuery = graphql(`
  query SourcePage($id: ID!) {
    source(id: $id) {
      ...SourceDetailFields
    }
  }
`, [SourceDetailFields]);
