// The access primitives: what a viewer's roles are and reach. Each module's
// *.access.ts builds its rules ("may this viewer confirm this event?") from
// these; nothing else reads roles.
//
//   platform admin        everything
//   network animator      its network's editions and events, the network's members
//                         (COTESS membership, a Maison's charter signatures), and
//                         the organisations and collectives it maintains
//   organisation editor   its organisation's record and the events it co-organises
//   collectivité agent    reads everything on its territory, contacts included
//   anonymous             reads what is published
import { DomainError } from "./errors.ts";
import type { NetworkRef, Viewer } from "./viewer.ts";

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", "Connectez-vous pour faire cette modification.");
  return viewer;
}

export function forbidden(message: string): DomainError {
  return new DomainError("FORBIDDEN", message);
}

export const isPlatformAdmin = (viewer: Viewer | null) => !!viewer?.roles.some((grant) => grant.role === "PLATFORM_ADMIN");

/** Animates some network: may maintain organisations and collectives. */
export const isAnimator = (viewer: Viewer | null) =>
  isPlatformAdmin(viewer) || !!viewer?.roles.some((grant) => grant.role === "NETWORK_ANIMATOR");

export function animatesNetwork(viewer: Viewer | null, network: NetworkRef): boolean {
  if (isPlatformAdmin(viewer)) return true;
  return !!viewer?.roles.some(
    (grant) =>
      grant.role === "NETWORK_ANIMATOR" &&
      ((network.cotessId !== null && grant.cotessId === network.cotessId) ||
        (network.maisonId !== null && grant.maisonId === network.maisonId) ||
        (network.networkOrganisationId !== null && grant.organisationId === network.networkOrganisationId)),
  );
}

export function editsOrganisation(viewer: Viewer | null, organisationId: string): boolean {
  if (isPlatformAdmin(viewer)) return true;
  return !!viewer?.roles.some((grant) => grant.role === "ORGANISATION_EDITOR" && grant.organisationId === organisationId);
}

/** Organisations whose events and record this viewer edits as an editor. */
export function editedOrganisationIds(viewer: Viewer | null): string[] {
  return (viewer?.roles ?? []).filter((grant) => grant.role === "ORGANISATION_EDITOR").map((grant) => grant.organisationId!);
}

/** Territories a collectivité agent reads in full. */
export function agentTerritoryIds(viewer: Viewer | null): number[] {
  return (viewer?.roles ?? []).filter((grant) => grant.role === "COLLECTIVITE_AGENT").map((grant) => grant.territoryId!);
}

/** The networks this viewer animates, for queries that list what they may read. */
export function animatedNetworks(viewer: Viewer | null): { cotessIds: string[]; maisonIds: string[]; organisationIds: string[] } {
  const grants = (viewer?.roles ?? []).filter((grant) => grant.role === "NETWORK_ANIMATOR");
  return {
    cotessIds: grants.flatMap((grant) => (grant.cotessId ? [grant.cotessId] : [])),
    maisonIds: grants.flatMap((grant) => (grant.maisonId ? [grant.maisonId] : [])),
    organisationIds: grants.flatMap((grant) => (grant.organisationId ? [grant.organisationId] : [])),
  };
}
