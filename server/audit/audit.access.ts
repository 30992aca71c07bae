// Who may read the audit trail, by the scope an entry is filed under.
//
//   an edition, a COTESS, a Maison   the animators of its network (and platform admins)
//   an organisation                  any animator (they maintain the directory), its editors
//   a collective                     any animator
//   no scope (accounts, sessions)    platform admins only
// An entry filed under several scopes is read by whoever may read one of them.
// The rule is written twice on purpose, side by side: once for one scope asked
// by name (assertMayReadAudit, a clear FORBIDDEN), once as SQL for the whole
// trail (readableAuditEntries); tests/api/administration.test.ts holds them together.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
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

/** SQL condition on an entry aliased `a`: is it filed under a scope the viewer may read? */
export function readableAuditEntries(viewer: Viewer): Prisma.Sql {
  if (isPlatformAdmin(viewer)) return Prisma.sql`TRUE`;
  const networks = animatedNetworks(viewer);
  const editors = editedOrganisationIds(viewer);
  const animator = isAnimator(viewer);
  return Prisma.sql`(a.cotess_id = ANY(${networks.cotessIds}::text[])
    OR a.maison_id = ANY(${networks.maisonIds}::text[])
    OR a.edition_id IN (SELECT ed.id FROM edition ed WHERE ed.cotess_id = ANY(${networks.cotessIds}::text[])
         OR ed.maison_id = ANY(${networks.maisonIds}::text[]) OR ed.network_organisation_id = ANY(${networks.organisationIds}::text[]))
    OR (a.organisation_id IS NOT NULL AND (${animator} OR a.organisation_id = ANY(${editors}::text[])))
    OR (a.collective_id IS NOT NULL AND ${animator}))`;
}
