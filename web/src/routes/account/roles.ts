// A role as people read it (« Animation d'un réseau — COTESS du bassin
// minier »), where its scope has a page, where its holder's work is, and who
// manages people: the account pages, the administration and the header all
// say roles the same way.
import { ROLE_KIND_LABEL } from "../../labels.ts";
import type { Account, AccountRole, RoleKind } from "../../graphql/session.ts";
import { cotessPath, maisonPath, organisationPath, pathTo, territoryPath } from "../../routes.ts";

/** The name of the role's scope (a network, an organisation, a territory); null for an admin. */
export const scopeName = (role: AccountRole): string | null =>
  role.cotess?.name ?? role.maison?.name ?? role.organisation?.name ?? role.territory?.name ?? null;

/** « Édition d'une organisation — Émergences 62 », or the role alone for an admin. */
export const roleLabel = (kind: RoleKind, scope: string | null) => (scope ? `${ROLE_KIND_LABEL[kind]} — ${scope}` : ROLE_KIND_LABEL[kind]);

/** A role of an account, as roleLabel says it. */
export const describeRole = (role: AccountRole) => roleLabel(role.kind, scopeName(role));

/** What a role lets one do, said to the person invited into it. */
export const ROLE_WORK: Record<RoleKind, string> = {
  NETWORK_ANIMATOR: "préparer les éditions du Mois de l'ESS du réseau, leurs événements, et gérer ses membres",
  ORGANISATION_EDITOR: "tenir à jour la fiche de l'organisation et les événements qu'elle co-organise",
  COLLECTIVITE_AGENT: "consulter tout ce qui concerne le territoire, contacts compris",
  PLATFORM_ADMIN: "tout administrer sur la plateforme, comptes compris",
};

/** The page of the role's scope, or null when it has none (an admin). */
export function scopePath(role: AccountRole): string | null {
  if (role.cotess) return cotessPath(role.cotess);
  if (role.maison) return maisonPath(role.maison);
  if (role.organisation) return organisationPath(role.organisation);
  if (role.territory) return territoryPath(role.territory);
  return null;
}

/**
 * Where a person starts working with a role: the planning for an animator,
 * the organisation's page for its editor, the territory's for an agent, the
 * administration for an admin.
 */
export function landingPath(role: AccountRole): string {
  switch (role.kind) {
    case "NETWORK_ANIMATOR":
      return pathTo("plannings", {});
    case "ORGANISATION_EDITOR":
      return role.organisation ? organisationPath(role.organisation) : pathTo("account", {});
    case "COLLECTIVITE_AGENT":
      return role.territory ? territoryPath(role.territory) : pathTo("account", {});
    case "PLATFORM_ADMIN":
      return pathTo("administration", {});
  }
}

/**
 * The role an invitation gave, among the account's: of the kind offered and,
 * when the account holds several of that kind, of the scope named.
 */
export function roleOffered(account: Account, offered: { role: RoleKind; scopeName: string | null }): AccountRole | null {
  const ofKind = account.roles.filter((role) => role.kind === offered.role);
  return ofKind.find((role) => scopeName(role) === offered.scopeName) ?? ofKind[0] ?? null;
}

export const isAdmin = (account: Account | null) => !!account?.roles.some((role) => role.kind === "PLATFORM_ADMIN");

/** The networks the account animates (a COTESS, a Maison de l'ESS, an organisation such as the CRESS). */
export function animatedNetworks(account: Account | null): Network[] {
  return (account?.roles ?? []).flatMap((role): Network[] => {
    if (role.kind !== "NETWORK_ANIMATOR") return [];
    if (role.cotess) return [{ kind: "cotess", id: role.cotess.id, name: role.cotess.name }];
    if (role.maison) return [{ kind: "maison", id: role.maison.id, name: role.maison.name }];
    if (role.organisation) return [{ kind: "organisation", id: role.organisation.id, name: role.organisation.name }];
    return [];
  });
}

export interface Network {
  kind: "cotess" | "maison" | "organisation";
  id: string;
  name: string;
}

/** Whether the account reads some of the audit trail (the journal): an animator, an organisation's editor, an admin. */
export const readsAudit = (account: Account | null) =>
  isAdmin(account) || !!account?.roles.some((role) => role.kind === "NETWORK_ANIMATOR" || role.kind === "ORGANISATION_EDITOR");

/** The organisations the account edits (ORGANISATION_EDITOR): those it proposes events for. */
export function editedOrganisations(account: Account | null): { id: string; name: string }[] {
  return (account?.roles ?? []).flatMap((role) => (role.kind === "ORGANISATION_EDITOR" && role.organisation ? [role.organisation] : []));
}

/** Whether the account manages people (the administration page): an admin, or a network's animator. */
export const managesPeople = (account: Account | null) => isAdmin(account) || animatedNetworks(account).length > 0;
