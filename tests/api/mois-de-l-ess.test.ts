// Planning the Mois de l'ESS over HTTP, against the real database: accounts
// and sessions, the rules of event writes, clashes, blind spots, the report.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ogrSummary, rfc7946Check } from "../support/geojson.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { fixedClock } from "../../server/core/clock.ts";
import { createApp } from "../../server/app/http.ts";

let server: TestServer;
let animator: string;
let editor: string;
let agent: string;
let editionId: string;

const DEMO_2026 = "mois-ess-2026-cotess-bassin-minier";

const EVENT_FIELDS = `id title status version publishedAt
  sessions { localStart localEnd startsAt endsAt }
  coOrganisers { role organisation { id } }
  commune { code }`;
const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) {
  event { ${EVENT_FIELDS} }
  clashes { severity reasons { kind audiences themes organisations { id } epci { code } } first { event { id } localStart } second { event { id title } } }
} }`;
const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) {
  event { ${EVENT_FIELDS} }
  clashes { severity reasons { kind } second { event { id } } }
} }`;

/** A valid event of the test edition; `overrides` replace fields. */
function buildEvent(overrides: Record<string, unknown> = {}) {
  return {
    edition: editionId,
    title: `Forum de l'ESS ${randomUUID().slice(0, 8)}`,
    type: "FORUM",
    status: "PROPOSED",
    venue: { maison: "le-toit-commun" },
    audiences: ["GRAND_PUBLIC"],
    themes: ["INSERTION_EMPLOI"],
    sessions: [{ start: "2026-11-05T18:00", end: "2026-11-05T20:00" }],
    coOrganisers: [{ organisation: "le-toit-commun-scic", role: "LEAD" }, { organisation: "call", role: "FUNDER" }],
    ...overrides,
  };
}

async function countRows() {
  const [row] = await server.prisma.$queryRaw<{ events: number; sessions: number; organisers: number; audit: number }[]>`
    SELECT (SELECT count(*)::int FROM event WHERE edition_id = ${editionId}) AS events,
           (SELECT count(*)::int FROM event_session WHERE edition_id = ${editionId}) AS sessions,
           (SELECT count(*)::int FROM event_co_organiser c JOIN event e ON e.id = c.event_id WHERE e.edition_id = ${editionId}) AS organisers,
           (SELECT count(*)::int FROM audit_entry WHERE edition_id = ${editionId}) AS audit`;
  return row;
}

beforeAll(async () => {
  server = await startTestServer();
  // An edition of the bassin minier COTESS of its own, so that these writes
  // never touch the demo programme other tests read. Its year is far away:
  // one edition per network and year.
  editionId = `test-${randomUUID()}`;
  const lens = await server.prisma.territory.findUniqueOrThrow({ where: { kind_code: { kind: "EPCI", code: "246200364" } } });
  await server.prisma.edition.create({
    data: {
      id: editionId, year: 3000 + Math.floor(Math.random() * 5000), title: "Édition de test", cotessId: "cotess-bassin-minier",
      startsOn: new Date("2026-11-01T00:00:00Z"), endsOn: new Date("2026-11-30T00:00:00Z"),
      territories: { create: [{ territoryId: lens.id }] },
    },
  });
  [animator, editor, agent] = await Promise.all([
    server.signIn("animation.cotess@maillage.demo"),
    server.signIn("editeur.emergences62@maillage.demo"),
    server.signIn("agent.call@maillage.demo"),
  ]);
});

afterAll(async () => {
  await server?.prisma.auditEntry.deleteMany({ where: { editionId } });
  await server?.prisma.edition.deleteMany({ where: { id: editionId } });
  await server?.close();
});

describe("accounts and sessions", () => {
  it("signs in with an httpOnly SameSite cookie, knows the viewer, and signs out", async () => {
    const signIn = await server.graphql("mutation { signIn(input: {email: \"Animation.Cotess@maillage.demo\", password: \"maillage-demo\"}) { email roles { kind cotess { id } } } }");
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data.signIn).toEqual({ email: "animation.cotess@maillage.demo", roles: [{ kind: "NETWORK_ANIMATOR", cotess: { id: "cotess-bassin-minier" } }] });
    expect(signIn.setCookie).toMatch(/^maillage_session=[\w-]{43};/);
    expect(signIn.setCookie).toMatch(/HttpOnly/i);
    expect(signIn.setCookie).toMatch(/SameSite=Lax/i);
    const cookie = signIn.setCookie!.split(";")[0];

    const viewer = await server.graphql("{ viewer { displayName } }", {}, { cookie });
    expect(viewer.data.viewer.displayName).toContain("COTESS");

    // Only the hash of the token is stored.
    const token = cookie.split("=")[1];
    expect(await server.prisma.session.count({ where: { id: token } })).toBe(0);

    await server.graphql("mutation { signOut }", {}, { cookie });
    expect((await server.graphql("{ viewer { id } }", {}, { cookie })).data.viewer).toBeNull();
  });

  it("refuses a wrong password or an unknown e-mail with the same UNAUTHENTICATED error", async () => {
    const wrong = await server.graphql("mutation { signIn(input: {email: \"admin@maillage.demo\", password: \"nope\"}) { id } }");
    const unknown = await server.graphql("mutation { signIn(input: {email: \"personne@maillage.demo\", password: \"nope\"}) { id } }");
    for (const result of [wrong, unknown]) {
      expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(result.errors?.[0].message).toBe("Adresse électronique ou mot de passe incorrect.");
      expect(result.setCookie).toBeNull();
    }
  });

  it("serves a session opened by one API process from another (sessions live in PostgreSQL)", async () => {
    const other = await createApp({ prisma: server.prisma, log: (await import("../../server/core/logger.ts")).createLogger("silent"), production: true });
    const { createServer } = await import("node:http");
    const http = createServer(other.handler);
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    try {
      const port = (http.address() as { port: number }).port;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: animator },
        body: JSON.stringify({ query: "{ viewer { email } }" }),
      });
      expect((await response.json()).data.viewer.email).toBe("animation.cotess@maillage.demo");
    } finally {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await other.stop();
    }
  });
});

describe("writing events", () => {
  it("creates an event with its sessions in Europe/Paris time and records who did it", async () => {
    const input = buildEvent({ sessions: [{ start: "2026-11-05T18:00", end: "2026-11-05T20:00" }, { start: "2026-11-07T14:00", end: "2026-11-07T16:00" }] });
    const result = await server.graphql(CREATE, { input }, { cookie: animator });
    expect(result.errors).toBeUndefined();
    const event = result.data.createEvent.event;
    expect(event.status).toBe("PROPOSED");
    expect(event.version).toBe(1);
    // November is UTC+1 in Paris.
    expect(event.sessions.map((s: any) => [s.localStart, s.startsAt])).toEqual([
      ["2026-11-05T18:00", "2026-11-05T17:00:00.000Z"],
      ["2026-11-07T14:00", "2026-11-07T13:00:00.000Z"],
    ]);
    expect(event.coOrganisers[0]).toEqual({ role: "LEAD", organisation: { id: "le-toit-commun-scic" } });
    expect(event.commune.code).toBe("62498");

    const trail = await server.graphql(
      "query ($id: ID!) { auditTrail(scope: {edition: $id}) { edges { node { author action entityType entityId changes } } } }",
      { id: editionId },
      { cookie: animator },
    );
    const entry = trail.data.auditTrail.edges.find((edge: any) => edge.node.entityId === event.id).node;
    expect(entry).toMatchObject({ author: expect.stringContaining("COTESS"), action: "CREATE", entityType: "Event" });
    expect(entry.changes.sessions).toEqual([{ start: "2026-11-05T18:00", end: "2026-11-05T20:00" }, { start: "2026-11-07T14:00", end: "2026-11-07T16:00" }]);

    // The audit trail is the network's: an organisation's editor may not read it.
    const refused = await server.graphql("query ($id: ID!) { auditTrail(scope: {edition: $id}) { totalCount } }", { id: editionId }, { cookie: editor });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it.each([
    ["an event that ends before it starts", { sessions: [{ start: "2026-11-05T18:00", end: "2026-11-05T17:00" }] }, "sessions.0.end"],
    ["an event outside its edition's month", { sessions: [{ start: "2026-12-02T18:00", end: "2026-12-02T20:00" }] }, "sessions.0.start"],
    ["an hour that does not exist", { sessions: [{ start: "2026-11-05T18:00", end: "2026-11-05T25:00" }] }, "sessions.0.end"],
    ["an unknown venue", { venue: { maison: "maison-inconnue" } }, "venue.maison"],
    ["two venues at once", { venue: { maison: "le-toit-commun", address: "1 rue de Lens", commune: "62498" } }, "venue"],
    ["an unknown commune", { venue: { address: "1 rue du Port", commune: "99999" } }, "venue.commune"],
    ["an unknown organisation", { coOrganisers: [{ organisation: "call", role: "LEAD" }, { organisation: "inconnue", role: "PARTNER" }] }, "coOrganisers.1.organisation"],
    ["a co-organiser list without a lead", { coOrganisers: [{ organisation: "call", role: "PARTNER" }] }, "coOrganisers"],
    ["an empty title", { title: "" }, "title"],
    ["a registration link that is no web address", { registrationUrl: "inscription" }, "registrationUrl"],
  ])("refuses %s with BAD_USER_INPUT naming the field, and writes nothing", async (_name, overrides, field) => {
    const before = await countRows();
    const result = await server.graphql(CREATE, { input: buildEvent(overrides) }, { cookie: animator });
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(result.errors?.[0].message).toMatch(/[a-zé]/);
    expect(result.data).toBeNull();
    expect(await countRows()).toEqual(before);
  });

  it("saves an event whose commune lies outside its edition's territory, and says so until it is moved inside", async () => {
    const FIELDS = "event { id version outsideEditionTerritory commune { code } }";
    // 62300 is Équihen-Plage's INSEE code (and Lens's postal code): far from the CA de Lens - Liévin of this edition.
    const created = await server.graphql(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { ${FIELDS} } }`,
      { input: buildEvent({ status: "DRAFT", venue: { address: "Rue de la Plage", commune: "62300" } }) },
      { cookie: animator },
    );
    expect(created.errors).toBeUndefined();
    const event = created.data.createEvent.event;
    expect(event).toMatchObject({ commune: { code: "62300" }, outsideEditionTerritory: true });

    const moved = await server.graphql(
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { ${FIELDS} } }`,
      { input: { id: event.id, version: event.version, venue: { address: "Rue de la Plage", commune: "62498" } } },
      { cookie: animator },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateEvent.event).toMatchObject({ commune: { code: "62498" }, outsideEditionTerritory: false });

    // A code that is no commune is refused, in French, on the venue's commune.
    const unknown = await server.graphql(
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { ${FIELDS} } }`,
      { input: { id: event.id, version: moved.data.updateEvent.event.version, venue: { address: "Rue de la Plage", commune: "62999" } } },
      { cookie: animator },
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "venue.commune" });
    expect(unknown.errors?.[0].message).toBe("Aucune commune n'a le code INSEE « 62999 ».");

    // Read again (the programme, the editor), it says the same.
    const read = await server.graphql("query ($id: ID!) { event(id: $id) { outsideEditionTerritory } }", { id: event.id }, { cookie: animator });
    expect(read.data.event.outsideEditionTerritory).toBe(false);
  });

  it("refuses writes without the right role: FORBIDDEN or UNAUTHENTICATED, nothing written", async () => {
    const before = await countRows();
    const anonymous = await server.graphql(CREATE, { input: buildEvent() });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // The editor of Émergences 62 may not write an event it does not co-organise…
    const stranger = await server.graphql(CREATE, { input: buildEvent() }, { cookie: editor });
    expect(stranger.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // …nor may a collectivité agent, who only reads.
    const reader = await server.graphql(CREATE, { input: buildEvent() }, { cookie: agent });
    expect(reader.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // An editor may propose an event its organisation co-organises, not confirm it.
    const confirming = await server.graphql(
      CREATE,
      { input: buildEvent({ status: "CONFIRMED", coOrganisers: [{ organisation: "emergences-62", role: "LEAD" }] }) },
      { cookie: editor },
    );
    expect(confirming.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await countRows()).toEqual(before);

    const proposing = await server.graphql(
      CREATE,
      { input: buildEvent({ venue: { address: "Salle des fêtes", commune: "62510" }, sessions: [{ start: "2026-11-03T09:00", end: "2026-11-03T10:00" }], coOrganisers: [{ organisation: "emergences-62", role: "LEAD" }] }) },
      { cookie: editor },
    );
    expect(proposing.errors).toBeUndefined();
    expect(proposing.data.createEvent.event.status).toBe("PROPOSED");
  });

  it("refuses a stale version with CONFLICT and the current version, and overwrites nothing", async () => {
    const created = (await server.graphql(CREATE, { input: buildEvent({ sessions: [{ start: "2026-11-10T09:00", end: "2026-11-10T10:00" }] }) }, { cookie: animator })).data.createEvent.event;
    const first = await server.graphql(UPDATE, { input: { id: created.id, version: 1, title: "Titre de la première personne" } }, { cookie: animator });
    expect(first.data.updateEvent.event.version).toBe(2);
    const second = await server.graphql(UPDATE, { input: { id: created.id, version: 1, title: "Titre de la seconde personne" } }, { cookie: animator });
    expect(second.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "STALE_VERSION", currentVersion: 2, field: "version" });
    const stored = await server.prisma.event.findUniqueOrThrow({ where: { id: created.id } });
    expect([stored.title, stored.version]).toEqual(["Titre de la première personne", 2]);
  });

  it("publishes on confirmation and keeps a cancelled published event in the programme as cancelled", async () => {
    const created = (await server.graphql(CREATE, { input: buildEvent({ sessions: [{ start: "2026-11-11T09:00", end: "2026-11-11T10:00" }] }) }, { cookie: animator })).data.createEvent.event;
    const query = "query ($id: ID!) { event(id: $id) { status } }";
    expect((await server.graphql(query, { id: created.id })).data.event).toBeNull();
    const confirmed = await server.graphql(UPDATE, { input: { id: created.id, version: 1, status: "CONFIRMED" } }, { cookie: animator });
    expect(confirmed.data.updateEvent.event.publishedAt).not.toBeNull();
    expect((await server.graphql(query, { id: created.id })).data.event.status).toBe("CONFIRMED");
    await server.graphql(UPDATE, { input: { id: created.id, version: 2, status: "CANCELLED" } }, { cookie: animator });
    expect((await server.graphql(query, { id: created.id })).data.event.status).toBe("CANCELLED");
    const back = await server.graphql(UPDATE, { input: { id: created.id, version: 3, status: "CONFIRMED" } }, { cookie: animator });
    expect(back.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
  });
});

describe("clashes", () => {
  it("warns about neighbouring EPCI that share a border, not about two EPCI of one arrondissement that do not touch", async () => {
    const create = async (commune: string, organisation: string, start: string, end: string) => {
      const result = await server.graphql(CREATE, {
        input: buildEvent({
          venue: { address: "Salle des fêtes", commune }, audiences: ["GRAND_PUBLIC"], themes: ["CULTURE"],
          sessions: [{ start, end }], coOrganisers: [{ organisation, role: "LEAD" }],
        }),
      }, { cookie: animator });
      expect(result.errors).toBeUndefined();
      return result.data.createEvent;
    };
    // Hénin-Beaumont (CA d'Hénin-Carvin) and Lens (CA de Lens-Liévin) share a border.
    const henin = await create("62427", "afev-artois", "2026-11-27T21:00", "2026-11-27T22:30");
    const lens = await create("62498", "le-toit-commun-scic", "2026-11-27T21:30", "2026-11-27T23:00");
    const withHenin = lens.clashes.filter((clash: any) => clash.second.event.id === henin.event.id);
    expect(withHenin).toHaveLength(1);
    expect(withHenin[0].severity).toBe("LOW");
    expect(withHenin[0].reasons).toEqual([
      { kind: "NEIGHBOURING_EPCI", audiences: ["GRAND_PUBLIC"], themes: ["CULTURE"], organisations: [], epci: expect.arrayContaining([{ code: "246200364" }, { code: "246200299" }]) },
    ]);
    // Arras (CU d'Arras) and Saint-Pol-sur-Ternoise (CC du Ternois): one arrondissement, no common border.
    const arras = await create("62041", "afev-artois", "2026-11-28T21:00", "2026-11-28T22:30");
    const ternois = await create("62767", "le-toit-commun-scic", "2026-11-28T21:30", "2026-11-28T23:00");
    expect(ternois.clashes.filter((clash: any) => clash.second.event.id === arras.event.id)).toEqual([]);
  });

  it("refuses a clash at the same venue unless the animator confirms it, leaving no partial rows", async () => {
    const slot = [{ start: "2026-11-17T18:00", end: "2026-11-17T20:00" }];
    const first = await server.graphql(CREATE, { input: buildEvent({ sessions: slot }) }, { cookie: animator });
    expect(first.data.createEvent.clashes).toEqual([]);

    const before = await countRows();
    const overlapping = [{ start: "2026-11-17T19:00", end: "2026-11-17T21:00" }, { start: "2026-11-18T19:00", end: "2026-11-18T21:00" }];
    const refused = await server.graphql(CREATE, { input: buildEvent({ sessions: overlapping }) }, { cookie: animator });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "HARD_CLASH", clashingEvents: [first.data.createEvent.event.id] });
    // The event, its two sessions and its co-organisers were written, then rolled back.
    expect(await countRows()).toEqual(before);

    const accepted = await server.graphql(CREATE, { input: buildEvent({ sessions: overlapping, acceptHardClashes: true }) }, { cookie: animator });
    expect(accepted.errors).toBeUndefined();
    const [clash] = accepted.data.createEvent.clashes;
    expect(clash.severity).toBe("HARD");
    expect(clash.reasons.map((r: any) => r.kind)).toEqual(["SAME_VENUE", "SHARED_CO_ORGANISER", "SAME_EPCI"]);
    expect(clash.first.localStart).toBe("2026-11-17T19:00");
    expect(clash.second.event.id).toBe(first.data.createEvent.event.id);
  });

  it("takes two spellings of one address in one commune for the same venue", async () => {
    const slot = [{ start: "2026-11-26T09:00", end: "2026-11-26T11:00" }];
    const first = await server.graphql(
      CREATE,
      { input: buildEvent({ venue: { address: "12 Rue des Écoles", commune: "62427" }, sessions: slot, coOrganisers: [{ organisation: "cahc", role: "LEAD" }] }) },
      { cookie: animator },
    );
    expect(first.errors).toBeUndefined();
    const second = await server.graphql(
      CREATE,
      { input: buildEvent({ venue: { address: "  12  rue   des écoles ", commune: "62427" }, sessions: slot, coOrganisers: [{ organisation: "afev-artois", role: "LEAD" }] }) },
      { cookie: animator },
    );
    expect(second.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "HARD_CLASH" });
  });

  it("warns about a shared co-organiser and a shared public in the same EPCI, and the warning goes when the event moves", async () => {
    const base = await server.graphql(
      CREATE,
      { input: buildEvent({ sessions: [{ start: "2026-11-24T14:00", end: "2026-11-24T17:00" }], coOrganisers: [{ organisation: "afev-artois", role: "LEAD" }] }) },
      { cookie: animator },
    );
    expect(base.errors).toBeUndefined();
    // Same organiser at another venue of the same EPCI (Liévin), overlapping.
    const moved = await server.graphql(
      CREATE,
      {
        input: buildEvent({
          venue: { address: "Salle Daniel Féry", commune: "62510" },
          audiences: ["SCOLAIRES"], themes: ["INSERTION_EMPLOI"],
          sessions: [{ start: "2026-11-24T16:00", end: "2026-11-24T18:00" }],
          coOrganisers: [{ organisation: "call", role: "LEAD" }, { organisation: "afev-artois", role: "PARTNER" }],
        }),
      },
      { cookie: animator },
    );
    const clashes = moved.data.createEvent.clashes;
    expect(clashes).toHaveLength(1);
    expect(clashes[0].severity).toBe("HIGH");
    expect(clashes[0].reasons).toEqual([
      { kind: "SHARED_CO_ORGANISER", audiences: [], themes: [], organisations: [{ id: "afev-artois" }], epci: [] },
      { kind: "SAME_EPCI", audiences: [], themes: ["INSERTION_EMPLOI"], organisations: [], epci: [{ code: "246200364" }] },
    ]);
    const event = moved.data.createEvent.event;
    const after = await server.graphql(UPDATE, { input: { id: event.id, version: event.version, sessions: [{ start: "2026-11-24T18:00", end: "2026-11-24T19:00" }] } }, { cookie: animator });
    expect(after.errors).toBeUndefined();
    expect(after.data.updateEvent.clashes).toEqual([]);
  });

  it("gives each event of a list its clashes for the cost of one sweep of the edition", async () => {
    const query = (first: number) => `{ edition(id: "${DEMO_2026}") { events(first: ${first}, statuses: [PROPOSED, CONFIRMED]) {
      edges { node { id clashes { severity second { event { id } } } } } } } }`;
    const few = await server.graphql(query(20), {}, { cookie: animator });
    const many = await server.graphql(query(30), {}, { cookie: animator });
    expect(many.errors).toBeUndefined();
    expect(many.sqlStatements).toBe(few.sqlStatements);
    // The same clashes as the edition's list, seen from each side.
    const all = await server.graphql(`{ edition(id: "${DEMO_2026}") { clashes(first: 100) { edges { node { first { event { id } } second { event { id } } } } } } }`, {}, { cookie: animator });
    const pairs = all.data.edition.clashes.edges.length * 2;
    const seen = many.data.edition.events.edges.reduce((sum: number, edge: any) => sum + edge.node.clashes.length, 0);
    expect(seen).toBe(pairs);
  });

  it("tells each event of a list whether it lies outside its edition in one statement", async () => {
    const query = (first: number) => `{ edition(id: "${DEMO_2026}") { events(first: ${first}) { edges { node { id outsideEditionTerritory } } } } }`;
    const one = await server.graphql(query(1), {}, { cookie: animator });
    const many = await server.graphql(query(30), {}, { cookie: animator });
    expect(many.errors).toBeUndefined();
    expect(many.data.edition.events.edges.length).toBeGreaterThan(1);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it("lists the demo edition's clashes with their reasons, worst first", async () => {
    const result = await server.graphql(
      `{ edition(id: "${DEMO_2026}") { clashes(first: 50) { totalCount edges { node { severity reasons { kind } first { event { id status } } second { event { id status } } } } } } }`,
      {},
      { cookie: agent },
    );
    expect(result.errors).toBeUndefined();
    const clashes = result.data.edition.clashes.edges.map((edge: any) => edge.node);
    const severities = clashes.map((clash: any) => clash.severity);
    expect(severities).toEqual([...severities].sort((a: string, b: string) => ["HARD", "HIGH", "MEDIUM", "LOW"].indexOf(a) - ["HARD", "HIGH", "MEDIUM", "LOW"].indexOf(b)));
    expect(severities).toEqual(expect.arrayContaining(["HARD", "HIGH", "MEDIUM"]));
    for (const clash of clashes) {
      for (const side of [clash.first, clash.second]) expect(["PROPOSED", "CONFIRMED"]).toContain(side.event.status);
    }
    const anonymous = await server.graphql(`{ edition(id: "${DEMO_2026}") { clashes { totalCount } } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("blind spots and the report", () => {
  it("gives every commune of the scope its events per 10 000 inhabitants, and the same figures as GeoJSON for QGIS", async () => {
    const result = await server.graphql(`{ edition(id: "${DEMO_2026}") { blindSpotsGeoJsonPath blindSpots {
      epci { events population eventsPer10000Inhabitants territory { code } }
      communes { events population eventsPer10000Inhabitants territory { code name } }
      uncoveredCommunes(first: 1) { totalCount } } } }`);
    expect(result.errors).toBeUndefined();
    const { blindSpots, blindSpotsGeoJsonPath } = result.data.edition;
    // Every commune of the two EPCI of the scope, each counted from the events themselves.
    const counted = await server.prisma.$queryRaw<{ code: string; events: number }[]>`
      SELECT t.code, count(e.id)::int AS events FROM edition_territory et
        JOIN territory_inclusion i ON i.ancestor_id = et.territory_id AND i.descendant_kind = 'COMMUNE'
        JOIN territory t ON t.id = i.descendant_id
        LEFT JOIN event e ON e.commune_id = t.id AND e.edition_id = ${DEMO_2026} AND e.status IN ('PROPOSED', 'CONFIRMED')
       WHERE et.edition_id = ${DEMO_2026} GROUP BY t.code`;
    expect(blindSpots.communes.map((row: any) => [row.territory.code, row.events]).sort()).toEqual(counted.map((row) => [row.code, row.events]).sort());
    expect(blindSpots.communes.filter((row: any) => row.events === 0)).toHaveLength(blindSpots.uncoveredCommunes.totalCount);
    const lens = blindSpots.communes.find((row: any) => row.territory.code === "62498");
    expect(lens.events).toBeGreaterThan(0);
    expect(lens.eventsPer10000Inhabitants).toBeCloseTo((lens.events * 10_000) / lens.population, 2);

    const response = await fetch(server.url + blindSpotsGeoJsonPath);
    expect(response.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const text = await response.text();
    const gdal = await ogrSummary(text);
    expect(gdal.count).toBe(blindSpots.epci.length + blindSpots.communes.length);
    expect(gdal.out).toMatch(/eventsPer10000Inhabitants: Real/);
    expect(await rfc7946Check(text)).toMatchObject({ type: "FeatureCollection", bad: 0, nulls: 0 });
    const features = JSON.parse(text).features.map((feature: any) => feature.properties);
    const figures = (rows: any[], level: string) => rows.map((row) => [level, row.territory.code, row.events, row.population, row.eventsPer10000Inhabitants, row.events > 0]).sort();
    expect(features.map((f: any) => [f.level, f.code, f.events, f.population, f.eventsPer10000Inhabitants, f.covered]).sort())
      .toEqual([...figures(blindSpots.epci, "EPCI"), ...figures(blindSpots.communes, "COMMUNE")].sort());
  });

  it("ranks the EPCI and communes without events by population, and lists the empty days", async () => {
    const result = await server.graphql(`{ edition(id: "${DEMO_2026}") { blindSpots {
      epci { events population territory { code name } }
      uncoveredCommunes(first: 5) { totalCount edges { node { code population } } }
      daysWithoutEvents
      absentFamilies { family organisations }
    } } }`);
    expect(result.errors).toBeUndefined();
    const spots = result.data.edition.blindSpots;
    expect(spots.epci.map((e: any) => e.territory.code).sort()).toEqual(["246200299", "246200364"]);
    // The numbers are those of the database, computed independently here.
    const [expected] = await server.prisma.$queryRaw<{ uncovered: number; top: string }[]>`
      WITH scope AS (
        SELECT i.descendant_id AS id FROM edition_territory et JOIN territory_inclusion i ON i.ancestor_id = et.territory_id
         WHERE et.edition_id = ${DEMO_2026} AND i.descendant_kind = 'COMMUNE'),
      uncovered AS (
        SELECT t.* FROM territory t JOIN scope s ON s.id = t.id
         WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.commune_id = t.id AND e.edition_id = ${DEMO_2026} AND e.status IN ('PROPOSED', 'CONFIRMED')))
      SELECT (SELECT count(*)::int FROM uncovered) AS uncovered, (SELECT code FROM uncovered ORDER BY population DESC LIMIT 1) AS top`;
    expect(spots.uncoveredCommunes.totalCount).toBe(expected.uncovered);
    expect(spots.uncoveredCommunes.edges[0].node.code).toBe(expected.top);
    const populations = spots.uncoveredCommunes.edges.map((edge: any) => edge.node.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    // A family is absent when no organisation of it, located in the scope, co-organises a planned event.
    const families = await server.prisma.$queryRaw<{ family: string; taking: boolean; n: number }[]>`
      SELECT o.family::text, bool_or(EXISTS (SELECT 1 FROM event_co_organiser c JOIN event e ON e.id = c.event_id
               WHERE c.organisation_id = o.id AND e.edition_id = ${DEMO_2026} AND e.status IN ('PROPOSED', 'CONFIRMED'))) AS taking,
             count(*)::int AS n
        FROM organisation o JOIN territory_inclusion i ON i.descendant_id = o.commune_id
        JOIN edition_territory et ON et.territory_id = i.ancestor_id AND et.edition_id = ${DEMO_2026}
       WHERE o.family <> 'HORS_ESS' GROUP BY o.family`;
    expect(spots.absentFamilies.map((f: any) => [f.family, f.organisations]).sort()).toEqual(
      families.filter((f) => !f.taking).map((f) => [f.family, f.n]).sort(),
    );
    expect(spots.daysWithoutEvents).toContain("2026-11-01");
    expect(spots.daysWithoutEvents.every((day: string) => day.startsWith("2026-11-"))).toBe(true);
  });

  it("gives a département's edition its uncovered EPCI first, most populated first", async () => {
    const result = await server.graphql(`{ edition(id: "mois-ess-2026-pas-de-calais") { blindSpots { epci { events population territory { name } } } } }`);
    const epci = result.data.edition.blindSpots.epci;
    const uncovered = epci.filter((e: any) => e.events === 0);
    expect(uncovered.length).toBeGreaterThan(5);
    expect(epci.slice(0, uncovered.length)).toEqual(uncovered);
    expect(uncovered.map((e: any) => e.population)).toEqual(uncovered.map((e: any) => e.population).sort((a: number, b: number) => b - a));
  });

  it("reports the edition next to the previous one", async () => {
    const result = await server.graphql(`{ edition(id: "${DEMO_2026}") { report {
      current { events sessions coOrganisedEvents organisationsInvolved epciCovered populationCovered cancelledEvents byType { type events } }
      previous { events }
      previousEdition { year }
    } } }`);
    expect(result.errors).toBeUndefined();
    const { current, previous, previousEdition } = result.data.edition.report;
    const [expected] = await server.prisma.$queryRaw<{ events: number; cancelled: number; previous: number }[]>`
      SELECT count(*) FILTER (WHERE status = 'CONFIRMED' AND edition_id = ${DEMO_2026})::int AS events,
             count(*) FILTER (WHERE status = 'CANCELLED' AND edition_id = ${DEMO_2026})::int AS cancelled,
             count(*) FILTER (WHERE status = 'CONFIRMED' AND edition_id = 'mois-ess-2025-cotess-bassin-minier')::int AS previous
        FROM event`;
    expect(current.events).toBe(expected.events);
    expect(current.cancelledEvents).toBe(expected.cancelled);
    expect(current.byType.reduce((sum: number, t: any) => sum + t.events, 0)).toBe(expected.events);
    expect(previous.events).toBe(expected.previous);
    expect(previousEdition.year).toBe(2025);
    expect(current.epciCovered).toBe(2);
    expect(current.populationCovered).toBeGreaterThan(300_000);
  });

  it("keeps the past editions readable, every year since 2010 except 2020", async () => {
    const result = await server.graphql(`{ editions(filter: {cotess: "cotess-bassin-minier"}) { year } }`);
    const years = result.data.editions.map((e: any) => e.year).filter((year: number) => year < 3000);
    expect(years).toContain(2010);
    expect(years).not.toContain(2020);
    expect(years).toContain(2026);
  });
});

describe("editions", () => {
  it("lets a network's animators open its edition of a year, once", async () => {
    const year = 2030 + Math.floor(Math.random() * 60);
    const mutation = "mutation ($input: CreateEditionInput!) { createEdition(input: $input) { id year startsOn endsOn territories { code } viewerCanManage } }";
    const input = { cotess: "cotess-bassin-minier", year, title: `Mois de l'ESS ${year}`, territories: [{ code: "246200364" }, { code: "246200299" }] };
    try {
      expect((await server.graphql(mutation, { input }, { cookie: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const created = await server.graphql(mutation, { input }, { cookie: animator });
      expect(created.data.createEdition).toMatchObject({
        id: `mois-ess-${year}-cotess-bassin-minier`, year, startsOn: `${year}-11-01`, endsOn: `${year}-11-30`, viewerCanManage: true,
      });
      expect(created.data.createEdition.territories.map((t: any) => t.code).sort()).toEqual(["246200299", "246200364"]);
      const again = await server.graphql(mutation, { input }, { cookie: animator });
      expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "EDITION_EXISTS" });
      const badTerritory = await server.graphql(mutation, { input: { ...input, year: year + 1, territories: [{ code: "999999999" }] } }, { cookie: animator });
      expect(badTerritory.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "territories.0.code" });
    } finally {
      await server.prisma.auditEntry.deleteMany({ where: { editionId: `mois-ess-${year}-cotess-bassin-minier` } });
      await server.prisma.edition.deleteMany({ where: { id: `mois-ess-${year}-cotess-bassin-minier` } });
    }
  });
});

describe("the editions an animator plans", () => {
  const QUERY = `{ editions(filter: { animatedByViewer: true, recent: true }) { id state } }`;

  async function editionsOn(now: string, cookie?: string) {
    const other = await startTestServer({ clock: fixedClock(now) });
    try {
      const result = await other.graphql(QUERY, {}, { cookie: cookie ?? (await other.signIn("animation.cotess@maillage.demo")) });
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(result.data.editions.map((edition: any) => [edition.id, edition.state]));
    } finally {
      await other.close();
    }
  }

  it("lists its network's editions in progress, upcoming and ended within a year, each with its state", async () => {
    // During the 2026 edition: the 2025 one is still recent (its bilan).
    const november = await editionsOn("2026-11-16T10:00:00+01:00");
    expect(november).toMatchObject({ [DEMO_2026]: "IN_PROGRESS", "mois-ess-2025-cotess-bassin-minier": "ENDED" });
    expect(november).not.toHaveProperty("mois-ess-2024-cotess-bassin-minier");
    // After it: the month just ended, for its bilan.
    const december = await editionsOn("2026-12-05T10:00:00+01:00");
    expect(december[DEMO_2026]).toBe("ENDED");
    expect(december).not.toHaveProperty("mois-ess-2025-cotess-bassin-minier");
    // Before it: the one to prepare.
    expect((await editionsOn("2026-10-01T10:00:00+02:00"))[DEMO_2026]).toBe("UPCOMING");
    // Never another network's edition.
    expect(Object.keys(november).every((id) => id.endsWith("cotess-bassin-minier") || id.startsWith("test-"))).toBe(true);
  });

  it("lists none for anonymous requests", async () => {
    const result = await server.graphql(QUERY);
    expect(result.data.editions).toEqual([]);
  });
});

describe("reading events", () => {
  it("shows anonymous visitors only published events", async () => {
    const result = await server.graphql(`{ events(filter: {edition: "${DEMO_2026}"}, first: 100) { totalCount edges { node { status } } } }`);
    const statuses = new Set(result.data.events.edges.map((edge: any) => edge.node.status));
    expect([...statuses].sort()).toEqual(["CANCELLED", "CONFIRMED"]);
    const signedIn = await server.graphql(`{ events(filter: {edition: "${DEMO_2026}"}, first: 100) { totalCount } }`, {}, { cookie: animator });
    expect(signedIn.data.events.totalCount).toBeGreaterThan(result.data.events.totalCount);
    // The programme asks for published events only, whoever reads it.
    const programme = await server.graphql(`{ events(filter: {edition: "${DEMO_2026}", published: true}, first: 100) { totalCount } }`, {}, { cookie: animator });
    expect(programme.data.events.totalCount).toBe(result.data.events.totalCount);
  });

  it("keeps the events with a session within the given Paris days", async () => {
    const result = await server.graphql(`{ events(filter: {edition: "${DEMO_2026}", from: "2026-11-19", to: "2026-11-19"}, first: 100) {
      edges { node { sessions { localStart localEnd } } } } }`);
    const sessions = result.data.events.edges.map((edge: any) => edge.node.sessions);
    expect(sessions.length).toBeGreaterThan(0);
    for (const list of sessions) expect(list.some((s: any) => s.localStart <= "2026-11-19T23:59" && s.localEnd >= "2026-11-19T00:00")).toBe(true);
    const bad = await server.graphql(`{ events(filter: {from: "19/11/2026"}) { totalCount } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.from" });
  });
});
