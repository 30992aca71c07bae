// Structures awaiting validation and editors' proposals in a real Chromium,
// with real e-mail: an animator validates, from « À modérer » and with the
// keyboard, the new structure a public proposal named; an editor proposes an
// event to an edition open to its organisation, finds it in « Mes
// propositions », then reads there the changes the animators asked for.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";
import { links, type Mailbox } from "../support/mailbox.ts";

const ANIMATOR = "animation.cotess@maillage.demo";
const EDITOR = "editeur.emergences62@maillage.demo";
const EDITION = "mois-ess-2026-cotess-bassin-minier";

const session = useBrowserSession({ mail: true });
let mailbox: Mailbox;
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
  mailbox = session.mailbox;
});

async function signIn(email: string, back: string) {
  await page.goto(`${server.url}/connexion?retour=${encodeURIComponent(back)}`);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill("maillage-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
}

const ok = <T extends { errors?: unknown }>(result: T) => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result;
};

/** A public proposal naming a new structure in Lens. */
async function propose(name: string, title: string, email: string) {
  ok(await server.graphql(`mutation ($input: PublicProposalInput!) { proposeEvent(input: $input) }`, {
    input: {
      edition: EDITION, title, type: "ATELIER",
      sessions: [{ start: "2026-11-25T14:00", end: "2026-11-25T16:00" }],
      venue: { address: `4 rue des Corons ${title}`, commune: "62498" },
      newOrganisation: { name, commune: "62498" },
      contact: { name: "Claude", email },
    },
  }));
}

/** Its contact follows the e-mailed link: the structure awaits validation, its event moderation. */
async function confirm(email: string, title: string) {
  const mail = await mailbox.waitFor((received) => received.to.includes(email) && received.subject.includes(title), 15_000);
  const token = links(mail).find((address) => address.includes("/proposer/confirmation#"))!.split("#")[1];
  ok(await server.graphql(`mutation ($token: String!) { confirmProposal(token: $token) { title } }`, { token }));
}

describe("a structure awaiting validation", () => {
  it("the animator validates it from « À modérer », with the keyboard", async () => {
    const run = randomUUID().slice(0, 6);
    const name = `Recyclerie des Corons ${run}`;
    const title = `Atelier réparation ${run}`;
    const email = `recyclerie-${run}@structure.example`;
    await propose(name, title, email);
    await confirm(email, title);

    await signIn(ANIMATOR, `/planning/${EDITION}/moderation`);
    await page.waitForURL(`${server.url}/planning/${EDITION}/moderation`);
    const proposal = page.getByRole("article", { name: title });
    const structure = proposal.getByRole("region", { name: "Structure à valider" });
    await structure.waitFor();
    expect(await structure.innerText()).toContain(`${name} (Lens)`);
    await structure.getByRole("button", { name: "C'est une structure déjà connue…" }).waitFor();

    const validate = structure.getByRole("button", { name: "Valider la structure" });
    await validate.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: `« ${name} » est validée` }).waitFor();
    await structure.waitFor({ state: "detached" });
    expect((await server.prisma.organisation.findFirstOrThrow({ where: { name } })).pendingValidation).toBe(false);
    // Still to moderate: validating the structure does not publish its event.
    await proposal.waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it("the animator recognises a known organisation and merges the structure into it", async () => {
    const run = randomUUID().slice(0, 6);
    const name = `Emergences soixante-deux ${run}`;
    const title = `Atelier en doublon ${run}`;
    const email = `doublon-${run}@structure.example`;
    await propose(name, title, email);
    await confirm(email, title);
    const pending = await server.prisma.organisation.findFirstOrThrow({ where: { name } });

    await signIn(ANIMATOR, `/planning/${EDITION}/moderation`);
    const proposal = page.getByRole("article", { name: title });
    const structure = proposal.getByRole("region", { name: "Structure à valider" });
    await structure.getByRole("button", { name: "C'est une structure déjà connue…" }).click();
    // The search of the known structure has the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("search");
    // Nothing chosen: said beside the picker, nothing sent.
    await structure.getByRole("button", { name: "Rattacher à cette structure" }).click();
    await structure.getByText("Choisissez la structure déjà connue.").waitFor();
    await structure.getByLabel("Structure déjà connue").fill("Émergences");
    await structure.getByRole("button", { name: /^Émergences 62/ }).click();
    await structure.getByText("Choisie : Émergences 62").waitFor();
    await structure.getByRole("button", { name: "Rattacher à cette structure" }).click();
    await page.getByRole("status").filter({ hasText: `« ${name} » est rattachée à Émergences 62` }).waitFor();
    await structure.waitFor({ state: "detached" });
    expect(await proposal.innerText()).toContain("Émergences 62 (organisateur principal)");
    expect(await server.prisma.organisation.findUnique({ where: { id: pending.id } })).toBeNull();
    expect(session.pageErrors).toEqual([]);
  });
});

describe("an editor's proposals", () => {
  it("proposes to an edition open to its organisation, then reads the moderators' message in « Mes propositions »", async () => {
    const run = randomUUID().slice(0, 6);
    const title = `Café de la coopération ${run}`;
    const edition = await server.prisma.edition.findUniqueOrThrow({ where: { id: EDITION } });

    await signIn(EDITOR, "/compte");
    await page.waitForURL(`${server.url}/compte`);
    await page.getByRole("banner").getByRole("link", { name: "Proposer un événement" }).click();
    await page.waitForURL(`${server.url}/propositions/nouvelle`);
    await page.getByRole("heading", { level: 2, name: "Éditions ouvertes à Émergences 62" }).waitFor();
    // An edition of a network that does not cover it is not offered.
    expect(await page.getByRole("link", { name: /2025/ }).count()).toBe(0);
    await page.getByRole("link", { name: edition.title }).click();
    await page.waitForURL(new RegExp(`/planning/${EDITION}/evenements/nouveau`));
    await page.getByText("Choisie : Émergences 62").waitFor();

    await page.getByLabel("Titre").fill(title);
    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Atelier" });
    await page.getByLabel("Maison de l'ESS", { exact: true }).selectOption("le-toit-commun");
    await page.getByLabel("Début de la séance 1").fill("2026-11-27T09:00");
    await page.getByLabel("Fin de la séance 1").fill("2026-11-27T10:00");
    // An editor saves a draft or submits to moderation; it never publishes.
    expect(await page.getByLabel("Statut").locator('option[value="CONFIRMED"]').count()).toBe(0);
    await page.getByLabel("Statut").selectOption("PROPOSED");
    await page.getByRole("button", { name: "Créer l'événement" }).click();
    await page.waitForURL(new RegExp(`/planning/${EDITION}/evenements/(?!nouveau)[^/?]+$`));
    const event = await server.prisma.event.findFirstOrThrow({ where: { title }, include: { coOrganisers: true } });
    expect(event.status).toBe("PROPOSED");
    expect(event.coOrganisers).toMatchObject([{ organisationId: "emergences-62", role: "LEAD" }]);

    await page.goto(`${server.url}/compte`);
    await page.getByRole("link", { name: "Mes propositions" }).click();
    await page.waitForURL(`${server.url}/propositions`);
    const mine = page.getByRole("article", { name: title });
    await mine.waitFor();
    expect(await mine.innerText()).toContain("Proposé");
    expect(await mine.innerText()).toContain("En attente de la réponse de l'animation");

    const message = `Précisez le public visé ${run}.`;
    ok(await server.graphql(`mutation ($input: ModerateEventInput!) { moderateEvent(input: $input) { event { id } } }`, {
      input: { event: event.id, version: event.version, decision: "CHANGES_REQUESTED", message },
    }, { cookie: await server.signIn(ANIMATOR) }));
    await page.reload();
    const sentBack = page.getByRole("article", { name: title });
    const note = sentBack.getByRole("note", { name: "Décision de l'animation" });
    await note.waitFor();
    expect(await note.innerText()).toContain("Modifications demandées");
    expect(await note.innerText()).toContain(message);
    expect(await sentBack.innerText()).toContain("Brouillon");
    await sentBack.getByRole("link", { name: "Modifier ou soumettre à la modération" }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
