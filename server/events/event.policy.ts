// Who may read and write events.
//
// Published events (confirmed, or cancelled after publication) are public.
// The rest is read by the edition's animators, the editors of a co-organiser
// and the collectivité agents of the event's territory. Animators of the
// edition's network write every event of it and alone confirm events and
// accept a clash at the same venue; an organisation's editor writes the
// events their organisation co-organises.
import { Prisma } from "../generated/prisma/client.ts";
import {
  agentTerritoryIds, animatedNetworks, animatesNetwork, editedOrganisationIds, forbidden, isPlatformAdmin, requireViewer,
} from "../auth/auth.policy.ts";
import type { NetworkRef, Viewer } from "../auth/viewer.ts";

/** SQL condition on an event aliased `e` (joined to its edition `ed`): may the viewer read it? */
export function eventVisibleTo(viewer: Viewer | null): Prisma.Sql {
  const published = Prisma.sql`(e.status = 'CONFIRMED' OR (e.status = 'CANCELLED' AND e.published_at IS NOT NULL))`;
  if (!viewer) return published;
  if (isPlatformAdmin(viewer)) return Prisma.sql`TRUE`;
  const networks = animatedNetworks(viewer);
  const editors = editedOrganisationIds(viewer);
  const territories = agentTerritoryIds(viewer);
  return Prisma.sql`(${published}
    OR ed.cotess_id = ANY(${networks.cotessIds}::text[])
    OR ed.maison_id = ANY(${networks.maisonIds}::text[])
    OR ed.network_organisation_id = ANY(${networks.organisationIds}::text[])
    OR EXISTS (SELECT 1 FROM event_co_organiser c WHERE c.event_id = e.id AND c.organisation_id = ANY(${editors}::text[]))
    OR e.commune_id = ANY(${territories}::int[])
    OR EXISTS (SELECT 1 FROM territory_inclusion i WHERE i.descendant_id = e.commune_id AND i.ancestor_id = ANY(${territories}::int[])))`;
}

/** @throws UNAUTHENTICATED, FORBIDDEN — may the viewer write an event with these co-organisers in this edition? */
export function assertMayWriteEvent(viewer: Viewer | null, network: NetworkRef, coOrganiserIds: string[]): Viewer {
  const signedIn = requireViewer(viewer);
  if (animatesNetwork(signedIn, network)) return signedIn;
  const mine = editedOrganisationIds(signedIn);
  if (coOrganiserIds.some((id) => mine.includes(id))) return signedIn;
  throw forbidden("Seuls les animateurs du réseau de cette édition et les organisations co-organisatrices peuvent modifier cet événement.");
}

export function mayWriteEvent(viewer: Viewer | null, network: NetworkRef, coOrganiserIds: string[]): boolean {
  try {
    assertMayWriteEvent(viewer, network, coOrganiserIds);
    return true;
  } catch {
    return false;
  }
}

export { animatesNetwork };
