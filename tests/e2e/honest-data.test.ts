// What a reader sees in the web app is never fiction or a guess passed for a
// fact, in a real Chromium against the real server and the demo data:
// demonstration events say so, inferred legal forms say « déduite » and
// unknown ones say so, sources are named by their titles and have pages,
// organisations without a commune are counted where they are placed, and
// the network leaves demonstration ties out until the reader asks for them.
// Expectations are read from the API (or the database), never written here,
// beyond the names the documents give.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";

const CALL = "246200364";
const CAHC = "246200299";
const TOIT_COMMUN_COLLECTIVE = "collectif-acteurs-toit-commun";

const session = useBrowserSession();
let server: TestServer;
let page: Page;
beforeEach(() => {
  server = session.server;
  page = session.page;
});

const integer = new Intl.NumberFormat("fr-FR");
// Chromium and Node may not use the same space between thousands.
const spaces = (text: string | null) => (text ?? "").replace(/[\s\u00a0\u202f]+/g, " ").trim();
/** The mark of a demonstration event, as it reads (aloud too). */
const DEMO_EVENT = "Démonstration (événement fictif)";

async function api<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await server.graphql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe("demonstration events", () => {
  it("an event of the demonstration says so on its page, and the programme marks it and every other one", async () => {
    // The programme's first page over every edition, as the page asks for it (the most recent first).
    const { events } = await api<{ events: { totalCount: number; edges: { node: { id: string; title: string; isDemo: boolean } }[] } }>(
      "{ events(filter: { published: true }, first: 20, order: NEWEST) { totalCount edges { node { id title isDemo } } } }",
    );
    const shown = events.edges.map((edge) => edge.node);
    const demo = shown.find((event) => event.isDemo);
    expect(demo, "the demo data has demonstration events").toBeDefined();

    await page.goto(`${server.url}/evenements/${demo!.id}`);
    await page.getByRole("heading", { level: 1, name: demo!.title, exact: true }).waitFor();
    const notice = page.getByRole("note").filter({ hasText: "Événement fictif" });
    await notice.waitFor();
    expect(await notice.getByText(DEMO_EVENT, { exact: true }).count()).toBe(1);
    expect(await notice.innerText()).toContain("Il n'a pas lieu");

    await page.goto(`${server.url}/programme?edition=toutes`);
    const list = page.getByRole("region", { name: "Événements du programme" });
    await page.getByRole("status").filter({ hasText: new RegExp(`^${events.totalCount} événements publiés`) }).waitFor();
    // The API's first page: the demonstration event marked, and each other one as it is.
    const items = list.getByRole("listitem");
    expect(await items.count()).toBe(shown.length);
    const itemOf = (id: string) => list.locator(`li:has(a[href="/evenements/${encodeURIComponent(id)}"])`);
    expect(await itemOf(demo!.id).getByRole("link").first().textContent()).toBe(demo!.title);
    expect(await itemOf(demo!.id).getByText(DEMO_EVENT, { exact: true }).count()).toBe(1);
    for (const event of shown) {
      expect(await itemOf(event.id).getByText(DEMO_EVENT, { exact: true }).count(), event.title).toBe(event.isDemo ? 1 : 0);
    }
    expect(session.pageErrors).toEqual([]);
  });
});

describe("how a legal form is known", () => {
  interface Known {
    id: string;
    name: string;
    legalForm: string | null;
    legalFormEvidence: { certainty: string; basis: string | null; source: { id: string; title: string } | null } | null;
    source: { id: string; title: string } | null;
  }

  async function organisations(): Promise<Known[]> {
    const found: Known[] = [];
    let after: string | null = null;
    do {
      const { organisations: page }: { organisations: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Known }[] } } = await api(
        `query ($after: String) { organisations(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
          edges { node { id name legalForm legalFormEvidence { certainty basis source { id title } } source { id title } } } } }`,
        { after },
      );
      found.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return found;
  }

  const legalFormFact = () => page.locator(".facts > div").filter({ has: page.locator("dt", { hasText: "Forme juridique" }) });
  const familyFact = () => page.locator(".facts > div").filter({ has: page.locator("dt", { hasText: "Famille de l'ESS" }) });

  it("an inferred legal form reads « déduite » with its reason, an unknown one « Forme juridique inconnue »", async () => {
    const all = await organisations();
    const inferred = all.find((organisation) => organisation.legalFormEvidence?.certainty === "INFERRED" && organisation.legalFormEvidence.basis);
    const unknown = all.find((organisation) => organisation.legalForm === null);
    expect(inferred, "an organisation with an inferred legal form").toBeDefined();
    expect(unknown, "an organisation with no legal form").toBeDefined();
    expect(unknown!.legalFormEvidence).toBeNull();

    await page.goto(`${server.url}/organisations/${inferred!.id}`);
    await page.getByRole("heading", { level: 1, name: inferred!.name, exact: true }).waitFor();
    const fact = spaces(await legalFormFact().innerText());
    expect(fact).toContain("déduite");
    expect(fact).toContain(spaces(inferred!.legalFormEvidence!.basis));
    expect(fact).not.toContain("Forme juridique inconnue");

    await page.goto(`${server.url}/organisations/${unknown!.id}`);
    await page.getByRole("heading", { level: 1, name: unknown!.name, exact: true }).waitFor();
    expect(await legalFormFact().innerText()).toContain("Forme juridique inconnue");
    expect(await legalFormFact().innerText()).not.toContain("déduite");
    expect(await familyFact().innerText()).toContain("Famille inconnue");
    expect(session.pageErrors).toEqual([]);
  });

  it("an organisation's source is named by its title and leads to the document's page, which lists the organisation", async () => {
    const cited = (await organisations()).find((organisation) => organisation.legalFormEvidence?.certainty === "INFERRED" && organisation.source);
    expect(cited).toBeDefined();
    const source = cited!.source!;

    await page.goto(`${server.url}/organisations/${cited!.id}`);
    const link = page.locator("p.source").getByRole("link", { name: source.title, exact: true });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe(`/sources/${source.id}`);
    await link.click();
    await page.waitForURL(`${server.url}/sources/${source.id}`);
    await page.getByRole("heading", { level: 1, name: source.title, exact: true }).waitFor();
    expect(await page.title()).toBe(`${source.title} — Maillage`);
    const citing = page.getByRole("region", { name: "Fiches qui citent ce document" });
    await citing.getByRole("link", { name: cited!.name, exact: true }).waitFor();

    // And the index of the documents leads to it.
    await page.goto(`${server.url}/sources`);
    const { sources } = await api<{ sources: { id: string; title: string }[] }>("{ sources { id title } }");
    const index = page.getByRole("region", { name: "Liste des sources" });
    await index.getByRole("link").first().waitFor();
    expect(await index.getByRole("link").allInnerTexts()).toEqual(sources.map((document) => document.title));
    expect(session.pageErrors).toEqual([]);
  });
});

describe("a territory's organisations and profile", () => {
  it("the CA de Lens-Liévin lists Le Toit Commun's members placed in it without a commune, and counts ESS and hors ESS as the API does", async () => {
    const { territory } = await api(
      `query ($code: String!) { territory(code: $code, kind: EPCI) { name essProfile { organisations essOrganisations nonEssOrganisations
        organisationsOfUnknownFamily jobsIndicator { value unit source { title } } } } }`,
      { code: CALL },
    );
    const profile = territory.essProfile;
    const { collective } = await api(
      `query ($id: ID!) { collective(id: $id) { members(first: 100) { edges { node { organisation { id name commune { code } location { code kind } } } } } } }`,
      { id: TOIT_COMMUN_COLLECTIVE },
    );
    const placed: { name: string }[] = collective.members.edges
      .map((edge: { node: { organisation: unknown } }) => edge.node.organisation)
      .filter((organisation: { commune: unknown; location: { code: string; kind: string } | null }) =>
        organisation.commune === null && organisation.location?.kind === "EPCI" && organisation.location.code === CALL);
    expect(placed.map((organisation) => organisation.name)).toContain("Cliss XXI");

    await page.goto(`${server.url}/territoires/EPCI/${CALL}`);
    const figures = page.getByRole("region", { name: "Profil de l'ESS" }).locator("dl.figures");
    await figures.waitFor();
    const figure = (name: string) => figures.locator(`[data-figure="${name}"]`);
    expect(spaces(await figure("organisations").textContent())).toBe(spaces(integer.format(profile.organisations)));
    expect(spaces(await figure("ess").textContent())).toBe(spaces(integer.format(profile.essOrganisations)));
    expect(spaces(await figure("non-ess").textContent())).toBe(spaces(integer.format(profile.nonEssOrganisations)));
    expect(spaces(await figure("unknown-family").textContent())).toBe(spaces(integer.format(profile.organisationsOfUnknownFamily)));
    // Its jobs: the published count with its document, never « 0 » nor « aucun effectif connu » above it.
    if (profile.jobsIndicator) {
      expect(spaces(await figure("jobs").textContent())).toBe(spaces(`${integer.format(profile.jobsIndicator.value)} ${profile.jobsIndicator.unit}`));
      if (profile.jobsIndicator.source) await figures.getByRole("link", { name: profile.jobsIndicator.source.title }).waitFor();
    }
    expect(await figures.innerText()).not.toContain("aucun effectif connu");

    // Every organisation of the list, page after page.
    const organisations = page.getByRole("region", { name: "Organisations", exact: true });
    const rows = organisations.locator("table tbody tr");
    await rows.first().waitFor();
    while (await organisations.getByRole("button", { name: "Voir plus" }).count()) {
      const before = await rows.count();
      await organisations.getByRole("button", { name: "Voir plus" }).click();
      await rows.nth(before).waitFor();
    }
    expect(await rows.count()).toBe(profile.organisations);
    for (const member of placed) {
      const row = rows.filter({ has: page.getByRole("link", { name: member.name, exact: true }) });
      expect(await row.count(), member.name).toBe(1);
      const text = spaces(await row.innerText());
      expect(text).toContain("Commune inconnue");
      expect(text).toContain(`placée dans ${territory.name}`);
    }
    expect(session.pageErrors).toEqual([]);
  });
});

describe("the network of the CA d'Hénin-Carvin", () => {
  interface Summary {
    nodes: number;
    edges: number;
    ties: number;
  }

  async function summaryOf(includeDemo: boolean): Promise<Summary & { gexf: string }> {
    const { cooperationGraph } = await api(
      "query ($scope: CooperationScopeInput) { cooperationGraph(scope: $scope) { summary { nodes edges ties } downloads { gexf } } }",
      { scope: { territory: CAHC, includeDemo } },
    );
    return { ...cooperationGraph.summary, gexf: cooperationGraph.downloads.gexf };
  }

  const metric = (name: keyof Summary) => page.getByRole("region", { name: "Chiffres du réseau" }).locator(`[data-metric="${name}"]`);

  async function expectFigures(expected: Summary) {
    for (const name of ["nodes", "edges", "ties"] as const) {
      await page.waitForFunction(
        ([selector, value]) => document.querySelector(selector)?.textContent === value,
        [`[data-metric="${name}"]`, integer.format(expected[name])] as const,
      );
      expect(spaces(await metric(name).textContent())).toBe(spaces(integer.format(expected[name])));
    }
  }

  it("shows no demonstration tie by default, and the toggle adds those the API adds", async () => {
    const real = await summaryOf(false);
    const withDemo = await summaryOf(true);
    // Demonstration events tie organisations of the CA: otherwise the toggle would prove nothing.
    expect(withDemo.ties).toBeGreaterThan(real.ties);

    await page.goto(`${server.url}/reseau?territory=${CAHC}`);
    const toggle = page.getByLabel("Inclure les liens de démonstration");
    expect(await toggle.isChecked()).toBe(false);
    await page.getByRole("status").filter({ hasText: "dans ce périmètre." }).waitFor();
    await expectFigures(real);
    const downloads = page.getByRole("region", { name: "Télécharger le réseau" });
    expect(await downloads.getByRole("link", { name: "GEXF 1.2" }).getAttribute("href")).toBe(real.gexf);
    expect(real.gexf).not.toContain("demo");
    expect(await page.getByRole("region", { name: "Chiffres du réseau" }).getByText(DEMO_EVENT).count()).toBe(0);

    // The most connected organisation's ties: none from a demonstration event.
    const table = page.getByRole("region", { name: "Organisations les plus reliées" }).getByRole("table");
    const first = table.locator("tbody tr").first();
    const name = (await first.locator("th a").textContent())!;
    const id = decodeURIComponent((await first.locator("th a").getAttribute("href"))!.split("/").at(-1)!);
    await first.getByRole("button", { name: `Voir ses liens : ${name}` }).click();
    const panel = page.getByRole("complementary", { name });
    await panel.getByRole("list", { name: "Ses liens dans ce réseau" }).waitFor();
    await panel.getByText("Chargement des sources de ses liens").waitFor({ state: "detached" });
    expect(await panel.getByText(DEMO_EVENT, { exact: true }).count()).toBe(0);

    await toggle.check();
    await page.waitForURL(`${server.url}/reseau?territory=${CAHC}&demo=true`);
    await expectFigures(withDemo);
    expect(await downloads.getByRole("link", { name: "GEXF 1.2" }).getAttribute("href")).toBe(withDemo.gexf);
    expect(withDemo.gexf).toContain("demo=true");
    await page.getByRole("region", { name: "Chiffres du réseau" }).getByText(DEMO_EVENT, { exact: true }).waitFor();
    // Its demonstration ties, if the API gives it any, now marked in its panel.
    const { organisation } = await api(
      "query ($id: ID!) { organisation(id: $id) { partners(first: 100, includeDemo: true) { edges { node { ties { isDemo } } } } } }",
      { id },
    );
    const demoTies = organisation.partners.edges.flatMap((edge: { node: { ties: { isDemo: boolean }[] } }) => edge.node.ties.filter((tie) => tie.isDemo));
    await panel.getByText("Chargement des sources de ses liens").waitFor({ state: "detached" });
    if (demoTies.length > 0) await panel.getByText(DEMO_EVENT, { exact: true }).first().waitFor();
    else expect(await panel.getByText(DEMO_EVENT, { exact: true }).count()).toBe(0);

    // The shared address keeps the toggle.
    await page.reload();
    expect(await page.getByLabel("Inclure les liens de démonstration").isChecked()).toBe(true);
    await expectFigures(withDemo);
    expect(session.pageErrors).toEqual([]);
  });
});
