// « Proposer un événement » in a real Chromium, with real e-mail: a visitor
// without an account goes from the programme to the form, is stopped in
// French beside the field at fault, proposes, follows the e-mailed link and
// sees the confirmation; the proposal is then in the edition's queue. Its
// communes are chosen by name, never typed as codes.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";
import { links, type Mailbox } from "../support/mailbox.ts";

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

/** Types a commune's name in the field `label` and takes the commune offered under that name, by keyboard. */
async function chooseCommune(label: string, typed: string, name: string) {
  const field = page.getByRole("searchbox", { name: label });
  await field.fill(typed);
  const found = page.getByRole("list", { name: "Communes trouvées" });
  await found.getByRole("button", { name: new RegExp(`^${name} \\(`) }).first().waitFor();
  await field.press("ArrowDown");
  // The most populated first: the commune of that name comes first.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(new RegExp(`^${name} \\(`));
  await page.keyboard.press("Enter");
}

describe("proposing an event without an account", () => {
  it("fills the form from the programme, follows the e-mailed link and sees the confirmation", async () => {
    const run = randomUUID().slice(0, 6);
    const title = `Atelier des voisins ${run}`;
    const email = `voisins-${run}@structure.example`;
    await page.goto(`${server.url}/programme`);
    await page.getByRole("link", { name: "Proposer un événement" }).click();
    await page.waitForURL(`${server.url}/proposer`);
    await page.getByRole("heading", { level: 1, name: "Proposer un événement" }).waitFor();

    const edition = page.getByLabel("Édition");
    await expect.poll(() => edition.locator(`option[value="${EDITION}"]`).count()).toBe(1);
    await edition.selectOption(EDITION);
    await page.getByLabel("Ma structure n'est pas encore dans Maillage").check();
    await page.getByLabel("Nom de la structure").fill(`Les Voisins Solidaires ${run}`);
    await chooseCommune("Commune de la structure", "Hénin-Beaumont", "Hénin-Beaumont");
    await page.getByText(/Commune choisie : Hénin-Beaumont \(62110\) · EPCI : CA d'Hénin-Carvin/).waitFor();
    await page.getByLabel("Titre").fill(title);
    await page.getByLabel("Type").selectOption({ index: 1 });
    await page.getByLabel("Description").fill("Un atelier de réparation entre voisins.");
    // Outside the edition: refused beside the date, in French.
    await page.getByLabel("Date").fill("2026-12-20");
    await page.getByLabel("Heure de début").fill("14:00");
    await page.getByLabel("Heure de fin").fill("16:00");
    await page.getByLabel("Adresse", { exact: true }).fill("12 rue de la Gare");
    // Without a commune, the form says so beside the field and keeps the keyboard there.
    await page.getByLabel("Votre nom").fill("Dominique Voisin");
    await page.getByLabel("Votre adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Proposer l'événement" }).click();
    const communeError = page.locator("#proposal-commune-error");
    await communeError.waitFor();
    expect(await communeError.innerText()).toBe("Choisissez la commune de l'événement, par son nom ou son code postal.");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("proposal-commune");
    await chooseCommune("Commune de l'événement", "henin", "Hénin-Beaumont");
    await page.getByLabel("Votre nom").fill("Dominique Voisin");
    await page.getByLabel("Votre adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Proposer l'événement" }).click();
    const dateError = page.locator("#proposal-day-error");
    await dateError.waitFor();
    expect(await dateError.innerText()).toContain("hors de l'édition");

    await page.getByLabel("Date").fill("2026-11-21");
    await page.getByRole("button", { name: "Proposer l'événement" }).click();
    await page.getByText(`Un message vient de partir vers ${email}`).waitFor();

    const mail = await mailbox.waitFor((received) => received.to.includes(email) && received.subject.includes(title), 15_000);
    const sent = links(mail).find((address) => address.includes("/proposer/confirmation#"))!;
    expect(sent).toBeDefined();
    // The e-mail links to the configured public address; the page is this server's.
    const url = new URL(sent);
    const link = `${server.url}${url.pathname}${url.hash}`;
    await page.goto(link);
    await page.getByText(`Votre proposition « ${title} » est transmise aux animateurs`).waitFor();
    // The token leaves the address bar once used.
    expect(page.url()).toBe(`${server.url}/proposer/confirmation`);
    const event = await server.prisma.event.findFirstOrThrow({ where: { title }, include: { commune: true } });
    expect(event.status).toBe("PROPOSED");
    expect(event.commune.code).toBe("62427");
    const structure = await server.prisma.organisation.findFirstOrThrow({ where: { name: `Les Voisins Solidaires ${run}` }, include: { commune: true } });
    expect(structure.commune?.code).toBe("62427");

    // The link serves once (a fresh load: from this page, only its « # » would change).
    await page.goto("about:blank");
    await page.goto(link);
    await page.getByRole("alert").getByText("Ce lien n'est pas valable").waitFor();
  });
});
