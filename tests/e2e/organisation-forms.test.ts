// Adding and changing organisations in a real Chromium: an animator adds one,
// choosing its commune by postal code, and finds it on its page; an editor
// changes its own organisation and reads, beside the SIREN field, the
// French message of the API when that SIREN is another organisation's.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";
import { isValidSiren } from "../../server/actors/siren.ts";

const ANIMATOR = "animation.cotess@maillage.demo";
const EDITOR = "editeur.emergences62@maillage.demo";
const EDITED = "emergences-62";

// A database of its own: the organisations added here would show in other files' lists.
// Registered before the session's hooks, so dropped after its server is closed.
let database: ScratchDatabase;
afterAll(async () => {
  await database?.drop();
});
const session = useBrowserSession({
  server: async () => {
    database = await createScratchDatabase({ demo: true });
    return { databaseUrl: database.url };
  },
});
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
});

async function signIn(email: string, back: string) {
  await page.goto(`${server.url}/connexion?retour=${encodeURIComponent(back)}`);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe").fill("maillage-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
}

/** A SIREN nobody has: eight random digits and the key that makes it valid. */
function freshSiren(): string {
  const stem = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  for (let key = 0; key < 10; key += 1) if (isValidSiren(`${stem}${key}`)) return `${stem}${key}`;
  throw new Error("unreachable: one key in ten is valid");
}

describe("adding an organisation", () => {
  it("an animator adds one, choosing its commune by postal code, and finds it on its page", async () => {
    const name = `Recyclerie du Pays de Gohelle ${randomUUID().slice(0, 6)}`;
    const siren = freshSiren();
    await signIn(ANIMATOR, "/organisations");
    await page.getByRole("link", { name: "Ajouter une organisation" }).click();
    await page.waitForURL(`${server.url}/organisations/nouvelle`);

    await page.getByLabel("Nom", { exact: true }).fill(name);
    // The identifier follows the name.
    const id = await page.getByLabel("Identifiant").inputValue();
    expect(id).toMatch(/^recyclerie-du-pays-de-gohelle-[a-z0-9]+$/);
    await page.getByLabel("Forme juridique").selectOption({ label: "Association loi 1901" });
    await page.getByLabel("SIREN").fill(siren);
    await page.getByRole("checkbox", { name: "Insertion et emploi" }).check();
    await page.getByLabel("Adresse postale").fill("12 rue de la Gare");

    // 62300 is Lens's postal code (and Équihen-Plage's INSEE code, which must not come up).
    const commune = page.getByRole("searchbox", { name: "Commune" });
    await commune.fill("62300");
    const found = page.getByRole("list", { name: "Communes trouvées" });
    await found.getByRole("button", { name: /^Lens \(62300\)/ }).waitFor();
    expect(await found.innerText()).not.toContain("Équihen-Plage");
    // By keyboard: down to the communes found, Enter on Lens.
    await commune.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Lens \(62300\)/);
    await page.keyboard.press("Enter");
    await page.getByText(/Commune choisie : Lens \(62300\) · EPCI : CA de Lens - Liévin/).waitFor();

    await page.getByRole("button", { name: "Ajouter l'organisation" }).click();
    await page.waitForURL(`${server.url}/organisations/${id}`);
    await page.getByRole("heading", { level: 1, name }).waitFor();
    const contact = page.getByRole("region", { name: "Coordonnées" });
    await contact.getByRole("link", { name: "Lens", exact: true }).waitFor();
    await contact.getByRole("link", { name: "CA de Lens - Liévin" }).waitFor();
    expect(await page.getByText(siren).count()).toBe(1);
    const stored = await server.prisma.organisation.findUniqueOrThrow({ where: { id }, include: { commune: true } });
    expect(stored).toMatchObject({ name, siren, legalForm: "ASSOCIATION", sectors: ["INSERTION_EMPLOI"], address: "12 rue de la Gare" });
    expect(stored.commune?.code).toBe("62498");
    expect(session.pageErrors).toEqual([]);
  });
});

describe("changing an organisation", () => {
  it("its editor reads the API's French message beside the SIREN field, then saves a change", async () => {
    // The demo records have no SIREN: another organisation of this file's database gets one.
    const holder = await server.prisma.organisation.update({ where: { id: "le-toit-commun-scic" }, data: { siren: freshSiren() } });
    const before = await server.prisma.organisation.findUniqueOrThrow({ where: { id: EDITED } });
    await signIn(EDITOR, `/organisations/${EDITED}`);
    await page.getByRole("link", { name: "Modifier la fiche" }).click();
    await page.waitForURL(`${server.url}/organisations/${EDITED}/modifier`);
    await page.getByRole("heading", { level: 1, name: `Modifier « ${before.name} »` }).waitFor();

    // A SIREN whose key is right but which is another organisation's: the API alone knows.
    const sirenField = page.getByLabel("SIREN");
    await sirenField.fill(holder.siren!);
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const message = page.locator("#organisation-siren-error");
    await message.waitFor();
    expect(await message.innerText()).toBe(`Ce SIREN est déjà celui de ${holder.name}.`);
    expect(await sirenField.getAttribute("aria-invalid")).toBe("true");
    expect(await sirenField.getAttribute("aria-describedby")).toContain("organisation-siren-error");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("organisation-siren");
    expect(await server.prisma.organisation.findUniqueOrThrow({ where: { id: EDITED } })).toMatchObject({ siren: before.siren, updatedAt: before.updatedAt });

    await sirenField.fill(before.siren ?? "");
    await page.getByLabel("Nombre de salariés").fill("14");
    await page.getByLabel("Compté en").fill("2026");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.waitForURL(`${server.url}/organisations/${EDITED}`);
    await page.getByText("14 salariés en 2026").waitFor();
    expect(await server.prisma.organisation.findUniqueOrThrow({ where: { id: EDITED } })).toMatchObject({ headcount: 14, headcountYear: 2026, siren: before.siren });
    expect(session.pageErrors).toEqual([]);
  });
});
