// Who may do what with the collectives of the cooperation referential.
//
//   create or change a collective, its members   network animators (any network:
//                                                 collectives cross networks)
//   read                                         everyone
import { forbidden, isAnimator, requireViewer } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayMaintainCollectives(viewer: Viewer | null): Viewer {
  const author = requireViewer(viewer);
  if (!isAnimator(author)) throw forbidden("Seuls les animateurs de réseau maintiennent les collectifs.");
  return author;
}
