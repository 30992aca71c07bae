// The records that cite a document, for its page: the organisations and
// collectives filtered by their document on the server (page after page),
// and the short lists of networks, Maisons, policies and editions kept where
// they cite it.
import type { Client, OperationResult } from "@urql/svelte";
import { errorMessage } from "../../client.ts";
import {
  CitingCollectivesQuery, CitingOrganisationsQuery, SourceCitationsQuery,
  type SourceCitations,
} from "../../graphql/sources.ts";
import type { ResultOf } from "../../graphql/tada.ts";
import type { TerritoryKind } from "../../graphql/territories.ts";

export interface Citations {
  organisations: { id: string; name: string }[];
  collectives: { id: string; name: string }[];
  cotess: { id: string; name: string }[];
  /** Its record, or what it says of itself (statements). */
  maisons: { id: string; name: string }[];
  policies: { id: string; name: string; territory: { code: string; name: string; kind: TerritoryKind } }[];
  /** Past editions of the Mois de l'ESS the document reports. */
  editions: { id: string; title: string }[];
}

type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; name: string; source: { id: string } | null } }[] };

export type CitationsOutcome = { citations: Citations; error: null } | { citations: null; error: string };

export async function loadCitations(client: Client, sourceId: string): Promise<CitationsOutcome> {
  const first = await client.query(SourceCitationsQuery, { source: sourceId }).toPromise();
  if (first.error || !first.data) return { citations: null, error: first.error ? errorMessage(first.error) : "Réponse vide du serveur." };
  const data: SourceCitations = first.data;
  const cites = (record: { source: { id: string } | null }) => record.source?.id === sourceId;

  let organisations: Page["edges"][number]["node"][];
  let collectives: Page["edges"][number]["node"][];
  try {
    [organisations, collectives] = await Promise.all([
      allPages(data.organisations, async (after) => {
        const result: OperationResult<ResultOf<typeof CitingOrganisationsQuery>> = await client.query(CitingOrganisationsQuery, { source: sourceId, after }).toPromise();
        if (result.error) throw new Error(errorMessage(result.error));
        return result.data?.organisations ?? null;
      }),
      allPages(data.collectives, async (after) => {
        const result: OperationResult<ResultOf<typeof CitingCollectivesQuery>> = await client.query(CitingCollectivesQuery, { source: sourceId, after }).toPromise();
        if (result.error) throw new Error(errorMessage(result.error));
        return result.data?.collectives ?? null;
      }),
    ]);
  } catch (failure) {
    return { citations: null, error: (failure as Error).message };
  }

  const named = <T extends { id: string; name: string }>(record: T) => ({ id: record.id, name: record.name });
  return {
    error: null,
    citations: {
      organisations: organisations.filter(cites).map(named),
      collectives: collectives.filter(cites).map(named),
      cotess: data.cotessList.filter(cites).map(named),
      maisons: data.maisons.filter((maison) => cites(maison) || maison.statements.some(cites)).map(named),
      policies: data.policies.filter(cites).map((policy) => ({ id: policy.id, name: policy.name, territory: policy.territory })),
      editions: data.editions.filter((edition) => !edition.isDemo && cites(edition)).map((edition) => ({ id: edition.id, title: edition.title })),
    },
  };
}

/** The nodes of every page of a list, from its first page; 50 pages (5 000 records) at most. */
async function allPages(first: Page, next: (after: string) => Promise<Page | null>): Promise<Page["edges"][number]["node"][]> {
  const nodes = first.edges.map((edge) => edge.node);
  let page: Page | null = first;
  for (let count = 0; count < 50 && page?.pageInfo.hasNextPage && page.pageInfo.endCursor; count++) {
    page = await next(page.pageInfo.endCursor);
    if (page) nodes.push(...page.edges.map((edge) => edge.node));
  }
  return nodes;
}
