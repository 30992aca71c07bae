// An organisation's partners in the cooperation graph, every page of them,
// for its page and for the side panel of the network.
import type { Client, OperationResult } from "@urql/svelte";
import { errorMessage } from "../../client.ts";
import { OrganisationPartnersQuery, type GraphPartner, type GraphTie } from "../../graphql/graph.ts";
import type { ResultOf } from "../../graphql/tada.ts";
import type { CooperationKind } from "../../graphql/organisations.ts";
import { TIE_SOURCE_LABEL } from "../../labels.ts";

export type PartnersOutcome = { partners: GraphPartner[]; error: null } | { partners: GraphPartner[]; error: string };

/** All the partners (the API gives 100 a page), the most tied first. */
export async function loadPartners(client: Client, id: string): Promise<PartnersOutcome> {
  const partners: GraphPartner[] = [];
  let after: string | null = null;
  // 100 pages of 100 partners: far more than any organisation has.
  for (let page = 0; page < 100; page++) {
    const result: OperationResult<ResultOf<typeof OrganisationPartnersQuery>> = await client.query(OrganisationPartnersQuery, { id, after }).toPromise();
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

/**
 * Where the ties come from, each once: "Collectif : Collectif d'acteurs du
 * Toit Commun". A stated tie is named by its sentence, or only said to be
 * stated (`statements: false`) where the page quotes the sentences already.
 */
export function sourcesOf(ties: GraphTie[], options: { statements: boolean } = { statements: true }): string[] {
  const sources = new Set<string>();
  for (const tie of ties) {
    const label = tie.source === "STATEMENT" && !options.statements ? null : tie.sourceLabel;
    sources.add(label ? `${TIE_SOURCE_LABEL[tie.source]} : ${label}` : TIE_SOURCE_LABEL[tie.source]);
  }
  return [...sources];
}
