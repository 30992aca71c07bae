// The cooperation network in the web app, in a real Chromium against the
// real server and the demo data: the network of the bassin minier (figures,
// drawing, search, an organisation's ties), the downloads offered instead of
// a drawing for a scope too large, and the partners on an organisation's page.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const LENS_LIEVIN = "246200364";
const TOIT_COMMUN = "le-toit-commun-scic";
const TOIT_COMMUN_NAME = "Le Toit Commun (SCIC)";

const session = useBrowserSession();
let server: TestServer;
let page: Page;
beforeEach(() => {
  server = session.server;
  page = session.page;
});

const integer = new Intl.NumberFormat("fr-FR");
const ratio = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 });
// Chromium and Node may not use the same space between thousands.
const spaces = (text: string | null) => (text ?? "").replace(/[\s\u00a0\u202f]/g, " ").trim();

interface Summary {
  nodes: number;
  edges: number;
  ties: number;
  density: number;
  components: number;
  communities: number;
  modularity: number;
}

async function summaryOf(scope: Record<string, unknown>): Promise<Summary> {
  const result = await server.graphql<{ cooperationGraph: { summary: Summary } }>(
    "query ($scope: CooperationScopeInput) { cooperationGraph(scope: $scope) { summary { nodes edges ties density components communities modularity } } }",
    { scope },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.cooperationGraph.summary;
}

interface Partner {
  weight: number;
  organisation: { id: string; name: string };
  ties: { source: string; sourceLabel: string | null; certainty: "STATED" | "INFERRED"; isDemo: boolean }[];
}

async function partnersOf(id: string): Promise<Partner[]> {
  const result = await server.graphql(
    "query ($id: ID!) { organisation(id: $id) { partners(first: 100) { totalCount edges { node { weight organisation { id name } ties { source sourceLabel certainty isDemo } } } } } }",
    { id },
  );
  expect(result.errors).toBeUndefined();
  const partners = result.data.organisation.partners;
  // The demo's Toit Commun has fewer than a page of partners.
  expect(partners.totalCount).toBe(partners.edges.length);
  return partners.edges.map((edge: { node: unknown }) => edge.node);
}

const figures = () => page.getByRole("region", { name: "Chiffres du réseau" });
const metric = (name: keyof Summary) => figures().locator(`[data-metric="${name}"]`);

/** The figures of the page are those of the API for the same scope. */
async function expectFigures(expected: Summary) {
  await page.getByRole("status").filter({ hasText: "dans ce périmètre." }).waitFor();
  expect(spaces(await metric("nodes").textContent())).toBe(spaces(integer.format(expected.nodes)));
  expect(spaces(await metric("edges").textContent())).toBe(spaces(integer.format(expected.edges)));
  expect(spaces(await metric("ties").textContent())).toBe(spaces(integer.format(expected.ties)));
  expect(await metric("density").textContent()).toBe(ratio.format(expected.density));
  expect(await metric("components").textContent()).toBe(integer.format(expected.components));
  expect(await metric("communities").textContent()).toBe(integer.format(expected.communities));
  expect(await metric("modularity").textContent()).toBe(ratio.format(expected.modularity));
}

describe("the cooperation network", () => {
  it("shows the bassin minier's network, finds an organisation and lists its ties", async () => {
    const expected = await summaryOf({ territory: LENS_LIEVIN });
    expect(expected.nodes).toBeGreaterThan(10);

    await page.goto(`${server.url}/reseau?territory=${LENS_LIEVIN}`);
    expect(await page.title()).toBe("Réseau de coopération — Maillage");
    await page.getByRole("navigation", { name: "Rubriques" }).getByRole("link", { name: "Réseau" }).waitFor();
    expect(await page.getByLabel("Territoire", { exact: true }).inputValue()).toBe(LENS_LIEVIN);
    await expectFigures(expected);

    // Drawn by sigma (WebGL), or said to be impossible and replaced by the table.
    const drawing = page.getByRole("img", { name: /^Dessin du réseau : / });
    const fallback = page.getByText("Votre navigateur ne peut pas dessiner le réseau");
    await drawing.or(fallback).first().waitFor();
    if (await drawing.count()) {
      await drawing.locator("canvas").first().waitFor({ state: "attached" });
      expect(await drawing.locator("canvas").count()).toBeGreaterThan(0);
    }
    // The accessible alternative, always there: the most connected first.
    const table = page.getByRole("region", { name: "Organisations les plus reliées" }).getByRole("table");
    const firstRow = table.locator("tbody tr").first();
    expect(await firstRow.locator("th a").textContent()).toBe(TOIT_COMMUN_NAME);
    expect(await table.locator("tbody tr").count()).toBe(Math.min(20, expected.nodes));

    // The search finds Le Toit Commun and opens its ties beside the drawing.
    await page.getByRole("searchbox", { name: "Chercher une organisation" }).fill("toit commun");
    await page.getByRole("list", { name: "Organisations trouvées" }).getByRole("button", { name: TOIT_COMMUN_NAME }).click();
    const panel = page.getByRole("complementary", { name: TOIT_COMMUN_NAME });
    await panel.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "node-panel-title");

    // Every partner of the API is tied to it in this scope (all kinds, all years).
    const partners = await partnersOf(TOIT_COMMUN);
    const ties = panel.getByRole("list", { name: "Ses liens dans ce réseau" }).locator(":scope > li");
    expect(await ties.count()).toBe(partners.length);
    for (const partner of partners.slice(0, 5)) {
      const row = ties.filter({ has: page.getByRole("link", { name: partner.organisation.name, exact: true }) });
      expect(await row.count()).toBe(1);
      expect(spaces(await row.innerText())).toContain(`${partner.weight} lien`);
    }
    // With the kinds in French and, once loaded, the sources of the ties.
    const afev = ties.filter({ has: page.getByRole("link", { name: "AFEV Artois", exact: true }) });
    await afev.getByText("Collectif : Collectif d'acteurs du Toit Commun").waitFor();
    expect(await afev.innerText()).toContain("Sociétariat de SCIC");
    expect(await afev.innerText()).toContain("Hébergement dans une Maison de l'ESS");

    // Its figures in the network, and its page.
    expect(await panel.locator('[data-metric="degree"]').textContent()).toBe(String(partners.length));
    const pageLink = panel.getByRole("link", { name: `Voir sa fiche : ${TOIT_COMMUN_NAME}` });
    expect(await pageLink.getAttribute("href")).toBe(`/organisations/${TOIT_COMMUN}`);

    // "Situer" moves the selection to a partner.
    await afev.getByRole("button", { name: "Situer AFEV Artois dans le réseau" }).click();
    await page.getByRole("complementary", { name: "AFEV Artois" }).waitFor();

    // The downloads of the same scope.
    const downloads = page.getByRole("region", { name: "Télécharger le réseau" });
    expect(await downloads.getByRole("link", { name: "GEXF 1.2" }).getAttribute("href")).toBe(`/exports/cooperation.gexf?territory=${LENS_LIEVIN}`);
    expect(await downloads.getByRole("link", { name: "GEXF 1.3" }).getAttribute("href")).toBe(`/exports/cooperation.gexf?territory=${LENS_LIEVIN}&version=1.3`);
    expect(await downloads.getByRole("link", { name: "GraphML" }).getAttribute("href")).toBe(`/exports/cooperation.graphml?territory=${LENS_LIEVIN}`);
    expect(await downloads.getByRole("link", { name: "CSV nœuds" }).getAttribute("href")).toBe(`/exports/cooperation-nodes.csv?territory=${LENS_LIEVIN}`);
    expect(await downloads.getByRole("link", { name: "CSV liens" }).getAttribute("href")).toBe(`/exports/cooperation-edges.csv?territory=${LENS_LIEVIN}`);
    expect(await downloads.getByRole("link", { name: "JSON" }).getAttribute("href")).toBe(`/exports/cooperation.json?territory=${LENS_LIEVIN}`);

    // The organisation's page, from the panel.
    await page.getByRole("complementary", { name: "AFEV Artois" }).getByRole("link", { name: "Voir sa fiche : AFEV Artois" }).click();
    await page.waitForURL(`${server.url}/organisations/afev-artois`);
    await page.getByRole("heading", { level: 1, name: "AFEV Artois" }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it("keeps its filters in the address, to share them", async () => {
    const scope = { territory: LENS_LIEVIN, kinds: ["SOCIETARIAT_SCIC"], includeSharedCollectives: false };
    const expected = await summaryOf(scope);

    await page.goto(`${server.url}/reseau?territory=${LENS_LIEVIN}`);
    await page.getByRole("status").filter({ hasText: "dans ce périmètre." }).waitFor();
    await page.getByRole("group", { name: /^Types de liens/ }).getByRole("checkbox", { name: "Sociétariat de SCIC" }).check();
    await page.getByLabel("Relier les membres d'un même collectif").uncheck();
    await page.waitForURL(`${server.url}/reseau?territory=${LENS_LIEVIN}&kinds=SOCIETARIAT_SCIC&sharedCollectives=false`);
    await page.waitForFunction((nodes) => document.querySelector('[data-metric="nodes"]')?.textContent === nodes, integer.format(expected.nodes));
    await expectFigures(expected);

    // The shared address opens the same network.
    await page.reload();
    expect(await page.getByLabel("Relier les membres d'un même collectif").isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Sociétariat de SCIC" }).isChecked()).toBe(true);
    await expectFigures(expected);
    expect(session.pageErrors).toEqual([]);
  });

  it("says so and keeps the figures, the table and the ties when the browser cannot draw (no WebGL)", async () => {
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith("webgl") || type === "experimental-webgl") return null;
        return (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
    });
    await page.goto(`${server.url}/reseau?territory=${LENS_LIEVIN}`);
    await expectFigures(await summaryOf({ territory: LENS_LIEVIN }));
    await page.getByText("Votre navigateur ne peut pas dessiner le réseau (WebGL indisponible)").waitFor();
    expect(await page.getByRole("img", { name: /^Dessin du réseau/ }).count()).toBe(0);
    const table = page.getByRole("region", { name: "Organisations les plus reliées" }).getByRole("table");
    await table.getByRole("button", { name: `Voir ses liens : ${TOIT_COMMUN_NAME}` }).click();
    const panel = page.getByRole("complementary", { name: TOIT_COMMUN_NAME });
    await panel.getByRole("list", { name: "Ses liens dans ce réseau" }).getByRole("link", { name: "AFEV Artois", exact: true }).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it("offers the downloads instead of a drawing when the scope is too large", async () => {
    const message =
      "Ce réseau dépasse ce que la vue interactive affiche (3 000 organisations, 30 000 liens) : téléchargez-le (GEXF, GraphML, CSV) " +
      "ou restreignez le territoire, les types de liens ou la période.";
    const downloadQuery = "territory=32&territoryKind=REGION";
    // The demo data is far too small to exceed the limits: the API's answer is played back.
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; query?: string } | null;
      if (!body?.query?.includes("cooperationGraph")) return route.continue();
      await route.fulfill({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({
          errors: [{
            message,
            path: ["cooperationGraph", "summary"],
            extensions: {
              code: "BAD_USER_INPUT", field: "scope", reason: "SCOPE_TOO_LARGE", limits: { nodes: 3000, edges: 30000 }, downloadQuery,
            },
          }],
          data: null,
        }),
      });
    });

    await page.goto(`${server.url}/reseau?territory=32&territoryKind=REGION`);
    const alert = page.getByRole("alert").filter({ hasText: "trop grand" });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(message);
    const downloads = page.getByRole("region", { name: "Télécharger le réseau" });
    expect(await downloads.getByRole("link", { name: "GEXF 1.2" }).getAttribute("href")).toBe(`/exports/cooperation.gexf?${downloadQuery}`);
    expect(await downloads.getByRole("link", { name: "GEXF 1.3" }).getAttribute("href")).toBe(`/exports/cooperation.gexf?${downloadQuery}&version=1.3`);
    expect(await downloads.getByRole("link", { name: "GraphML" }).getAttribute("href")).toBe(`/exports/cooperation.graphml?${downloadQuery}`);
    expect(await downloads.getByRole("link", { name: "CSV nœuds" }).getAttribute("href")).toBe(`/exports/cooperation-nodes.csv?${downloadQuery}`);
    expect(await downloads.getByRole("link", { name: "CSV liens" }).getAttribute("href")).toBe(`/exports/cooperation-edges.csv?${downloadQuery}`);
    expect(await downloads.getByRole("link", { name: "JSON" }).getAttribute("href")).toBe(`/exports/cooperation.json?${downloadQuery}`);
    // Nothing drawn, no figures.
    expect(await page.getByRole("img", { name: /^Dessin du réseau/ }).count()).toBe(0);
    expect(await figures().count()).toBe(0);
    expect(await page.locator("canvas").count()).toBe(0);
    // The form says the region typed in the address.
    expect(await page.getByLabel("Code du territoire").inputValue()).toBe("32");
    expect(await page.getByLabel("Niveau").inputValue()).toBe("REGION");
    expect(session.pageErrors).toEqual([]);
  });
});

describe("an organisation's page", () => {
  it("the organisation page lists its partners in the cooperation network", async () => {
    const partners = await partnersOf(TOIT_COMMUN);
    expect(partners.length).toBeGreaterThan(5);

    await page.goto(`${server.url}/organisations/${TOIT_COMMUN}`);
    const section = page.getByRole("region", { name: "Partenaires dans le réseau de coopération" });
    const list = section.getByRole("list", { name: `Partenaires de ${TOIT_COMMUN_NAME} dans le réseau de coopération` });
    await list.waitFor();
    const items = list.locator(":scope > li");
    expect(await items.count()).toBe(partners.length);
    // The most tied first, as the API orders them, with the number of ties.
    for (const [index, partner] of partners.entries()) {
      const item = items.nth(index);
      expect(await item.getByRole("link").first().textContent()).toBe(partner.organisation.name);
      expect(await item.getByRole("link").first().getAttribute("href")).toBe(`/organisations/${partner.organisation.id}`);
      expect(spaces(await item.locator(".partner-head").innerText())).toContain(`${partner.weight} lien`);
    }
    // Kinds in French, and where the ties come from.
    const afev = items.filter({ has: page.getByRole("link", { name: "AFEV Artois", exact: true }) });
    expect(await afev.innerText()).toContain("Sociétariat de SCIC");
    // Their co-organised events are demonstration data: no tie on the page.
    const afevTies = partners.find((partner) => partner.organisation.id === "afev-artois")!.ties;
    expect(afevTies.some((tie) => tie.isDemo)).toBe(false);
    expect(await afev.innerText()).not.toContain("Co-organisation d'un événement");
    expect(await afev.innerText()).not.toContain("Démonstration");
    // The tie through the collective says « déduit » when the API says it is inferred.
    const collectiveTie = afevTies.find((tie) => tie.source === "COLLECTIVE" && tie.sourceLabel === "Collectif d'acteurs du Toit Commun")!;
    const viaCollective = afev.getByRole("listitem").filter({ hasText: "Collectif : Collectif d'acteurs du Toit Commun" });
    expect((await viaCollective.innerText()).includes("déduit")).toBe(collectiveTie.certainty === "INFERRED");
    await afev.getByRole("listitem").filter({ hasText: "Maison de l'ESS : Le Toit Commun" }).waitFor();
    expect(await section.innerText()).not.toContain("undefined");

    // Its EPCI's network, one click away.
    const toNetwork = section.getByRole("link", { name: "Voir dans le réseau" });
    expect(await toNetwork.getAttribute("href")).toBe(`/reseau?territory=${LENS_LIEVIN}`);
    await toNetwork.click();
    await page.waitForURL(`${server.url}/reseau?territory=${LENS_LIEVIN}`);
    await expectFigures(await summaryOf({ territory: LENS_LIEVIN }));
    expect(session.pageErrors).toEqual([]);
  });
});

describe("an event's co-organisers", () => {
  it("suggests co-organisers to the lead organisation and adds one as a partner in one click", async () => {
    const EDITION = "mois-ess-2026-cotess-bassin-minier";
    // As the animator sees them: suggestions read only the events the viewer may read.
    const expected = await server.graphql(
      "query ($organisation: ID!, $edition: ID!) { suggestedPartners(organisation: $organisation, edition: $edition, first: 8) { reasons { label } organisation { id name } } }",
      { organisation: TOIT_COMMUN, edition: EDITION },
      { cookie: await server.signIn("animation.cotess@maillage.demo") },
    );
    expect(expected.errors).toBeUndefined();
    const suggested: { reasons: { label: string }[]; organisation: { id: string; name: string } }[] = expected.data.suggestedPartners;
    expect(suggested.length).toBeGreaterThan(0);

    await page.goto(`${server.url}/connexion?retour=${encodeURIComponent(`/planning/${EDITION}/evenements/nouveau`)}`);
    await page.getByLabel("Adresse électronique").fill("animation.cotess@maillage.demo");
    await page.getByLabel("Mot de passe").fill("maillage-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/planning/${EDITION}/evenements/nouveau`);
    await page.getByLabel("Organisation 1", { exact: true }).fill("Toit Commun");
    await page.getByRole("button", { name: /^Le Toit Commun \(SCIC\)/ }).click();
    await page.getByText(`Choisie : ${TOIT_COMMUN_NAME}`).waitFor();

    const list = page.getByRole("list", { name: `Co-organisateurs suggérés pour ${TOIT_COMMUN_NAME}` });
    await list.waitFor();
    const items = list.locator(":scope > li");
    expect(await items.count()).toBe(suggested.length);
    const [first] = suggested;
    expect(await items.first().innerText()).toContain(first.organisation.name);
    expect(await items.first().innerText()).toContain(first.reasons[0].label);

    await items.first().getByRole("button", { name: `Ajouter comme partenaire : ${first.organisation.name}` }).click();
    await page.getByText(`Choisie : ${first.organisation.name}`).waitFor();
    expect(await page.getByLabel("Rôle de l'organisation 2").inputValue()).toBe("PARTNER");
    // Added: no longer proposed.
    expect(await items.count()).toBe(suggested.length - 1);
    expect(session.pageErrors).toEqual([]);
  });
});
