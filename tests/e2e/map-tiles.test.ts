// An operator's background tiles (MAP_TILES_URL) under the maps: fetched
// from their host, which the Content-Security-Policy then allows, and
// credited beside the contours. The tiles come from a server of this test.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { useBrowserSession } from "../support/browser.ts";

// A 1×1 opaque PNG: what a tile is, as far as MapLibre is concerned.
const TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC", "base64");
const requested: string[] = [];
const tiles: Server = createServer((request, response) => {
  requested.push(request.url ?? "");
  if (!/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(request.url ?? "")) {
    response.writeHead(404).end();
    return;
  }
  // MapLibre fetches tiles across origins: the tile server says who may read them, as real ones do.
  response.writeHead(200, { "content-type": "image/png", "access-control-allow-origin": "*" }).end(TILE);
});
await new Promise<void>((resolve) => tiles.listen(0, "127.0.0.1", resolve));
const tileHost = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => tiles.close(() => resolve())));

const session = useBrowserSession({
  server: () => ({ mapTiles: { url: `${tileHost}/tiles/{z}/{x}/{y}.png`, attribution: "© Fonds de carte de test" } }),
});

describe("background tiles", () => {
  it("are drawn under the contours from the operator's host, credited, without a CSP violation", async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/organisations/le-toit-commun-scic`);
    const map = page.locator("[data-map]");
    await expect.poll(() => map.getAttribute("data-state"), { timeout: 15_000 }).toBe("ready");
    expect(requested.filter((url) => url.startsWith("/tiles/")).length).toBeGreaterThan(0);
    const credits = map.locator(".maplibregl-ctrl-attrib");
    await credits.getByText("© Fonds de carte de test").waitFor();
    await credits.getByText("© IGN – ADMIN EXPRESS COG, édition 2018").waitFor();
    const csp = (await page.request.get(`${server.url}/`)).headers()["content-security-policy"];
    expect(csp).toContain(`img-src 'self' data: ${tileHost}`);
    expect(session.pageErrors).toEqual([]);
  });
});
