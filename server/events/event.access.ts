// Who may do what with editions and events of the Mois de l'ESS.
//
//   read an event            everyone once published; otherwise the animators of
//                            its edition's network, the editors of a co-organiser,
//                            the collectivité agents of its territory
//   write an event           the animators of its edition's network; the editors
//                            of an organisation that co-organises it
//   confirm (publish) it     the animators of its edition's network
//   keep a clash at the same venue   the animators of its edition's network
//   open an edition          the animators of that network
//   list an edition's clashes  signed-in accounts
import { Prisma } from "../generated/prisma/client.ts";
import { DomainError } from "../core/errors.ts";
import {
  agentTerritoryIds, animatedNetworks, animatesNetwork, editedOrganisationIds, forbidden, isPlatformAdmin, requireViewer,
} from "../core/access.ts";
import type { NetworkRef, Viewer } from "../core/viewer.ts";
import { publishedEvent } from "./event.status.ts";

/** SQL condition on an event aliased `e` (joined to its edition `ed`): may the viewer read it? */
export function eventVisibleTo(viewer: Viewer | null): Prisma.Sql {
  const published = publishedEvent();
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
  if (!viewer) return false;
  return animatesNetwork(viewer, network) || editedOrganisationIds(viewer).some((id) => coOrganiserIds.includes(id));
}

/** The viewer manages every event of the edition: confirms, keeps clashes. */
export const mayManageEdition = (viewer: Viewer | null, network: NetworkRef) => animatesNetwork(viewer, network);

/** @throws FORBIDDEN */
export function assertMayConfirmEvent(viewer: Viewer, network: NetworkRef): void {
  if (!mayManageEdition(viewer, network)) throw forbidden("Seuls les animateurs de l'édition confirment un événement.");
}

/** @throws FORBIDDEN */
export function assertMayKeepHardClash(viewer: Viewer, network: NetworkRef): void {
  if (!mayManageEdition(viewer, network)) {
    throw forbidden("Seuls les animateurs de l'édition peuvent maintenir deux événements au même endroit au même moment.");
  }
}

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayOpenEdition(viewer: Viewer | null, network: NetworkRef): Viewer {
  const author = requireViewer(viewer);
  if (!animatesNetwork(author, network)) throw forbidden("Seuls les animateurs de ce réseau ouvrent ses éditions du Mois de l'ESS.");
  return author;
}

/** @throws UNAUTHENTICATED */
export function assertMayListClashes(viewer: Viewer | null): Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Connectez-vous pour voir les conflits de programmation.");
  return viewer;
}
