// The whole of an edition's planning, read page after page (100 at a time):
// the calendar and the list by EPCI show every event at once.
import type { Client, OperationResult } from "@urql/svelte";
import { errorMessage } from "../../client.ts";
import {
  EditionClashesQuery, EditionEventsQuery, type Clash, type ClashSeverity, type PlanningEvent,
} from "../../graphql/events.ts";
import type { ResultOf } from "../../graphql/tada.ts";

export class LoadError extends Error {}

export async function loadEvents(client: Client, editionId: string): Promise<PlanningEvent[]> {
  const events: PlanningEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const result: OperationResult<ResultOf<typeof EditionEventsQuery>> = await client
      .query(EditionEventsQuery, { id: editionId, after }, { requestPolicy: "network-only" })
      .toPromise();
    if (result.error) throw new LoadError(errorMessage(result.error));
    const page = result.data?.edition?.events;
    if (!page) throw new LoadError("Édition introuvable.");
    events.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return events;
    after = page.pageInfo.endCursor;
  }
}

export async function loadClashes(client: Client, editionId: string, severities: ClashSeverity[] | null = null): Promise<Clash[]> {
  const clashes: Clash[] = [];
  let after: string | null = null;
  for (;;) {
    const result: OperationResult<ResultOf<typeof EditionClashesQuery>> = await client
      .query(EditionClashesQuery, { id: editionId, after, severities }, { requestPolicy: "network-only" })
      .toPromise();
    if (result.error) throw new LoadError(errorMessage(result.error));
    const page = result.data?.edition?.clashes;
    if (!page) throw new LoadError("Édition introuvable.");
    clashes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return clashes;
    after = page.pageInfo.endCursor;
  }
}

const SEVERITY_ORDER: ClashSeverity[] = ["HARD", "HIGH", "MEDIUM", "LOW"];

/** The worst clash of each session, by session id. */
export function worstClashBySession(clashes: Clash[]): Map<string, Clash> {
  const worst = new Map<string, Clash>();
  for (const clash of clashes) {
    for (const side of [clash.first, clash.second]) {
      const known = worst.get(side.sessionId);
      if (!known || SEVERITY_ORDER.indexOf(clash.severity) < SEVERITY_ORDER.indexOf(known.severity)) worst.set(side.sessionId, clash);
    }
  }
  return worst;
}

/** Every clash of each event, by event id. */
export function clashesByEvent(clashes: Clash[]): Map<string, Clash[]> {
  const byEvent = new Map<string, Clash[]>();
  for (const clash of clashes) {
    // A side the viewer may not read (event null) is no event of theirs to mark.
    const ids = [clash.first.event?.id, clash.second.event?.id].filter((id): id is string => id !== undefined);
    for (const id of new Set(ids)) byEvent.set(id, [...(byEvent.get(id) ?? []), clash]);
  }
  return byEvent;
}
