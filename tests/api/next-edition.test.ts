// Opening next year's edition of the Mois de l'ESS from this year's: its
// scope, title and days follow, and the recurring events the animator ticks
// come back as drafts 52 weeks later (same weekday), or are refused with the
// reason when their new dates leave the edition. Only the network's animators
// open it; a refusal writes nothing; everything written is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { createScratchDatabase, rowCounts, type ScratchDatabase } from "../support/database.ts";

let server: TestServer;
let database: ScratchDatabase;
let animator: string;
let otherAnimator: string;
let editor: string;

const FROM = "mois-ess-2026-cotess-bassin-minier";
const PREVIOUS = "mois-ess-2025-cotess-bassin-minier";
// Two sessions (5 and 7 November) at the Maison Le Toit Commun.
const CINE_DEBAT = "2026-cine-debat-up-travailler-autrement";
// At an address in Hénin-Beaumont, four co-organisers.
const FORUM = "2026-forum-ess-henin-beaumont";
// At the premises of APSA Coup d'main, whose address this file's database forgets.
const VISIT = "2026-visite-apsa-coup-d-main-lens";

const OPEN = `mutation ($input: OpenNextEditionInput!) { openNextEdition(input: $input) {
  edition { id year title startsOn endsOn territories { kind code } networkName }
  copiedEvents { fromEventId event { id } }
  refusedEvents { eventId title reason } } }`;

const EVENT = `query ($id: ID!) { event(id: $id) {
  id title type description status audiences themes capacity accessibility accessibilityNote registrationUrl venueAddress
  commune { code } venueMaison { id } venueOrganisation { id } edition { id }
  sessions { localStart localEnd } coOrganisers { role organisation { id } } } }`;

beforeAll(async () => {
  // A database of its own: the 2027 edition it opens would show in other tests' plannings.
  database = await createScratchDatabase({ demo: true });
  server = await startTestServer({ databaseUrl: database.url });
  [animator, otherAnimator, editor] = await Promise.all([
    server.signIn("animation.cotess@maillage.demo"),
    server.signIn("cress@maillage.demo"),
    server.signIn("editeur.emergences62@maillage.demo"),
  ]);
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code ?? "OK";
const open = (input: Record<string, unknown>, cookie?: string) => server.graphql(OPEN, { input }, cookie ? { cookie } : {});
const readEvent = async (id: string) => (await server.graphql(EVENT, { id }, { cookie: animator })).data.event;

/** "2026-11-05T18:30" 52 weeks later, computed by the calendar rather than by the code under test. */
function weeksLater(local: string): string {
  const [day, time] = local.split("T");
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 52 * 7);
  return `${date.toISOString().slice(0, 10)}T${time}`;
}

/** A draft of the 2026 edition on 1 November: 52 weeks later is 31 October 2027. */
let firstOfNovember: string;

describe("refusals write nothing", () => {
  beforeAll(async () => {
    const created = await server.graphql(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
      { input: {
        edition: FROM, title: "Ouverture du Mois, le jour de la Toussaint", type: "FORUM",
        venue: { maison: "le-toit-commun" }, sessions: [{ start: "2026-11-01T15:00", end: "2026-11-01T17:00" }],
        coOrganisers: [{ organisation: "le-toit-commun-scic", role: "LEAD" }],
      } },
      { cookie: animator },
    );
    expect(created.errors).toBeUndefined();
    firstOfNovember = created.data.createEvent.event.id;
  });

  it.each([
    ["an anonymous visitor", "UNAUTHENTICATED", undefined],
    ["an organisation's editor", "FORBIDDEN", () => editor],
    ["another network's animator", "FORBIDDEN", () => otherAnimator],
  ])("refuses %s with %s", async (_who, code, cookie) => {
    const before = await rowCounts(database.url);
    const result = await open({ from: FROM, events: [CINE_DEBAT] }, cookie?.());
    expect(codeOf(result)).toBe(code);
    expect(await rowCounts(database.url)).toEqual(before);
  });

  it("names the chosen event that is not of the edition it opens from, and writes nothing", async () => {
    const before = await rowCounts(database.url);
    const notOfIt = "2025-forum-ess-henin-beaumont";
    const result = await open({ from: FROM, events: [CINE_DEBAT, notOfIt] }, animator);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "events.1" });
    expect(result.errors?.[0].message).toContain(notOfIt);
    const unknown = await open({ from: FROM, events: ["no-such-event"] }, animator);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "events.0" });
    const twice = await open({ from: FROM, events: [FORUM, FORUM] }, animator);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "events.1" });
    const noEdition = await open({ from: "mois-ess-1999-personne" }, animator);
    expect(noEdition.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    expect(await rowCounts(database.url)).toEqual(before);
    expect(await server.prisma.edition.count({ where: { year: 2027 } })).toBe(0);
  });

  it("refuses a year the network has opened already (CONFLICT), copying nothing", async () => {
    const before = await rowCounts(database.url);
    const result = await open({ from: PREVIOUS, events: ["2025-forum-ess-henin-beaumont"] }, animator);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "EDITION_EXISTS", existingEdition: FROM });
    expect(await rowCounts(database.url)).toEqual(before);
  });
});

describe("opening 2027 from 2026", () => {
  let payload: any;
  let sources: Record<string, any>;

  beforeAll(async () => {
    sources = Object.fromEntries(await Promise.all([CINE_DEBAT, FORUM, firstOfNovember, VISIT].map(async (id) => [id, await readEvent(id)])));
    // Since 2026 the venue's address is no longer known: the copy cannot say where it takes place.
    const venue = sources[VISIT].venueOrganisation.id;
    await server.prisma.organisation.update({ where: { id: venue }, data: { communeId: null } });
    const result = await open({ from: FROM, events: [CINE_DEBAT, firstOfNovember, VISIT, FORUM] }, animator);
    expect(result.errors).toBeUndefined();
    payload = result.data.openNextEdition;
  });

  it("copies the scope, moves the title's year and the days to the same dates of the next year", async () => {
    const from = await server.prisma.edition.findUniqueOrThrow({ where: { id: FROM }, include: { territories: { include: { territory: true } } } });
    expect(payload.edition).toMatchObject({
      year: 2027,
      title: from.title.replace("2026", "2027"),
      startsOn: "2027-11-01",
      endsOn: "2027-11-30",
      networkName: (await server.prisma.cotess.findUniqueOrThrow({ where: { id: from.cotessId! } })).name,
    });
    expect(payload.edition.title).not.toContain("2026");
    expect(payload.edition.territories.map((t: { kind: string; code: string }) => `${t.kind}:${t.code}`).sort())
      .toEqual(from.territories.map(({ territory }) => `${territory.kind}:${territory.code}`).sort());
    const next = await server.graphql(`query ($id: ID!) { edition(id: $id) { nextEdition { id } } }`, { id: FROM });
    expect(next.data.edition.nextEdition).toEqual({ id: payload.edition.id });
  });

  it("copies the chosen events as drafts with everything but their dates, 52 weeks later on the same weekday", async () => {
    expect(payload.copiedEvents.map((copy: { fromEventId: string }) => copy.fromEventId)).toEqual([CINE_DEBAT, FORUM]);
    for (const copy of payload.copiedEvents) {
      const source = sources[copy.fromEventId];
      const event = await readEvent(copy.event.id);
      const { id: _id, status: _status, edition: _edition, sessions, registrationUrl: _url, coOrganisers, ...kept } = source;
      expect(event).toMatchObject({ ...kept, status: "DRAFT", edition: { id: payload.edition.id }, registrationUrl: null });
      expect(event.coOrganisers).toEqual(coOrganisers);
      expect(event.sessions).toEqual(sessions.map((session: { localStart: string; localEnd: string }) => ({
        localStart: weeksLater(session.localStart), localEnd: weeksLater(session.localEnd),
      })));
      for (const [index, session] of event.sessions.entries()) {
        expect(new Date(session.localStart.slice(0, 10)).getUTCDay()).toBe(new Date(sessions[index].localStart.slice(0, 10)).getUTCDay());
      }
    }
    // The address venue and its commune came along too.
    expect(sources[FORUM].venueAddress).not.toBeNull();
  });

  it("refuses the event whose new date leaves the edition, and the one whose venue is no longer known, saying why", async () => {
    const venue = await server.prisma.organisation.findUniqueOrThrow({ where: { id: sources[VISIT].venueOrganisation.id } });
    expect(payload.refusedEvents).toEqual([
      { eventId: firstOfNovember, title: sources[firstOfNovember].title, reason: expect.stringContaining("31 octobre 2027") },
      { eventId: VISIT, title: sources[VISIT].title, reason: expect.stringContaining(`L'adresse de ${venue.name} n'est pas connue`) },
    ]);
    expect(await server.prisma.event.count({ where: { editionId: payload.edition.id } })).toBe(2);
  });

  it("records the edition and each copy in the audit trail", async () => {
    const trail = await server.graphql(
      `query ($id: ID!) { auditTrail(scope: { edition: $id }, first: 20) { edges { node { action entityType entityId changes } } } }`,
      { id: payload.edition.id },
      { cookie: animator },
    );
    const entries = trail.data.auditTrail.edges.map((edge: any) => edge.node);
    const edition = entries.find((entry: any) => entry.entityType === "Edition");
    expect(edition).toMatchObject({ action: "CREATE", entityId: payload.edition.id });
    expect(edition.changes).toMatchObject({
      openedFrom: FROM,
      territories: payload.edition.territories,
      copiedEvents: payload.copiedEvents.map((copy: any) => ({ from: copy.fromEventId, to: copy.event.id })),
      refusedEvents: [{ eventId: firstOfNovember }, { eventId: VISIT }],
    });
    const events = entries.filter((entry: any) => entry.entityType === "Event");
    expect(events.map((entry: any) => [entry.entityId, entry.changes.copiedFrom]).sort())
      .toEqual(payload.copiedEvents.map((copy: any) => [copy.event.id, copy.fromEventId]).sort());
  });

  it("refuses to open 2027 twice", async () => {
    const before = await rowCounts(database.url);
    const again = await open({ from: FROM, events: [CINE_DEBAT] }, animator);
    expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "EDITION_EXISTS", existingEdition: payload.edition.id });
    expect(await rowCounts(database.url)).toEqual(before);
  });
});
