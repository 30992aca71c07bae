// A person finds a territory in the web app, in a real Chromium, against the
// real server and the official territories.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const session = useBrowserSession();
let server: TestServer;
let page: Page;
beforeEach(() => {
  server = session.server;
  page = session.page;
});

const searchBox = () => page.getByRole("searchbox", { name: "Nom du territoire" });
const results = () => page.getByRole("list", { name: "Résultats de la recherche" });
const card = () => page.getByRole("article");
const communeRows = () => card().locator("table tbody tr");

async function expectTerritoryCardOfLensLievin() {
  await card().getByRole("heading", { level: 2, name: "CA de Lens - Liévin" }).waitFor();
  await card().getByText("Communauté d'agglomération").first().waitFor();
  await card().getByText("36 communes", { exact: true }).waitFor();
  await card().getByText("246200364").waitFor();
  await card().getByRole("row", { name: /^Lens 62498/ }).waitFor();
}

describe("territory finder", () => {
  it("finds the CA de Lens - Liévin by typing, lists its communes page by page and reopens it from its address", async () => {
    await page.goto(server.url);
    expect(await page.title()).toBe("Maillage — territoires");

    await searchBox().fill("lievin");
    await results().getByRole("link", { name: /^CA de Lens - Liévin/ }).click();

    await page.waitForURL(`${server.url}/territoires/EPCI/246200364`);
    await expectTerritoryCardOfLensLievin();
    // Keyboard and screen reader users land on what they picked.
    await page.waitForFunction(() => document.activeElement?.id === "territory-name");
    expect(await card().getByText(/^\d{3}\s\d{3} habitants$/).count()).toBe(1);
    await card().getByRole("link", { name: /Pas-de-Calais/ }).waitFor();
    expect(await communeRows().count()).toBe(20);

    await card().getByRole("button", { name: "Voir plus" }).click();
    await communeRows().nth(20).waitFor();
    expect(await communeRows().count()).toBe(36);
    const firstNewCommune = await communeRows().nth(20).locator("a").textContent();
    await page.waitForFunction((name) => document.activeElement?.textContent === name, firstNewCommune);
    // The last page reached: nothing more to ask for.
    expect(await card().getByRole("button", { name: "Voir plus" }).count()).toBe(0);

    await page.reload();
    await expectTerritoryCardOfLensLievin();
    expect(session.pageErrors).toEqual([]);
  });

  it("finds the CA de la Porte du Hainaut without accents and with words cut short", async () => {
    await page.goto(`${server.url}/territoires`);
    await searchBox().fill("porte du hain");
    await results().getByRole("link", { name: /^CA de la Porte du Hainaut/ }).waitFor();
    await page.getByText(/territoires? trouvés?/).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it("opens a containing territory from the card of a commune", async () => {
    await page.goto(`${server.url}/territoires/COMMUNE/62498`);
    await card().getByRole("heading", { level: 2, name: "Lens" }).waitFor();
    await card().getByText("Code INSEE").waitFor();
    await card().getByRole("link", { name: /CA de Lens - Liévin/ }).click();
    await page.waitForURL(`${server.url}/territoires/EPCI/246200364`);
    await expectTerritoryCardOfLensLievin();

    await page.goBack();
    await card().getByRole("heading", { level: 2, name: "Lens" }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it("shows the API's French message when the address holds a malformed code", async () => {
    await page.goto(`${server.url}/territoires/COMMUNE/123`);
    const alert = card().getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("n'est pas un code valide pour une commune");
  });
});
