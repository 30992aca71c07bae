// Who may read the audit trail of a scope.
//
//   an edition, a COTESS, a Maison   the animators of its network (and platform admins)
//   an organisation                  any animator (they maintain the directory), its editors
//   a collective                     any animator
import type { PrismaClient } from "../generated/prisma/client.ts";
import { animatedNetworks, editedOrganisationIds, forbidden, isAnimator, isPlatformAdmin } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";
import type { AuditScopeField } from "../core/audit.ts";

/** @throws FORBIDDEN */
export async function assertMayReadAudit(prisma: PrismaClient, viewer: Viewer, field: AuditScopeField, id: string) {
  if (isPlatformAdmin(viewer)) return;
  const networks = animatedNetworks(viewer);
  let allowed = false;
  if (field === "cotessId") allowed = networks.cotessIds.includes(id);
  else if (field === "maisonId") allowed = networks.maisonIds.includes(id);
  // Animators maintain organisations and collectives: any of them reads those trails.
  else if (field === "organisationId") allowed = isAnimator(viewer) || editedOrganisationIds(viewer).includes(id);
  else if (field === "editionId") {
    const edition = await prisma.edition.findUnique({ where: { id }, select: { cotessId: true, maisonId: true, networkOrganisationId: true } });
    allowed = !!edition && (
      (edition.cotessId !== null && networks.cotessIds.includes(edition.cotessId)) ||
      (edition.maisonId !== null && networks.maisonIds.includes(edition.maisonId)) ||
      (edition.networkOrganisationId !== null && networks.organisationIds.includes(edition.networkOrganisationId))
    );
  } else if (field === "collectiveId") {
    allowed = isAnimator(viewer);
  }
  if (!allowed) throw forbidden("Ce journal est réservé aux animateurs du réseau concerné.");
}
