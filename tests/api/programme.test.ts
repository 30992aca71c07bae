// The public programme out of the planning: what it opens on whatever the
// month, its searches, the printable programme (read back by Debian's
// pdftotext, as a reader's PDF viewer would show it), the bilan and the
// communes of a territory as downloads, each checked against the database.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { fixedClock } from "../../server/core/clock.ts";
import { searchWords } from "../../server/territories/territory.search.ts";

// A day outside any edition (the test day of the programme): every demo edition has ended.
const DECEMBER = "2026-12-05T10:00:00+01:00";
const EDITION = "mois-ess-2026-cotess-bassin-minier";
const CALL = "246200364";
const PUBLISHED = `(e.status = 'CONFIRMED' OR (e.status = 'CANCELLED' AND e.published_at IS NOT NULL))`;

let server: TestServer;
const scratch = mkdtempSync(join(tmpdir(), "maillage-programme-"));

beforeAll(async () => {
  server = await startTestServer({ clock: fixedClock(DECEMBER) });
});

afterAll(async () => {
  await server?.close();
});

const EVENTS = `query ($filter: EventFilter, $first: Int, $after: String, $order: EventOrder) {
  events(filter: $filter, first: $first, after: $after, order: $order) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title status past
      commune { code name postalCodes }
      sessions { localStart localEnd }
      lead { name }
      coOrganisers { organisation { name } }
      edition { id title }
    } }
  }
}`;

interface Node {
  id: string;
  title: string;
  status: string;
  past: boolean;
  commune: { code: string; name: string; postalCodes: string[] };
  sessions: { localStart: string; localEnd: string }[];
}

async function events(filter: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const result = await server.graphql(EVENTS, { filter, first: 100, ...extra });
  expect(result.errors).toBeUndefined();
  return { nodes: result.data.events.edges.map((edge: { node: Node }) => edge.node) as Node[], result };
}

async function sql<T>(query: string, ...values: unknown[]): Promise<T[]> {
  return server.prisma.$queryRawUnsafe<T[]>(query, ...values);
}

// Read back with Python's csv module, as the other CSV tests do, not with the code that wrote the files.
const READ_CSV = `
import csv, json, sys
text = sys.stdin.buffer.read().decode("utf-8-sig")
print(json.dumps(list(csv.reader(text.splitlines(keepends=True), delimiter=";"))))
`;

function readCsv(bytes: Buffer): string[][] {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", READ_CSV], { input: bytes, encoding: "utf8" }));
}

async function download(path: string) {
  const response = await fetch(`${server.url}${path}`);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

function pdfText(bytes: Buffer): string {
  const file = join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("/usr/bin/pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

/** pdftotext's text on one line: wrapped lines joined, a word cut after its hyphen mended. */
const flat = (text: string) => text.replace(/\s+/g, " ").replace(/- /g, "-");

describe("what the programme opens on", () => {
  it("outside November, the editions that ended last, of the chosen territory or of every one", async () => {
    const everywhere = await server.graphql(`{ programmeEditions { id state endsOn } }`);
    expect(everywhere.errors).toBeUndefined();
    const [latest] = await sql<{ ends_on: string }>(`SELECT max(ends_on)::text AS ends_on FROM edition`);
    const expected = await sql<{ id: string }>(`SELECT id FROM edition WHERE ends_on = $1::date ORDER BY id`, latest.ends_on);
    expect(everywhere.data.programmeEditions.map((edition: { id: string }) => edition.id).sort()).toEqual(expected.map((row) => row.id));
    expect(everywhere.data.programmeEditions.every((edition: { state: string }) => edition.state === "ENDED")).toBe(true);

    // Lens (commune 62498): the editions whose scope contains it, the latest ones.
    const lens = await server.graphql(`{ programmeEditions(territory: "62498", territoryKind: COMMUNE) { id } }`);
    const covering = await sql<{ id: string; ends_on: string }>(`
      SELECT DISTINCT ed.id, ed.ends_on::text AS ends_on FROM edition ed JOIN edition_territory et ON et.edition_id = ed.id
       WHERE et.territory_id IN (SELECT ancestor_id FROM territory_inclusion i JOIN territory t ON t.id = i.descendant_id WHERE t.kind = 'COMMUNE' AND t.code = '62498')`);
    const lastEnd = covering.map((row) => row.ends_on).sort().at(-1);
    expect(lens.data.programmeEditions.map((edition: { id: string }) => edition.id).sort())
      .toEqual(covering.filter((row) => row.ends_on === lastEnd).map((row) => row.id).sort());
    expect(lens.data.programmeEditions.length).toBeGreaterThan(0);
  });

  it("during the month, the editions in progress or upcoming only", async () => {
    const november = await startTestServer({ clock: fixedClock("2026-11-16T10:00:00+01:00") });
    try {
      const result = await november.graphql(`{ programmeEditions { id state } }`);
      expect(result.data.programmeEditions.length).toBeGreaterThan(0);
      expect(result.data.programmeEditions.every((edition: { state: string }) => edition.state !== "ENDED")).toBe(true);
      const current = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM edition WHERE ends_on >= '2026-11-16'`);
      expect(result.data.programmeEditions).toHaveLength(current[0].n);
    } finally {
      await november.close();
    }
  });

  it("refuses an unknown territory on its field", async () => {
    const result = await server.graphql(`{ programmeEditions(territory: "00000") { id } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.territory" });
  });
});

describe("searching the programme", () => {
  it("by postal code: the events of its communes (« 62300 » is Lens)", async () => {
    const { nodes } = await events({ published: true, postalCode: "62300" });
    const expected = await sql<{ id: string }>(`
      SELECT e.id FROM event e JOIN territory t ON t.id = e.commune_id WHERE ${PUBLISHED} AND '62300' = ANY(t.postal_codes)`);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.map((node) => node.id).sort()).toEqual(expected.map((row) => row.id).sort());
    expect(nodes.every((node) => node.commune.postalCodes.includes("62300"))).toBe(true);
    expect(new Set(nodes.map((node) => node.commune.name))).toContain("Lens");

    const refused = await server.graphql(EVENTS, { filter: { postalCode: "623" } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("counts the events of the same criteria by commune for the map, all of them in one statement, what the viewer may read only", async () => {
    const filter = { published: true, territory: "62", territoryKind: "DEPARTEMENT" };
    const { nodes, result } = await events(filter);
    expect(result.data.events.pageInfo.hasNextPage).toBe(false);
    expect(nodes.length).toBeGreaterThan(0);
    const fromList = new Map<string, number>();
    for (const node of nodes) fromList.set(node.commune.code, (fromList.get(node.commune.code) ?? 0) + 1);
    const counted = await server.graphql(`query ($filter: EventFilter) { eventsByCommune(filter: $filter) { events commune { code } } }`, { filter });
    expect(counted.errors).toBeUndefined();
    expect(counted.sqlStatements).toBe(1);
    const rows = counted.data.eventsByCommune as { events: number; commune: { code: string } }[];
    expect(new Map(rows.map((row) => [row.commune.code, row.events]))).toEqual(fromList);
    expect(rows.map((row) => row.events)).toEqual(rows.map((row) => row.events).sort((a, b) => b - a));
    // Unpublished events (proposals, drafts) stay out for an anonymous visitor, as in the list.
    const all = await server.graphql(`{ eventsByCommune(filter: { territory: "62", territoryKind: DEPARTEMENT }) { events } }`);
    const visible = await server.graphql(`{ events(filter: { territory: "62", territoryKind: DEPARTEMENT }, first: 1) { totalCount } }`);
    expect(all.data.eventsByCommune.reduce((sum: number, row: { events: number }) => sum + row.events, 0)).toBe(visible.data.events.totalCount);
  });

  it("by words of the title, the description or an organiser's name, accents and case aside", async () => {
    const rows = await sql<{ id: string; title: string; description: string | null; organisers: string[] }>(`
      SELECT e.id, e.title, e.description,
             (SELECT coalesce(array_agg(o.name), '{}') FROM event_co_organiser c JOIN organisation o ON o.id = c.organisation_id WHERE c.event_id = e.id) AS organisers
        FROM event e WHERE ${PUBLISHED}`);
    const matching = (search: string) => {
      const wanted = searchWords(search);
      return rows.filter((row) => {
        const words = [row.title, row.description ?? "", ...row.organisers].flatMap(searchWords);
        return wanted.every((word) => words.some((candidate) => candidate.startsWith(word)));
      }).map((row) => row.id).sort();
    };
    // A word with an accent from a description, typed without it.
    const accented = rows.flatMap((row) => (row.description ?? "").split(/[^\p{L}]+/u)).find((word) => word.length > 6 && /[éèêàç]/.test(word))!;
    const plain = accented.normalize("NFD").replace(/\p{Diacritic}/gu, "").toUpperCase();
    // « CINE debat » finds « Ciné-débat »; « toit commun » an organiser.
    for (const search of ["CINE debat", "toit commun", plain, "Lievin forum"]) {
      const { nodes } = await events({ published: true, search });
      expect(nodes.length, search).toBeGreaterThan(0);
      expect(nodes.map((node) => node.id).sort(), search).toEqual(matching(search));
    }
    expect((await events({ published: true, search: "zzzqx" })).nodes).toEqual([]);
  });

  it("by dates and accessibility, each criterion holding", async () => {
    const { nodes } = await events({ published: true, from: "2026-11-10", to: "2026-11-14" });
    const expected = await sql<{ id: string }>(`
      SELECT e.id FROM event e WHERE ${PUBLISHED} AND EXISTS (SELECT 1 FROM event_session s WHERE s.event_id = e.id
        AND s.ends_at > '2026-11-10'::timestamp AT TIME ZONE 'Europe/Paris' AND s.starts_at < '2026-11-15'::timestamp AT TIME ZONE 'Europe/Paris')`);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.map((node) => node.id).sort()).toEqual(expected.map((row) => row.id).sort());

    const accessible = await events({ published: true, accessibility: ["FAUTEUIL", "LSF"] });
    const both = await sql<{ id: string }>(`SELECT e.id FROM event e WHERE ${PUBLISHED} AND e.accessibility @> ARRAY['FAUTEUIL','LSF']::"Accessibility"[]`);
    const wheelchair = await sql<{ id: string }>(`SELECT e.id FROM event e WHERE ${PUBLISHED} AND 'FAUTEUIL' = ANY(e.accessibility)`);
    expect(accessible.nodes.map((node) => node.id).sort()).toEqual(both.map((row) => row.id).sort());
    expect(wheelchair.length).toBeGreaterThan(both.length);
    expect((await events({ published: true, accessibility: ["FAUTEUIL"] })).nodes).toHaveLength(wheelchair.length);
  });

  it("marks past events: every one, on 5 December", async () => {
    const { nodes } = await events({ editions: [EDITION], published: true });
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((node) => node.past)).toBe(true);
    const november = await startTestServer({ clock: fixedClock("2026-11-16T10:00:00+01:00") });
    try {
      const result = await november.graphql(EVENTS, { filter: { editions: [EDITION], published: true }, first: 100 });
      const flags = result.data.events.edges.map((edge: { node: Node }) => [edge.node.past, edge.node.sessions.at(-1)!.localEnd < "2026-11-16T10:00"]);
      expect(flags.some(([past]: boolean[]) => past)).toBe(true);
      expect(flags.some(([past]: boolean[]) => !past)).toBe(true);
      for (const [past, ended] of flags) expect(past).toBe(ended);
    } finally {
      await november.close();
    }
  });

  it("pages newest first without losing or repeating an event", async () => {
    const all = (await events({ published: true }, { order: "NEWEST" })).nodes;
    const starts = all.map((node) => node.sessions[0].localStart);
    expect(starts).toEqual([...starts].sort().reverse());
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: any } = await server.graphql(EVENTS, { filter: { published: true }, first: 7, after, order: "NEWEST" });
      seen.push(...result.data.events.edges.map((edge: { node: Node }) => edge.node.id));
      after = result.data.events.pageInfo.hasNextPage ? result.data.events.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((node) => node.id));
  });

  it("reads a page of any size in the same number of SQL statements", async () => {
    const small = await server.graphql(EVENTS, { filter: { published: true }, first: 3 });
    const large = await server.graphql(EVENTS, { filter: { published: true }, first: 40 });
    expect(small.data.events.edges).toHaveLength(3);
    expect(large.data.events.edges.length).toBeGreaterThan(20);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // The page with its total, sessions and co-organisers; the organisations
    // (leads and partners together); the editions.
    expect(large.sqlStatements).toBe(3);
  });

  it("reads the programme with its venues in three statements, for 5 events as for 20", async () => {
    const PROGRAMME = `query ($filter: EventFilter, $first: Int!) { events(filter: $filter, first: $first, order: DATE) {
      totalCount edges { node { id commune { code } venueMaison { id name } venueOrganisation { id name } venueAddress
        sessions { id localStart localEnd } lead { id name } coOrganisers { role organisation { id name } } } } } }`;
    const all = await server.graphql(PROGRAMME, { filter: { published: true }, first: 100 });
    const nodes = all.data.events.edges.map((edge: { node: any }) => edge.node);
    expect(nodes.length).toBeGreaterThan(20);
    // Venues of every kind, so that each loader is asked.
    expect(nodes.some((node: any) => node.venueMaison)).toBe(true);
    expect(nodes.some((node: any) => node.venueOrganisation)).toBe(true);
    const five = await server.graphql(PROGRAMME, { filter: { published: true }, first: 5 });
    const twenty = await server.graphql(PROGRAMME, { filter: { published: true }, first: 20 });
    expect(twenty.data.events.edges.map((edge: { node: unknown }) => edge.node)).toEqual(nodes.slice(0, 20));
    expect(five.data.events.edges.map((edge: { node: unknown }) => edge.node)).toEqual(nodes.slice(0, 5));
    expect(five.data.events.totalCount).toBe(nodes.length);
    // The page with its total, sessions and co-organisers; the organisations; the Maisons.
    expect(all.sqlStatements).toBe(3);
    expect(twenty.sqlStatements).toBeLessThanOrEqual(3);
    expect(five.sqlStatements).toBe(twenty.sqlStatements);
  });
});

describe("the printable programme (PDF)", () => {
  interface Expected { title: string; day: string; time: string; status: string }

  async function confirmedSessions(condition = "TRUE"): Promise<Expected[]> {
    return sql<Expected>(`
      SELECT e.title, e.status::text AS status,
             to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS day,
             to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'HH24 "h" MI') AS time
        FROM event_session s JOIN event e ON e.id = s.event_id JOIN territory c ON c.id = e.commune_id
       WHERE e.edition_id = $1 AND e.status = 'CONFIRMED' AND ${condition}
       ORDER BY s.starts_at, c.name, e.title, e.id`, EDITION);
  }

  function expectInOrder(text: string, sessions: Expected[]) {
    let at = 0;
    for (const session of sessions) {
      const found = text.indexOf(`${session.time}`, at);
      expect(found, `${session.time} ${session.title}`).toBeGreaterThanOrEqual(0);
      const title = text.indexOf(session.title, found);
      expect(title, session.title).toBeGreaterThan(found);
      at = title + session.title.length;
    }
  }

  it("holds every confirmed session of an EPCI, day by day in time order, accents intact, nothing unconfirmed", async () => {
    const { response, bytes } = await download(`/exports/editions/${EDITION}/programme.pdf?epci=${CALL}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = flat(pdfText(bytes));

    const inCall = `e.commune_id IN (SELECT descendant_id FROM territory_inclusion i JOIN territory p ON p.id = i.ancestor_id WHERE p.kind = 'EPCI' AND p.code = '${CALL}')`;
    const expected = await confirmedSessions(inCall);
    expect(expected.length).toBeGreaterThan(5);
    expect(expected.some((session) => /[éèàçêô]/.test(session.title))).toBe(true);
    expectInOrder(text, expected);

    // Day headings in French, in the order of the days.
    const days = [...new Set(expected.map((session) => session.day))];
    const headings = days.map((day) => {
      const heading = new Date(`${day}T12:00:00Z`).toLocaleDateString("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      return text.indexOf(heading.charAt(0).toUpperCase() + heading.slice(1));
    });
    expect(headings.every((position) => position >= 0)).toBe(true);
    expect(headings).toEqual([...headings].sort((a, b) => a - b));

    // Neither the edition's unconfirmed events nor the confirmed ones elsewhere.
    const others = await sql<{ title: string }>(`
      SELECT DISTINCT e.title FROM event e WHERE e.edition_id = $1 AND (e.status <> 'CONFIRMED' OR NOT ${inCall})
         AND e.title NOT IN (SELECT title FROM event WHERE edition_id = $1 AND status = 'CONFIRMED' AND ${inCall.replaceAll("e.commune_id", "commune_id")})`, EDITION);
    const unconfirmed = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM event WHERE edition_id = $1 AND status <> 'CONFIRMED'`, EDITION);
    expect(unconfirmed[0].n).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const { title } of others) expect(text, title).not.toContain(title);
  });

  it("narrows to a commune or a day", async () => {
    const [lens] = await sql<{ id: number }>(`SELECT id FROM territory WHERE kind = 'COMMUNE' AND code = '62498'`);
    const inLens = await confirmedSessions(`e.commune_id = ${lens.id}`);
    expect(inLens.length).toBeGreaterThan(0);
    const lensText = flat(pdfText((await download(`/exports/editions/${EDITION}/programme.pdf?commune=62498`)).bytes));
    expectInOrder(lensText, inLens);
    const elsewhere = (await confirmedSessions(`e.commune_id <> ${lens.id}`)).filter((other) => !inLens.some((session) => session.title === other.title));
    for (const { title } of elsewhere) expect(lensText).not.toContain(title);

    const day = inLens[0].day;
    const ofDay = await confirmedSessions(`to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') = '${day}'`);
    const dayText = flat(pdfText((await download(`/exports/editions/${EDITION}/programme.pdf?day=${day}`)).bytes));
    expectInOrder(dayText, ofDay);
    const otherDays = (await confirmedSessions()).filter((session) => session.day !== day && !ofDay.some((same) => same.title === session.title));
    expect(otherDays.length).toBeGreaterThan(0);
    for (const { title } of otherDays) expect(dayText).not.toContain(title);
  });

  it("answers the closed error codes with their HTTP status", async () => {
    const missing = await download(`/exports/editions/no-such-edition/programme.pdf`);
    expect(missing.response.status).toBe(404);
    expect(JSON.parse(missing.bytes.toString()).errors[0].extensions.code).toBe("NOT_FOUND");
    const badDay = await download(`/exports/editions/${EDITION}/programme.pdf?day=2026-02-30`);
    expect(badDay.response.status).toBe(400);
    expect(JSON.parse(badDay.bytes.toString()).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "day" });
    const outside = await download(`/exports/editions/${EDITION}/programme.pdf?day=2026-12-01`);
    expect(outside.response.status).toBe(400);
    const badEpci = await download(`/exports/editions/${EDITION}/programme.pdf?epci=62`);
    expect(JSON.parse(badEpci.bytes.toString()).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "epci" });
  });
});

describe("the bilan as CSV and PDF", () => {
  async function figures(editionId: string) {
    const [row] = await sql<{ events: number; sessions: number; cancelled: number; communes: number; organisations: number }>(`
      SELECT (SELECT count(*)::int FROM event WHERE edition_id = $1 AND status = 'CONFIRMED') AS events,
             (SELECT count(*)::int FROM event_session s JOIN event e ON e.id = s.event_id WHERE e.edition_id = $1 AND e.status = 'CONFIRMED') AS sessions,
             (SELECT count(*)::int FROM event WHERE edition_id = $1 AND status = 'CANCELLED') AS cancelled,
             (SELECT count(DISTINCT commune_id)::int FROM event WHERE edition_id = $1 AND status = 'CONFIRMED') AS communes,
             (SELECT count(DISTINCT c.organisation_id)::int FROM event_co_organiser c JOIN event e ON e.id = c.event_id
               WHERE e.edition_id = $1 AND e.status = 'CONFIRMED') AS organisations`, editionId);
    return row;
  }

  it("writes the edition's figures next to the previous edition's", async () => {
    const { response, bytes } = await download(`/exports/editions/${EDITION}/bilan.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = readCsv(bytes);
    const [edition] = await sql<{ title: string; year: number; cotess_id: string }>(`SELECT title, year, cotess_id FROM edition WHERE id = $1`, EDITION);
    const [previous] = await sql<{ id: string; title: string }>(
      `SELECT id, title FROM edition WHERE cotess_id = $1 AND year < $2 ORDER BY year DESC LIMIT 1`, edition.cotess_id, edition.year);
    expect(previous).toBeDefined();
    expect(rows[0]).toEqual(["Indicateur", edition.title, previous.title]);
    const byLabel = new Map(rows.slice(1).map((row) => [row[0], row.slice(1).map(Number)]));
    const [now, before] = [await figures(EDITION), await figures(previous.id)];
    expect(byLabel.get("Événements confirmés")).toEqual([now.events, before.events]);
    expect(byLabel.get("Séances")).toEqual([now.sessions, before.sessions]);
    expect(byLabel.get("Événements annulés")).toEqual([now.cancelled, before.cancelled]);
    expect(byLabel.get("Communes avec un événement")).toEqual([now.communes, before.communes]);
    expect(byLabel.get("Organisations impliquées")).toEqual([now.organisations, before.organisations]);
    const byType = rows.filter((row) => row[0].startsWith("Événements confirmés : "));
    expect(byType.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(now.events);

    const pdf = await download(`/exports/editions/${EDITION}/bilan.pdf`);
    expect(pdf.response.status).toBe(200);
    const text = pdfText(pdf.bytes);
    expect(flat(text)).toContain(`Bilan — ${edition.title}`);
    expect(text).toMatch(new RegExp(`Événements confirmés\\s+${now.events}\\s+${before.events}\\n`));
    expect(text).toMatch(new RegExp(`Séances\\s+${now.sessions}\\s+${before.sessions}\\n`));

    expect((await download(`/exports/editions/none/bilan.csv`)).response.status).toBe(404);
  });
});

describe("a territory's communes as CSV", () => {
  it("one row per commune of the territory, with its postal codes and EPCI", async () => {
    const { response, bytes } = await download(`/exports/territories/EPCI/${CALL}/communes.csv`);
    expect(response.status).toBe(200);
    const [header, ...lines] = readCsv(bytes);
    const rows = lines.map((line) => Object.fromEntries(header.map((name, index) => [name, line[index]])));
    const expected = await sql<{ code: string; name: string; postal_codes: string[]; population: number }>(`
      SELECT t.code, t.name, t.postal_codes, t.population FROM territory t
       WHERE t.kind = 'COMMUNE' AND t.retired_at IS NULL
         AND t.id IN (SELECT descendant_id FROM territory_inclusion i JOIN territory p ON p.id = i.ancestor_id WHERE p.kind = 'EPCI' AND p.code = $1)`, CALL);
    const [epci] = await sql<{ name: string }>(`SELECT name FROM territory WHERE kind = 'EPCI' AND code = $1`, CALL);
    expect(expected.length).toBeGreaterThan(10);
    expect(rows).toHaveLength(expected.length);
    expect(Object.keys(rows[0])).toEqual(["Code INSEE", "Commune", "Codes postaux", "EPCI", "SIREN de l'EPCI", "Population"]);
    const byCode = new Map(rows.map((row) => [row["Code INSEE"], row]));
    for (const commune of expected) {
      const row = byCode.get(commune.code)!;
      expect(row, commune.code).toBeDefined();
      expect(row.Commune).toBe(commune.name);
      expect(row["Codes postaux"].split(" ").sort()).toEqual([...commune.postal_codes].sort());
      expect(Number(row.Population)).toBe(commune.population);
      expect(row.EPCI).toBe(epci.name);
      expect(row["SIREN de l'EPCI"]).toBe(CALL);
    }
    expect(byCode.get("62498")!["Codes postaux"]).toContain("62300");

    const unknown = await download(`/exports/territories/EPCI/000000000/communes.csv`);
    expect(unknown.response.status).toBe(400);
    const badKind = await download(`/exports/territories/CANTON/62/communes.csv`);
    expect(JSON.parse(badKind.bytes.toString()).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "kind" });
  });
});
