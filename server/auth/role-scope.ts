// A role and its scope as a request names them (ids of a COTESS, a Maison, an
// organisation; the code of a territory), checked and resolved to the ids the
// database keeps, and named for a person ("COTESS du bassin minier").
import type { PrismaClient } from "../core/database.ts";
import { badInput, unknownReference } from "../core/errors.ts";
import type { RoleScope } from "../core/viewer.ts";
import type { RoleKind, TerritoryKind } from "../generated/prisma/enums.ts";
import { requireTerritory } from "../territories/territory.service.ts";

export interface RoleScopeRequest {
  role: RoleKind;
  cotess?: string | null;
  maison?: string | null;
  organisation?: string | null;
  territory?: string | null;
  territoryKind?: TerritoryKind | null;
}

const SCOPE_FIELDS = ["cotess", "maison", "organisation", "territory"] as const;

/** Checks that the scope is the one the role names and that it exists. @throws BAD_USER_INPUT */
export async function resolveRoleScope(prisma: PrismaClient, request: RoleScopeRequest, path = "scope"): Promise<RoleScope> {
  const given = SCOPE_FIELDS.filter((field) => request[field]);
  const expect = (allowed: readonly (typeof SCOPE_FIELDS)[number][], message: string) => {
    if (given.length !== 1 || !allowed.includes(given[0])) throw badInput(`${path}.${given.find((field) => !allowed.includes(field)) ?? allowed[0]}`, message);
  };
  switch (request.role) {
    case "PLATFORM_ADMIN":
      if (given.length) throw badInput(`${path}.${given[0]}`, "L'administration de la plateforme ne se donne pas pour un périmètre : laissez le périmètre vide.");
      break;
    case "NETWORK_ANIMATOR":
      expect(["cotess", "maison", "organisation"], "L'animation d'un réseau se donne pour un seul réseau : un COTESS, une Maison de l'ESS ou une organisation (la CRESS).");
      break;
    case "ORGANISATION_EDITOR":
      expect(["organisation"], "L'édition d'une organisation se donne pour une organisation, et une seule.");
      break;
    case "COLLECTIVITE_AGENT":
      expect(["territory"], "Un agent de collectivité lit un territoire : donnez son code, et lui seul.");
      break;
  }
  const scope: RoleScope = { role: request.role, cotessId: null, maisonId: null, organisationId: null, territoryId: null };
  if (request.cotess) {
    if (!(await prisma.cotess.findUnique({ where: { id: request.cotess }, select: { id: true } }))) throw unknownReference("cotess", request.cotess, `${path}.cotess`);
    scope.cotessId = request.cotess;
  }
  if (request.maison) {
    if (!(await prisma.maison.findUnique({ where: { id: request.maison }, select: { id: true } }))) throw unknownReference("maison", request.maison, `${path}.maison`);
    scope.maisonId = request.maison;
  }
  if (request.organisation) {
    if (!(await prisma.organisation.findUnique({ where: { id: request.organisation }, select: { id: true } }))) {
      throw unknownReference("organisation", request.organisation, `${path}.organisation`);
    }
    scope.organisationId = request.organisation;
  }
  if (request.territory) scope.territoryId = (await requireTerritory(prisma, request.territory, `${path}.territory`, request.territoryKind ?? undefined)).id;
  return scope;
}

/** What the scope is called, for a message: "COTESS du bassin minier", "CA de Lens-Liévin"; null for an admin. */
export async function scopeName(prisma: Pick<PrismaClient, "cotess" | "maison" | "organisation" | "territory">, scope: Omit<RoleScope, "role">): Promise<string | null> {
  if (scope.cotessId) return (await prisma.cotess.findUnique({ where: { id: scope.cotessId }, select: { name: true } }))?.name ?? null;
  if (scope.maisonId) return (await prisma.maison.findUnique({ where: { id: scope.maisonId }, select: { name: true } }))?.name ?? null;
  if (scope.organisationId) return (await prisma.organisation.findUnique({ where: { id: scope.organisationId }, select: { name: true } }))?.name ?? null;
  if (scope.territoryId) return (await prisma.territory.findUnique({ where: { id: scope.territoryId }, select: { name: true } }))?.name ?? null;
  return null;
}

/** The scope columns of a grant or an invitation, as the database names them. */
export const scopeColumns = (scope: RoleScope) => ({
  role: scope.role, cotessId: scope.cotessId, maisonId: scope.maisonId, organisationId: scope.organisationId, territoryId: scope.territoryId,
});
