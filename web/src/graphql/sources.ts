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

// What cites a document. The API names the document of each record, not the
// records of a document: the source page reads the lists of records (a few
// hundred at most) and keeps those citing it.

const CitingOrganisationsFields = graphql(`
  fragment CitingOrganisationsFields on OrganisationConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        source {
          id
        }
      }
    }
  }
`);

const CitingCollectivesFields = graphql(`
  fragment CitingCollectivesFields on CollectiveConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        source {
          id
        }
      }
    }
  }
`);

/** Every kind of record that names its document, the first page of the long lists. */
export const SourceCitationsQuery = graphql(`
  query SourceCitations($source: ID!) {
    organisations(first: 100, filter: { source: $source }) {
      ...CitingOrganisationsFields
    }
    collectives(first: 100, filter: { source: $source }) {
      ...CitingCollectivesFields
    }
    cotessList {
      id
      name
      source {
        id
      }
    }
    maisons {
      id
      name
      source {
        id
      }
      statements {
        source {
          id
        }
      }
    }
    policies {
      id
      name
      territory {
        code
        name
        kind
      }
      source {
        id
      }
    }
    editions {
      id
      title
      isDemo
      source {
        id
      }
    }
  }
`, [CitingOrganisationsFields, CitingCollectivesFields]);

export type SourceCitations = ResultOf<typeof SourceCitationsQuery>;

/** The next pages of the organisations and of the collectives. */
export const CitingOrganisationsQuery = graphql(`
  query CitingOrganisations($source: ID!, $after: String) {
    organisations(first: 100, after: $after, filter: { source: $source }) {
      ...CitingOrganisationsFields
    }
  }
`, [CitingOrganisationsFields]);

export const CitingCollectivesQuery = graphql(`
  query CitingCollectives($source: ID!, $after: String) {
    collectives(first: 100, after: $after, filter: { source: $source }) {
      ...CitingCollectivesFields
    }
  }
`, [CitingCollectivesFields]);
