// A person explores the ESS of a territory in the web app, in a real
// Chromium, against the real server, the official territories and the demo
// data (server/*/data/): the profile of the CA de Lens-Liévin, its Maison de
// l'ESS, an organisation, a collective's card, the COTESS and the CSV export.
import type { Locator, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

// Stable ids of the demo data.
const LENS_LIEVIN = "/territoires/EPCI/246200364";
const TOIT_COMMUN = "/maisons/le-toit-commun";
const COTESS_BASSIN_MINIER = "/cotess/cotess-bassin-minier";
// A word cut short of "APSA Coup d'Main", an association d'insertion in Lens.
const SEARCH = "coup";

const session = useBrowserSession();
let server: TestServer;
let page: Page;
beforeEach(() => {
  server = session.server;
  page = session.page;
});

const region = (name: string | RegExp) => page.getByRole("region", { name, exact: typeof name === "string" });
const profile = () => region("Profil de l'ESS");
const title = (name: string) => page.getByRole("heading", { level: 1, name, exact: true });

async function rowsOf(table: Locator) {
  await table.waitFor();
  return table.locator("tbody tr").allInnerTexts();
}

describe("ESS of a territory", () => {
  it("shows the profile of the CA de Lens-Liévin and leads to its Maison de l'ESS, its charter and its SCI/SCIC architecture", async () => {
    await page.goto(`${server.url}${LENS_LIEVIN}`);
    await page.getByRole("article").getByRole("heading", { level: 2, name: "CA de Lens - Liévin" }).waitFor();

    const families = profile().getByRole("table", { name: "Organisations par famille de l'ESS" });
    const familyRows = await rowsOf(families);
    expect(familyRows.length).toBeGreaterThan(1);
    expect(familyRows.some((row) => row.startsWith("Associations"))).toBe(true);
    expect(familyRows.some((row) => row.startsWith("Coopératives"))).toBe(true);
    // Each bar is drawn in proportion: the largest family fills its track.
    const widths = await families.locator(".bar").evaluateAll((bars) => bars.map((bar) => (bar as HTMLElement).style.width));
    expect(widths[0]).toBe("100%");
    expect((await rowsOf(profile().getByRole("table", { name: "Organisations par secteur d'activité" }))).length).toBeGreaterThan(1);
    await profile().getByText("Organisations recensées").waitFor();

    await profile().getByRole("link", { name: "Le Toit Commun", exact: true }).click();
    await page.waitForURL(`${server.url}${TOIT_COMMUN}`);
    await title("Le Toit Commun").waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    expect(await page.title()).toBe("Le Toit Commun — Maillage");
    await page.getByRole("link", { name: "Lens", exact: true }).first().waitFor();

    const values = page.getByRole("list", { name: "Valeurs de la charte" }).getByRole("listitem");
    await values.first().waitFor();
    expect(await values.count()).toBe(7);
    expect(await values.first().innerText()).toContain("lieu de réflexions collectives");
    expect(await values.nth(3).innerText()).toBe("Le Toit Commun promeut la laïcité.");

    const architecture = region("Architecture juridique");
    const steps = await architecture.getByRole("list").first().getByRole("listitem").allInnerTexts();
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/porteur du projet/i);
    expect(steps[1]).toMatch(/propriétaire des murs/i);
    expect(steps[1]).toContain("SCI Le Toit de l'ESS");
    expect(steps[1]).toMatch(/\bSCI$/m);
    expect(steps[2]).toMatch(/gestionnaire du lieu/i);
    expect(steps[2]).toContain("Le Toit Commun (SCIC)");
    expect(steps[2]).toMatch(/\bSCIC$/m);
    await architecture.getByRole("heading", { name: /^Sociétaires/ }).waitFor();
    // The SCIC's sociétaires, read through the GESTIONNAIRE organisation.
    await architecture.getByRole("link", { name: "Département du Pas-de-Calais" }).waitFor();
    await architecture.getByRole("link", { name: "Communauté d'agglomération de Lens-Liévin" }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it("opens a hosted organisation from the Maison, with its collectives and cooperations, then one of its collectives", async () => {
    await page.goto(`${server.url}${TOIT_COMMUN}`);
    await region("Structures hébergées").getByRole("link", { name: "AFEV Artois" }).click();
    await page.waitForURL(`${server.url}/organisations/afev-artois`);
    await title("AFEV Artois").waitFor();
    await page.getByText("Association loi 1901").first().waitFor();
    // Commune, EPCI and département lead to their territory pages.
    await region("Coordonnées").getByRole("link", { name: "CA de Lens - Liévin" }).waitFor();
    // And the page says where it is hosted, back to the Maison.
    const places = region("Maisons de l'ESS et sociétariats");
    await places.getByRole("link", { name: "Le Toit Commun", exact: true }).waitFor();
    expect(await places.innerText()).toContain("Structure hébergée");

    const collectives = await rowsOf(region("Collectifs").getByRole("table"));
    expect(collectives.some((row) => row.includes("Collectif d'acteurs du Toit Commun") && row.includes("Membre"))).toBe(true);

    const ties = region("Coopérations").getByRole("list", { name: "Coopérations de AFEV Artois" }).getByRole("listitem");
    await ties.first().waitFor();
    const cooperations = await ties.allInnerTexts();
    // A stated tie (tenant of the SCI) and ties through the shared collective.
    expect(cooperations.some((tie) => tie.startsWith("SCI Le Toit de l'ESS\n") && tie.includes("déclarée"))).toBe(true);
    // Fellow members of a collective come together, with the collective named.
    const viaCollective = cooperations.filter((tie) => tie.includes("via un collectif"));
    expect(viaCollective).toHaveLength(1);
    expect(viaCollective[0]).toContain("Collectif d'acteurs du Toit Commun");
    expect(viaCollective[0]).toContain("Le Toit Commun (SCIC)");

    await region("Collectifs").getByRole("link", { name: "Collectif d'acteurs du Toit Commun" }).click();
    await page.waitForURL(`${server.url}/collectifs/collectif-acteurs-toit-commun`);
    await title("Collectif d'acteurs du Toit Commun").waitFor();
    await page.getByText("Collectif d'acteurs ESS").first().waitFor();
    const members = await rowsOf(region("Membres").getByRole("table"));
    expect(members.some((row) => row.includes("AFEV Artois") && row.includes("Membre"))).toBe(true);
    expect(members.some((row) => row.includes("Le Toit Commun (SCIC)") && row.includes("Animateur"))).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it("opens a collective of the territory and lays its card out as printed", async () => {
    await page.goto(`${server.url}${LENS_LIEVIN}`);
    await profile()
      .getByRole("list", { name: "Collectifs du territoire" })
      .getByRole("link", { name: "Le club des A.I. de l'agglomération de Lens" })
      .click();
    await page.waitForURL(`${server.url}/collectifs/club-des-ai-agglomeration-de-lens`);
    await title("Le club des A.I. de l'agglomération de Lens").waitFor();

    const card = region("Le club des A.I. de l'agglomération de Lens");
    await card.getByText("Collectif d'acteurs ESS").waitFor();
    const headings = await card.getByRole("heading", { level: 3 }).allInnerTexts();
    expect(headings.map((heading) => heading.toLowerCase())).toEqual(
      [
        "Secteur d'activités",
        "Couverture territoriale",
        "Contact",
        "Origine de la démarche",
        "Composition, structuration, gouvernance",
        "Enjeux de la démarche collective",
        "Travailler ensemble c'est…",
      ].map((heading) => heading.toLowerCase()),
    );
    await card.getByText("Insertion par l'activité économique").waitFor();
    expect((await rowsOf(region("Membres").getByRole("table"))).length).toBe(5);
    // None, as its card says: not unknown.
    await page.getByText("Aucune structure juridique", { exact: true }).waitFor();

    // The coverage leads back to the territory.
    await card.getByRole("list", { name: "Territoires couverts" }).getByRole("link", { name: "CA de Lens - Liévin" }).click();
    await page.waitForURL(`${server.url}${LENS_LIEVIN}`);
    await page.getByRole("article").getByRole("heading", { level: 2, name: "CA de Lens - Liévin" }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it("reaches the bassin minier COTESS from the header and shows 2020 without Mois de l'ESS", async () => {
    await page.goto(server.url);
    await page.getByRole("navigation", { name: "Rubriques" }).getByRole("link", { name: "COTESS" }).click();
    await page.waitForURL(`${server.url}/cotess`);
    await page.getByRole("link", { name: /^COTESS du bassin minier/ }).click();
    await page.waitForURL(`${server.url}${COTESS_BASSIN_MINIER}`);
    await title("COTESS du bassin minier (Lens-Liévin et Hénin-Carvin)").waitFor();
    await page.getByText(/^anciennement CLESS/).waitFor();

    const years = page.getByRole("list", { name: "Participation au Mois de l'ESS, année par année" }).getByRole("listitem");
    await years.first().waitFor();
    const year2020 = years.filter({ hasText: "2020" });
    expect(await year2020.innerText()).toContain("sans Mois de l'ESS");
    // Visibly, not only for screen readers: outlined in dashes and struck through.
    expect(await year2020.evaluate((item) => getComputedStyle(item).borderTopStyle)).toBe("dashed");
    expect(await year2020.locator(".year").evaluate((year) => getComputedStyle(year).textDecorationLine)).toBe("line-through");
    expect(await years.filter({ hasText: "2019" }).textContent()).toContain("Mois de l'ESS porté");
    expect(await years.filter({ hasText: "sans Mois de l'ESS" }).count()).toBe(1);

    const coAnimation = region("Co-animation");
    await coAnimation.getByRole("link", { name: "CA de Lens - Liévin" }).waitFor();
    await coAnimation.getByRole("link", { name: /Hénin-Carvin/ }).waitFor();
    // The documents name no co-animator: every seat says so.
    expect(await coAnimation.getByText("Siège non renseigné").count()).toBe(4);
    expect(session.pageErrors).toEqual([]);
  });

  it("carries the chosen filters into the CSV link, which downloads the same organisations", async () => {
    await page.goto(`${server.url}${LENS_LIEVIN}`);
    const organisations = region("Organisations");
    const csv = organisations.getByRole("link", { name: "Télécharger (CSV)" });
    const status = organisations.getByRole("status");
    await organisations.getByRole("table").waitFor();
    expect(new URL((await csv.getAttribute("href")) ?? "", server.url).search).toBe("?territory=246200364&territoryKind=EPCI");
    const unfiltered = await organisations.locator("table tbody tr").count();

    await organisations.getByRole("checkbox", { name: "Association" }).check();
    await organisations.getByRole("checkbox", { name: "Coopérative" }).check();
    await organisations.getByRole("combobox", { name: "Secteur d'activité" }).selectOption({ label: "Insertion et emploi" });
    await organisations.getByRole("searchbox", { name: "Nom ou sigle" }).fill(SEARCH);
    await page.waitForFunction(() => document.querySelector("#organisations [role=status]")?.getAttribute("aria-busy") === "false");
    await status.getByText(/correspond/).waitFor();

    const href = await csv.getAttribute("href");
    const url = new URL(href ?? "", server.url);
    expect(url.pathname).toBe("/exports/organisations.csv");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      territory: "246200364",
      territoryKind: "EPCI",
      families: "ASSOCIATION,COOPERATIVE",
      sectors: "INSERTION_EMPLOI",
      search: SEARCH,
    });
    // Lists stay readable in the address: comma-separated, as the export reads them.
    expect(href).toContain("families=ASSOCIATION,COOPERATIVE");
    expect(await csv.getAttribute("download")).toBe("organisations-246200364.csv");

    const rows = await organisations.locator("table tbody tr").allInnerTexts();
    expect(rows.some((row) => row.startsWith("APSA Coup d'Main"))).toBe(true);
    expect(rows.length).toBeLessThan(unfiltered);
    const shownFamilies = await organisations.locator("table tbody td .note").allInnerTexts();
    expect(shownFamilies.length).toBe(rows.length);
    expect(shownFamilies.every((family) => family === "Association" || family === "Coopérative")).toBe(true);
    expect(await status.innerText()).toMatch(new RegExp(`^${rows.length} organisations? correspond`));

    // The link downloads what the list shows.
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(rows.length + 1);
    const names = await organisations.locator("table tbody th a").allInnerTexts();
    for (const name of names) expect(lines.some((line) => line.includes(name))).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it("says so when an address names no organisation, collective, COTESS or Maison", async () => {
    for (const [path, message] of [
      ["/organisations/inconnue", "Aucune organisation n'a l'identifiant « inconnue »."],
      ["/collectifs/inconnu", "Aucun collectif n'a l'identifiant « inconnu »."],
      ["/cotess/inconnu", "Aucun COTESS n'a l'identifiant « inconnu »."],
      ["/maisons/inconnue", "Aucune Maison de l'ESS n'a l'identifiant « inconnue »."],
    ]) {
      const response = await page.goto(`${server.url}${path}`);
      // Answered 404 (which Chromium logs), and said by the page.
      expect(response?.status(), path).toBe(404);
      expect(await page.getByRole("alert").innerText()).toContain(message);
    }
    expect(session.pageErrors.filter((error) => !error.includes("status of 404 (Not Found)"))).toEqual([]);
  });
});
