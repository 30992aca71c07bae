// Who may give whom which role. A platform admin gives any role; a network
// animator gives, within its network only:
//   - the animation of its own network (a co-animator);
//   - the edition of an organisation of its network: a member (COTESS
//     membership, a Maison's role or charter signature) or one located in the
//     network's territory (its COTESS territory, its editions' scopes);
//   - the reading of a territory inside the network's territory (a
//     collectivité agent).
// Nobody but an admin makes an admin. Taking a role back follows the same
// rule as giving it; people and invitations are listed to those who may
// manage one of their roles.
import { Prisma } from "../generated/prisma/client.ts";
import { animatedNetworks, forbidden, isPlatformAdmin, requireViewer } from "../core/access.ts";
import type { RoleScope, Viewer } from "../core/viewer.ts";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

export const ROLE_REFUSED = "Vous ne pouvez donner ou retirer ce rôle que dans votre réseau.";

/** Whether the viewer may give (or take back) this role in this scope. */
export async function mayManageRole(db: Db, viewer: Viewer | null, scope: RoleScope): Promise<boolean> {
  return (await mayManageRoles(db, viewer, [scope]))[0];
}

/**
 * The same rule for many roles at once (a list of people and their roles):
 * one statement whatever their number, none for an admin or a non-animator.
 */
export async function mayManageRoles(db: Db, viewer: Viewer | null, scopes: readonly RoleScope[]): Promise<boolean[]> {
  if (isPlatformAdmin(viewer)) return scopes.map(() => true);
  const networks = animatedNetworks(viewer);
  if (!viewer || (!networks.cotessIds.length && !networks.maisonIds.length && !networks.organisationIds.length)) return scopes.map(() => false);
  const verdicts = scopes.map((scope): boolean | null => {
    if (scope.role === "PLATFORM_ADMIN") return false;
    if (scope.role === "NETWORK_ANIMATOR") {
      return (
        (scope.cotessId !== null && networks.cotessIds.includes(scope.cotessId)) ||
        (scope.maisonId !== null && networks.maisonIds.includes(scope.maisonId)) ||
        (scope.organisationId !== null && networks.organisationIds.includes(scope.organisationId))
      );
    }
    return null;
  });
  // Editors and agents: whether the organisation or territory lies in the network, read from the database.
  const asked = scopes.flatMap((scope, index) => (verdicts[index] === null ? [{ scope, index }] : []));
  if (asked.length) {
    const rows = await db.$queryRaw<{ i: number; allowed: boolean | null }[]>`
      WITH net AS (
        SELECT territory_id AS id FROM cotess_territory WHERE cotess_id = ANY(${networks.cotessIds}::text[])
        UNION
        SELECT et.territory_id FROM edition_territory et JOIN edition e ON e.id = et.edition_id
         WHERE e.cotess_id = ANY(${networks.cotessIds}::text[]) OR e.maison_id = ANY(${networks.maisonIds}::text[])
            OR e.network_organisation_id = ANY(${networks.organisationIds}::text[])),
      inside AS (SELECT id FROM net UNION SELECT descendant_id FROM territory_inclusion WHERE ancestor_id IN (SELECT id FROM net)),
      asked AS (
        SELECT * FROM unnest(${asked.map(({ scope }) => scope.role)}::text[], ${asked.map(({ scope }) => scope.organisationId)}::text[],
                             ${asked.map(({ scope }) => scope.territoryId)}::int[]) WITH ORDINALITY AS a(role, organisation_id, territory_id, i))
      SELECT a.i::int AS i, CASE
        WHEN a.role = 'COLLECTIVITE_AGENT' THEN a.territory_id IN (SELECT id FROM inside)
        WHEN a.role = 'ORGANISATION_EDITOR' THEN
          EXISTS (SELECT 1 FROM cotess_membership WHERE organisation_id = a.organisation_id AND cotess_id = ANY(${networks.cotessIds}::text[]))
          OR EXISTS (SELECT 1 FROM maison_role WHERE organisation_id = a.organisation_id AND maison_id = ANY(${networks.maisonIds}::text[]))
          OR EXISTS (SELECT 1 FROM charter_signature s JOIN charter c ON c.id = s.charter_id
                      WHERE s.organisation_id = a.organisation_id AND c.maison_id = ANY(${networks.maisonIds}::text[]))
          OR (SELECT location_id FROM organisation WHERE id = a.organisation_id) IN (SELECT id FROM inside)
        ELSE false END AS allowed
      FROM asked a`;
    for (const row of rows) verdicts[asked[row.i - 1].index] = row.allowed === true;
  }
  return verdicts.map((verdict) => verdict === true);
}

/** @throws UNAUTHENTICATED, FORBIDDEN */
export async function assertMayManageRole(db: Db, viewer: Viewer | null, scope: RoleScope): Promise<Viewer> {
  const signedIn = requireViewer(viewer);
  if (!(await mayManageRole(db, signedIn, scope))) throw forbidden(ROLE_REFUSED);
  return signedIn;
}

/** Whether the viewer manages people at all (the administration page). */
export function managesPeople(viewer: Viewer | null): boolean {
  if (isPlatformAdmin(viewer)) return true;
  const networks = animatedNetworks(viewer);
  return networks.cotessIds.length + networks.maisonIds.length + networks.organisationIds.length > 0;
}

/** Deactivating an account: an admin, or the person themself. */
export function mayDeactivate(viewer: Viewer | null, accountId: string): boolean {
  return isPlatformAdmin(viewer) || viewer?.accountId === accountId;
}
