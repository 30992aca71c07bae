// Who may do what with editions and events of the Mois de l'ESS.
//
//   read an event            everyone once published; otherwise the animators of
//                            its edition's network, the editors of a co-organiser,
//                            the collectivité agents of its territory
//   create an event          the animators of its edition's network; the editors
//                            of its lead organiser, in the editions open to it
//                            (covering it, not ended: edition.openings.ts)
//   change an event          the animators and its lead's editors; a partner's
//                            editors until it is published, without cancelling
//                            it or changing its lead
//   confirm (publish) it     the animators of its edition's network
//   moderate a proposal      the animators of its edition's network: publish it,
//                            send it back as a draft, or refuse it; they alone
//                            read the edition's moderation queue
//   read its last decision   whoever may change it (mayChangeEvent)
//   keep a clash at the same venue   the animators of its edition's network
//   open an edition          the animators of that network, also the next
//                            year's from one of its editions (openNextEdition)
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

/** Who organises an event, and whether the public has seen it. */
export interface EventStanding {
  /** The lead organiser. */
  leadId: string;
  /** Every co-organiser, the lead included. */
  coOrganiserIds: string[];
  /** Confirmed, or cancelled after its publication. */
  published: boolean;
}

const editsOneOf = (viewer: Viewer, organisationIds: string[]) => editedOrganisationIds(viewer).some((id) => organisationIds.includes(id));

/**
 * Creating an event: its network's animators, or the editors of its lead
 * organiser (an organisation proposes its own events; it names partners) in
 * an edition open to that organisation — one whose network covers it and
 * that has not ended (edition.openings.ts). `openToLead` says whether it is.
 * @throws UNAUTHENTICATED, FORBIDDEN
 */
export function assertMayCreateEvent(viewer: Viewer | null, network: NetworkRef, leadId: string, openToLead: boolean): Viewer {
  const signedIn = requireViewer(viewer);
  if (animatesNetwork(signedIn, network)) return signedIn;
  if (!editsOneOf(signedIn, [leadId])) {
    throw forbidden("Seuls les animateurs du réseau de cette édition et l'organisateur principal de l'événement peuvent le créer.");
  }
  if (!openToLead) {
    throw new DomainError(
      "FORBIDDEN",
      "Votre organisation propose ses événements aux éditions des réseaux qui couvrent son territoire ou dont elle est membre, tant qu'elles ne sont pas terminées : choisissez l'une d'elles.",
      "edition",
    );
  }
  return signedIn;
}

/** What a change does beyond its fields. */
export interface EventChange {
  /** The lead it hands the event to, when it changes the lead. */
  newLeadId?: string | null;
  /** It cancels the event. */
  cancels: boolean;
}

/**
 * Changing an event: its network's animators and its lead's editors change
 * anything; the editors of a partner co-organiser help write it until it is
 * published, but neither cancel it nor change its lead — they propose, the
 * lead and the animators decide.
 * @throws UNAUTHENTICATED, FORBIDDEN
 */
export function assertMayChangeEvent(viewer: Viewer | null, network: NetworkRef, event: EventStanding, change: EventChange): Viewer {
  const signedIn = requireViewer(viewer);
  if (animatesNetwork(signedIn, network)) return signedIn;
  if (editsOneOf(signedIn, [event.leadId])) {
    // The lead may hand the event over only to an organisation it edits too.
    if (change.newLeadId && !editsOneOf(signedIn, [change.newLeadId])) {
      throw forbidden("Vous ne pouvez confier l'événement qu'à une organisation dont vous êtes éditeur, ou le demander aux animateurs.");
    }
    return signedIn;
  }
  if (!editsOneOf(signedIn, event.coOrganiserIds)) {
    throw forbidden("Seuls les animateurs du réseau de cette édition et les organisations co-organisatrices peuvent modifier cet événement.");
  }
  if (event.published) {
    throw forbidden("Cet événement est publié : seuls son organisateur principal et les animateurs de l'édition peuvent le modifier.");
  }
  if (change.cancels) throw forbidden("Seuls l'organisateur principal et les animateurs de l'édition peuvent annuler cet événement.");
  if (change.newLeadId) throw forbidden("Seuls l'organisateur principal et les animateurs de l'édition peuvent changer d'organisateur principal.");
  return signedIn;
}

/** May the viewer change some field of the event? (The fields it may not change are refused when it tries.) */
export function mayChangeEvent(viewer: Viewer | null, network: NetworkRef, event: EventStanding): boolean {
  if (!viewer) return false;
  if (animatesNetwork(viewer, network) || editsOneOf(viewer, [event.leadId])) return true;
  return !event.published && editsOneOf(viewer, event.coOrganiserIds);
}

/** The viewer manages every event of the edition: confirms, keeps clashes. */
export const mayManageEdition = (viewer: Viewer | null, network: NetworkRef) => animatesNetwork(viewer, network);

/** @throws FORBIDDEN */
export function assertMayConfirmEvent(viewer: Viewer, network: NetworkRef): void {
  if (!mayManageEdition(viewer, network)) throw forbidden("Seuls les animateurs de l'édition confirment un événement.");
}

/** @throws FORBIDDEN */
export function assertMayModerateEvent(viewer: Viewer, network: NetworkRef): void {
  if (!mayManageEdition(viewer, network)) throw forbidden("Seuls les animateurs de l'édition modèrent les événements proposés.");
}

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayReadModerationQueue(viewer: Viewer | null, network: NetworkRef): Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Connectez-vous pour voir les événements à modérer.");
  const signedIn = viewer;
  if (!mayManageEdition(signedIn, network)) throw forbidden("Seuls les animateurs de l'édition voient les événements à modérer.");
  return signedIn;
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
