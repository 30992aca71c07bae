// What a collectivité or a researcher reads is never fiction or a guess
// passed for a fact: demonstration events make no ties and say what they
// are, every value says how it is known, unknown is not none, every record
// cites its document. Expectations come from the reviewed data files and
// independent SQL, not from the code under test.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { organisations } from "../../server/actors/data/organisations.ts";
import { sources } from "../../server/sources/data/sources.ts";
import { shareholdings } from "../../server/maisons/data/shareholdings.ts";
import { maisons } from "../../server/maisons/data/maisons.ts";
import { collectives } from "../../server/collectives/data/collectives.ts";
import { indicators } from "../../server/policies/data/policies.ts";

let server: TestServer;
const CALL = "246200364";
const CAHC = "246200299";

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("demonstration data", () => {
  it("makes no cooperation tie in the default graph of the CA d'Hénin-Carvin, and only when asked for", async () => {
    const query = (includeDemo: boolean) => `{ cooperationGraph(scope: { territory: "${CAHC}", includeDemo: ${includeDemo} }) {
      summary { edges ties } edges(first: 100) { edges { node { source target } } } downloads { gexf } } }`;
    const real = await server.graphql(query(false));
    const withDemo = await server.graphql(query(true));
    expect(real.errors).toBeUndefined();
    // Independently: pairs co-organising a confirmed demonstration event with an end in the CA.
    // (Located in the CA: in one of its communes, or placed in the CA itself.)
    const [demo] = await server.prisma.$queryRaw<{ ties: number }[]>`
      WITH ca AS (SELECT id FROM territory WHERE code = ${CAHC} AND kind = 'EPCI'),
      inside AS (SELECT id FROM ca UNION SELECT descendant_id FROM territory_inclusion WHERE ancestor_id IN (SELECT id FROM ca))
      SELECT count(*)::int AS ties FROM event e
        JOIN event_co_organiser x ON x.event_id = e.id JOIN event_co_organiser y ON y.event_id = e.id AND y.organisation_id > x.organisation_id
        JOIN organisation ox ON ox.id = x.organisation_id JOIN organisation oy ON oy.id = y.organisation_id
       WHERE e.is_demo AND e.status = 'CONFIRMED'
         AND (ox.location_id IN (SELECT id FROM inside) OR oy.location_id IN (SELECT id FROM inside))`;
    expect(demo.ties).toBeGreaterThan(0);
    expect(withDemo.data.cooperationGraph.summary.ties - real.data.cooperationGraph.summary.ties).toBe(demo.ties);
    // No edge of the default graph rests on a demonstration event.
    const edgesOf = (result: any) => new Set<string>(result.data.cooperationGraph.edges.edges.map((edge: any) => `${edge.node.source}|${edge.node.target}`));
    const onlyDemo = [...edgesOf(withDemo)].filter((pair) => !edgesOf(real).has(pair));
    expect(onlyDemo.length).toBeGreaterThan(0);
    expect(withDemo.data.cooperationGraph.downloads.gexf).toContain("demo=true");
    // The download without the parameter has none of those pairs either.
    const csv = await (await fetch(`${server.url}/exports/cooperation-edges.csv?territory=${CAHC}`)).text();
    for (const pair of onlyDemo) expect(csv).not.toContain(pair.replace("|", ","));
  });

  it("lists no demonstration tie among an organisation's partners, nor on a path between the two agglomérations", async () => {
    const result = await server.graphql(`{ organisation(id: "le-toit-commun-scic") { partners(first: 100) { edges { node { ties { source sourceId } } } } } }`);
    const eventIds = result.data.organisation.partners.edges.flatMap((edge: any) => edge.node.ties.filter((tie: any) => tie.source === "EVENT").map((tie: any) => tie.sourceId));
    if (eventIds.length) {
      const demo = await server.prisma.event.count({ where: { id: { in: eventIds }, isDemo: true } });
      expect(demo).toBe(0);
    }
    const path = await server.graphql(`{ path(from: "call", to: "cahc") { steps { ties { source sourceId } } } }`);
    const pathEvents = (path.data.path?.steps ?? []).flatMap((step: any) => step.ties.filter((tie: any) => tie.source === "EVENT").map((tie: any) => tie.sourceId));
    expect(await server.prisma.event.count({ where: { id: { in: pathEvents }, isDemo: true } })).toBe(0);
  });

  it("lists an organisation's demonstration ties only when asked for, each marked isDemo", async () => {
    const query = (includeDemo: boolean) => `{ organisation(id: "le-toit-commun-scic") {
      partners(first: 100, includeDemo: ${includeDemo}) { edges { node { ties { source sourceId isDemo } } } } } }`;
    const tiesOf = (result: any): { source: string; sourceId: string; isDemo: boolean }[] =>
      result.data.organisation.partners.edges.flatMap((edge: any) => edge.node.ties);
    const real = tiesOf(await server.graphql(query(false)));
    const withDemo = tiesOf(await server.graphql(query(true)));
    expect(real.every((tie) => !tie.isDemo)).toBe(true);
    // Independently: the co-organisers beside it of its confirmed demonstration events.
    const [demo] = await server.prisma.$queryRaw<{ ties: number }[]>`
      SELECT count(*)::int AS ties FROM event e
        JOIN event_co_organiser x ON x.event_id = e.id AND x.organisation_id = 'le-toit-commun-scic'
        JOIN event_co_organiser y ON y.event_id = e.id AND y.organisation_id <> x.organisation_id
       WHERE e.is_demo AND e.status = 'CONFIRMED'`;
    expect(demo.ties).toBeGreaterThan(0);
    expect(withDemo.filter((tie) => tie.isDemo)).toHaveLength(demo.ties);
    expect(withDemo.filter((tie) => tie.isDemo).every((tie) => tie.source === "EVENT")).toBe(true);
    expect(withDemo.length - real.length).toBe(demo.ties);
  });

  it("marks demonstration events in the calendar feeds, where calendar applications show it", async () => {
    const edition = await server.prisma.edition.findFirstOrThrow({ where: { isDemo: true, events: { some: { status: "CONFIRMED" } } } });
    const feed = await (await fetch(`${server.url}/calendar/editions/${edition.id}.ics`)).text();
    const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", `
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(sys.stdin.read())
print(json.dumps([{"summary": str(e.get("summary")), "description": str(e.get("description")),
                   "categories": [str(c) for cat in (e.get("categories") if isinstance(e.get("categories"), list) else [e.get("categories")]) if cat for c in cat.cats]}
                  for e in calendar.walk("VEVENT")]))
`], { input: feed, encoding: "utf8" }));
    expect(read.length).toBeGreaterThan(0);
    for (const event of read) {
      expect(event.summary).toMatch(/^\[Démonstration\] /);
      expect(event.description).toMatch(/^Événement de démonstration : fictif/);
      expect(event.categories).toContain("Démonstration");
    }
  });
});

describe("how values are known", () => {
  it("gives a legal form only with its certainty, and unknown as null, never a guess", async () => {
    const result = await server.graphql(`{ organisations(first: 100) { edges { node { id legalForm family legalFormEvidence { certainty basis source { id title } } } } } }`);
    const seen = result.data.organisations.edges.map((edge: any) => edge.node);
    const byId = new Map(organisations.map((o) => [o.id, o]));
    let unknown = 0;
    for (const node of seen) {
      const seed = byId.get(node.id)!;
      expect(node.legalForm, node.id).toBe(seed.legalForm ?? null);
      if (seed.legalForm) {
        expect(node.legalFormEvidence.certainty, node.id).toBe(seed.legalFormCertainty);
        expect(node.legalFormEvidence.source?.id, node.id).toBe(seed.source);
      } else {
        unknown += 1;
        expect(node.family, node.id).toBeNull();
        expect(node.legalFormEvidence, node.id).toBeNull();
      }
    }
    expect(unknown).toBeGreaterThan(0);
  });

  it("tells a stated sociétaire from an inferred one, and describes an unnamed one", async () => {
    const result = await server.graphql(`{ organisation(id: "le-toit-commun-scic") { shareholders(first: 100) { edges { node { holder { id } holderLabel evidence { certainty basis } } } } } }`);
    expect(result.errors).toBeUndefined();
    const rows = result.data.organisation.shareholders.edges.map((edge: any) => edge.node);
    const expected = shareholdings.filter((s) => s.company === "le-toit-commun-scic");
    expect(rows).toHaveLength(expected.length);
    for (const seed of expected) {
      const row = rows.find((node: any) => node.holder?.id === seed.holder);
      expect(row?.evidence.certainty, seed.id).toBe(seed.certainty);
    }
    expect(rows.some((row: any) => row.evidence.certainty === "STATED")).toBe(true);
    expect(rows.some((row: any) => row.evidence.certainty === "INFERRED" && row.evidence.basis)).toBe(true);
    const described = shareholdings.filter((s) => s.holderLabel);
    expect(described.length).toBeGreaterThan(0);
  });

  it("cites every record by a document with its title, author and date", async () => {
    const result = await server.graphql(`{ sources { id title author dateLabel kind } organisation(id: "le-toit-commun-scic") { source { id title dateLabel } } }`);
    expect(result.data.sources.map((s: any) => s.id).sort()).toEqual(sources.map((s) => s.id).sort());
    for (const source of result.data.sources) {
      expect(source.title.length).toBeGreaterThan(10);
      expect(source.dateLabel.length).toBeGreaterThan(3);
    }
    expect(result.data.organisation.source.title).not.toMatch(/seeds\//);
    const [uncited] = await server.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM organisation WHERE source_id IS NULL AND id NOT LIKE 'test-%'`;
    expect(uncited.n).toBe(0);
  });

  it("lists the organisations and collectives that cite a document", async () => {
    for (const source of sources) {
      const result = await server.graphql(`query ($s: ID!) { organisations(filter: { source: $s }, first: 100) { totalCount edges { node { id } } }
        collectives(filter: { source: $s }, first: 100) { totalCount } }`, { s: source.id });
      const expected = organisations.filter((o) => o.source === source.id).map((o) => o.id).sort();
      expect(result.data.organisations.totalCount, source.id).toBe(expected.length);
      if (expected.length <= 100) expect(result.data.organisations.edges.map((edge: any) => edge.node.id).sort(), source.id).toEqual(expected);
      expect(result.data.collectives.totalCount, source.id).toBe(collectives.filter((c) => c.source === source.id).length);
    }
  });
});

describe("what a collectivité reads", () => {
  it("counts in the CA de Lens-Liévin the members of Le Toit Commun whose commune is unknown", async () => {
    const placed = organisations.filter((o) => !o.commune && o.location?.kind === "EPCI" && o.location.code === CALL);
    expect(placed.map((o) => o.id)).toContain("cliss-xxi");
    const result = await server.graphql(`{ territory(code: "${CALL}") { essProfile { organisations essOrganisations nonEssOrganisations organisationsOfUnknownFamily } }
      organisations(filter: { territory: "${CALL}" }, first: 100) { totalCount edges { node { id commune { code } location { code kind } } } } }`);
    const listed = result.data.organisations.edges.map((edge: any) => edge.node);
    for (const o of placed) expect(listed.find((node: any) => node.id === o.id), o.id).toMatchObject({ commune: null, location: { code: CALL, kind: "EPCI" } });
    const profile = result.data.territory.essProfile;
    expect(profile.organisations).toBe(result.data.organisations.totalCount);
    expect(profile.essOrganisations + profile.nonEssOrganisations + profile.organisationsOfUnknownFamily).toBe(profile.organisations);
    // The CA itself is a partner outside the ESS, counted apart.
    expect(profile.nonEssOrganisations).toBeGreaterThan(0);
  });

  it("downloads the certainty of each legal form and the title of each source, and says « commune inconnue »", async () => {
    const text = await (await fetch(`${server.url}/exports/organisations.csv?territory=${CALL}`)).text();
    // Read back by Python's csv module, as a spreadsheet would (quoted cells, « ; » in titles).
    const [header, ...rows]: string[][] = JSON.parse(execFileSync("/usr/bin/python3", ["-c",
      "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read().lstrip('\\ufeff')), delimiter=';'))))"],
      { input: text, encoding: "utf8" }));
    for (const column of ["Certitude de la forme juridique", "Source", "Date de la source"]) expect(header).toContain(column);
    const at = (row: string[], column: string) => row[header.indexOf(column)];
    const cliss = rows.find((row) => at(row, "Identifiant") === "cliss-xxi")!;
    expect(at(cliss, "Commune")).toBe("commune inconnue");
    expect(at(cliss, "SIREN de l'EPCI")).toBe(CALL);
    const titles = new Set(sources.map((source) => source.title));
    for (const row of rows) expect(titles.has(at(row, "Source")), at(row, "Identifiant")).toBe(true);
    expect(rows.some((row) => at(row, "Forme juridique") === "inconnue")).toBe(true);
    expect(rows.some((row) => at(row, "Certitude de la forme juridique") === "Déduite")).toBe(true);
  });

  it("ties each collectivité to the territory it governs, both ways", async () => {
    const governing = organisations.filter((o) => o.governs);
    expect(governing.length).toBeGreaterThan(0);
    const result = await server.graphql(`{ organisations(first: 100, filter: { legalForms: [COLLECTIVITE] }) { edges { node { id governs { code kind } } } } }`);
    const byId = new Map(result.data.organisations.edges.map((edge: any) => [edge.node.id, edge.node]));
    for (const seed of governing) {
      expect((byId.get(seed.id) as any)?.governs, seed.id).toMatchObject({ code: seed.governs!.code, kind: seed.governs!.kind });
    }
    const call = governing.find((o) => o.governs!.code === CALL)!;
    const territory = await server.graphql(`{ territory(code: "${CALL}") { governedBy { id } } }`);
    expect(territory.data.territory.governedBy.map((o: any) => o.id)).toContain(call.id);
  });

  it("gives one jobs rule: known headcounts with their years, the published indicator with its source and year", async () => {
    const result = await server.graphql(`{ territory(code: "${CALL}") { essProfile {
      jobs organisationsWithKnownJobs knownJobsYears { first last }
      jobsIndicator { kind value year producer source { id title } } } } }`);
    expect(result.errors).toBeUndefined();
    const profile = result.data.territory.essProfile;
    // The published count is the CALL's own ESS_JOBS indicator, cited by its document.
    const published = indicators.find((i) => i.territory.code === CALL && i.kind === "ESS_JOBS")!;
    expect(profile.jobsIndicator).toMatchObject({ kind: "ESS_JOBS", value: published.value, source: { id: published.source } });
    // Known headcounts: summed in SQL over the ESS organisations located in the CA.
    const [known] = await server.prisma.$queryRaw<{ jobs: number; n: number; first: number | null; last: number | null }[]>`
      WITH ca AS (SELECT id FROM territory WHERE code = ${CALL} AND kind = 'EPCI'),
      inside AS (SELECT id FROM ca UNION SELECT descendant_id FROM territory_inclusion WHERE ancestor_id IN (SELECT id FROM ca))
      SELECT coalesce(sum(headcount), 0)::int AS jobs, count(headcount)::int AS n,
             min(headcount_year) FILTER (WHERE headcount IS NOT NULL) AS first, max(headcount_year) FILTER (WHERE headcount IS NOT NULL) AS last
        FROM organisation WHERE location_id IN (SELECT id FROM inside) AND family IS NOT NULL AND family <> 'HORS_ESS'`;
    expect(profile.jobs).toBe(known.jobs);
    expect(profile.organisationsWithKnownJobs).toBe(known.n);
    expect(profile.knownJobsYears).toEqual(known.first === null ? null : { first: known.first, last: known.last });
    // A territory with neither: no indicator, and no year to pass zero for a count.
    const empty = await server.graphql(`{ territory(code: "62001") { essProfile { jobs organisationsWithKnownJobs knownJobsYears { first } jobsIndicator { value } } } }`);
    expect(empty.data.territory.essProfile).toEqual({ jobs: 0, organisationsWithKnownJobs: 0, knownJobsYears: null, jobsIndicator: null });
  });
});

describe("unknown is not none", () => {
  it("leaves a collective's structure unknown where the documents are silent, and says AUCUNE only where one says so", async () => {
    const result = await server.graphql(`{ collectives(first: 100) { edges { node { id structure structureEvidence { certainty basis source { id } } } } } }`);
    const byId = new Map(result.data.collectives.edges.map((edge: any) => [edge.node.id, edge.node]));
    const silent = collectives.filter((c) => !c.structure);
    const none = collectives.filter((c) => c.structure === "AUCUNE");
    expect(silent.length).toBeGreaterThan(0);
    expect(none.length).toBeGreaterThan(0);
    for (const seed of silent) expect(byId.get(seed.id), seed.id).toMatchObject({ structure: null, structureEvidence: null });
    for (const seed of none) {
      const node = byId.get(seed.id) as any;
      expect(node.structure, seed.id).toBe("AUCUNE");
      expect(node.structureEvidence.certainty, seed.id).toBe(seed.structureCertainty);
      expect(node.structureEvidence.basis, seed.id).toBeTruthy();
    }
  });

  it("says how each signature, participation and reported edition is known, and reports no year the documents cannot speak of", async () => {
    const result = await server.graphql(`{
      maison(id: "le-toit-commun") { charter { signatures(first: 100) { edges { node { organisation { id } evidence { certainty basis } } } } } }
      cotess(id: "cotess-bassin-minier") { moisEssParticipations { year evidence { certainty basis source { id year } } } }
      editions { id year isDemo evidence { certainty basis } } }`);
    expect(result.errors).toBeUndefined();
    const signatures = result.data.maison.charter.signatures.edges.map((edge: any) => edge.node);
    expect(signatures.length).toBeGreaterThan(0);
    for (const signature of signatures) {
      expect(["STATED", "INFERRED"], signature.organisation.id).toContain(signature.evidence.certainty);
      if (signature.evidence.certainty === "INFERRED") expect(signature.evidence.basis, signature.organisation.id).toBeTruthy();
    }
    // A participation is never after the year of the document it rests on.
    const participations = result.data.cotess.moisEssParticipations;
    expect(participations.length).toBeGreaterThan(0);
    for (const participation of participations) {
      expect(participation.evidence.source, String(participation.year)).not.toBeNull();
      expect(participation.year).toBeLessThanOrEqual(participation.evidence.source.year);
    }
    // Reported editions (not demonstration) carry their evidence; demonstration ones are marked instead.
    const reported = result.data.editions.filter((edition: any) => !edition.isDemo);
    expect(reported.length).toBeGreaterThan(0);
    for (const edition of reported) expect(edition.evidence?.certainty, edition.id).toBeDefined();
  });

  it("quotes the Maisons' statements from their document, and says who funds rather than recognises", async () => {
    const result = await server.graphql(`{
      toit: maison(id: "le-toit-commun") { statements { text source { id title } } }
      mes: maison(id: "maison-de-l-economie-solidaire-mel") { roles(first: 100) { edges { node { role organisation { id } } } } } }`);
    const seed = maisons.find((m) => m.id === "le-toit-commun")!;
    expect(result.data.toit.statements.map((s: any) => s.text)).toEqual(seed.statements!.map((s) => s.text));
    for (const statement of result.data.toit.statements) expect(statement.source.id).toBe(seed.statements!.find((s) => s.text === statement.text)!.source);
    const roles = result.data.mes.roles.edges.map((edge: any) => edge.node);
    expect(roles).toContainEqual({ role: "FINANCEUR", organisation: { id: "mel" } });
  });

  it("counts actors of unknown legal form among the absent sectors of an edition, without taking them for a family", async () => {
    const edition = await server.prisma.edition.findFirstOrThrow({ where: { cotessId: "cotess-bassin-minier", year: 2026 } });
    const cookie = await server.signIn("animation.cotess@maillage.demo");
    const result = await server.graphql(`{ edition(id: "${edition.id}") { blindSpots { absentFamilies { family } absentSectors { sector organisations } } } }`,
      {}, { cookie });
    expect(result.errors).toBeUndefined();
    const spots = result.data.edition.blindSpots;
    for (const row of spots.absentFamilies) expect(row.family).not.toBeNull();
    // Independently: organisations of the scope by sector, those of unknown legal form included.
    const counts = await server.prisma.$queryRaw<{ sector: string; all: number; known: number }[]>`
      WITH scope AS (SELECT territory_id AS id FROM edition_territory WHERE edition_id = ${edition.id}
                     UNION SELECT i.descendant_id FROM edition_territory et JOIN territory_inclusion i ON i.ancestor_id = et.territory_id
                      WHERE et.edition_id = ${edition.id})
      SELECT sector::text AS sector, count(*)::int AS all, (count(*) FILTER (WHERE family IS NOT NULL))::int AS known
        FROM organisation CROSS JOIN unnest(sectors) AS sector
       WHERE location_id IN (SELECT id FROM scope) AND (family IS NULL OR family <> 'HORS_ESS') GROUP BY sector`;
    const bySector = new Map(counts.map((row) => [row.sector, row]));
    expect(spots.absentSectors.length).toBeGreaterThan(0);
    for (const row of spots.absentSectors) expect(row.organisations, row.sector).toBe(bySector.get(row.sector)!.all);
    // The data has actors of unknown legal form in the scope; they are not dropped.
    expect(counts.some((row) => row.all > row.known)).toBe(true);
  });
});
