// Opening next year's Mois de l'ESS in a real Chromium: the animator ticks
// two recurring events of 2026 in « Ouvrir l'édition 2027 », lands on the new
// edition's planning and finds them there as drafts, 52 weeks later.
import type { Page } from "playwright-core";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";

const ANIMATOR = "animation.cotess@maillage.demo";
const EDITION = "mois-ess-2026-cotess-bassin-minier";
const CHOSEN = ["2026-visite-el-fouad-avion", "2026-forum-ess-henin-beaumont"];

// A database of its own: the 2027 edition opened here would show in other files' plannings.
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

/** The day 52 weeks after a Paris wall-clock time's day, by the calendar. */
function dayWeeksLater(local: string): string {
  const date = new Date(`${local.slice(0, 10)}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 52 * 7);
  return date.toISOString().slice(0, 10);
}

describe("opening next year's edition", () => {
  it("an animator opens 2027 copying two events and sees them as drafts in its planning", async () => {
    const sources = await server.prisma.event.findMany({
      where: { id: { in: CHOSEN } }, include: { sessions: true }, orderBy: { id: "asc" },
    });
    expect(sources).toHaveLength(2);

    await page.goto(`${server.url}/connexion?retour=${encodeURIComponent(`/planning/${EDITION}`)}`);
    await page.getByLabel("Adresse électronique").fill(ANIMATOR);
    await page.getByLabel("Mot de passe").fill("maillage-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();

    await page.getByRole("link", { name: "Ouvrir l'édition 2027" }).click();
    await page.waitForURL(`${server.url}/planning/${EDITION}/edition-suivante`);
    await page.getByRole("heading", { level: 2, name: "Ouvrir l'édition 2027" }).waitFor();
    const form = page.getByRole("group", { name: "Reconduire ces événements en brouillon" });
    for (const source of sources) {
      // By keyboard, as anyone who does not use a mouse would.
      const box = form.getByRole("checkbox", { name: new RegExp(`^${source.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
      await box.focus();
      await page.keyboard.press("Space");
      expect(await box.isChecked()).toBe(true);
    }
    await page.getByText("2 événements cochés").waitFor();
    await page.getByRole("button", { name: "Ouvrir l'édition 2027" }).click();

    await page.waitForURL((url) => url.pathname !== `/planning/${EDITION}/edition-suivante`);
    const opened = await server.prisma.edition.findFirstOrThrow({ where: { year: 2027, cotessId: "cotess-bassin-minier" } });
    expect(new URL(page.url()).pathname).toBe(`/planning/${opened.id}`);
    await page.getByRole("status").getByText("Édition 2027 ouverte : 2 événements reconduits en brouillon.").waitFor();
    await page.getByRole("heading", { level: 1, name: opened.title }).waitFor();
    expect(opened.title).toContain("2027");

    for (const source of sources) {
      const day = dayWeeksLater(source.sessions[0].startsAt.toISOString());
      const link = page.locator(`td[data-day="${day}"]`).getByRole("link", { name: new RegExp(`${source.title.slice(0, 20)}.*brouillon`) });
      await link.waitFor();
    }
    const copies = await server.prisma.event.findMany({ where: { editionId: opened.id } });
    expect(copies.map((copy) => [copy.title, copy.status]).sort()).toEqual(sources.map((source) => [source.title, "DRAFT"]).sort());

    // The former edition now leads to the new one rather than offering to open it again.
    await page.goto(`${server.url}/planning/${EDITION}`);
    await page.getByRole("link", { name: "Voir l'édition 2027" }).waitFor();
    expect(await page.getByRole("link", { name: "Ouvrir l'édition 2027" }).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
