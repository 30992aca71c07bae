// Who may do what with a COTESS.
//
//   add or remove a member   the animators of that COTESS (and platform admins)
//   read                     everyone
import { animatesNetwork, forbidden, requireViewer } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";

/** Whether the viewer adds and removes the members of this COTESS. */
export function mayManageCotessMembers(viewer: Viewer | null, cotessId: string): boolean {
  return viewer !== null && animatesNetwork(viewer, { cotessId, maisonId: null, networkOrganisationId: null });
}

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayManageCotessMembers(viewer: Viewer | null, cotessId: string): Viewer {
  const author = requireViewer(viewer);
  if (!mayManageCotessMembers(author, cotessId)) throw forbidden("Seuls les animateurs de ce COTESS en gèrent les membres.");
  return author;
}
