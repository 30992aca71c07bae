// The administration screens in a real Chromium: an animator adds and removes
// a COTESS member; a Maison's animator adds a signatory to its charter; the
// journal shows what was just done and narrows to one person; an admin gives
// a role to an existing account and deactivates another once confirmed; a
// person closes one of its two sessions and the other browser is signed out.
// A database of its own (mail: true gives one): accounts are changed here.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/auth/auth.password.ts";
import { searchText } from "../../server/territories/territory.search.ts";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const ADMIN = "admin@maillage.demo";
const ANIMATOR = "animation.cotess@maillage.demo";
const ANIMATOR_NAME = "Animation du COTESS du bassin minier (démo)";
const MAISON_ANIMATOR = "animation.toitcommun@maillage.demo";
const DEMO_PASSWORD = "maillage-demo";
const PASSPHRASE = "cheval agrafe batterie correcte";

const session = useBrowserSession({ mail: true });
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
});

const run = randomUUID().slice(0, 8);

async function signIn(target: Page, email: string, password: string, back: string) {
  await target.goto(`${server.url}/connexion?retour=${encodeURIComponent(back)}`);
  await target.getByLabel("Adresse électronique").fill(email);
  await target.getByLabel("Mot de passe", { exact: true }).fill(password);
  await target.getByRole("button", { name: "Se connecter" }).click();
  await target.waitForURL(`${server.url}${back}`);
}

/** An organisation of this run, found by its name in the pickers. */
async function freshOrganisation(label: string) {
  const name = `${label} essai ${run}`;
  return server.prisma.organisation.create({ data: { id: `${label.toLowerCase()}-essai-${run}`, name, searchText: searchText(name) } });
}

/** An account of its own, with a password, as an accepted invitation leaves it. */
async function freshAccount(who: string) {
  return server.prisma.account.create({
    data: { email: `${who}.${run}@exemple.org`, displayName: `${who} ${run}`, passwordHash: await hashPassword(PASSPHRASE) },
  });
}

/** Chooses an organisation in an OrganisationPicker by typing its name. */
async function pick(scope: ReturnType<Page["getByRole"]>, label: string, name: string) {
  await scope.getByLabel(label, { exact: true }).fill(name);
  await scope.getByRole("list", { name: "Organisations trouvées" }).getByRole("button", { name }).click();
  await scope.getByText(`Choisie : ${name}`).waitFor();
}

describe("a COTESS's members", () => {
  it("are added and removed by its animator, the removal once confirmed", async () => {
    const organisation = await freshOrganisation("Coopérative");
    // A visitor sees the members, not the form.
    await page.goto(`${server.url}/cotess/cotess-bassin-minier`);
    await page.getByRole("heading", { name: "Membres" }).waitFor();
    expect(await page.getByRole("form", { name: "Ajouter un membre" }).count()).toBe(0);

    await signIn(page, ANIMATOR, DEMO_PASSWORD, "/cotess/cotess-bassin-minier");
    const form = page.getByRole("form", { name: "Ajouter un membre" });
    // Nothing chosen: said beside the picker, nothing sent.
    await form.getByRole("button", { name: "Ajouter un membre" }).click();
    await form.getByText("Choisissez l'organisation à ajouter.").waitFor();

    await pick(form, "Organisation", organisation.name);
    await form.getByLabel("Membre depuis (année, facultatif)").fill("2024");
    await form.getByRole("button", { name: "Ajouter un membre" }).click();
    await page.getByRole("status").getByText(`${organisation.name} est membre de`).waitFor();
    const members = page.getByRole("list", { name: "Organisations membres" });
    const line = members.getByRole("listitem").filter({ hasText: organisation.name });
    await line.getByText("depuis 2024").waitFor();
    expect(await server.prisma.cotessMembership.findUnique({ where: { cotessId_organisationId: { cotessId: "cotess-bassin-minier", organisationId: organisation.id } } }))
      .toMatchObject({ sinceYear: 2024 });

    await line.getByRole("button", { name: `Retirer ${organisation.name} des membres` }).click();
    await line.getByText(`Retirer ${organisation.name} des membres de`).waitFor();
    await line.getByRole("button", { name: "Garder ce membre" }).click();
    expect(await server.prisma.cotessMembership.count({ where: { organisationId: organisation.id } })).toBe(1);

    await line.getByRole("button", { name: `Retirer ${organisation.name} des membres` }).click();
    await line.getByRole("button", { name: "Confirmer le retrait" }).click();
    await page.getByRole("status").getByText(`${organisation.name} n'est plus membre de`).waitFor();
    await expect.poll(() => members.getByText(organisation.name).count()).toBe(0);
    expect(await server.prisma.cotessMembership.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});

describe("a Maison's charter", () => {
  it("gets a signatory from its animator, with the day it signed", async () => {
    const organisation = await freshOrganisation("Association");
    await signIn(page, MAISON_ANIMATOR, DEMO_PASSWORD, "/maisons/le-toit-commun");
    const editor = page.getByRole("region", { name: "Gérer les signataires" });
    const form = editor.getByRole("form", { name: "Ajouter un signataire" });
    await pick(form, "Organisation signataire", organisation.name);
    await form.getByLabel("Signée le (facultatif)").fill("2026-11-10");
    await form.getByRole("button", { name: "Ajouter le signataire" }).click();
    await editor.getByRole("status").getByText(`${organisation.name} est signataire de la charte.`).waitFor();
    await editor.getByRole("list", { name: "Signataires à gérer" }).getByRole("listitem").filter({ hasText: organisation.name }).getByText("signée le").waitFor();
    // The page's own list of signatories says it too.
    await page.getByRole("row").filter({ hasText: organisation.name }).waitFor();
    const signature = await server.prisma.charterSignature.findFirstOrThrow({ where: { organisationId: organisation.id } });
    expect(signature.signedOn?.toISOString().slice(0, 10)).toBe("2026-11-10");
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});

describe("the journal", () => {
  it("shows the entry of what was just done, and narrows to one person", async () => {
    // Something the COTESS's animator did earlier, through the API.
    const earlier = await freshOrganisation("Mutuelle");
    const animator = await server.signIn(ANIMATOR);
    const added = await server.graphql(
      "mutation ($input: CotessMembershipInput!) { addCotessMember(input: $input) { sinceYear } }",
      { input: { cotess: "cotess-bassin-minier", organisation: earlier.id } },
      { cookie: animator },
    );
    expect(added.errors).toBeUndefined();

    // What the admin does now, in the page.
    const organisation = await freshOrganisation("Fondation");
    await signIn(page, ADMIN, DEMO_PASSWORD, "/cotess/cotess-bassin-minier");
    const form = page.getByRole("form", { name: "Ajouter un membre" });
    await pick(form, "Organisation", organisation.name);
    await form.getByRole("button", { name: "Ajouter un membre" }).click();
    await page.getByRole("status").getByText(`${organisation.name} est membre de`).waitFor();

    await page.goto(`${server.url}/administration`);
    await page.getByRole("link", { name: "Journal des modifications" }).click();
    await page.waitForURL(`${server.url}/administration/journal`);
    const rows = page.getByRole("table", { name: "Modifications, les plus récentes d'abord" }).getByRole("row");
    const first = rows.nth(1);
    await first.getByText(`cotess-bassin-minier/${organisation.id}`).waitFor();
    expect(await first.getByRole("cell").allInnerTexts()).toEqual([
      expect.any(String), "Administration de la plateforme (démo)", "Création", `Membre d'un COTESS cotess-bassin-minier/${organisation.id}`, "sinceYear",
    ]);
    const total = await server.prisma.auditEntry.count();
    await page.getByRole("status").getByText(`${total.toLocaleString("fr-FR")} modifications.`).waitFor();

    // Narrowed to the COTESS's animator: only its entries, the earlier one first.
    await page.getByLabel("Personne").selectOption({ label: ANIMATOR_NAME });
    await page.getByRole("button", { name: "Filtrer" }).click();
    const animatorId = (await server.prisma.account.findUniqueOrThrow({ where: { email: ANIMATOR } })).id;
    const theirs = await server.prisma.auditEntry.count({ where: { accountId: animatorId } });
    await page.getByRole("status").getByText(new RegExp(`^${theirs} modifications? avec ces filtres\\.$`)).waitFor();
    await rows.nth(1).getByText(`cotess-bassin-minier/${earlier.id}`).waitFor();
    const authors = await rows.locator("td:nth-child(2)").allInnerTexts();
    expect(authors.length).toBe(Math.min(theirs, 50));
    expect(new Set(authors)).toEqual(new Set([ANIMATOR_NAME]));

    // And by kind of action: their creations only (other tests in this file
    // may have had them delete things: the count comes from the database).
    await page.getByLabel("Action").selectOption({ label: "Création" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    const created = await server.prisma.auditEntry.count({ where: { accountId: animatorId, action: "CREATE" } });
    expect(created).toBeGreaterThan(0);
    await page.getByRole("status").getByText(new RegExp(`^${created} modifications? avec ces filtres\\.$`)).waitFor();
    await expect.poll(() => rows.locator("td:nth-child(3)").count()).toBe(Math.min(created, 50));
    expect(new Set(await rows.locator("td:nth-child(3)").allInnerTexts())).toEqual(new Set(["Création"]));
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});

describe("the administration of people", () => {
  it("lets an admin give a role to an existing account, and deactivate another once confirmed", async () => {
    const receiving = await freshAccount("noor");
    const leaving = await freshAccount("oscar");
    await signIn(page, ADMIN, DEMO_PASSWORD, "/administration");

    const form = page.getByRole("form", { name: "Inviter une personne" });
    await form.getByLabel("Une personne qui a déjà un compte").check();
    const granting = page.getByRole("form", { name: "Donner un rôle à une personne" });
    await granting.getByLabel("Personne", { exact: true }).selectOption({ label: `${receiving.displayName} (${receiving.email})` });
    await granting.getByLabel("Édition d'une organisation").check();
    await pick(granting, "Organisation", "Émergences 62");
    await granting.getByRole("button", { name: "Donner le rôle" }).click();
    await granting.getByRole("status").getByText(`Rôle « Édition d'une organisation — Émergences 62 » donné à ${receiving.displayName}.`).waitFor();
    const people = page.getByRole("region", { name: "Personnes" });
    await people.getByRole("row").filter({ hasText: receiving.email }).getByRole("link", { name: "Édition d'une organisation — Émergences 62" }).waitFor();
    expect(await server.prisma.roleGrant.findMany({ where: { accountId: receiving.id }, select: { role: true, organisationId: true } }))
      .toEqual([{ role: "ORGANISATION_EDITOR", organisationId: "emergences-62" }]);
    // The same role again: the API's French refusal, nothing written.
    await granting.getByLabel("Personne", { exact: true }).selectOption({ label: `${receiving.displayName} (${receiving.email})` });
    await granting.getByRole("button", { name: "Donner le rôle" }).click();
    await granting.getByRole("alert").getByText("Cette personne a déjà ce rôle.").waitFor();
    expect(await server.prisma.roleGrant.count({ where: { accountId: receiving.id } })).toBe(1);

    const row = people.getByRole("row").filter({ hasText: leaving.email });
    await row.getByRole("button", { name: `Désactiver le compte de ${leaving.displayName}` }).click();
    await row.getByText(`Désactiver le compte de ${leaving.displayName} ?`).waitFor();
    await row.getByRole("button", { name: "Garder le compte" }).click();
    expect((await server.prisma.account.findUniqueOrThrow({ where: { id: leaving.id } })).disabledAt).toBeNull();

    await row.getByRole("button", { name: `Désactiver le compte de ${leaving.displayName}` }).click();
    await row.getByRole("button", { name: "Confirmer la désactivation" }).click();
    await people.getByRole("status").getByText(`Le compte de ${leaving.displayName} est désactivé`).waitFor();
    await row.getByText("Désactivé").waitFor();
    expect((await server.prisma.account.findUniqueOrThrow({ where: { id: leaving.id } })).disabledAt).not.toBeNull();
    // The admin's own line offers no deactivation (that is « Mon compte »'s).
    expect(await people.getByRole("row").filter({ hasText: ADMIN }).getByRole("button", { name: /^Désactiver/ }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);

  it("asks before cancelling an invitation", async () => {
    await signIn(page, ADMIN, DEMO_PASSWORD, "/administration");
    const email = `pia.${run}@exemple.org`;
    const form = page.getByRole("form", { name: "Inviter une personne" });
    await form.getByLabel("Adresse électronique").fill(email);
    await form.getByLabel("Administration de la plateforme").check();
    await form.getByRole("button", { name: "Envoyer l'invitation" }).click();
    const pending = page.getByRole("region", { name: "Invitations en attente" }).getByRole("row").filter({ hasText: email });
    await pending.getByRole("button", { name: `Annuler l'invitation de ${email}` }).click();
    await pending.getByText(`Annuler l'invitation de ${email} ? Son lien ne fonctionnera plus.`).waitFor();
    await pending.getByRole("button", { name: "Garder l'invitation" }).click();
    expect((await server.prisma.invitation.findFirstOrThrow({ where: { email } })).revokedAt).toBeNull();
    await pending.getByRole("button", { name: `Annuler l'invitation de ${email}` }).click();
    await pending.getByRole("button", { name: "Confirmer l'annulation" }).click();
    await page.getByRole("status").getByText(`Invitation de ${email} annulée`).waitFor();
    expect((await server.prisma.invitation.findFirstOrThrow({ where: { email } })).revokedAt).not.toBeNull();
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});

describe("sessions one at a time", () => {
  it("closes the other browser's session from « Mon compte », and that browser is signed out", async () => {
    const account = await freshAccount("rosa");
    const other = await page.context().browser()!.newContext({ locale: "fr-FR", userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0" });
    try {
      const elsewhere = await other.newPage();
      elsewhere.setDefaultTimeout(10_000);
      await signIn(elsewhere, account.email, PASSPHRASE, "/compte");
      await signIn(page, account.email, PASSPHRASE, "/compte");

      const sessions = page.getByRole("list", { name: "Navigateurs où vous êtes connecté·e" }).getByRole("listitem");
      await expect.poll(() => sessions.count()).toBe(2);
      const firefox = sessions.filter({ hasText: "Firefox sur Windows" });
      expect(await firefox.getByText("· cette session").count()).toBe(0);
      await firefox.getByRole("button", { name: /^Fermer cette session/ }).click();
      await page.getByRole("status").getByText("Session fermée : Firefox sur Windows n'est plus connecté.").waitFor();
      await expect.poll(() => sessions.count()).toBe(1);
      await sessions.getByText("· cette session").waitFor();

      // The other browser, at its next page, is signed out; this one is not.
      await elsewhere.reload();
      await elsewhere.waitForURL(`${server.url}/connexion?retour=%2Fcompte`);
      await page.reload();
      await page.getByRole("heading", { name: "Sessions ouvertes" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/compte");
      const entry = await server.prisma.auditEntry.findFirstOrThrow({ where: { accountId: account.id }, orderBy: { id: "desc" } });
      expect(entry).toMatchObject({ action: "DELETE", entityType: "session", changes: { device: "Firefox sur Windows" } });
    } finally {
      await other.close();
    }
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
