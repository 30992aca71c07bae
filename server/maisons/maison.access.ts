// Who may do what with a Maison de l'ESS.
//
//   record or remove a charter signature   the animators of that Maison (and platform admins)
//   read                                   everyone
import { animatesNetwork, forbidden, requireViewer } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";

/** Whether the viewer records and removes the signatures of this Maison's charter. */
export function mayManageCharter(viewer: Viewer | null, maisonId: string): boolean {
  return viewer !== null && animatesNetwork(viewer, { cotessId: null, maisonId, networkOrganisationId: null });
}

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayManageCharter(viewer: Viewer | null, maisonId: string): Viewer {
  const author = requireViewer(viewer);
  if (!mayManageCharter(author, maisonId)) throw forbidden("Seuls les animateurs de cette Maison de l'ESS gèrent les signatures de sa charte.");
  return author;
}
