// /planning on a December day, the month just over: the animator still finds
// the edition they animate (said ended) and its bilan, in a real Chromium
// against a server and a browser both living on 5 December 2026.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const EDITION = "mois-ess-2026-cotess-bassin-minier";
const ANIMATOR = "animation.cotess@maillage.demo";

const session = useBrowserSession({ now: "2026-12-05T10:00:00+01:00" });
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
});

describe("the planning after the month", () => {
  it("shows the COTESS animator last month's edition as ended, among those they animate, and opens its bilan", async () => {
    await page.goto(`${server.url}/connexion`);
    await page.getByLabel("Adresse électronique").fill(ANIMATOR);
    await page.getByLabel("Mot de passe").fill("maillage-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/planning`);
    expect(await page.evaluate(() => new Date().toISOString())).toBe("2026-12-05T09:00:00.000Z");

    const mine = page.getByRole("region", { name: "Éditions que vous animez" });
    const edition = mine.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Mois de l'ESS 2026 — bassin minier/ }) });
    await edition.waitFor();
    expect(await edition.innerText()).toContain("Terminée");
    expect(await mine.innerText()).not.toContain("Vous n'animez aucune édition");
    // The 2025 edition ended more than a year ago: among the past ones.
    const past = page.getByRole("region", { name: "Éditions passées" });
    await past.getByRole("link", { name: /^Mois de l'ESS 2025 — bassin minier/ }).waitFor();
    expect(await mine.getByRole("link", { name: /^Mois de l'ESS 2025/ }).count()).toBe(0);
    // Nothing else is in progress or upcoming on 5 December.
    expect(await page.getByRole("region", { name: "Autres éditions en cours ou à venir" }).count()).toBe(0);

    await edition.getByRole("link").click();
    await page.waitForURL(`${server.url}/planning/${EDITION}`);
    await page.getByRole("link", { name: "Bilan" }).click();
    await page.waitForURL(`${server.url}/planning/${EDITION}/bilan`);
    const confirmed = await server.prisma.event.count({ where: { editionId: EDITION, status: "CONFIRMED" } });
    expect(confirmed).toBeGreaterThan(0);
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Événements confirmés", exact: true }) });
    await row.waitFor();
    expect((await row.getByRole("cell").first().innerText()).replace(/\s/g, "")).toBe(String(confirmed));
    await page.getByRole("columnheader", { name: "2025" }).first().waitFor();
    expect(session.pageErrors).toEqual([]);
  });
});
