// The maps of the web app in Chromium (WebGL through SwiftShader): each draws
// the territories and figures the API gives for the same page, read back from
// MapLibre (queryRenderedFeatures, through the map the component leaves on
// its element); its markers are buttons the keyboard reaches; its lists stay
// beside it; nothing breaks the Content-Security-Policy. The programme's
// national and département views are weighed: bytes on the wire, compressed.
import { get } from "node:http";
import type { CDPSession, Page, Request } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";
import { securityHeaders, tileOrigin } from "../../server/app/web-headers.ts";

const EDITION = "mois-ess-2026-cotess-bassin-minier";
const ANIMATOR = "animation.cotess@maillage.demo";
const LENS_LIEVIN = "246200364";
const LENS = "62498";

const session = useBrowserSession();
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
});

/** A GraphQL answer as the page's own session gets it. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      return response.json();
    },
    { query, variables },
  );
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data as T;
}

interface Drawn {
  code: string;
  class?: string;
  organisations?: number;
  events?: number;
}

/** The areas a map has drawn (one row per territory), once it has drawn what it was given. */
async function drawnAreas(map = page.locator("[data-map]").first()): Promise<Drawn[]> {
  await map.locator(".maplibregl-canvas").waitFor();
  await expect.poll(() => map.getAttribute("data-state"), { timeout: 15_000 }).toBe("ready");
  const rows = await map.evaluate((element) => {
    const instance = (element as HTMLElement & { maillageMap: { queryRenderedFeatures(options: unknown): { properties: Record<string, unknown> }[] } }).maillageMap;
    return instance.queryRenderedFeatures({ layers: ["areas-fill", "areas-hatch"] }).map((feature) => feature.properties);
  });
  const byCode = new Map(rows.map((row) => [String(row.code), { ...row, code: String(row.code) } as Drawn]));
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

async function signIn(email: string, back: string) {
  await page.goto(`${server.url}/connexion?retour=${encodeURIComponent(back)}`);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("maillage-demo");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(`${server.url}${back}`);
}

/** The compressed size of an answer, asked as Chromium asks it (brotli or gzip). */
function compressedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip, deflate, br" } }, (response) => {
      let size = 0;
      response.on("data", (chunk: Buffer) => (size += chunk.length));
      response.on("end", () => resolve(size));
      response.on("error", reject);
    }).on("error", reject);
  });
}

/**
 * Bytes on the wire (compressed, headers included) of every request of a
 * page's visit, by address. The page's own requests come from the DevTools
 * protocol; MapLibre's worker fetches its script in a target of its own,
 * which the page's session does not see: its compressed size is asked again.
 */
async function weigh(cdp: CDPSession, visit: () => Promise<void>) {
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  const workers: string[] = [];
  const onResponse = (event: { requestId: string; response: { url: string } }) => urls.set(event.requestId, event.response.url);
  const onFinished = (event: { requestId: string; encodedDataLength: number }) => bytes.set(event.requestId, event.encodedDataLength);
  const onRequest = (request: Request) => {
    if (/maplibre-gl-worker/.test(request.url())) workers.push(request.url());
  };
  cdp.on("Network.responseReceived", onResponse);
  cdp.on("Network.loadingFinished", onFinished);
  page.on("request", onRequest);
  await visit();
  cdp.off("Network.responseReceived", onResponse);
  cdp.off("Network.loadingFinished", onFinished);
  page.off("request", onRequest);
  const seen = [...bytes].map(([id, size]) => ({ url: new URL(urls.get(id) ?? "about:blank"), size }));
  for (const worker of new Set(workers)) {
    if (!seen.some(({ url }) => url.href === worker)) seen.push({ url: new URL(worker), size: await compressedSize(worker) });
  }
  return seen;
}

describe("the blind spots' map", () => {
  it("colours the scope's EPCI and communes by events per 10 000 inhabitants, those without any hatched, as the API counts them", async () => {
    await signIn(ANIMATOR, `/planning/${EDITION}/angles-morts`);
    const view = page.getByRole("region", { name: "Carte des zones blanches", exact: true });
    await view.waitFor();
    const spots = (await graphql<{ edition: { blindSpotsGeoJsonPath: string; blindSpots: { epci: Coverage[]; communes: Coverage[] } } }>(
      `query ($id: ID!) { edition(id: $id) { blindSpotsGeoJsonPath blindSpots {
        epci { territory { code } events population }
        communes { territory { code } events population } } } }`,
      { id: EDITION },
    )).edition;
    type Coverage = { territory: { code: string }; events: number; population: number };

    const expectFigures = (drawn: Drawn[], coverage: Coverage[]) => {
      expect(drawn.map((row) => row.code)).toEqual(coverage.map((row) => row.territory.code).sort());
      const events = new Map(coverage.map((row) => [row.territory.code, row.events]));
      for (const row of drawn) {
        expect(row.events, row.code).toBe(events.get(row.code));
        // Hatched exactly when the API counts no event; a class of the legend otherwise.
        expect(row.class, row.code).toEqual(events.get(row.code) === 0 ? "none" : expect.stringMatching(/^c[1-4]$/));
      }
      return drawn;
    };

    // The contours come after the figures: drawn once both are there.
    await expect.poll(async () => (await drawnAreas(view.locator("[data-map]"))).length, { timeout: 15_000 }).toBe(spots.blindSpots.epci.length);
    const epci = expectFigures(await drawnAreas(view.locator("[data-map]")), spots.blindSpots.epci);
    expect(epci.length).toBeGreaterThan(1);
    // Darker means more events per inhabitant: the classes follow the rates.
    const rate = (row: Coverage) => row.events / row.population;
    const ranked = spots.blindSpots.epci.filter((row) => row.events > 0).sort((a, b) => rate(a) - rate(b));
    const classOfCode = new Map(epci.map((row) => [row.code, Number(row.class?.slice(1))]));
    for (let index = 1; index < ranked.length; index += 1) {
      expect(classOfCode.get(ranked[index].territory.code)).toBeGreaterThanOrEqual(classOfCode.get(ranked[index - 1].territory.code)!);
    }

    await view.getByLabel("Par commune").check();
    await expect.poll(async () => (await drawnAreas(view.locator("[data-map]"))).length, { timeout: 15_000 }).toBe(spots.blindSpots.communes.length);
    const communes = expectFigures(await drawnAreas(view.locator("[data-map]")), spots.blindSpots.communes);
    expect(communes.some((row) => row.class === "none")).toBe(true);

    // Its legend, its description and its keyboard; the tables stay as its text alternative.
    await view.getByText("Aucun événement", { exact: true }).waitFor();
    const canvas = view.locator(".maplibregl-canvas");
    expect(await canvas.getAttribute("tabindex")).toBe("0");
    expect(await canvas.getAttribute("aria-label")).toMatch(/^Carte des zones blanches/);
    const described = await canvas.getAttribute("aria-describedby");
    expect(await page.locator(`#${described}`).textContent()).toMatch(/sans aucun événement/);
    await page.getByRole("table", { name: /Événements par EPCI/ }).waitFor();
    await page.getByRole("table", { name: /Communes sans événement/ }).waitFor();
    // © IGN, always.
    await view.locator(".maplibregl-ctrl-attrib").getByText("© IGN – ADMIN EXPRESS COG, édition 2018").waitFor();

    const download = page.getByRole("link", { name: "Télécharger les zones blanches (GeoJSON)" });
    expect(await download.getAttribute("href")).toBe(spots.blindSpotsGeoJsonPath);
    expect(session.pageErrors).toEqual([]);
  });
});

describe("the blind spots' map of a département's edition", () => {
  it("draws every EPCI and commune of the Pas-de-Calais edition, as many as the API counts, from the edition's own scope", async () => {
    const edition = "mois-ess-2026-pas-de-calais";
    const layers: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/maps/shapes.topojson")) layers.push(decodeURIComponent(new URL(request.url()).search));
    });
    await signIn("cress@maillage.demo", `/planning/${edition}/angles-morts`);
    const view = page.getByRole("region", { name: "Carte des zones blanches", exact: true });
    await view.waitFor();
    const spots = (await graphql<{ edition: { blindSpots: { epci: { territory: { code: string } }[]; communes: { territory: { code: string } }[] } } }>(
      `query ($id: ID!) { edition(id: $id) { blindSpots { epci { territory { code } } communes { territory { code } } } } }`,
      { id: edition },
    )).edition.blindSpots;
    expect(spots.epci.length).toBeGreaterThan(10);
    const map = view.locator("[data-map]");
    await expect.poll(async () => (await drawnAreas(map)).map((row) => row.code).join(), { timeout: 15_000 })
      .toBe(spots.epci.map((row) => row.territory.code).sort().join());
    await view.getByLabel("Par commune").check();
    await expect.poll(async () => (await drawnAreas(map)).length, { timeout: 15_000 }).toBe(spots.communes.length);
    // Asked within the scope (one département), not EPCI by EPCI: a région's edition holds more EPCI than a layer names at once.
    expect(layers).toEqual(["?kind=EPCI&within=DEPARTEMENT:62", "?kind=COMMUNE&within=DEPARTEMENT:62"]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe("the programme's map", () => {
  type Located = { events: { totalCount: number; edges: { node: { commune: { code: string; centroid: unknown } } }[] } };

  /** The communes (with a centroid) of the programme's published events for a scope, counted. */
  async function programmeCommunes(territory: { kind: string; code: string } | null) {
    const opening = await graphql<{ programmeEditions: { id: string }[] }>(
      `query ($territory: String, $kind: TerritoryKind) { programmeEditions(territory: $territory, territoryKind: $kind) { id } }`,
      { territory: territory?.code ?? null, kind: territory?.kind ?? null },
    );
    const located = await graphql<Located>(
      `query ($filter: EventFilter) { events(filter: $filter, first: 100) { totalCount edges { node { commune { code centroid { longitude } } } } } }`,
      {
        filter: {
          published: true,
          editions: opening.programmeEditions.map((edition) => edition.id),
          ...(territory ? { territory: territory.code, territoryKind: territory.kind } : {}),
        },
      },
    );
    expect(located.events.totalCount).toBeLessThanOrEqual(100);
    const counts = new Map<string, number>();
    for (const { node } of located.events.edges) if (node.commune.centroid) counts.set(node.commune.code, (counts.get(node.commune.code) ?? 0) + 1);
    return counts;
  }

  const markerCounts = async () =>
    page.locator("[data-map] .map-marker").evaluateAll((buttons) => buttons.map((button) => ({ label: button.getAttribute("aria-label") ?? "", count: Number(button.textContent) })));

  it("counts the events of each commune in bubbles, as the list does, and narrows the list to a commune activated with the keyboard", async () => {
    await page.goto(`${server.url}/programme?territoire=DEPARTEMENT/62`);
    const map = page.locator("[data-map]");
    await drawnAreas(map);
    const expected = await programmeCommunes({ kind: "DEPARTEMENT", code: "62" });
    const total = [...expected.values()].reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(0);
    // Every event is in exactly one bubble.
    await expect.poll(async () => (await markerCounts()).reduce((sum, marker) => sum + marker.count, 0), { timeout: 10_000 }).toBe(total);
    // The status above the list says the same number.
    await page.getByRole("status").filter({ hasText: new RegExp(`^${total} événements? publiés?`) }).waitFor();
    // The département's EPCI are drawn around them (their layer may come after the bubbles).
    await expect.poll(async () => (await drawnAreas(map)).length, { timeout: 15_000 }).toBeGreaterThan(5);

    // Tab from the map reaches its bubbles; Enter on a bubble of several communes zooms in, until Lens has its own.
    await map.locator(".maplibregl-canvas").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("map-marker"))).toBe(true);
    for (let step = 0; step < 8; step += 1) {
      const lens = page.locator("[data-map] .map-marker", { hasText: /./ }).and(page.locator('[aria-label^="Lens :"]'));
      if (await lens.count()) break;
      const cluster = page.locator('[data-map] .map-marker[aria-label*="communes : zoomer"]').first();
      await cluster.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => map.getAttribute("data-state")).toBe("ready");
      await page.waitForTimeout(600);
      // The focus stays on the map's markers, not back at the top of the page.
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("[data-map]")))).toBe(true);
    }
    const lens = page.locator('[data-map] .map-marker[aria-label^="Lens :"]');
    expect(Number(await lens.textContent())).toBe(expected.get(LENS));
    await lens.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/territoire=COMMUNE%2F62498|territoire=COMMUNE\/62498/);
    await page.getByRole("status").filter({ hasText: new RegExp(`^${expected.get(LENS)} événements? publiés?`) }).waitFor();
    const communes = await page.getByRole("region", { name: "Événements du programme" }).locator("h3.commune").allTextContents();
    expect(new Set(communes)).toEqual(new Set(["Lens"]));
    // The map stayed (framing Lens now), and so did the focus, on Lens's marker.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).toMatch(/^Lens :/);
    expect(session.pageErrors).toEqual([]);
  });

  it("takes the map from a commune of the list to its marker, focused", async () => {
    await page.goto(`${server.url}/programme?territoire=DEPARTEMENT/62`);
    const map = page.locator("[data-map]");
    await drawnAreas(map);
    const expected = await programmeCommunes({ kind: "DEPARTEMENT", code: "62" });
    // Nationally framed on the département, Lens's events are in a bubble with its neighbours'.
    await expect.poll(async () => (await markerCounts()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const zoomOf = () => map.evaluate((element) => (element as HTMLElement & { maillageMap: { getZoom(): number } }).maillageMap.getZoom());
    const before = await zoomOf();
    await page.getByRole("button", { name: "Voir Lens sur la carte" }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? ""), { timeout: 10_000 }).toMatch(/^Lens :/);
    expect(await zoomOf()).toBeGreaterThan(before);
    expect(Number(await page.locator('[data-map] .map-marker[aria-label^="Lens :"]').textContent())).toBe(expected.get(LENS));
    expect(session.pageErrors).toEqual([]);
  });

  it("stays light: the national view and a département's, weighed", async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const base = await weigh(cdp, async () => {
      await page.goto(`${server.url}/organisations`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
    });
    const baseAssets = new Set(base.filter(({ url }) => url.pathname.startsWith("/assets/") || url.pathname === "/").map(({ url }) => url.pathname));

    const visit = (path: string) => weigh(cdp, async () => {
      await page.goto(`${server.url}${path}`);
      await drawnAreas();
      await page.waitForLoadState("networkidle");
    });
    const figures = (requests: Awaited<ReturnType<typeof weigh>>) => {
      const sum = (keep: (url: URL) => boolean) => requests.filter(({ url }) => keep(url)).reduce((total, { size }) => total + size, 0);
      const mapCode = sum((url) => url.pathname.startsWith("/assets/") && !baseAssets.has(url.pathname));
      const contours = sum((url) => url.pathname === "/maps/shapes.topojson");
      const graphqlBytes = sum((url) => url.pathname === "/graphql");
      const app = sum((url) => baseAssets.has(url.pathname) || url.pathname === "/programme");
      return { mapCode, contours, graphql: graphqlBytes, app, total: sum(() => true) };
    };
    const national = figures(await visit("/programme?territoire="));
    const departement = figures(await visit("/programme?territoire=DEPARTEMENT/62"));
    const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    for (const [name, figure] of [["national", national], ["Pas-de-Calais (62)", departement]] as const) {
      console.log(
        `programme map, ${name}: MapLibre + map code ${kB(figure.mapCode)}, contours ${kB(figure.contours)}, GraphQL ${kB(figure.graphql)}, ` +
          `app ${kB(figure.app)}, total ${kB(figure.total)} (compressed, on the wire)`,
      );
    }
    // Budget, beyond the app every page loads: 500 kB for MapLibre's script,
    // stylesheet and worker (about 440 kB brotli, the floor of any MapLibre
    // map, cached after the first one) plus the map's own code and the
    // national contours: what is left (about 60 kB) keeps the national layer
    // coarse, and a heavier layer or library fails here.
    expect(national.mapCode + national.contours).toBeLessThan(500 * 1024);
    // Nationally only the regions are drawn: their contours stay small.
    expect(national.contours).toBeLessThan(60 * 1024);
    expect(departement.mapCode + departement.contours).toBeLessThan(600 * 1024);
    expect(session.pageErrors).toEqual([]);
  });
});

describe("a territory's map", () => {
  it("draws the EPCI's communes coloured by their organisations, as the ESS profile counts them, and links its contours", async () => {
    await page.goto(`${server.url}/territoires/EPCI/${LENS_LIEVIN}`);
    const panel = page.getByRole("region", { name: "Carte", exact: true });
    await panel.waitFor();
    const answer = await graphql<{
      territory: { contourPath: string; communesContourPath: string; communes: { totalCount: number; edges: { node: { code: string } }[] }; essProfile: { byCommune: { commune: { code: string }; organisations: number }[] } };
    }>(
      `query ($code: String!) { territory(code: $code, kind: EPCI) { contourPath communesContourPath
        communes(first: 100) { totalCount edges { node { code } } }
        essProfile { byCommune { commune { code } organisations } } } }`,
      { code: LENS_LIEVIN },
    );
    const drawn = await drawnAreas(panel.locator("[data-map]"));
    expect(drawn.map((row) => row.code)).toEqual(answer.territory.communes.edges.map((edge) => edge.node.code).sort());
    expect(drawn.length).toBe(answer.territory.communes.totalCount);
    const organisations = new Map(answer.territory.essProfile.byCommune.map((row) => [row.commune.code, row.organisations]));
    expect([...organisations.values()].some((count) => count > 0)).toBe(true);
    for (const row of drawn) {
      expect(row.organisations, row.code).toBe(organisations.get(row.code) ?? 0);
      expect(row.class, row.code).toEqual((organisations.get(row.code) ?? 0) === 0 ? "none" : expect.stringMatching(/^c[1-4]$/));
    }
    // Its outline: the EPCI itself.
    const outlined = await panel.locator("[data-map]").evaluate((element) =>
      (element as HTMLElement & { maillageMap: { queryRenderedFeatures(options: unknown): { properties: { code: string } }[] } }).maillageMap
        .queryRenderedFeatures({ layers: ["outline-line"] }).map((feature) => feature.properties.code),
    );
    expect(new Set(outlined)).toEqual(new Set([LENS_LIEVIN]));

    expect(await page.getByRole("link", { name: "Télécharger les contours (GeoJSON)" }).getAttribute("href")).toBe(answer.territory.contourPath);
    expect(await page.getByRole("link", { name: /contours de ses communes/ }).getAttribute("href")).toBe(answer.territory.communesContourPath);
    const geojson = await page.evaluate(async (path) => (await fetch(path)).json(), answer.territory.contourPath);
    expect(geojson.type).toMatch(/Feature/);
    expect(session.pageErrors).toEqual([]);
  });
});

describe("a région's map and a territory's neighbours", () => {
  it("colours the Hauts-de-France's EPCI by the organisations of their communes, as the profile counts them", async () => {
    await page.goto(`${server.url}/territoires/REGION/32`);
    const panel = page.getByRole("region", { name: "Carte", exact: true });
    await panel.waitFor();
    const answer = await graphql<{ territory: { essProfile: { byCommune: { commune: { epci: { code: string } | null }; organisations: number }[] } } }>(
      `{ territory(code: "32", kind: REGION) { essProfile { byCommune { organisations commune { epci { code } } } } } }`,
    );
    const expected = new Map<string, number>();
    for (const row of answer.territory.essProfile.byCommune) {
      if (row.commune.epci) expected.set(row.commune.epci.code, (expected.get(row.commune.epci.code) ?? 0) + row.organisations);
    }
    const drawn = await drawnAreas(panel.locator("[data-map]"));
    // Every EPCI of the région (its 5 départements hold about 90) is drawn, its count the sum of its communes'.
    expect(drawn.length).toBeGreaterThan(80);
    for (const [code, organisations] of expected) {
      expect(drawn.find((row) => row.code === code)?.organisations, code).toBe(organisations);
    }
    expect(drawn.filter((row) => !expected.has(row.code)).every((row) => row.organisations === 0 && row.class === "none")).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it("lists the territories sharing a border with it, as the API gives them", async () => {
    await page.goto(`${server.url}/territoires/EPCI/${LENS_LIEVIN}`);
    const section = page.getByRole("region", { name: "EPCI voisins" });
    await section.waitFor();
    const answer = await graphql<{ territory: { neighbours: { name: string }[] } }>(`{ territory(code: "${LENS_LIEVIN}") { neighbours { name } } }`);
    expect(await section.getByRole("link").allTextContents()).toEqual(answer.territory.neighbours.map((neighbour) => neighbour.name));
    expect(await section.getByRole("link").allTextContents()).toContain("CA d'Hénin-Carvin");
  });
});

describe("the place of an organisation and of a Maison de l'ESS", () => {
  it.each([
    ["/organisations/le-toit-commun-scic", /^Le Toit Commun/],
    ["/maisons/le-toit-commun", /^Le Toit Commun/],
  ])("%s: its commune's outline and a pin at its centroid, reached with the keyboard", async (path, name) => {
    await page.goto(`${server.url}${path}`);
    const map = page.locator("[data-map]");
    const drawn = await drawnAreas(map);
    expect(drawn.map((row) => row.code)).toEqual([LENS]);
    const pin = map.getByRole("button", { name: /, à Lens \(centre de la commune\)/ });
    expect(await pin.getAttribute("aria-label")).toMatch(name);
    const centroid = (await graphql<{ territory: { centroid: { longitude: number; latitude: number } } }>(
      `{ territory(code: "${LENS}", kind: COMMUNE) { centroid { longitude latitude } } }`,
    )).territory.centroid;
    const placed = await map.evaluate((element, [longitude, latitude]) => {
      const instance = (element as HTMLElement & { maillageMap: { project(point: [number, number]): { x: number; y: number } } }).maillageMap;
      return instance.project([longitude, latitude]);
    }, [centroid.longitude, centroid.latitude] as [number, number]);
    const box = (await pin.boundingBox())!;
    const frame = (await map.boundingBox())!;
    // The pin's point (bottom centre) is on the centroid.
    expect(Math.abs(frame.x + placed.x - (box.x + box.width / 2))).toBeLessThan(3);
    expect(Math.abs(frame.y + placed.y - (box.y + box.height))).toBeLessThan(3);
    await map.locator(".maplibregl-canvas").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(await pin.getAttribute("aria-label"));
    expect(session.pageErrors).toEqual([]);
  });
});

describe("an organisation whose commune is unknown", () => {
  it("is drawn in the EPCI the documents place it in, without a pin", async () => {
    await page.goto(`${server.url}/organisations/cliss-xxi`);
    const answer = await graphql<{ organisation: { commune: unknown; location: { code: string; kind: string } } }>(
      `{ organisation(id: "cliss-xxi") { commune { code } location { code kind } } }`,
    );
    expect(answer.organisation.commune).toBeNull();
    const map = page.locator("[data-map]");
    const drawn = await drawnAreas(map);
    expect(drawn.map((row) => row.code)).toEqual([answer.organisation.location.code]);
    expect(await map.locator(".map-marker").count()).toBe(0);
    await page.getByText(/sa commune n'étant pas connue/).waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});

describe("the Content-Security-Policy of the maps", () => {
  it("lets the maps reach the background tiles' host, and only when tiles are configured", () => {
    const policyOf = (tiles?: string) => {
      const headers = new Map<string, string>();
      const response = { setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value), removeHeader() {}, getHeader() {} };
      securityHeaders(tiles)({} as never, response as never, () => undefined);
      return headers.get("content-security-policy") ?? "";
    };
    expect(tileOrigin("https://tiles.example.org/osm/{z}/{x}/{y}.png")).toBe("https://tiles.example.org");
    const withTiles = policyOf("https://tiles.example.org/osm/{z}/{x}/{y}.png");
    expect(withTiles).toMatch(/img-src 'self' data: https:\/\/tiles\.example\.org;/);
    expect(withTiles).toMatch(/connect-src 'self' https:\/\/tiles\.example\.org;/);
    expect(withTiles).toMatch(/worker-src 'self';/);
    const without = policyOf();
    expect(without).not.toMatch(/example/);
    expect(without).not.toMatch(/blob:/);
  });
});
