// GraphQL documents of the page that builds the programme's snippet (/integrer).
import { graphql } from "./tada.ts";

/** Every edition, to choose the one a partner's site shows. */
export const EmbedEditionsQuery = graphql(`
  query EmbedEditions {
    editions {
      id
      title
      year
    }
  }
`);
