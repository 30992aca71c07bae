// The public programme in Chromium on 5 December 2026, after the month: it
// still opens on the editions that just ended, narrows to a postal code,
// marks past events, keeps its filters in the address and the visitor's
// territory between visits, and prints without the site's navigation.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const session = useBrowserSession({ now: "2026-12-05T10:00:00+01:00" });
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
});

const PUBLISHED = `(e.status = 'CONFIRMED' OR (e.status = 'CANCELLED' AND e.published_at IS NOT NULL))`;

/** The editions that ended last: what the programme opens on in December. */
async function lastEditions() {
  return server.prisma.$queryRawUnsafe<{ id: string; title: string }[]>(
    `SELECT id, title FROM edition WHERE ends_on = (SELECT max(ends_on) FROM edition) ORDER BY id`,
  );
}

async function publishedTitles(condition: string, editionIds: string[]) {
  const rows = await server.prisma.$queryRawUnsafe<{ id: string; title: string }[]>(
    `SELECT e.id, e.title FROM event e JOIN territory t ON t.id = e.commune_id WHERE ${PUBLISHED} AND e.edition_id = ANY($1::text[]) AND ${condition}`,
    editionIds,
  );
  return rows;
}

const programme = () => page.getByRole("region", { name: "Événements du programme" });
const shownIds = async () =>
  (await programme().locator("h4 a").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))).map((path) =>
    decodeURIComponent(path.replace("/evenements/", "")),
  ).sort();

describe("the programme after the month", () => {
  it("opens on the edition that just ended, its events marked « passé », and narrows to « 62300 »", async () => {
    const editions = await lastEditions();
    expect(editions.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/programme`);
    const scope = page.getByRole("region", { name: "Territoire et édition" });
    for (const edition of editions) await scope.getByText(edition.title).waitFor();
    const all = await publishedTitles("TRUE", editions.map((edition) => edition.id));
    await page.getByRole("status").filter({ hasText: new RegExp(`^${all.length} événements publiés`) }).waitFor();
    const items = programme().getByRole("listitem");
    const shown = await items.count();
    expect(shown).toBe(Math.min(all.length, 20));
    // Every one took place before 5 December.
    expect(await items.filter({ has: page.getByText("passé", { exact: true }) }).count()).toBe(shown);

    await page.getByLabel("Lieu").fill("62300");
    await page.waitForURL(/cp=62300/);
    const lens = await publishedTitles("'62300' = ANY(t.postal_codes)", editions.map((edition) => edition.id));
    expect(lens.length).toBeGreaterThan(0);
    expect(lens.length).toBeLessThan(all.length);
    await page.getByRole("status").filter({ hasText: new RegExp(`^${lens.length} événements? correspond`) }).waitFor();
    await expect.poll(shownIds).toEqual(lens.map((event) => event.id).sort());
    for (const text of await programme().getByRole("listitem").allInnerTexts()) expect(text).toMatch(/\bLens\b/);

    // The address says the search: opened again, the same events.
    const shared = page.url();
    await page.goto(shared);
    await page.getByRole("status").filter({ hasText: new RegExp(`^${lens.length} événements? correspond`) }).waitFor();
    expect(await page.getByLabel("Lieu").inputValue()).toBe("62300");
    expect(session.pageErrors).toEqual([]);
  });

  it("remembers the visitor's territory and offers its printable programme", async () => {
    await page.goto(`${server.url}/programme`);
    await page.getByLabel("Lieu").fill("Lens-Liévin");
    await page.getByRole("list", { name: "Territoires trouvés" }).getByRole("button", { name: /^CA de Lens/ }).click();
    await page.waitForURL(/territoire=EPCI%2F246200364/);
    await page.getByText(/Territoire : CA de Lens/).waitFor();
    const pdf = page.getByRole("link", { name: "Programme imprimable (PDF)" }).first();
    expect(await pdf.getAttribute("href")).toMatch(/^\/exports\/editions\/[^/]+\/programme\.pdf\?epci=246200364$/);
    const response = await page.request.get(`${server.url}${await pdf.getAttribute("href")}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");

    // A bare /programme, another day: the same territory.
    await page.goto(`${server.url}/programme`);
    await page.getByText(/Territoire : CA de Lens/).waitFor();
    expect(page.url()).toContain("territoire=EPCI%2F246200364");
    expect(session.pageErrors).toEqual([]);
  });

  it("prints the events without the site's navigation or the filters", async () => {
    await page.goto(`${server.url}/programme`);
    await programme().getByRole("listitem").first().waitFor();
    const navigation = page.getByRole("navigation", { name: "Rubriques" });
    expect(await navigation.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await navigation.isVisible()).toBe(false);
    expect(await page.getByRole("search", { name: "Filtrer le programme" }).isVisible()).toBe(false);
    expect(await programme().isVisible()).toBe(true);
    // Day headings, then communes, in black.
    const heading = programme().getByRole("heading", { level: 2 }).first();
    expect(await heading.isVisible()).toBe(true);
    expect(await programme().getByRole("heading", { level: 3 }).first().isVisible()).toBe(true);
    const colour = await programme().locator(".when").first().evaluate((element) => getComputedStyle(element).color);
    expect(colour).toBe("rgb(0, 0, 0)");
    await page.emulateMedia({ media: "screen" });
    expect(await navigation.isVisible()).toBe(true);
  });
});
