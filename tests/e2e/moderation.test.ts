// The moderation queue in a real Chromium, with real e-mail: an editor's
// proposal waits in « À modérer » with its organisers, dates and clashes; a
// refusal without a reason is stopped in French; the animator publishes it
// and it appears in the public programme, its organisers told by e-mail.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";
import type { Mailbox } from "../support/mailbox.ts";

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

describe("the moderation queue", () => {
  it("the animator publishes a proposal from « À modérer » and it appears in the programme", async () => {
    const title = `Marché des coopératives ${randomUUID().slice(0, 6)}`;
    // Proposed by the editor of Émergences 62, beside the demo forum it partners in Hénin-Beaumont.
    const created = await server.graphql(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`, {
      input: {
        edition: EDITION, title, type: "MARCHE", status: "PROPOSED",
        venue: { address: "Place de la République", commune: "62427" },
        sessions: [{ start: "2026-11-12T15:00", end: "2026-11-12T17:00" }],
        coOrganisers: [{ organisation: "emergences-62", role: "LEAD" }],
      },
    }, { cookie: await server.signIn(EDITOR) });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();

    // Another, at Équihen-Plage, outside the edition's territory: in the queue, with a warning.
    const outsideTitle = `Marché de la plage ${randomUUID().slice(0, 6)}`;
    const outside = await server.graphql(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`, {
      input: {
        edition: EDITION, title: outsideTitle, type: "MARCHE", status: "PROPOSED",
        venue: { address: "Digue de mer", commune: "62300" },
        sessions: [{ start: "2026-11-13T15:00", end: "2026-11-13T17:00" }],
        coOrganisers: [{ organisation: "emergences-62", role: "LEAD" }],
      },
    }, { cookie: await server.signIn(EDITOR) });
    expect(outside.errors, JSON.stringify(outside.errors)).toBeUndefined();
    const outsideId: string = outside.data.createEvent.event.id;

    await signIn(ANIMATOR, `/planning/${EDITION}`);
    await page.getByRole("navigation", { name: "Vues du planning" }).getByRole("link", { name: "À modérer" }).click();
    await page.waitForURL(`${server.url}/planning/${EDITION}/moderation`);
    await page.getByRole("heading", { level: 2, name: "À modérer" }).waitFor();
    const proposal = page.getByRole("article", { name: title });
    await proposal.waitFor();
    const text = await proposal.innerText();
    expect(text).toContain("Émergences 62 (organisateur principal)");
    expect(text).not.toContain("hors du territoire");
    expect(await page.getByRole("article", { name: outsideTitle }).innerText()).toContain(
      "Équihen-Plage est hors du territoire de l'édition « Mois de l'ESS 2026 — bassin minier",
    );
    // The database is shared: the event outside leaves it.
    await server.prisma.auditEntry.deleteMany({ where: { entityType: "Event", entityId: outsideId } });
    await server.prisma.event.deleteMany({ where: { id: outsideId } });
    expect(text).toContain("jeudi 12 novembre 2026");
    // The clash with the forum Émergences 62 co-organises that afternoon, with its severity.
    expect(text).toMatch(/Conflit avec « Forum de l'ESS de l'agglomération d'Hénin-Carvin »/);
    expect(await proposal.getByRole("list", { name: "Conflits" }).innerText()).toMatch(/Élevé|Moyen|Faible|Bloquant/i);

    // A refusal says why: without a reason, nothing is sent.
    await proposal.getByRole("button", { name: "Refuser" }).click();
    await proposal.getByRole("button", { name: "Confirmer le refus" }).click();
    await proposal.getByText("Donnez aux organisateurs la raison du refus.").waitFor();
    expect(await server.prisma.event.findUniqueOrThrow({ where: { id: created.data.createEvent.event.id } })).toMatchObject({ status: "PROPOSED" });
    await proposal.getByRole("button", { name: "Annuler" }).click();

    await proposal.getByRole("button", { name: "Publier" }).click();
    await proposal.getByText(/Il paraîtra dans le programme public/).waitFor();
    await proposal.getByRole("button", { name: "Confirmer la publication" }).click();
    await page.getByRole("status").getByText(`« ${title} » est publié.`).waitFor();
    await proposal.waitFor({ state: "detached" });

    const mail = await mailbox.waitFor((received) => received.to.includes(EDITOR) && received.subject.includes(title), 15_000);
    expect(mail.subject).toMatch(/est publié/);

    await page.goto(`${server.url}/programme`);
    await page.getByLabel("Type d'événement").selectOption({ label: "Marché" });
    const list = page.getByRole("region", { name: "Événements du programme" });
    await list.getByRole("link", { name: title }).waitFor();
  });
});
