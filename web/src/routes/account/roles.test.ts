// Where an invitation lands its person, and how roles are named: the account
// pages, the administration and the header read roles through these.
import { describe, expect, it } from "vitest";
import type { Account, AccountRole } from "../../graphql/session.ts";
import { animatedNetworks, describeRole, landingPath, managesPeople, roleOffered, scopePath } from "./roles.ts";

const role = (kind: AccountRole["kind"], scope: Partial<AccountRole> = {}): AccountRole => ({
  id: `${kind}-${Object.keys(scope).join()}`, kind, cotess: null, maison: null, organisation: null, territory: null, ...scope,
});
const account = (...roles: AccountRole[]): Account => ({ id: "a", email: "a@exemple.org", displayName: "A", roles });

const cotess = role("NETWORK_ANIMATOR", { cotess: { id: "cotess-bassin-minier", name: "COTESS du bassin minier" } });
const editor = role("ORGANISATION_EDITOR", { organisation: { id: "emergences-62", name: "Émergences 62" } });
const agent = role("COLLECTIVITE_AGENT", { territory: { code: "246200364", kind: "EPCI", name: "CA de Lens-Liévin" } });
const admin = role("PLATFORM_ADMIN");

describe("roles", () => {
  it("lands an animator on the planning, an editor on its organisation, an agent on its territory, an admin on the administration", () => {
    expect(landingPath(cotess)).toBe("/planning");
    expect(landingPath(editor)).toBe("/organisations/emergences-62");
    expect(landingPath(agent)).toBe("/territoires/EPCI/246200364");
    expect(landingPath(admin)).toBe("/administration");
  });

  it("finds the role an invitation gave among several of its kind by the scope's name", () => {
    const other = role("ORGANISATION_EDITOR", { organisation: { id: "le-toit-commun-scic", name: "Le Toit Commun (SCIC)" } });
    const holder = account(cotess, editor, other);
    expect(roleOffered(holder, { role: "ORGANISATION_EDITOR", scopeName: "Le Toit Commun (SCIC)" })).toBe(other);
    expect(roleOffered(holder, { role: "ORGANISATION_EDITOR", scopeName: "Renommée depuis" })).toBe(editor);
    expect(roleOffered(holder, { role: "PLATFORM_ADMIN", scopeName: null })).toBeNull();
  });

  it("names a role with its scope, and links to the scope's page", () => {
    expect(describeRole(editor)).toBe("Édition d'une organisation — Émergences 62");
    expect(describeRole(admin)).toBe("Administration de la plateforme");
    expect(scopePath(cotess)).toBe("/cotess/cotess-bassin-minier");
    expect(scopePath(admin)).toBeNull();
  });

  it("lets admins and network animators manage people, and nobody else", () => {
    expect(managesPeople(account(admin))).toBe(true);
    expect(managesPeople(account(cotess))).toBe(true);
    expect(managesPeople(account(editor, agent))).toBe(false);
    expect(managesPeople(null)).toBe(false);
    expect(animatedNetworks(account(cotess, editor))).toEqual([{ kind: "cotess", id: "cotess-bassin-minier", name: "COTESS du bassin minier" }]);
  });
});
