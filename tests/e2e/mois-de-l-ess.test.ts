// The Mois de l'ESS in the web app, in a real Chromium against the real
// server and the demo data: signing in, an animator's planning (the event
// form, its clash warnings, the blind spots) and the public programme.
//
// The database is shared with the other test files: the one event created
// here has a unique title, is cancelled through the form at the end, then
// removed with its audit entries so that nothing of it stays.
import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const EDITION = "mois-ess-2026-cotess-bassin-minier";
const CRESS_EDITION = "mois-ess-2026-pas-de-calais";
const ANIMATOR = "animation.cotess@maillage.demo";
const ANIMATOR_NAME = "Animation du COTESS du bassin minier (démo)";
// The demo's confirmed ciné-débat at Le Toit Commun, 19 November 18:30–21:30.
const CINE_DEBAT = "Ciné-débat de l'Université Populaire : le logiciel libre, un commun";

const session = useBrowserSession();
let server: TestServer;
let page: Page;
const created: string[] = [];

beforeEach(() => {
  server = session.server;
  page = session.page;
});

afterEach(async () => {
  // Whatever happened in the test, the events it created leave the shared database.
  for (const id of created.splice(0)) {
    await server.prisma.auditEntry.deleteMany({ where: { entityType: "Event", entityId: id } });
    await server.prisma.event.deleteMany({ where: { id } });
  }
});

async function signIn(email: string, back?: string) {
  await page.goto(`${server.url}/connexion${back ? `?retour=${encodeURIComponent(back)}` : ""}`);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill("maillage-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
}

const warnings = () => page.getByRole("complementary", { name: "Conflits de cet événement" });

/** Fills the new-event form up to its sessions. */
async function fillNewEvent(title: string, start: string, end: string) {
  await page.getByLabel("Titre").fill(title);
  await page.getByLabel("Type", { exact: true }).selectOption({ label: "Atelier" });
  await page.getByLabel("Maison de l'ESS", { exact: true }).selectOption("le-toit-commun");
  await page.getByLabel("Début de la séance 1").fill(start);
  await page.getByLabel("Fin de la séance 1").fill(end);
  await page.getByLabel("Organisation 1", { exact: true }).fill("Toit Commun");
  await page.getByRole("button", { name: /^Le Toit Commun \(SCIC\)/ }).click();
  await page.getByText("Choisie : Le Toit Commun (SCIC)").waitFor();
}

describe("signing in", () => {
  it("the sign-in page shows a French error for a wrong password", async () => {
    await page.goto(`${server.url}/connexion`);
    await page.getByLabel("Adresse électronique").fill(ANIMATOR);
    await page.getByLabel("Mot de passe").fill("pas-le-bon");
    await page.getByRole("button", { name: "Se connecter" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toBe("Adresse électronique ou mot de passe incorrect.");
    expect(new URL(page.url()).pathname).toBe("/connexion");
    await page.getByRole("link", { name: "Se connecter" }).waitFor({ state: "detached" });
    expect(session.pageErrors).toEqual([]);
  });

  it("signs in, comes back to the page asked for, shows the account and signs out", async () => {
    await signIn(ANIMATOR);
    // Without a page to go back to, the planning.
    await page.waitForURL(`${server.url}/planning`);
    const banner = page.getByRole("banner");
    await banner.getByText(ANIMATOR_NAME).waitFor();
    await page.getByRole("region", { name: "Éditions que vous animez" }).getByRole("link", { name: /^Mois de l'ESS 2026 — bassin minier/ }).waitFor();

    await banner.getByRole("button", { name: "Se déconnecter" }).click();
    await banner.getByRole("link", { name: "Se connecter" }).waitFor();
    await page.getByText("Le planning est réservé").waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

describe("an animator's planning", () => {
  it("an animator signs in, creates an event that clashes, sees the warning, moves it and sees the warning go", async () => {
    const title = `Atelier de test ${randomBytes(4).toString("hex")}`;
    // Every form submission goes with its own Idempotency-Key.
    const mutationKeys: (string | undefined)[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.method() === "POST" && /^\s*mutation\b/.test(JSON.parse(request.postData() ?? "{}").query ?? "")) {
        mutationKeys.push(request.headers()["idempotency-key"]);
      }
    });
    await signIn(ANIMATOR, `/planning/${EDITION}`);
    await page.waitForURL(`${server.url}/planning/${EDITION}`);
    await page.getByRole("banner").getByText(ANIMATOR_NAME).waitFor();
    await page.getByRole("heading", { level: 1, name: /^Mois de l'ESS 2026 — bassin minier/ }).waitFor();
    // The month, with the demo's same-venue clash marked on its sessions.
    const nineteenth = page.locator('td[data-day="2026-11-19"]');
    await nineteenth.getByRole("link", { name: new RegExp(`${escape(CINE_DEBAT)}.*conflit bloquant`) }).waitFor();

    await page.getByRole("link", { name: "Nouvel événement" }).click();
    await page.waitForURL(`${server.url}/planning/${EDITION}/evenements/nouveau`);
    await fillNewEvent(title, "2026-11-19T18:00", "2026-11-19T20:00");
    await page.getByLabel("Statut").selectOption("PROPOSED");
    await page.getByRole("button", { name: "Créer l'événement" }).click();

    // Same venue, same time: refused until the animator maintains it.
    const refusal = page.locator("#event-hard-clash");
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain("Un autre événement a lieu au même endroit au même moment.");
    await refusal.getByRole("link", { name: CINE_DEBAT }).waitFor();
    await refusal.getByRole("button", { name: "Maintenir malgré le conflit" }).click();

    await page.waitForURL(new RegExp(`/planning/${EDITION}/evenements/(?!nouveau)[^/]+$`));
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1)!);
    created.push(id);
    await page.getByRole("status").filter({ hasText: "Événement créé." }).waitFor();
    await warnings().getByText(`Conflit avec « ${CINE_DEBAT} » le 19 novembre à 18:30 : même lieu`).waitFor();
    expect(await warnings().textContent()).toContain("Bloquant");

    // Moved to a free morning: the warning goes.
    await page.getByLabel("Début de la séance 1").fill("2026-11-25T10:00");
    await page.getByLabel("Fin de la séance 1").fill("2026-11-25T12:00");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).waitFor();
    await warnings().getByText("Aucun conflit avec les autres événements.").waitFor();
    expect(await warnings().innerText()).not.toContain("Conflit avec");

    // The calendar has it on the 25th, without a clash mark.
    await page.getByRole("link", { name: "Calendrier" }).click();
    const moved = page.locator('td[data-day="2026-11-25"]').getByRole("link", { name: new RegExp(escape(title)) });
    await moved.waitFor();
    expect(await moved.innerText()).not.toContain("⚠");

    // Restored: the event cancelled (then removed by afterEach).
    await moved.click();
    await page.getByLabel("Statut").selectOption("CANCELLED");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.getByRole("status").filter({ hasText: "Événement annulé." }).waitFor();
    const event = await server.prisma.event.findUniqueOrThrow({ where: { id } });
    expect(event.status).toBe("CANCELLED");
    expect(event.title).toBe(title);
    // Sign-in, the refused creation, the maintained one, the move, the cancellation.
    expect(mutationKeys.length).toBeGreaterThanOrEqual(5);
    expect(mutationKeys, JSON.stringify(mutationKeys)).toSatisfy((keys: (string | undefined)[]) => keys.every((key) => key && /^[0-9a-f]{32}$/.test(key)));
    expect(new Set(mutationKeys).size).toBe(mutationKeys.length);
    expect(session.pageErrors).toEqual([]);
  });

  it("takes « 62300 » typed as the venue's commune for Lens's postal code, chosen by keyboard, and warns of a commune outside the edition", async () => {
    const title = `Atelier à la gare ${randomBytes(4).toString("hex")}`;
    await signIn(ANIMATOR, `/planning/${EDITION}/evenements/nouveau`);
    await page.waitForURL(`${server.url}/planning/${EDITION}/evenements/nouveau`);
    await fillNewEvent(title, "2026-11-26T10:00", "2026-11-26T12:00");
    await page.getByRole("radio", { name: "Une autre adresse" }).check();
    await page.getByLabel("Adresse", { exact: true }).fill("Place de la Gare");

    // 62300 is Lens's postal code, and Équihen-Plage's INSEE code: only Lens is offered.
    const commune = page.getByRole("searchbox", { name: "Commune" });
    expect(await commune.getAttribute("aria-required")).toBe("true");
    await commune.fill("62300");
    const found = page.getByRole("list", { name: "Communes trouvées" });
    await found.getByRole("button", { name: /^Lens \(62300\)/ }).waitFor();
    expect(await found.innerText()).not.toContain("Équihen-Plage");
    await commune.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Lens \(62300\)/);
    await page.keyboard.press("Enter");
    await page.getByText(/Commune choisie : Lens \(62300\) · EPCI : CA de Lens - Liévin/).waitFor();
    // The keyboard is back in the field, which holds no code any more.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("event-venue-commune");
    expect(await commune.inputValue()).toBe("");

    await page.getByRole("button", { name: "Créer l'événement" }).click();
    await page.waitForURL(new RegExp(`/planning/${EDITION}/evenements/(?!nouveau)[^/]+$`));
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1)!);
    created.push(id);
    const saved = page.getByRole("status").filter({ hasText: "Événement créé." });
    await saved.waitFor();
    expect(await saved.innerText()).not.toContain("hors du territoire");
    // Read again, the form shows the commune chosen.
    await page.getByText(/Commune choisie : Lens \(62300\) · EPCI : CA de Lens - Liévin/).waitFor();

    await saved.getByRole("link", { name: "Voir la page de l'événement" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const where = page.getByRole("region", { name: "Lieu" });
    await where.getByRole("link", { name: "Lens", exact: true }).waitFor();
    await where.getByRole("link", { name: "CA de Lens - Liévin" }).waitFor();
    expect(await where.innerText()).toContain("Place de la Gare");
    expect((await server.prisma.event.findUniqueOrThrow({ where: { id }, include: { commune: true } })).commune.code).toBe("62498");

    // A commune outside the edition is saved, and said so at once.
    await page.goBack();
    await page.getByRole("heading", { level: 2, name: `Modifier « ${title} »` }).waitFor();
    // Enter in the field goes to the communes found, not to saving the form.
    await commune.fill("Équihen");
    await found.getByRole("button", { name: /^Équihen-Plage \(62224\)/ }).waitFor();
    await commune.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Équihen-Plage \(62224\)/);
    await page.keyboard.press("Enter");
    await page.getByText(/Commune choisie : Équihen-Plage \(62224\) · EPCI : CA du Boulonnais/).waitFor();
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.getByRole("status").filter({
      hasText: "Modifications enregistrées. Attention : Équihen-Plage est hors du territoire de l'édition « Mois de l'ESS 2026 — bassin minier",
    }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it("a French validation message appears next to the field", async () => {
    await signIn(ANIMATOR, `/planning/${EDITION}/evenements/nouveau`);
    await page.waitForURL(`${server.url}/planning/${EDITION}/evenements/nouveau`);
    await fillNewEvent(`Atelier à l'envers ${randomBytes(4).toString("hex")}`, "2026-11-20T18:00", "2026-11-20T17:00");
    await page.getByRole("button", { name: "Créer l'événement" }).click();

    const end = page.getByLabel("Fin de la séance 1");
    const message = page.locator("#event-sessions-0-end-error");
    await message.waitFor();
    expect(await message.innerText()).toBe("La fin doit être après le début.");
    // Said with the field: marked invalid, described by the message, focused.
    expect(await end.getAttribute("aria-invalid")).toBe("true");
    expect((await end.getAttribute("aria-describedby"))?.split(" ")).toContain("event-sessions-0-end-error");
    expect(await end.evaluate((element) => element === document.activeElement)).toBe(true);
    // The message sits in the same row of the form as the field.
    const row = page.getByRole("listitem").filter({ has: end });
    expect(await row.innerText()).toContain("La fin doit être après le début.");
    // Nothing was created.
    expect(new URL(page.url()).pathname).toBe(`/planning/${EDITION}/evenements/nouveau`);
    expect(session.pageErrors).toEqual([]);
  });

  it("tells the animator to reload an event someone else changed meanwhile, and overwrites nothing", async () => {
    const cookie = await server.signIn(ANIMATOR);
    const title = `Brouillon de test ${randomBytes(4).toString("hex")}`;
    const draft = await server.graphql(
      "mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id version } } }",
      {
        input: {
          edition: EDITION, title, type: "ATELIER", venue: { maison: "le-toit-commun" },
          sessions: [{ start: "2026-11-25T14:00", end: "2026-11-25T16:00" }],
          coOrganisers: [{ organisation: "le-toit-commun-scic", role: "LEAD" }],
        },
      },
      { cookie },
    );
    expect(draft.errors).toBeUndefined();
    const { id, version } = draft.data.createEvent.event;
    created.push(id);

    await signIn(ANIMATOR, `/planning/${EDITION}/evenements/${id}`);
    await page.waitForURL(`${server.url}/planning/${EDITION}/evenements/${id}`);
    await page.getByRole("heading", { name: `Modifier « ${title} »` }).waitFor();
    expect(await page.getByLabel("Statut").inputValue()).toBe("DRAFT");

    // Someone else retitles it while the form is open.
    const other = await server.graphql(
      "mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { version } } }",
      { input: { id, version, title: `${title} (renommé)` } },
      { cookie },
    );
    expect(other.errors).toBeUndefined();

    await page.getByLabel("Présentation", { exact: true }).fill("Une présentation écrite sur une version périmée.");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const stale = page.locator("#event-stale");
    await stale.waitFor();
    expect(await stale.innerText()).toContain("modifié entre-temps");
    expect((await server.prisma.event.findUniqueOrThrow({ where: { id } })).description).toBeNull();

    await stale.getByRole("button", { name: "Recharger l'événement" }).click();
    await page.getByRole("heading", { name: `Modifier « ${title} (renommé) »` }).waitFor();
    expect(await page.getByLabel("Titre").inputValue()).toBe(`${title} (renommé)`);
    expect(session.pageErrors).toEqual([]);
  });

  it("the blind-spot view shows the EPCI without events", async () => {
    await signIn("cress@maillage.demo", `/planning/${CRESS_EDITION}`);
    await page.waitForURL(`${server.url}/planning/${CRESS_EDITION}`);
    await page.getByRole("link", { name: "Angles morts" }).click();
    await page.waitForURL(`${server.url}/planning/${CRESS_EDITION}/angles-morts`);
    const coverage = page.getByRole("region", { name: "EPCI et population" });
    const row = coverage.getByRole("row").filter({ hasText: "CA Grand Calais Terres et Mers" });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/CA Grand Calais Terres et Mers : 0 événement pour [\d\s]+ habitants/);
    // The uncovered communes, most populated first, page after page.
    const communes = page.getByRole("region", { name: "Communes sans événement" }).getByRole("table");
    await communes.waitFor();
    const populations = (await communes.locator("tbody td.number").allInnerTexts()).map((text) => Number(text.replace(/\s/g, "")));
    expect(populations.length).toBe(20);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    await page.getByRole("region", { name: "Communes sans événement" }).getByRole("button", { name: "Voir plus" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#uncovered-title ~ .table-scroll tbody tr").length === 40);
    expect(session.pageErrors).toEqual([]);
  });
});

describe("the public programme", () => {
  it("the public programme lists confirmed events and filters by type", async () => {
    await page.goto(`${server.url}/programme`);
    // The programme opens on the editions in progress: the whole demo edition of November 2026.
    const list = page.getByRole("region", { name: "Événements du programme" });
    await list.getByRole("listitem").first().waitFor();
    await page.getByRole("banner").getByRole("link", { name: "Se connecter" }).waitFor();

    await page.getByLabel("Type d'événement").selectOption({ label: "Atelier" });
    // The list is replaced once the server has answered: only ateliers then.
    const ateliersOnly = (texts: string[]) => texts.length > 0 && texts.every((text) => /^Atelier · /m.test(text));
    await expect.poll(() => list.getByRole("listitem").allInnerTexts()).toSatisfy(ateliersOnly);
    await page.getByRole("status").getByText(/événements? correspond/).waitFor();
    const items = await list.getByRole("listitem").allInnerTexts();
    expect(items.join("\n")).toContain("Atelier : de l'idée au projet, créer son activité dans l'ESS");
    // Proposed and draft events are not published.
    expect(items.join("\n")).not.toContain("Atelier radio : raconter l'ESS de son quartier");
    expect(items.join("\n")).not.toContain("Atelier couture et réemploi textile");

    // A cancelled event stays in the programme, said cancelled (one of 2025: every edition, the most recent first).
    await page.getByLabel("Édition", { exact: true }).selectOption({ label: "Toutes les éditions (les plus récentes d'abord)" });
    await page.getByLabel("Type d'événement").selectOption({ label: "Ciné-débat" });
    const cancelled = list.getByRole("listitem").filter({ hasText: "Ciné-débat : la culture, une affaire de coopération" });
    await cancelled.waitFor();
    expect(await cancelled.innerText()).toContain("Annulé");
    await list.getByRole("link", { name: CINE_DEBAT }).click();
    await page.waitForURL(`${server.url}/evenements/2026-cine-debat-up-logiciel-libre`);
    await page.getByRole("heading", { level: 1, name: CINE_DEBAT }).waitFor();
    await page.getByText("jeudi 19 novembre 2026, 18:30 – 21:30").waitFor();
    await page.getByRole("link", { name: "Ajouter à mon agenda" }).waitFor();
    expect(await page.getByRole("link", { name: "Ajouter à mon agenda" }).getAttribute("href")).toBe("/evenements/2026-cine-debat-up-logiciel-libre.ics");
    expect(await page.getByRole("link", { name: "s'abonner au calendrier de l'édition" }).getAttribute("href")).toMatch(
      /^webcal:\/\/.+\/calendar\/editions\/mois-ess-2026-cotess-bassin-minier\.ics$/,
    );
    await page.getByRole("region", { name: "Co-organisation" }).getByRole("link", { name: "Le Toit Commun (SCIC)" }).waitFor();
    // Anonymous: no way to change it.
    expect(await page.getByRole("link", { name: "Modifier" }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it("filters the programme by territory", async () => {
    await page.goto(`${server.url}/programme`);
    // A territory by its name, chosen among those found.
    await page.getByLabel("Lieu").fill("Hénin-Carvin");
    await page.getByRole("list", { name: "Territoires trouvés" }).getByRole("button", { name: /^CA d'Hénin-Carvin/ }).click();
    await page.waitForURL(/territoire=EPCI%2F246200299/);
    const list = page.getByRole("region", { name: "Événements du programme" });
    // Once the server has answered, nothing in Lens (CA de Lens-Liévin) is left.
    const outsideLens = (texts: string[]) => texts.length > 0 && texts.every((text) => !/\bLens\b/.test(text));
    await expect.poll(() => list.getByRole("listitem").allInnerTexts()).toSatisfy(outsideLens);
    await list.getByRole("link", { name: "Forum de l'ESS de l'agglomération d'Hénin-Carvin" }).first().waitFor();
    await page.getByText(/Territoire : CA d'Hénin-Carvin/).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

/** A text as a regular expression that matches it literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
