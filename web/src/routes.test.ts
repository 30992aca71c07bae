// Every address of the app is read into its page and written back the same:
// the table of routes.ts is what links, the router and the navigation rely on.
import { describe, expect, it } from "vitest";
import {
  ROUTES, SECTIONS, collectivePath, cotessPath, eventPath, maisonPath, networkPath, organisationPath, parseRoute, pathTo, planningPath,
  signInPathFrom, sourcePath, territoryPath, type Route,
} from "./routes.ts";

// One address of every shape the app answers, with the page it names.
const ADDRESSES: [string, Route][] = [
  ["/territoires", { name: "territories", params: { kind: null, code: null } }],
  ["/territoires/EPCI/246200364", { name: "territories", params: { kind: "EPCI", code: "246200364" } }],
  ["/territoires/COMMUNE/62498", { name: "territories", params: { kind: "COMMUNE", code: "62498" } }],
  ["/organisations", { name: "organisations", params: {} }],
  ["/organisations/le-toit-commun-scic", { name: "organisation", params: { id: "le-toit-commun-scic" } }],
  ["/collectifs", { name: "collectives", params: {} }],
  ["/collectifs/collectif-acteurs-toit-commun", { name: "collective", params: { id: "collectif-acteurs-toit-commun" } }],
  ["/cotess", { name: "cotess-list", params: {} }],
  ["/cotess/cotess-bassin-minier", { name: "cotess", params: { id: "cotess-bassin-minier" } }],
  ["/organisations/nouvelle", { name: "organisation-new", params: {} }],
  ["/organisations/import", { name: "organisations-import", params: {} }],
  ["/organisations/imports", { name: "organisations-imports", params: {} }],
  ["/organisations/emergences-62/modifier", { name: "organisation-edit", params: { id: "emergences-62" } }],
  ["/maisons", { name: "maisons", params: {} }],
  ["/maisons/le-toit-commun", { name: "maison", params: { id: "le-toit-commun" } }],
  ["/sources", { name: "sources", params: {} }],
  ["/sources/referentiel-cooperation-pas-de-calais", { name: "source", params: { id: "referentiel-cooperation-pas-de-calais" } }],
  ["/connexion", { name: "sign-in", params: {} }],
  ["/compte", { name: "account", params: {} }],
  ["/compte/invitation", { name: "invitation", params: {} }],
  ["/compte/mot-de-passe", { name: "password-reset", params: {} }],
  ["/compte/mot-de-passe-oublie", { name: "password-forgotten", params: {} }],
  ["/compte/desabonnement", { name: "unsubscribe", params: {} }],
  ["/administration", { name: "administration", params: {} }],
  ["/administration/journal", { name: "audit-trail", params: {} }],
  ["/programme", { name: "programme", params: {} }],
  ["/proposer", { name: "propose", params: {} }],
  ["/proposer/confirmation", { name: "proposal-confirmation", params: {} }],
  ["/propositions", { name: "my-proposals", params: {} }],
  ["/propositions/nouvelle", { name: "new-proposal", params: {} }],
  ["/evenements/2026-cine-debat-up-logiciel-libre", { name: "event", params: { id: "2026-cine-debat-up-logiciel-libre" } }],
  ["/integrer", { name: "embed", params: {} }],
  ["/reseau", { name: "network", params: {} }],
  ["/planning", { name: "plannings", params: {} }],
  ["/planning/mois-ess-2026", { name: "planning", params: { id: "mois-ess-2026", view: "calendar", eventId: null } }],
  ["/planning/mois-ess-2026/par-epci", { name: "planning", params: { id: "mois-ess-2026", view: "list", eventId: null } }],
  ["/planning/mois-ess-2026/conflits", { name: "planning", params: { id: "mois-ess-2026", view: "clashes", eventId: null } }],
  ["/planning/mois-ess-2026/angles-morts", { name: "planning", params: { id: "mois-ess-2026", view: "blind-spots", eventId: null } }],
  ["/planning/mois-ess-2026/bilan", { name: "planning", params: { id: "mois-ess-2026", view: "report", eventId: null } }],
  ["/planning/mois-ess-2026/import", { name: "events-import", params: { edition: "mois-ess-2026" } }],
  ["/planning/mois-ess-2026/imports", { name: "events-imports", params: { edition: "mois-ess-2026" } }],
  ["/planning/mois-ess-2026/agendas", { name: "planning", params: { id: "mois-ess-2026", view: "feeds", eventId: null } }],
  ["/planning/mois-ess-2026/edition-suivante", { name: "planning", params: { id: "mois-ess-2026", view: "next-edition", eventId: null } }],
  ["/planning/mois-ess-2026/evenements/nouveau", { name: "planning", params: { id: "mois-ess-2026", view: "new-event", eventId: null } }],
  ["/planning/mois-ess-2026/evenements/atelier-1", { name: "planning", params: { id: "mois-ess-2026", view: "edit-event", eventId: "atelier-1" } }],
];

describe("the route table", () => {
  it.each(ADDRESSES)("reads %s into its page and writes it back the same", (address, expected) => {
    const route = parseRoute(address);
    expect(route).toEqual(expected);
    expect(pathTo(route.name, route.params as never)).toBe(address);
  });

  it("has an address of every page but the one for unknown addresses", () => {
    const named = new Set(ADDRESSES.map(([, route]) => route.name));
    expect(Object.keys(ROUTES).filter((name) => !named.has(name as Route["name"]))).toEqual(["not-found"]);
  });

  it("opens the finder at the site's root, and reads a territory's level in any case", () => {
    expect(parseRoute("/")).toEqual({ name: "territories", params: { kind: null, code: null } });
    expect(parseRoute("/territoires/epci/246200364")).toEqual({ name: "territories", params: { kind: "EPCI", code: "246200364" } });
  });

  it("names no page for the addresses of nothing, the server's files included", () => {
    for (const address of [
      "/inconnue", "/territoires/CANTON/123", "/territoires/EPCI", "/organisations/a/b", "/planning/mois-ess-2026/inconnue",
      "/planning/mois-ess-2026/evenements", "/exports/organisations.csv", "/calendar/editions/mois-ess-2026.ics", "/graphql",
      "/compte/inconnue", "/compte/invitation/jeton", "/administration/personnes", "/organisations/%E9", "/integrer/programme",
    ]) {
      expect(parseRoute(address).name, address).toBe("not-found");
    }
  });

  it("encodes identifiers in addresses and decodes them back", () => {
    const address = organisationPath({ id: "é/à b" });
    expect(address).toBe("/organisations/%C3%A9%2F%C3%A0%20b");
    expect(parseRoute(address)).toEqual({ name: "organisation", params: { id: "é/à b" } });
    expect(planningPath("édition 1", "edit-event", "x/y")).toBe("/planning/%C3%A9dition%201/evenements/x%2Fy");
    expect(parseRoute(planningPath("édition 1", "edit-event", "x/y")).params).toEqual({ id: "édition 1", view: "edit-event", eventId: "x/y" });
  });

  it("writes the addresses the pages link to", () => {
    expect(territoryPath({ kind: "DEPARTEMENT", code: "62" })).toBe("/territoires/DEPARTEMENT/62");
    expect(collectivePath({ id: "c" })).toBe("/collectifs/c");
    expect(cotessPath({ id: "c" })).toBe("/cotess/c");
    expect(maisonPath({ id: "m" })).toBe("/maisons/m");
    expect(eventPath({ id: "e" })).toBe("/evenements/e");
    expect(sourcePath({ id: "s" })).toBe("/sources/s");
    expect(networkPath()).toBe("/reseau");
    expect(networkPath(new URLSearchParams({ territory: "62" }))).toBe("/reseau?territory=62");
    expect(planningPath("mois-ess-2026")).toBe("/planning/mois-ess-2026");
    expect(planningPath("mois-ess-2026", "report")).toBe("/planning/mois-ess-2026/bilan");
    expect(signInPathFrom("/planning/mois-ess-2026")).toBe("/connexion?retour=%2Fplanning%2Fmois-ess-2026");
    expect(signInPathFrom("/connexion")).toBe("/connexion");
    expect(signInPathFrom(pathTo("account", {}))).toBe("/connexion?retour=%2Fcompte");
  });

  it("gives every page a title, and opens every section of the navigation on a page of that section", () => {
    for (const definition of Object.values(ROUTES)) expect(definition.title).toMatch(/Maillage/);
    for (const [section, { home }] of Object.entries(SECTIONS)) {
      expect(ROUTES[parseRoute(home).name].section, home).toBe(section);
    }
  });
});
