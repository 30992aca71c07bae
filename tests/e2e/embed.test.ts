// The programme on a partner's site, in a real Chromium: the snippet built on
// /integrer, pasted into a page served by another origin (a second HTTP
// server on another port), inserts the frame, which lists the filtered
// events and takes the height of its content; a page of the site itself
// refuses to be framed there.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { publishedEvent } from "../../server/events/event.status.ts";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const EDITION = "mois-ess-2026-cotess-bassin-minier";
const EPCI = "246200364";

const session = useBrowserSession();
let server: TestServer;
let page: Page;

// The partner's site: whatever page the test gives it, at its own origin.
let hostPage = "";
let host: Server;
let hostUrl: string;

beforeAll(async () => {
  host = createServer((_request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

beforeEach(() => {
  server = session.server;
  page = session.page;
});

/** The titles of the published events of the edition located in the EPCI, from the database. */
async function expectedTitles(): Promise<string[]> {
  const rows = await server.prisma.$queryRaw<{ title: string }[]>`
    SELECT e.title FROM event e
     WHERE e.edition_id = ${EDITION} AND ${publishedEvent()}
       AND e.commune_id IN (SELECT i.descendant_id FROM territory_inclusion i JOIN territory t ON t.id = i.ancestor_id
                             WHERE t.kind = 'EPCI' AND t.code = ${EPCI})
       AND EXISTS (SELECT 1 FROM event_session s WHERE s.event_id = e.id)
     ORDER BY e.title`;
  return rows.map((row) => row.title);
}

async function programmeFrame(): Promise<Frame> {
  const element = await page.waitForSelector("iframe.maillage-programme");
  const frame = await element.contentFrame();
  if (!frame) throw new Error("no frame");
  await frame.waitForSelector("h1");
  return frame;
}

describe("the programme on another site", () => {
  it("builds the snippet on /integrer, and the snippet shows the filtered programme sized to its content", async () => {
    const titles = await expectedTitles();
    expect(titles.length).toBeGreaterThan(1);

    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.goto(`${server.url}/integrer`);
    await page.getByRole("heading", { level: 1, name: "Intégrer le programme sur votre site" }).waitFor();
    await page.getByLabel(/^Territoire/).fill(EPCI);
    await page.getByLabel("Édition").selectOption(EDITION);
    const snippet = page.getByRole("textbox", { name: "Code à copier" });
    await expect.poll(() => snippet.inputValue()).toContain(`data-edition="${EDITION}"`);
    const code = await snippet.inputValue();
    expect(code).toBe(`<script src="${server.url}/integrer/widget.js" data-territoire="${EPCI}" data-edition="${EDITION}" async></script>`);
    await page.getByRole("button", { name: "Copier le code" }).click();
    await page.getByRole("status").getByText("Code copié.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    // The preview shows the same programme.
    const preview = page.frameLocator('iframe[title="Aperçu du programme intégré"]');
    await expect.poll(() => preview.locator("li.event").count()).toBe(titles.length);
    expect(session.pageErrors).toEqual([]);

    // Pasted into the partner's page, and a page of the site beside it.
    hostPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body>
      <h1>Agenda de la commune</h1>
      ${code}
      <p id="after">Suite de la page</p>
      <iframe id="ordinary" title="Une page ordinaire" src="${server.url}/programme"></iframe>
    </body></html>`;
    await page.goto(hostUrl);
    const frame = await programmeFrame();
    expect(new URL(frame.url()).origin).toBe(server.url);
    const shown = (await frame.locator("li.event h2").allInnerTexts()).map((title) => title.trim()).sort();
    expect(shown).toEqual([...titles].sort());
    // Each title links to its event's page on the site, in a new tab.
    const link = frame.locator("li.event h2 a").first();
    expect(await link.getAttribute("href")).toMatch(new RegExp(`^${server.url}/evenements/`));
    expect(await link.getAttribute("target")).toBe("_blank");

    // The frame takes the height of its content, inserted where the script stands.
    const iframe = page.locator("iframe.maillage-programme");
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(await contentHeight());
    expect(await contentHeight()).toBeGreaterThan(400);
    expect(await page.evaluate(() => document.querySelector("iframe.maillage-programme")?.nextElementSibling?.tagName)).toBe("SCRIPT");
    // And follows it when it grows.
    const before = await contentHeight();
    await frame.evaluate(() => {
      const block = document.createElement("div");
      block.setAttribute("id", "grown");
      document.body.append(block);
      block.getBoundingClientRect();
      (block as HTMLElement).style.height = "300px";
    });
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(before + 300);

    // A message from anywhere else (here the host page itself) changes nothing.
    await page.evaluate(() => window.postMessage({ type: "maillage:hauteur", hauteur: 10 }, "*"));
    await page.waitForTimeout(200);
    expect((await iframe.boundingBox())?.height).toBe(before + 300);

    // The site's ordinary page refuses to be framed: Chromium shows it not.
    const ordinary = await (await page.waitForSelector("#ordinary")).contentFrame();
    await expect.poll(() => session.pageErrors.join("\n")).toMatch(/frame-ancestors 'none'/);
    expect(ordinary?.url().startsWith(server.url)).toBe(false);
    expect(await ordinary?.getByRole("heading", { name: "Programme" }).count()).toBe(0);
    // Nothing else went wrong: no other error, no CSP violation in the frame.
    expect(session.pageErrors.filter((error) => !/frame-ancestors 'none'/.test(error))).toEqual([]);
  });

  it("takes the host's colour", async () => {
    hostPage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site</title></head><body>
      <script src="${server.url}/integrer/widget.js" data-edition="${EDITION}" data-couleur="#aa3300" async></script>
    </body></html>`;
    await page.goto(hostUrl);
    const frame = await programmeFrame();
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector("h1")!).color)).toBe("rgb(170, 51, 0)");
    expect(session.pageErrors).toEqual([]);
  });
});
