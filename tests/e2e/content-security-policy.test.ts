// Every page of the web app under the server's Content-Security-Policy, in a
// real Chromium: no violation (a blocked script, style, worker, image or
// request), no console error. sigma.js draws the network with WebGL, the
// planning's event form opens, and a canary first proves that the policy is
// enforced and that a violation would be seen.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const EDITION = "mois-ess-2026-cotess-bassin-minier";
const EVENT = "2026-forum-ouverture-toit-commun";
const ANIMATOR = "animation.cotess@maillage.demo";

const session = useBrowserSession();
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
});

/** Opens a page and waits until it has shown its record or list and stopped loading. */
async function visit(path: string) {
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.headers()["content-security-policy"], path).toMatch(/default-src 'self'/);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.waitForLoadState("networkidle");
  // Nothing still loading.
  await page.getByText(/^Chargement/).first().waitFor({ state: "detached" }).catch(() => undefined);
}

describe("the Content-Security-Policy", () => {
  it("is enforced: an inline script and a style attribute set by markup are blocked, and seen", async () => {
    await visit("/territoires");
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true;";
      document.head.append(script);
      const div = document.createElement("div");
      div.setAttribute("style", "color: red");
      document.body.append(div);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => session.pageErrors.filter((error) => error.startsWith("CSP violation")).length).toBeGreaterThanOrEqual(2);
    expect(session.pageErrors.join("\n")).toMatch(/script-src/);
    expect(session.pageErrors.join("\n")).toMatch(/style-src/);
  });

  it.each([
    "/territoires",
    "/territoires/EPCI/246200364",
    "/territoires/COMMUNE/62498",
    "/organisations",
    "/organisations/le-toit-commun-scic",
    "/collectifs",
    "/collectifs/mutualisation-addse-ehpad-saint-antoine",
    "/cotess",
    "/cotess/cotess-bassin-minier",
    "/maisons",
    "/maisons/le-toit-commun",
    "/programme",
    `/evenements/${EVENT}`,
    "/integrer",
    "/sources",
    "/sources/referentiel-cooperation-pas-de-calais",
    "/connexion",
    "/compte/mot-de-passe-oublie",
    // A link's token after « # »: unknown here, the page says so.
    "/compte/invitation#jeton-inconnu",
    "/compte/mot-de-passe#jeton-inconnu",
    "/une-page-qui-n-existe-pas",
  ])("%s: no violation, no console error", async (path) => {
    await visit(path);
    // An address of nothing is answered 404, which Chromium logs; nothing else may be.
    const expected = path === "/une-page-qui-n-existe-pas" ? ["Failed to load resource: the server responded with a status of 404 (Not Found)"] : [];
    expect(session.pageErrors).toEqual(expected);
  });

  it("/reseau: sigma.js draws the network (WebGL) and the ForceAtlas2 layout runs, without a violation", async () => {
    await visit("/reseau?territory=246200364");
    await page.getByRole("status").filter({ hasText: "dans ce périmètre." }).waitFor();
    const drawing = page.getByRole("img", { name: /^Dessin du réseau : / });
    await drawing.locator("canvas").first().waitFor({ state: "attached" });
    // The layout has placed the nodes: the canvas is drawn on.
    await page.waitForTimeout(500);
    expect(await drawing.locator("canvas").count()).toBeGreaterThan(0);
    // A node opened from the search, drawn highlighted.
    await page.getByRole("searchbox", { name: "Chercher une organisation" }).fill("toit commun");
    await page.getByRole("list", { name: "Organisations trouvées" }).getByRole("button", { name: "Le Toit Commun (SCIC)" }).click();
    await page.getByRole("complementary", { name: "Le Toit Commun (SCIC)" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(session.pageErrors).toEqual([]);
  });

  it("/compte and /administration, signed in, without a violation", async () => {
    await page.goto(`${server.url}/connexion?retour=%2Fcompte`);
    await page.getByLabel("Adresse électronique").fill(ANIMATOR);
    await page.getByLabel("Mot de passe", { exact: true }).fill("maillage-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/compte`);
    await visit("/compte");
    await page.getByText("· cette session").waitFor();
    await visit("/administration");
    await page.getByRole("heading", { name: "Personnes" }).waitFor();
    // The invitation form's pickers: an organisation, a territory named as its code is typed.
    await page.getByLabel("Organisation", { exact: true }).fill("Toit Commun");
    await page.getByRole("button", { name: /^Le Toit Commun \(SCIC\)/ }).first().waitFor();
    await page.getByLabel("Agent d'une collectivité").check();
    await page.getByLabel("Code du territoire").fill("246200364");
    await page.getByText(/^Territoire : /).waitFor();
    await page.waitForLoadState("networkidle");
    expect(session.pageErrors).toEqual([]);
  });

  it("/planning: every view of an edition and the event form, signed in, without a violation", async () => {
    await page.goto(`${server.url}/connexion`);
    await page.getByLabel("Adresse électronique").fill(ANIMATOR);
    await page.getByLabel("Mot de passe").fill("maillage-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/planning`);
    for (const view of ["", "/par-epci", "/conflits", "/angles-morts", "/bilan", "/agendas", "/evenements/nouveau", `/evenements/${EVENT}`]) {
      await visit(`/planning/${EDITION}${view}`);
    }
    // The event form: its fields, the co-organiser picker and its suggestions.
    await page.getByLabel("Titre").fill("Essai sous CSP");
    await page.getByLabel("Organisation 1", { exact: true }).fill("Toit Commun");
    await page.getByRole("button", { name: /^Le Toit Commun \(SCIC\)/ }).first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(session.pageErrors).toEqual([]);
  });
});
