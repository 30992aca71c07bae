// An organisation's partners in the cooperation graph, every page of them,
// for its page and for the side panel of the network.
import type { Client, OperationResult } from "@urql/svelte";
import { errorMessage } from "../../client.ts";
import { OrganisationPartnersQuery, type GraphPartner, type GraphTie } from "../../graphql/graph.ts";
import type { ResultOf } from "../../graphql/tada.ts";
import type { CooperationKind } from "../../graphql/organisations.ts";
import { TIE_SOURCE_LABEL } from "../../labels.ts";

export type PartnersOutcome = { partners: GraphPartner[]; error: null } | { partners: GraphPartner[]; error: string };

/**
 * All the partners (the API gives 100 a page), the most tied first; the ties
 * of demonstration events only with `includeDemo` (a network drawn with them).
 */
export async function loadPartners(client: Client, id: string, options: { includeDemo?: boolean } = {}): Promise<PartnersOutcome> {
  const partners: GraphPartner[] = [];
  let after: string | null = null;
  // 100 pages of 100 partners: far more than any organisation has.
  for (let page = 0; page < 100; page++) {
    const result: OperationResult<ResultOf<typeof OrganisationPartnersQuery>> = await client
      .query(OrganisationPartnersQuery, { id, after, includeDemo: options.includeDemo ?? false })
      .toPromise();
    if (result.error) return { partners, error: errorMessage(result.error) };
    const connection = result.data?.organisation?.partners;
    if (!connection) break;
    partners.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return { partners, error: null };
}

/** The kinds of a partner's ties, each once, in the order of the labels. */
export function kindsOf(ties: GraphTie[]): CooperationKind[] {
  return [...new Set(ties.map((tie) => tie.kind))];
}

/** Where ties come from, with how they are known. */
export interface TieOrigin {
  /** "Collectif : Collectif d'acteurs du Toit Commun". */
  label: string;
  /** Every tie it stands for is inferred (a membership, a sociétariat, a statement read from a contrast). */
  inferred: boolean;
  /** A demonstration event: fiction, there only when asked. */
  demo: boolean;
}

/**
 * Where the ties come from, each once: "Collectif : Collectif d'acteurs du
 * Toit Commun". A stated tie is named by its sentence, or only said to be
 * stated (`statements: false`) where the page quotes the sentences already.
 */
export function originsOf(ties: GraphTie[], options: { statements: boolean } = { statements: true }): TieOrigin[] {
  const origins = new Map<string, TieOrigin>();
  for (const tie of ties) {
    const name = tie.source === "STATEMENT" && !options.statements ? null : tie.sourceLabel;
    const label = name ? `${TIE_SOURCE_LABEL[tie.source]} : ${name}` : TIE_SOURCE_LABEL[tie.source];
    const inferred = tie.certainty === "INFERRED";
    const origin = origins.get(label);
    // One stated tie behind a label is enough for it to be stated.
    if (origin) origin.inferred &&= inferred;
    else origins.set(label, { label, inferred, demo: tie.isDemo });
  }
  return [...origins.values()];
}
