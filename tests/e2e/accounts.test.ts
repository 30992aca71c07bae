// Accounts of real people in a real Chromium, with real e-mail: the server
// runs its job queue on a database of its own (a copy of the demo data: its
// job runner is then the only one taking its e-mails) and sends to an SMTP
// mailbox in this process; the links
// are read from the messages as a person would click them. An admin invites
// from /administration and the person lands signed in on their work; a
// forgotten password is chosen again through its link; « Se déconnecter
// partout » ends every session; a role is taken back only once confirmed.
// Fresh addresses each run: the demo accounts' passwords and sessions are
// shared with the other test files and never changed here.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/auth/auth.password.ts";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";
import { links, type Mailbox, type ReceivedMail } from "../support/mailbox.ts";

const ADMIN = "admin@maillage.demo";
const ADMIN_NAME = "Administration de la plateforme (démo)";
const ANIMATOR = "animation.cotess@maillage.demo";
const DEMO_PASSWORD = "maillage-demo";
const PASSPHRASE = "cheval agrafe batterie correcte";

const session = useBrowserSession({ mail: true });
let mailbox: Mailbox;
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
  mailbox = session.mailbox;
});

const run = randomUUID().slice(0, 8);
const address = (who: string) => `${who}.${run}@exemple.org`;

const mailTo = (to: string, subject: RegExp) => mailbox.waitFor((mail) => mail.to.includes(to) && subject.test(mail.subject), 15_000);

/**
 * The page of the app a message links to, on this test server: the link is
 * written with the server's public address, the token after « # ».
 */
function linkTo(mail: ReceivedMail, pathname: string): string {
  const link = links(mail).map((url) => new URL(url)).find((url) => url.pathname === pathname);
  expect(link, `a link to ${pathname} in « ${mail.subject} »`).toBeDefined();
  expect(link!.hash).toMatch(/^#[\w-]{43}$/);
  expect(link!.search).toBe("");
  return `${server.url}${link!.pathname}${link!.hash}`;
}

async function signIn(email: string, password: string, back?: string) {
  await page.goto(`${server.url}/connexion${back ? `?retour=${encodeURIComponent(back)}` : ""}`);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** An account of its own for a test, with a password, as an accepted invitation leaves it. */
async function freshAccount(who: string, roles: { role: "ORGANISATION_EDITOR"; organisationId: string }[] = []) {
  const email = address(who);
  const account = await server.prisma.account.create({
    data: { email, displayName: `${who} ${run}`, passwordHash: await hashPassword(PASSPHRASE) },
  });
  for (const { role, organisationId } of roles) await server.prisma.roleGrant.create({ data: { accountId: account.id, role, organisationId } });
  return { ...account, email };
}

describe("an invitation", () => {
  it("sent from /administration arrives by e-mail; its link shows who invites, refuses a weak password with advice, and lands the person signed in", async () => {
    const email = address("camille");
    const name = `Camille Martin ${run}`;
    await signIn(ADMIN, DEMO_PASSWORD, "/administration");
    await page.waitForURL(`${server.url}/administration`);

    const form = page.getByRole("form", { name: "Inviter une personne" });
    await form.getByLabel("Adresse électronique").fill(email);
    await form.getByLabel("Édition d'une organisation").check();
    await form.getByLabel("Organisation", { exact: true }).fill("Émergences");
    await form.getByRole("button", { name: /^Émergences 62/ }).click();
    await form.getByText("Choisie : Émergences 62").waitFor();
    await form.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await form.getByRole("status").getByText(`Invitation envoyée à ${email}.`).waitFor();
    const pending = page.getByRole("region", { name: "Invitations en attente" }).getByRole("row").filter({ hasText: email });
    await expect.poll(() => pending.innerText()).toMatch(/Édition d'une organisation — Émergences 62/);
    await pending.getByRole("button", { name: `Renvoyer l'invitation de ${email}` }).waitFor();

    const mail = await mailTo(email, /Invitation/);
    const link = linkTo(mail, "/compte/invitation");

    // The person's own browser: the admin's session is not theirs.
    await page.context().clearCookies();
    await page.goto(link);
    await page.getByRole("heading", { name: `${ADMIN_NAME} vous invite sur Maillage` }).waitFor();
    await page.getByText("Rôle : Édition d'une organisation — Émergences 62").waitFor();
    await page.getByText("une phrase de quatre mots sans rapport").waitFor();
    expect(await page.getByLabel("Adresse électronique").inputValue()).toBe(email);

    await page.getByLabel("Votre nom").fill(name);
    const password = page.getByLabel("Choisissez un mot de passe");
    await password.fill("motdepasse2026");
    await page.getByRole("button", { name: "Accepter l'invitation" }).click();
    // zxcvbn's advice, in French, beside the field; still on the invitation.
    await page.locator("#invitation-password-error").getByText(/^Ce mot de passe est trop facile à deviner\. .+/).waitFor();
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("invitation-password");
    expect(new URL(page.url()).pathname).toBe("/compte/invitation");

    await password.fill(PASSPHRASE);
    await page.getByRole("button", { name: "Accepter l'invitation" }).click();
    // An editor lands on the organisation's page, signed in.
    await page.waitForURL(`${server.url}/organisations/emergences-62`);
    const banner = page.getByRole("banner");
    await banner.getByText(name).waitFor();
    await banner.getByRole("link", { name: "Mon compte" }).click();
    await page.waitForURL(`${server.url}/compte`);
    await page.getByRole("list", { name: "Vos rôles" }).getByRole("link", { name: "Édition d'une organisation — Émergences 62" }).waitFor();
    // No administration for an editor.
    expect(await banner.getByRole("link", { name: "Administration" }).count()).toBe(0);

    // The link served once.
    await page.goto(link);
    await page.getByRole("alert").getByText(/Cette invitation n'est pas valable/).waitFor();
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});

describe("a forgotten password", () => {
  it("is asked for from the sign-in page, always with the same answer; the e-mailed link chooses a new one and opens Mon compte signed in", async () => {
    const account = await freshAccount("hana");
    await page.goto(`${server.url}/connexion`);
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.waitForURL(`${server.url}/compte/mot-de-passe-oublie`);

    const SENT = "Si un compte existe pour cette adresse, un lien vient d'y être envoyé ; il expire dans 2 heures.";
    // An address without an account: the same sentence, nothing said about it.
    await page.getByLabel("Adresse électronique").fill(address("personne"));
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await page.getByRole("status").getByText(SENT).waitFor();
    await page.getByLabel("Adresse électronique").fill(account.email);
    await page.getByRole("button", { name: "Recevoir un lien" }).click();
    await page.getByRole("status").getByText(SENT).waitFor();

    const link = linkTo(await mailTo(account.email, /Réinitialisation/), "/compte/mot-de-passe");
    await page.goto(link);
    await page.getByLabel("Nouveau mot de passe").fill("lanterne prune glacier vélo");
    await page.getByRole("button", { name: "Enregistrer et se connecter" }).click();
    await page.waitForURL(`${server.url}/compte`);
    await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();
    await page.getByText(account.email, { exact: true }).waitFor();
    await page.getByRole("list", { name: "Navigateurs où vous êtes connecté·e" }).getByText("· cette session").waitFor();
    await page.getByRole("banner").getByText(account.displayName).waitFor();
    // The new password is the one that signs in now.
    expect(await server.signIn(account.email, "lanterne prune glacier vélo")).toBeTruthy();

    // The link served once; the page says what to do.
    await page.goto(link);
    await page.getByLabel("Nouveau mot de passe").fill("encore un autre mot de passe solide");
    await page.getByRole("button", { name: "Enregistrer et se connecter" }).click();
    await page.getByRole("alert").getByText(/Ce lien n'est pas valable/).waitFor();
    await page.getByRole("link", { name: "Demander un nouveau lien" }).waitFor();
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});

describe("Mon compte", () => {
  it("sends signed-out visitors to the sign-in page and back; « Se déconnecter partout » ends this session and the others", async () => {
    const account = await freshAccount("ines");
    await page.goto(`${server.url}/compte`);
    await page.waitForURL(`${server.url}/connexion?retour=%2Fcompte`);
    await page.getByLabel("Adresse électronique").fill(account.email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(PASSPHRASE);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/compte`);

    // Another browser signed in too.
    const elsewhere = await server.signIn(account.email, PASSPHRASE);
    await page.reload();
    const sessions = page.getByRole("list", { name: "Navigateurs où vous êtes connecté·e" }).getByRole("listitem");
    await expect.poll(() => sessions.count()).toBe(2);
    expect(await sessions.filter({ hasText: "· cette session" }).count()).toBe(1);

    await page.getByRole("button", { name: "Se déconnecter partout" }).click();
    await page.waitForURL(`${server.url}/connexion`);
    await page.getByRole("status").getByText("Vous êtes déconnecté·e partout : 2 sessions fermées.").waitFor();
    await page.getByRole("button", { name: "Se connecter" }).waitFor();
    expect(await page.getByRole("banner").getByRole("link", { name: "Mon compte" }).count()).toBe(0);
    // Neither session opens anything any more, this browser's included.
    const viewer = await server.graphql("{ viewer { id } }", {}, { cookie: elsewhere });
    expect(viewer.data.viewer).toBeNull();
    await page.goto(`${server.url}/compte`);
    await page.waitForURL(`${server.url}/connexion?retour=%2Fcompte`);
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});

describe("the administration", () => {
  it("is refused, with a clear message, to who manages no one", async () => {
    const account = await freshAccount("jules", [{ role: "ORGANISATION_EDITOR", organisationId: "emergences-62" }]);
    await signIn(account.email, PASSPHRASE, "/administration");
    await page.waitForURL(`${server.url}/administration`);
    await page.getByRole("alert").getByText(/réservée à l'administration de la plateforme et aux animateurs de réseau/).waitFor();
    expect(await page.getByRole("form", { name: "Inviter une personne" }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it("lets a network's animator take back a role of its network, once confirmed", async () => {
    const account = await freshAccount("lina", [{ role: "ORGANISATION_EDITOR", organisationId: "emergences-62" }]);
    await signIn(ANIMATOR, DEMO_PASSWORD, "/administration");
    await page.waitForURL(`${server.url}/administration`);
    // An animator offers the co-animation of its own network, not the platform's administration.
    const form = page.getByRole("form", { name: "Inviter une personne" });
    await form.getByLabel("Co-animation de votre réseau").waitFor();
    expect(await form.getByLabel("Administration de la plateforme").count()).toBe(0);

    const person = page.getByRole("region", { name: "Personnes" }).getByRole("row").filter({ hasText: account.email });
    const withdraw = person.getByRole("button", { name: `Retirer le rôle « Édition d'une organisation — Émergences 62 » à ${account.displayName}` });
    await withdraw.click();
    await person.getByText(`Retirer ce rôle à ${account.displayName} ?`).waitFor();
    await person.getByRole("button", { name: "Garder le rôle" }).click();
    expect(await server.prisma.roleGrant.count({ where: { accountId: account.id } })).toBe(1);

    await withdraw.click();
    await person.getByRole("button", { name: "Confirmer le retrait" }).click();
    await page.getByRole("status").getByText(`Rôle « Édition d'une organisation — Émergences 62 » retiré à ${account.displayName}.`).waitFor();
    await person.getByText("Aucun rôle").waitFor();
    expect(await server.prisma.roleGrant.count({ where: { accountId: account.id } })).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
