// Imports of what animators already keep elsewhere: a spreadsheet of
// organisations, a CSV programme, an OpenAgenda export, an iCalendar file and
// feed. Each is read by the job queue into a preview classified row by row,
// then confirmed in one transaction, every record keeping its provenance so
// that the same source imported again updates instead of duplicating.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { startMailbox, type Mailbox } from "../support/mailbox.ts";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";
import { fetchFeed, isPrivateAddress } from "../../server/imports/import.fetch.ts";
import { previewEvents, previewOrganisations } from "../../server/imports/import.preview.ts";
import { readEventCsv, readOrganisationCsv } from "../../server/imports/import.sources.ts";
import { sqlStatementsOfThisRequest, withSqlStatementCounter } from "../../server/core/sql-statements.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/imports/${name}`, import.meta.url), "utf8");

const EDITION = "mois-ess-2026-cotess-bassin-minier";
const LEAD = "emergences-62";
// The demo forum in Hénin-Beaumont on 12 November, which the events CSV's second row resembles.
const FORUM = "2026-forum-ess-henin-beaumont";
// Given a SIREN here, so that the organisations CSV's « LE TOIT COMMUN » row names it.
const TOIT_COMMUN = "le-toit-commun-scic";
const TOIT_COMMUN_SIREN = "798765434";

let server: TestServer;
let mailbox: Mailbox;
let database: ScratchDatabase;
let animator: string;
let otherAnimator: string;
let editor: string;

const START = `mutation ($input: StartImportInput!) { startImport(input: $input) { id state } }`;
const IMPORT = `query ($id: ID!, $classes: [ImportRowClass!]) { dataImport(id: $id) {
  id state rowsRead rowsTotal failure daily scheduled counts { new update possibleDuplicate invalid } outcome { created updated skipped }
  rows(first: 100, classes: $classes) { totalCount edges { node { position sourceKey label class reasons matchedId matchedLabel matchedFromSource summary writtenId } } } } }`;
const CONFIRM = `mutation ($input: ConfirmImportInput!) { confirmImport(input: $input) { import { id state } outcome { created updated skipped } } }`;

// The feeds below are served from 127.0.0.1: allowed here only, as an installation may set it.
process.env.IMPORT_ALLOW_PRIVATE_URLS = "true";

beforeAll(async () => {
  // A database of its own: its job runner must be the only one reading its imports.
  database = await createScratchDatabase({ demo: true });
  mailbox = await startMailbox();
  server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } });
  await query(database.url, "UPDATE organisation SET siren = $1 WHERE id = $2", [TOIT_COMMUN_SIREN, TOIT_COMMUN]);
  [animator, otherAnimator, editor] = await Promise.all([
    server.signIn("animation.cotess@maillage.demo"),
    server.signIn("cress@maillage.demo"),
    server.signIn("editeur.emergences62@maillage.demo"),
  ]);
});
afterAll(async () => {
  await server?.close();
  await mailbox?.close();
  await database?.drop();
});

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code ?? "OK";

interface Row {
  position: number; sourceKey: string; label: string; class: string; reasons: string[];
  matchedId: string | null; matchedLabel: string | null; matchedFromSource: boolean; summary: string | null; writtenId: string | null;
}

async function readImport(id: string, cookie = animator) {
  const result = await server.graphql(IMPORT, { id }, { cookie });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data.dataImport as {
    id: string; state: string; rowsRead: number; rowsTotal: number | null; failure: string | null; scheduled: boolean;
    counts: Record<string, number>; outcome: { created: number; updated: number; skipped: number };
    rows: { totalCount: number; edges: { node: Row }[] };
  };
}

/** Polls an import until its job has read it. */
async function settled(id: string, cookie = animator, states = ["PREVIEW", "FAILED", "COMMITTED"]) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const imp = await readImport(id, cookie);
    if (states.includes(imp.state)) return imp;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${imp.state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function start(input: Record<string, unknown>, cookie = animator) {
  const result = await server.graphql(START, { input }, { cookie });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return settled(result.data.startImport.id, cookie);
}

const rowsOf = (imp: Awaited<ReturnType<typeof readImport>>) => imp.rows.edges.map((edge) => edge.node);
const byKey = (rows: Row[]) => new Map(rows.map((row) => [row.sourceKey, row]));

async function confirm(input: Record<string, unknown>, cookie = animator) {
  return server.graphql(CONFIRM, { input }, { cookie });
}

describe("importing organisations from a French spreadsheet (`;`, BOM)", () => {
  it("classifies every row, writes the chosen ones with their provenance, and updates them when the same file comes again", async () => {
    const csv = fixture("organisations.csv");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const imp = await start({ kind: "ORGANISATIONS", format: "CSV", fileName: "organisations.csv", content: csv });
    expect(imp.state).toBe("PREVIEW");
    const rows = byKey(rowsOf(imp));
    // One preview row per data row of the file, the header aside (a cell with a line break is one row).
    expect(imp.rowsTotal).toBe(10);
    expect(imp.rowsRead).toBe(10);

    expect(rows.get("ligne 2")).toMatchObject({ class: "NEW", label: "La Ressourcerie du Bassin", matchedId: null });
    expect(rows.get("ligne 3")).toMatchObject({ class: "UPDATE", matchedId: TOIT_COMMUN, matchedFromSource: false });
    expect(rows.get("ligne 3")!.reasons[0]).toMatch(/Même SIREN \(798765434\)/);
    // Same name once the legal-form words, accents, case and punctuation are set aside, in the same commune.
    expect(rows.get("ligne 4")).toMatchObject({ class: "POSSIBLE_DUPLICATE", matchedId: TOIT_COMMUN, matchedLabel: "Le Toit Commun (SCIC)" });
    expect(rows.get("ligne 4")!.reasons[0]).toMatch(/Même nom que « Le Toit Commun \(SCIC\) ».*à Lens/);
    expect(rows.get("ligne 5")).toMatchObject({ class: "INVALID" });
    expect(rows.get("ligne 5")!.reasons[0]).toMatch(/^SIREN : « 123456789 ».*clé de contrôle/);
    expect(rows.get("ligne 6")!.reasons).toEqual(["Colonne « Nom » : le nom manque."]);
    expect(rows.get("ligne 7")!.reasons[0]).toMatch(/^Colonne « Forme juridique » : « Société secrète »/);
    expect(rows.get("ligne 8")!.reasons[0]).toMatch(/^Code INSEE : aucune commune n'a le code INSEE « 99999 »/);
    expect(rows.get("ligne 9")!.reasons[0]).toMatch(/^SIREN : « 812345676 » est déjà celui de la ligne 2 du fichier/);
    expect(rows.get("ligne 10")!.reasons[0]).toMatch(/^Colonne « Effectif » : « douze »/);
    expect(rows.get("ligne 11")).toMatchObject({ class: "NEW", label: "Épicerie solidaire Émile" });
    expect(imp.counts).toEqual({ new: 2, update: 1, possibleDuplicate: 1, invalid: 6 });

    const confirmed = await confirm({ id: imp.id, choices: [{ position: rows.get("ligne 4")!.position, choice: "SKIP" }] });
    expect(confirmed.errors, JSON.stringify(confirmed.errors)).toBeUndefined();
    expect(confirmed.data.confirmImport).toEqual({ import: { id: imp.id, state: "COMMITTED" }, outcome: { created: 2, updated: 1, skipped: 7 } });

    const [ressourcerie] = await query(database.url, `
      SELECT o.id, o.name, o.legal_form, o.family, o.sectors::text[] AS sectors, o.headcount, t.code AS commune FROM organisation o JOIN territory t ON t.id = o.commune_id
       WHERE o.siren = '812345676'`);
    expect(ressourcerie).toMatchObject({ name: "La Ressourcerie du Bassin", legal_form: "ASSOCIATION", family: "ASSOCIATION", headcount: 14, commune: "62498" });
    expect(ressourcerie.sectors).toEqual(["ENVIRONNEMENT_REEMPLOI", "INSERTION_EMPLOI"]);
    // Found by postal code and name: 62300 is shared by Lens and Éleu-dit-Leauwette.
    const [epicerie] = await query(database.url, `SELECT o.id, o.address, t.code AS commune FROM organisation o JOIN territory t ON t.id = o.commune_id WHERE o.name = 'Épicerie solidaire Émile'`);
    expect(epicerie).toMatchObject({ commune: "62498", address: "8 place du Cantin\nBâtiment B" });
    const [toit] = await query(database.url, "SELECT headcount, legal_form FROM organisation WHERE id = $1", [TOIT_COMMUN]);
    expect(toit).toEqual({ headcount: 9, legal_form: "SCIC" });

    const provenance = await query(database.url, "SELECT entity_id, source_name, source_key, format::text FROM imported_record WHERE import_id = $1 ORDER BY source_key", [imp.id]);
    expect(provenance).toEqual([
      { entity_id: epicerie.id, source_name: "organisations.csv", source_key: "ligne 11", format: "CSV" },
      { entity_id: ressourcerie.id, source_name: "organisations.csv", source_key: "ligne 2", format: "CSV" },
      { entity_id: TOIT_COMMUN, source_name: "organisations.csv", source_key: "ligne 3", format: "CSV" },
    ]);
    const audit = await query(database.url, `
      SELECT a.entity_type, a.action::text, a.entity_id FROM audit_entry a JOIN account c ON c.id = a.account_id
       WHERE c.email = 'animation.cotess@maillage.demo' AND a.entity_id = ANY($1) ORDER BY a.id`, [[ressourcerie.id, epicerie.id, imp.id]]);
    expect(audit).toEqual([
      { entity_type: "Organisation", action: "CREATE", entity_id: ressourcerie.id },
      { entity_type: "Organisation", action: "CREATE", entity_id: epicerie.id },
      { entity_type: "DataImport", action: "CREATE", entity_id: imp.id },
    ]);

    // The same file again: what it wrote is updated, nothing is added.
    const [{ n: before }] = await query(database.url, "SELECT count(*)::int AS n FROM organisation");
    const again = await start({ kind: "ORGANISATIONS", format: "CSV", fileName: "organisations.csv", content: csv });
    const againRows = byKey(rowsOf(again));
    expect(againRows.get("ligne 2")).toMatchObject({ class: "UPDATE", matchedId: ressourcerie.id, matchedFromSource: true });
    expect(againRows.get("ligne 11")).toMatchObject({ class: "UPDATE", matchedId: epicerie.id, matchedFromSource: true });
    expect(againRows.get("ligne 11")!.reasons[0]).toMatch(/^Déjà importée de cette source \(ligne 11\)/);
    const reconfirmed = await confirm({ id: again.id });
    expect(reconfirmed.data.confirmImport.outcome).toEqual({ created: 0, updated: 3, skipped: 7 });
    const [{ n: after }] = await query(database.url, "SELECT count(*)::int AS n FROM organisation");
    expect(after).toBe(before);
    // A confirmed import is not confirmed twice.
    expect(codeOf(await confirm({ id: again.id }))).toBe("CONFLICT");
  });
});

describe("importing a programme into an edition", () => {
  it("classifies the events CSV row by row, writes the chosen ones through the events' rules, then updates them on a second import", async () => {
    const csv = fixture("evenements.csv");
    const imp = await start({ kind: "EVENTS", format: "CSV", edition: EDITION, leadOrganisation: LEAD, fileName: "evenements.csv", content: csv });
    const rows = byKey(rowsOf(imp));
    expect([...rows.keys()]).toEqual(["atelier-velos", "forum-henin", "cine-octobre", "sans-commune", "banquet", "date-illisible", "siren-inconnu", "marche-solidaire"]);
    expect(rows.get("atelier-velos")).toMatchObject({ class: "NEW", reasons: [] });
    expect(rows.get("forum-henin")).toMatchObject({ class: "POSSIBLE_DUPLICATE", matchedId: FORUM, matchedLabel: "Forum de l'ESS de l'agglomération d'Hénin-Carvin" });
    expect(rows.get("forum-henin")!.reasons[0]).toMatch(/^Titre proche de « Forum de l'ESS de l'agglomération d'Hénin-Carvin » \(ressemblance \d+ %\), le 12 novembre 2026 à Hénin-Beaumont\.$/);
    expect(rows.get("cine-octobre")).toMatchObject({ class: "INVALID" });
    expect(rows.get("cine-octobre")!.reasons[0]).toMatch(/^Date : Cette date est hors de l'édition .* \(du 1 novembre 2026 au 30 novembre 2026\)\.$/);
    expect(rows.get("sans-commune")!.reasons).toEqual(["Lieu : la commune manque (code INSEE, ou code postal et commune)."]);
    expect(rows.get("banquet")!.reasons[0]).toMatch(/^Colonne « Type » : « Banquet » n'est pas un type d'événement/);
    expect(rows.get("date-illisible")!.reasons[0]).toMatch(/^Colonne « Début » : « le 5 novembre »/);
    expect(rows.get("siren-inconnu")!.reasons).toEqual(["Organisateur (SIREN) : aucune organisation connue n'a le SIREN « 552100554 »."]);
    expect(rows.get("marche-solidaire")).toMatchObject({ class: "NEW" });
    expect(rows.get("marche-solidaire")!.summary).toBe("21 nov. 2026 09h00 · commune 62498");

    const confirmed = await confirm({ id: imp.id, choices: [{ position: rows.get("forum-henin")!.position, choice: "CREATE" }] });
    expect(confirmed.errors, JSON.stringify(confirmed.errors)).toBeUndefined();
    expect(confirmed.data.confirmImport.outcome).toEqual({ created: 3, updated: 0, skipped: 5 });
    const events = await query(database.url, `
      SELECT e.id, e.title, e.status::text, e.registration_url, e.capacity, t.code AS commune,
             (SELECT organisation_id FROM event_co_organiser c WHERE c.event_id = e.id AND c.role = 'LEAD') AS lead,
             (SELECT array_agg(to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD"T"HH24:MI') ORDER BY s.position) FROM event_session s WHERE s.event_id = e.id) AS starts
        FROM imported_record r JOIN event e ON e.id = r.entity_id JOIN territory t ON t.id = e.commune_id
       WHERE r.import_id = $1 ORDER BY r.source_key`, [imp.id]);
    expect(events.map(({ id: _id, ...event }) => event)).toEqual([
      { title: "Atelier réparation de vélos", status: "DRAFT", registration_url: "https://velos.example/inscription", capacity: 20, commune: "62498", lead: LEAD, starts: ["2026-11-05T14:00"] },
      { title: "Forum ESS de l'agglomération d'Hénin-Carvin", status: "DRAFT", registration_url: null, capacity: null, commune: "62427", lead: LEAD, starts: ["2026-11-12T10:00"] },
      { title: "Marché des producteurs solidaires", status: "DRAFT", registration_url: null, capacity: null, commune: "62498", lead: LEAD, starts: ["2026-11-21T09:00"] },
    ]);

    // The programme sent again, one time changed: the three events are updated, none added.
    const changed = csv.replace("05/11/2026 14:00;05/11/2026 17:00", "06/11/2026 14:00;06/11/2026 17:00");
    const again = await start({ kind: "EVENTS", format: "CSV", edition: EDITION, leadOrganisation: LEAD, fileName: "evenements.csv", content: changed });
    const againRows = byKey(rowsOf(again));
    for (const key of ["atelier-velos", "forum-henin", "marche-solidaire"]) {
      expect(againRows.get(key)).toMatchObject({ class: "UPDATE", matchedFromSource: true, matchedId: events.find((event) => againRows.get(key)!.matchedId === event.id)?.id });
    }
    const [{ n: before }] = await query(database.url, "SELECT count(*)::int AS n FROM event WHERE edition_id = $1", [EDITION]);
    const reconfirmed = await confirm({ id: again.id });
    expect(reconfirmed.data.confirmImport.outcome).toEqual({ created: 0, updated: 3, skipped: 5 });
    const [{ n: after }] = await query(database.url, "SELECT count(*)::int AS n FROM event WHERE edition_id = $1", [EDITION]);
    expect(after).toBe(before);
    const [moved] = await query(database.url, `
      SELECT to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD"T"HH24:MI') AS start, e.version FROM event e JOIN event_session s ON s.event_id = e.id WHERE e.id = $1`,
    [events[0].id]);
    expect(moved).toEqual({ start: "2026-11-06T14:00", version: 2 });
  });

  it("expands an iCalendar file's recurrence within the edition, with its exception and modified instance, and leaves out a cancelled event", async () => {
    const imp = await start({ kind: "EVENTS", format: "ICALENDAR", edition: EDITION, leadOrganisation: LEAD, fileName: "programme.ics", content: fixture("programme.ics") });
    const rows = byKey(rowsOf(imp));
    expect(rows.get("repair-cafe-2026@maison-ess.example")).toMatchObject({ class: "NEW", label: "Repair café du mercredi" });
    expect(rows.get("conference-finance-2026@maison-ess.example")).toMatchObject({ class: "NEW" });
    expect(rows.get("soiree-annulee-2026@maison-ess.example")).toMatchObject({
      class: "INVALID", reasons: ["Statut : l'événement est annulé dans la source ; il n'est pas importé."],
    });
    expect(imp.rowsTotal).toBe(3);
    expect((await confirm({ id: imp.id })).data.confirmImport.outcome).toEqual({ created: 2, updated: 0, skipped: 1 });
    const sessions = await query(database.url, `
      SELECT r.source_key, t.code AS commune, e.venue_address,
             array_agg(to_char(s.starts_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD"T"HH24:MI') || '/' || to_char(s.ends_at AT TIME ZONE 'Europe/Paris', 'HH24:MI') ORDER BY s.position) AS sessions
        FROM imported_record r JOIN event e ON e.id = r.entity_id JOIN event_session s ON s.event_id = e.id JOIN territory t ON t.id = e.commune_id
       WHERE r.import_id = $1 GROUP BY r.source_key, t.code, e.venue_address ORDER BY r.source_key`, [imp.id]);
    const [lievin] = await query(database.url, "SELECT code FROM territory WHERE kind = 'COMMUNE' AND name = 'Liévin'");
    expect(sessions).toEqual([
      // UTC in the feed, Paris time here.
      { source_key: "conference-finance-2026@maison-ess.example", commune: lievin.code, venue_address: "Salle Jean Jaurès", sessions: ["2026-11-14T10:00/12:00"] },
      // Weekly from 28 October (before the edition), 11 November excluded, 18 November moved to the 19th at 19:00, 2 December after it.
      { source_key: "repair-cafe-2026@maison-ess.example", commune: "62498", venue_address: "Le Toit Commun, 12 rue Paul Bert", sessions: ["2026-11-04T18:00/20:00", "2026-11-19T19:00/21:00", "2026-11-25T18:00/20:00"] },
    ]);
  });

  it("reads an OpenAgenda export: multilingual texts, timings, location, accessibility, registration link, cancelled status", async () => {
    const imp = await start({ kind: "EVENTS", format: "OPENAGENDA", edition: EDITION, leadOrganisation: LEAD, fileName: "openagenda.json", content: fixture("openagenda.json") });
    const rows = byKey(rowsOf(imp));
    expect(rows.get("48201573")).toMatchObject({ class: "NEW", label: "Portes ouvertes de la ressourcerie" });
    expect(rows.get("48201574")!.reasons).toEqual(["Statut : l'événement est annulé dans la source ; il n'est pas importé."]);
    expect(rows.get("48201575")!.reasons[0]).toMatch(/^Date : Cette date est hors de l'édition/);
    await confirm({ id: imp.id });
    const [event] = await query(database.url, `
      SELECT e.title, e.description, e.accessibility::text[] AS accessibility, e.accessibility_note, e.registration_url, t.code AS commune,
             (SELECT count(*)::int FROM event_session s WHERE s.event_id = e.id) AS sessions
        FROM imported_record r JOIN event e ON e.id = r.entity_id JOIN territory t ON t.id = e.commune_id WHERE r.import_id = $1`, [imp.id]);
    expect(event).toEqual({
      title: "Portes ouvertes de la ressourcerie",
      description: "Visite des ateliers de tri et de réparation.\n\nLa ressourcerie ouvre ses portes pour le Mois de l'ESS : ateliers, vente solidaire, rencontre avec les salariés en insertion.",
      accessibility: ["BOUCLE_MAGNETIQUE", "FAUTEUIL"], accessibility_note: "Accessible aux personnes en situation de handicap visuel",
      registration_url: "https://ressourcerie.example/portes-ouvertes", commune: "62498", sessions: 2,
    });
  });

  it("writes nothing when one row is refused at confirmation", async () => {
    const csv = "Identifiant;Titre;Début;Fin;Code INSEE\r\nun;Atelier du début de mois;03/11/2026 10:00;03/11/2026 12:00;62498\r\ndeux;Atelier de fin de mois;26/11/2026 10:00;26/11/2026 12:00;62498\r\n";
    const imp = await start({ kind: "EVENTS", format: "CSV", edition: EDITION, leadOrganisation: LEAD, fileName: "echec.csv", content: csv });
    expect(imp.counts).toEqual({ new: 2, update: 0, possibleDuplicate: 0, invalid: 0 });
    const [{ n: before }] = await query(database.url, "SELECT count(*)::int AS n FROM event");
    // The edition is shortened between the preview and the confirmation: the second row now falls outside it.
    await query(database.url, "UPDATE edition SET ends_on = '2026-11-20' WHERE id = $1", [EDITION]);
    try {
      const refused = await confirm({ id: imp.id });
      expect(codeOf(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].extensions!.field).toBe("rows.2");
      expect(refused.errors![0].message).toMatch(/^« Atelier de fin de mois » \(deux\) : Cette date est hors de l'édition.*Rien n'a été importé\.$/);
    } finally {
      await query(database.url, "UPDATE edition SET ends_on = '2026-11-30' WHERE id = $1", [EDITION]);
    }
    const [{ n: after }] = await query(database.url, "SELECT count(*)::int AS n FROM event");
    expect(after).toBe(before);
    expect(await query(database.url, "SELECT 1 FROM imported_record WHERE import_id = $1", [imp.id])).toEqual([]);
    expect((await readImport(imp.id)).state).toBe("PREVIEW");
  });
});

describe("the preview's search for duplicates", () => {
  const counted = async <T>(fn: () => Promise<T>) => withSqlStatementCounter(async () => ({ result: await fn(), statements: sqlStatementsOfThisRequest()! }));

  it("costs as many statements for 50 organisations as for 5, and still finds the same names", async () => {
    const csv = (n: number) => "Nom;Effectif\r\n" + Array.from({ length: n }, (_, i) => (i % 5 === 0 ? `Association « Le Toit-Commun »;${i}` : `Coopérative numéro ${i} des essais;${i}`)).join("\r\n") + "\r\n";
    const preview = (n: number) => counted(() => previewOrganisations(server.prisma, readOrganisationCsv(csv(n)), { format: "CSV", name: `essai-${n}.csv` }));
    const five = await preview(5);
    const fifty = await preview(50);
    const duplicates = (rows: { class: string; matchedId: string | null }[]) => rows.filter((row) => row.class === "POSSIBLE_DUPLICATE" && row.matchedId === TOIT_COMMUN).length;
    expect([duplicates(five.result), duplicates(fifty.result)]).toEqual([1, 10]);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });

  it("costs as many statements for 50 events as for 5, and still finds the alike titles", async () => {
    const edition = (await server.prisma.edition.findUnique({ where: { id: EDITION } }))!;
    const csv = (n: number) => "Identifiant;Titre;Début;Fin;Code INSEE\r\n" + Array.from({ length: n }, (_, i) => (i % 5 === 0
      ? `e${i};Forum de l'ESS de l'agglomération Hénin-Carvin;12/11/2026 10:00;12/11/2026 12:00;62427`
      : `e${i};Atelier d'essai numéro ${i};${String(2 + (i % 20)).padStart(2, "0")}/11/2026 10:00;${String(2 + (i % 20)).padStart(2, "0")}/11/2026 12:00;62498`)).join("\r\n") + "\r\n";
    const preview = (n: number) => counted(() => previewEvents(server.prisma, edition, readEventCsv(csv(n)), { format: "CSV", name: `essai-${n}.csv` }, LEAD));
    const five = await preview(5);
    const fifty = await preview(50);
    const duplicates = (rows: { class: string; matchedId: string | null }[]) => rows.filter((row) => row.class === "POSSIBLE_DUPLICATE").length;
    expect([duplicates(five.result), duplicates(fifty.result)]).toEqual([1, 10]);
    expect(fifty.result.filter((row) => row.class === "NEW")).toHaveLength(40);
    expect(fifty.statements).toBe(five.statements);
  });

  it("among titles made of the same words, proposes the very title, then the oldest event, whatever their ids", async () => {
    const edition = (await server.prisma.edition.findUnique({ where: { id: EDITION } }))!;
    // A later copy of the forum, same commune and day, whose id sorts before the forum's and whose title
    // has the very trigrams of the forum's (punctuation and word order aside).
    const COPY = "0-forum-copie";
    const copyTitle = "Forum : l'ESS de l'agglomération d'Hénin-Carvin";
    await query(database.url, "INSERT INTO event SELECT (jsonb_populate_record(NULL::event, to_jsonb(e) || jsonb_build_object('id', $2::text, 'title', $3::text, 'created_at', now()))).* FROM event e WHERE id = $1", [FORUM, COPY, copyTitle]);
    await query(database.url, "INSERT INTO event_session SELECT (jsonb_populate_record(NULL::event_session, to_jsonb(s) || jsonb_build_object('id', gen_random_uuid()::text, 'event_id', $2::text))).* FROM event_session s WHERE event_id = $1", [FORUM, COPY]);
    try {
      const titles = ["Forum de l'ESS de l'agglomération d'Hénin-Carvin", "Forum de l'agglomération d'Hénin-Carvin, l'ESS", copyTitle];
      const csv = "Identifiant;Titre;Début;Fin;Code INSEE\r\n" + titles.map((title, i) => `t${i};${title};12/11/2026 10:00;12/11/2026 12:00;62427`).join("\r\n") + "\r\n";
      const preview = await previewEvents(server.prisma, edition, readEventCsv(csv), { format: "CSV", name: "memes-mots.csv" }, LEAD);
      expect(preview.map((row) => [row.class, row.matchedId])).toEqual([
        ["POSSIBLE_DUPLICATE", FORUM], // the forum's very title
        ["POSSIBLE_DUPLICATE", FORUM], // all alike: the oldest
        ["POSSIBLE_DUPLICATE", COPY], // the copy's very title
      ]);
    } finally {
      await query(database.url, "DELETE FROM event_session WHERE event_id = $1", [COPY]);
      await query(database.url, "DELETE FROM event WHERE id = $1", [COPY]);
    }
  });
});

describe("who may import", () => {
  const csv = "Titre;Début;Fin;Code INSEE\r\nAtelier;05/11/2026 10:00;05/11/2026 12:00;62498\r\n";
  it("refuses events to those who do not animate the edition's network, organisations to non-animators, and anonymous visitors", async () => {
    const events = { kind: "EVENTS", format: "CSV", edition: EDITION, leadOrganisation: LEAD, fileName: "a.csv", content: csv };
    expect(codeOf(await server.graphql(START, { input: events }, { cookie: editor }))).toBe("FORBIDDEN");
    expect(codeOf(await server.graphql(START, { input: events }, { cookie: otherAnimator }))).toBe("FORBIDDEN");
    expect(codeOf(await server.graphql(START, { input: events }))).toBe("UNAUTHENTICATED");
    const organisations = { kind: "ORGANISATIONS", format: "CSV", fileName: "o.csv", content: "Nom\r\nUne association\r\n" };
    expect(codeOf(await server.graphql(START, { input: organisations }, { cookie: editor }))).toBe("FORBIDDEN");

    // The animator's import is theirs and their network's: others neither read nor confirm it.
    const imp = await start(events);
    expect(codeOf(await server.graphql(IMPORT, { id: imp.id }, { cookie: otherAnimator }))).toBe("FORBIDDEN");
    expect(codeOf(await server.graphql(IMPORT, { id: imp.id }, { cookie: editor }))).toBe("FORBIDDEN");
    expect(codeOf(await confirm({ id: imp.id }, otherAnimator))).toBe("FORBIDDEN");
    const cancelled = await server.graphql(`mutation ($id: ID!) { cancelImport(id: $id) { state } }`, { id: imp.id }, { cookie: animator });
    expect(cancelled.data.cancelImport.state).toBe("CANCELLED");
  });

  it("lists the past imports, newest first, to those who may import there", async () => {
    const LIST = `query ($kind: ImportKind!, $edition: ID) { dataImports(kind: $kind, edition: $edition) { id kind createdAt authorName daily } }`;
    const events = await server.graphql(LIST, { kind: "EVENTS", edition: EDITION }, { cookie: animator });
    const [stored] = await query(database.url, "SELECT count(*)::int AS n FROM data_import WHERE edition_id = $1", [EDITION]);
    expect(events.data.dataImports).toHaveLength(stored.n);
    expect(stored.n).toBeGreaterThan(1);
    const dates = events.data.dataImports.map((imp: { createdAt: string }) => imp.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const [author] = await query(database.url, "SELECT display_name FROM account WHERE email = 'animation.cotess@maillage.demo'");
    expect(events.data.dataImports[0].authorName).toBe(author.display_name);
    expect(codeOf(await server.graphql(LIST, { kind: "EVENTS", edition: EDITION }, { cookie: otherAnimator }))).toBe("FORBIDDEN");
    expect(codeOf(await server.graphql(LIST, { kind: "EVENTS", edition: EDITION }, { cookie: editor }))).toBe("FORBIDDEN");
    expect(codeOf(await server.graphql(LIST, { kind: "EVENTS", edition: EDITION }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await server.graphql(LIST, { kind: "ORGANISATIONS" }, { cookie: editor }))).toBe("FORBIDDEN");
    // An animator lists their own imports of organisations, not another's.
    const own = await server.graphql(LIST, { kind: "ORGANISATIONS" }, { cookie: animator });
    expect(own.data.dataImports.length).toBeGreaterThan(0);
    expect((await server.graphql(LIST, { kind: "ORGANISATIONS" }, { cookie: otherAnimator })).data.dataImports).toEqual([]);
  });

  it("reads only http and https addresses, and a file or an address, not both", async () => {
    const base = { kind: "EVENTS", format: "ICALENDAR", edition: EDITION, leadOrganisation: LEAD };
    const local = await server.graphql(START, { input: { ...base, url: "file:///etc/passwd" } }, { cookie: animator });
    expect([codeOf(local), local.errors![0].extensions!.field]).toEqual(["BAD_USER_INPUT", "url"]);
    const both = await server.graphql(START, { input: { ...base, url: "https://example.org/a.ics", content: "x" } }, { cookie: animator });
    expect(codeOf(both)).toBe("BAD_USER_INPUT");
    const template = await fetch(`${server.url}/imports/modele-evenements.csv`);
    // The bytes, BOM included (text() would drop it).
    const text = Buffer.from(await template.arrayBuffer()).toString("utf8");
    expect(template.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(text.startsWith("\uFEFFIdentifiant;Titre;Type;Description;Début;Fin;")).toBe(true);
  });
});

describe("feed addresses that lead to the server's own networks", () => {
  const base = { kind: "EVENTS", format: "ICALENDAR", edition: EDITION, leadOrganisation: LEAD };
  const forbidden = [
    "http://127.0.0.1:5432/", "http://localhost/agenda.ics", "http://10.1.2.3/", "http://172.20.0.1/", "http://192.168.1.10/",
    "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://[fd12:3456::1]/", "http://0.0.0.0/", "http://[::]/",
    "http://[::1]/", "http://224.0.0.1/", "http://[ff02::1]/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a9fe:a9fe]/", "http://[::ffff:10.0.0.1]/", "http://2130706433/",
  ];

  it("are refused at start, each kind, with nothing queued, unless IMPORT_ALLOW_PRIVATE_URLS is on", async () => {
    const [{ n: before }] = await query(database.url, "SELECT (SELECT count(*) FROM data_import) + (SELECT count(*) FROM graphile_worker._private_jobs) AS n");
    process.env.IMPORT_ALLOW_PRIVATE_URLS = "false";
    try {
      for (const url of forbidden) {
        const result = await server.graphql(START, { input: { ...base, url } }, { cookie: animator });
        expect([url, codeOf(result), result.errors?.[0].extensions!.field, result.errors?.[0].message]).toEqual([
          url, "BAD_USER_INPUT", "url", "Cette adresse mène à un réseau privé ou local : seules les adresses publiques d'Internet sont lues.",
        ]);
      }
    } finally {
      process.env.IMPORT_ALLOW_PRIVATE_URLS = "true";
    }
    const [{ n: after }] = await query(database.url, "SELECT (SELECT count(*) FROM data_import) + (SELECT count(*) FROM graphile_worker._private_jobs) AS n");
    expect(after).toBe(before);
  });

  it("tells public addresses from private ones", () => {
    for (const address of ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "100.128.0.1", "172.32.0.1", "::ffff:5db8:d70e"]) {
      expect([address, isPrivateAddress(address)]).toEqual([address, false]);
    }
    for (const address of ["127.0.0.1", "10.0.0.1", "100.127.255.255", "fc00::1", "fe80::1%eth0", "::ffff:192.168.0.1", "::ffff:0:0", "not an address"]) {
      expect([address, isPrivateAddress(address)]).toEqual([address, true]);
    }
  });

  it("is refused when a public host redirects to one, and at fetch time, before any connection", async () => {
    // 127.0.0.2 plays a public host: the rule forbids what isPrivateAddress does, but it.
    const rule = (address: string) => address !== "127.0.0.2" && isPrivateAddress(address);
    let privateHits = 0;
    const internal = createServer((_request, response) => { privateHits++; response.end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"); });
    await new Promise<void>((resolve) => internal.listen(0, "127.0.0.1", resolve));
    const target = `http://127.0.0.1:${(internal.address() as AddressInfo).port}/secret.ics`;
    const redirects: string[] = [];
    const outside = createServer((request, response) => {
      redirects.push(request.url!);
      if (request.url === "/hop") response.writeHead(302, { location: "/direct" }).end();
      else if (request.url === "/direct") response.writeHead(301, { location: target }).end();
      else if (request.url === "/loop") response.writeHead(302, { location: "/loop" }).end();
      else response.writeHead(200, { "content-type": "text/calendar" }).end("public");
    });
    await new Promise<void>((resolve) => outside.listen(0, "127.0.0.2", resolve));
    const origin = `http://127.0.0.2:${(outside.address() as AddressInfo).port}`;
    try {
      expect(await fetchFeed(`${origin}/ok`, rule)).toBe("public");
      await expect(fetchFeed(`${origin}/hop`, rule)).rejects.toThrow(`${target} : Cette adresse mène à un réseau privé ou local`);
      await expect(fetchFeed(target, rule)).rejects.toThrow("réseau privé ou local");
      await expect(fetchFeed(`${origin}/loop`, rule)).rejects.toThrow("redirige plus de 5 fois");
      expect(redirects.filter((path) => path === "/loop")).toHaveLength(6);
      expect(privateHits).toBe(0);
      // With the setting on, the same redirect is followed.
      expect(await fetchFeed(`${origin}/direct`, () => false)).toContain("BEGIN:VCALENDAR");
      expect(privateHits).toBe(1);
    } finally {
      await Promise.all([internal, outside].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    }
  });
});

describe("a feed re-imported every day", () => {
  let feed: Server;
  let calendar = "";
  beforeAll(async () => {
    feed = createServer((_request, response) => response.writeHead(200, { "content-type": "text/calendar" }).end(calendar));
    await new Promise<void>((resolve) => feed.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => feed.close(() => resolve())));

  const vevent = (uid: string, summary: string, day: string, commune = "62300 Lens") => [
    "BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20261001T080000Z", `DTSTART;TZID=Europe/Paris:${day}T140000`, `DTEND;TZID=Europe/Paris:${day}T160000`,
    `SUMMARY:${summary}`, `LOCATION:Maison des projets\\, ${commune}`, "END:VEVENT",
  ].join("\r\n");
  const ics = (...events: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//FR", ...events, "END:VCALENDAR", ""].join("\r\n");

  it("is fetched by the job, and re-imported by itself: new and own events written, a possible duplicate kept for review", async () => {
    calendar = ics(vevent("feed-1@test", "Balade des jardins partagés", "20261110"), vevent("feed-2@test", "Café des entrepreneurs solidaires", "20261117"));
    const url = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/programme.ics`;
    const imp = await start({ kind: "EVENTS", format: "ICALENDAR", edition: EDITION, leadOrganisation: LEAD, url, daily: true });
    expect(imp.counts).toEqual({ new: 2, update: 0, possibleDuplicate: 0, invalid: 0 });
    expect((await confirm({ id: imp.id })).data.confirmImport.outcome).toEqual({ created: 2, updated: 0, skipped: 0 });
    const key = `import-feed:EVENTS:${EDITION}:${url}`;
    const [job] = await query(database.url, "SELECT run_at - now() > interval '23 hours' AS tomorrow, payload->>'importId' AS import_id FROM graphile_worker._private_jobs WHERE key = $1", [key]);
    expect(job).toEqual({ tomorrow: true, import_id: imp.id });

    // The next day, the feed retitles its first event, adds one, and adds another that resembles the demo forum.
    calendar = ics(
      vevent("feed-1@test", "Balade des jardins partagés (nouveau parcours)", "20261110"),
      vevent("feed-2@test", "Café des entrepreneurs solidaires", "20261117"),
      vevent("feed-3@test", "Visite de la recyclerie", "20261119"),
      // The demo forum's very title.
      vevent("feed-4@test", "Forum de l'ESS de l'agglomération d'Hénin-Carvin", "20261112", "62110 Hénin-Beaumont"),
    );
    const [{ n: before }] = await query(database.url, "SELECT count(*)::int AS n FROM event WHERE edition_id = $1", [EDITION]);
    await query(database.url, "UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = $1", [key]);
    const deadline = Date.now() + 20_000;
    let scheduled: { id: string }[] = [];
    while (!scheduled.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      scheduled = await query(database.url, "SELECT id FROM data_import WHERE scheduled AND url = $1 AND state IN ('PREVIEW', 'COMMITTED', 'FAILED')", [url]);
    }
    expect(scheduled).toHaveLength(1);
    const reimport = await settled(scheduled[0].id);
    const rows = byKey(rowsOf(reimport));
    expect(rows.get("feed-1@test")).toMatchObject({ class: "UPDATE", matchedFromSource: true });
    expect(rows.get("feed-1@test")!.writtenId).toBe(rows.get("feed-1@test")!.matchedId);
    expect(rows.get("feed-3@test")).toMatchObject({ class: "NEW" });
    expect(rows.get("feed-3@test")!.writtenId).not.toBeNull();
    // The demo forum, under that very title (an earlier test created « Forum ESS de l'agglomération… », as alike to pg_trgm).
    expect(rows.get("feed-4@test")).toMatchObject({ class: "POSSIBLE_DUPLICATE", writtenId: null, matchedId: FORUM });
    // The possible duplicate waits for the animator.
    expect(reimport).toMatchObject({ state: "PREVIEW", scheduled: true, outcome: { created: 1, updated: 2, skipped: 1 } });
    const [{ n: after }] = await query(database.url, "SELECT count(*)::int AS n FROM event WHERE edition_id = $1", [EDITION]);
    expect(after).toBe(before + 1);
    const [retitled] = await query(database.url, "SELECT title FROM event WHERE id = $1", [rows.get("feed-1@test")!.matchedId]);
    expect(retitled.title).toBe("Balade des jardins partagés (nouveau parcours)");
    const [next] = await query(database.url, "SELECT run_at - now() > interval '23 hours' AS tomorrow FROM graphile_worker._private_jobs WHERE key = $1", [key]);
    expect(next).toEqual({ tomorrow: true });

    // The animator then confirms the rest: the duplicate skipped, nothing written twice.
    const rest = await confirm({ id: reimport.id });
    expect(rest.data.confirmImport.outcome).toEqual({ created: 0, updated: 0, skipped: 1 });
  });
});
