// Importing organisations in a real Chromium: the animator uploads a French
// spreadsheet, reads its preview row by row, decides for a possible duplicate
// with the keyboard-reachable controls, confirms, and sees what was written.
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const ANIMATOR = "animation.cotess@maillage.demo";
const FIXTURE = fileURLToPath(new URL("../fixtures/imports/organisations.csv", import.meta.url));

// A database and job runner of its own: the import is read by the queue.
// The feed below is served from 127.0.0.1: allowed here only, as an installation may set it.
process.env.IMPORT_ALLOW_PRIVATE_URLS = "true";
const session = useBrowserSession({ mail: true });
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
});

describe("importing organisations", () => {
  it("uploads a CSV, shows its preview, creates a possible duplicate on request, and shows the result", async () => {
    await page.goto(`${server.url}/connexion?retour=${encodeURIComponent("/organisations/import")}`);
    await page.getByLabel("Adresse électronique").fill(ANIMATOR);
    await page.getByLabel("Mot de passe").fill("maillage-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Importer des organisations" }).waitFor();
    expect(await page.getByRole("link", { name: "modele-organisations.csv" }).getAttribute("href")).toBe("/imports/modele-organisations.csv");

    await page.getByLabel("Fichier à importer").setInputFiles(FIXTURE);
    await page.getByRole("button", { name: "Lire la source" }).click();
    await page.getByRole("heading", { level: 2, name: "Aperçu de l'import" }).waitFor({ timeout: 20_000 });
    const summary = await page.getByRole("status").first().innerText();
    expect(summary).toContain("organisations.csv : 2 nouveaux, 0 mise à jour, 2 doublons possibles, 6 lignes invalides.");

    const table = page.getByRole("table");
    const invalidRow = table.getByRole("row", { name: /Les Jardins de Liévin/ });
    expect(await invalidRow.innerText()).toContain("Colonne « Forme juridique » : « Société secrète » n'est pas une forme juridique connue.");
    // Filtering by class keeps only the possible duplicates.
    await page.getByRole("radio", { name: "Doublons possibles" }).check();
    expect(await table.locator("tbody tr").count()).toBe(2);
    const duplicate = table.getByRole("row", { name: /Association « Le Toit-Commun »/ });
    expect(await duplicate.innerText()).toMatch(/Même nom que « Le Toit Commun \(SCIC\) »/);
    await page.getByLabel("Décision pour « Association « Le Toit-Commun » »").selectOption("CREATE");

    await page.getByRole("radio", { name: "Toutes" }).check();
    // Left out by the animator: the grocery.
    await table.getByRole("row", { name: /Épicerie solidaire Émile/ }).getByRole("checkbox", { name: "Importer" }).uncheck();
    await page.getByRole("button", { name: "Confirmer l'import" }).click();
    await page.getByRole("heading", { level: 2, name: "Import terminé" }).waitFor();
    expect(await page.getByRole("status").first().innerText()).toBe("2 organisations créées, 0 mise à jour, 8 lignes laissées de côté.");
    const created = page.getByRole("link", { name: "Voir l'organisation" });
    // The written rows arrive just after the heading.
    await created.nth(1).waitFor();
    expect(await created.count()).toBe(2);
    await created.first().click();
    await page.getByRole("heading", { level: 1, name: "La Ressourcerie du Bassin" }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

describe("the past imports and their daily feeds", () => {
  it("lists an import by address set daily, and stops its daily re-import", async () => {
    const feed = createServer((_request, response) => response.writeHead(200, { "content-type": "text/csv" }).end(readFileSync(FIXTURE)));
    await new Promise<void>((resolve) => feed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/acteurs.csv`;
    try {
      await page.goto(`${server.url}/connexion?retour=${encodeURIComponent("/organisations/import")}`);
      await page.getByLabel("Adresse électronique").fill(ANIMATOR);
      await page.getByLabel("Mot de passe").fill("maillage-demo");
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.getByRole("heading", { level: 1, name: "Importer des organisations" }).waitFor();
      await page.getByRole("radio", { name: "Une adresse web" }).check();
      await page.getByLabel("Adresse web", { exact: true }).fill(url);
      await page.getByRole("checkbox", { name: "Réimporter cette adresse chaque jour" }).check();
      await page.getByRole("button", { name: "Lire la source" }).click();
      await page.getByRole("heading", { level: 2, name: "Aperçu de l'import" }).waitFor({ timeout: 20_000 });
      await page.getByRole("button", { name: "Confirmer l'import" }).click();
      await page.getByRole("heading", { level: 2, name: "Import terminé" }).waitFor();

      await page.getByRole("link", { name: "Imports précédents et flux quotidiens" }).click();
      await page.getByRole("heading", { level: 1, name: "Imports d'organisations" }).waitFor();
      const row = page.getByRole("row", { name: new RegExp(url.replace(/[.?]/g, "\\$&")) });
      expect(await row.innerText()).toMatch(/Importé[\s\S]*Oui/);
      const stop = row.getByRole("button", { name: `Arrêter la mise à jour quotidienne de ${url}` });
      await stop.click();
      await page.getByRole("status").filter({ hasText: "La mise à jour quotidienne" }).waitFor();
      await stop.waitFor({ state: "detached" });
      expect(await row.innerText()).toMatch(/Importé[\s\S]*Non/);
      expect(await stop.count()).toBe(0);
      const stored = await server.prisma.dataImport.findMany({ where: { url }, select: { daily: true, state: true } });
      expect(stored).toEqual([{ daily: false, state: "COMMITTED" }]);

      // Its result is one link away.
      await row.getByRole("link", { name: "Voir le résultat" }).click();
      await page.getByRole("heading", { level: 2, name: "Import terminé" }).waitFor();
      expect(session.pageErrors).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => feed.close(() => resolve()));
    }
  });
});
