// Who may do what with organisations and the people the sources name.
//
//   create an organisation     network animators (they maintain the directory)
//   change an organisation     network animators, and its own editors
//   validate a structure       platform admins, and the animators of a network
//   awaiting validation, or    concerned by it: one whose territory covers its
//   merge it into a known one  commune, or that runs an edition it proposed to
//   read a person's contacts   animators (they coordinate with them); the editors
//                              of the person's organisation; the collectivité
//                              agents of the territory it is located in
//
// People appear as co-animators, contacts and founders: their names are
// public, their e-mail and phone are not. Organisations' public contacts
// are always served.
import DataLoader from "dataloader";
import type { PrismaClient } from "../generated/prisma/client.ts";
import {
  agentTerritoryIds, animatesNetwork, editedOrganisationIds, editsOrganisation, forbidden, isAnimator, isPlatformAdmin, requireViewer,
} from "../core/access.ts";
import type { NetworkRef, Viewer } from "../core/viewer.ts";

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayCreateOrganisation(viewer: Viewer | null): Viewer {
  const author = requireViewer(viewer);
  if (!mayCreateOrganisation(author)) throw forbidden("Seuls les animateurs de réseau ajoutent des organisations.");
  return author;
}

/** May the viewer add organisations? */
export const mayCreateOrganisation = (viewer: Viewer | null) => isAnimator(viewer);

/** May the viewer change this organisation's record? */
export const mayUpdateOrganisation = (viewer: Viewer | null, organisationId: string) =>
  !!viewer && (isAnimator(viewer) || editsOrganisation(viewer, organisationId));

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayUpdateOrganisation(viewer: Viewer | null, organisationId: string): Viewer {
  const author = requireViewer(viewer);
  if (!mayUpdateOrganisation(author, organisationId)) {
    throw forbidden("Seuls les animateurs de réseau et les éditeurs de cette organisation peuvent la modifier.");
  }
  return author;
}

/**
 * May the viewer validate a structure awaiting validation (or merge it into a
 * known one)? `concernedNetworks`: the networks whose territory covers its
 * commune, and those of the editions it proposed events to.
 */
export function mayValidateOrganisation(viewer: Viewer | null, concernedNetworks: NetworkRef[]): boolean {
  return isPlatformAdmin(viewer) || concernedNetworks.some((network) => animatesNetwork(viewer, network));
}

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayValidateOrganisation(viewer: Viewer | null, concernedNetworks: NetworkRef[]): Viewer {
  const author = requireViewer(viewer);
  if (!mayValidateOrganisation(author, concernedNetworks)) {
    throw forbidden("Seuls les animateurs d'un réseau dont le territoire couvre cette structure, ou de l'édition à laquelle elle a proposé un événement, peuvent la valider.");
  }
  return author;
}

/** Per request: may this viewer read the contacts of the people of organisation X? Batched. */
export function createContactReachLoader(prisma: PrismaClient, viewer: Viewer | null) {
  return new DataLoader<string, boolean>(async (organisationIds) => {
    if (!viewer) return organisationIds.map(() => false);
    if (isAnimator(viewer)) return organisationIds.map(() => true);
    const edited = new Set(editedOrganisationIds(viewer));
    const territories = agentTerritoryIds(viewer);
    const inTerritory = new Set<string>();
    if (territories.length) {
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        SELECT o.id FROM organisation o
         WHERE o.id = ANY(${[...organisationIds]}::text[])
           AND (o.location_id = ANY(${territories}::int[])
                OR EXISTS (SELECT 1 FROM territory_inclusion i WHERE i.descendant_id = o.location_id AND i.ancestor_id = ANY(${territories}::int[])))`;
      for (const row of rows) inTerritory.add(row.id);
    }
    return organisationIds.map((id) => edited.has(id) || inTerritory.has(id));
  });
}
