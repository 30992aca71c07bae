// Who may import what.
//
//   import events into an edition      the animators of the edition's network
//                                      (and platform admins)
//   import organisations               network animators and platform admins
//                                      (they maintain the directory)
//   read, confirm or cancel an import  whoever may start it: for events, the
//                                      animators of its edition's network; for
//                                      organisations, its author and platform admins
//   list past imports                  of an edition: whoever may import into it;
//                                      of organisations: an animator their own,
//                                      a platform admin all of them
import { animatesNetwork, forbidden, isAnimator, isPlatformAdmin, requireViewer } from "../core/access.ts";
import type { NetworkRef, Viewer } from "../core/viewer.ts";

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayImportEvents(viewer: Viewer | null, edition: NetworkRef): Viewer {
  const author = requireViewer(viewer);
  if (!animatesNetwork(author, edition)) throw forbidden("Seuls les animateurs du réseau de cette édition y importent des événements.");
  return author;
}

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayImportOrganisations(viewer: Viewer | null): Viewer {
  const author = requireViewer(viewer);
  if (!isAnimator(author)) throw forbidden("Seuls les animateurs de réseau et les administrateurs importent des organisations.");
  return author;
}

/** An import as its rules read it. */
export interface ImportStanding {
  kind: "EVENTS" | "ORGANISATIONS";
  accountId: string;
  /** The network of its edition, for an import of events. */
  edition: NetworkRef | null;
}

/** May the viewer read, confirm or cancel this import? */
export function mayHandleImport(viewer: Viewer | null, standing: ImportStanding): boolean {
  if (!viewer) return false;
  if (standing.kind === "EVENTS") return !!standing.edition && animatesNetwork(viewer, standing.edition);
  // An organisations import is its author's work in progress.
  return isPlatformAdmin(viewer) || (isAnimator(viewer) && viewer.accountId === standing.accountId);
}

/** @throws UNAUTHENTICATED, FORBIDDEN */
export function assertMayHandleImport(viewer: Viewer | null, standing: ImportStanding): Viewer {
  const author = requireViewer(viewer);
  if (!mayHandleImport(author, standing)) throw forbidden("Seuls les animateurs qui ont lancé cet import, ou ceux de son édition, peuvent le voir et le confirmer.");
  return author;
}

/** May the viewer list every import of organisations, not only their own? */
export function mayListEveryImport(viewer: Viewer): boolean {
  return isPlatformAdmin(viewer);
}
