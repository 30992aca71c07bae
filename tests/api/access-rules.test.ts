// Who may change an event, and what no answer reveals: a partner proposes,
// the lead and the animators decide; nobody reads another network's drafts
// through the audit trail or the clashes; no login e-mail is a record's source.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let animator: string;
let partnerEditor: string;
let cressAnimator: string;
let editionId: string;
const created: string[] = [];
const suffix = randomUUID().slice(0, 8);

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id version } } }`;
const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { id title status version } } }`;
const TOIT_COMMUN = "le-toit-commun-scic";
// Edited by editeur.emergences62@maillage.demo.
const EMERGENCES = "emergences-62";
const DEMO_2026 = "mois-ess-2026-cotess-bassin-minier";

let slot = 0;
function buildEvent(overrides: Record<string, unknown> = {}) {
  slot += 1;
  return {
    edition: editionId,
    title: `Forum ${randomUUID().slice(0, 8)}`,
    type: "FORUM",
    status: "PROPOSED",
    venue: { address: `${slot} rue des Partenaires ${suffix}`, commune: "62498" },
    sessions: [{ start: "2026-11-06T18:00", end: "2026-11-06T20:00" }],
    coOrganisers: [{ organisation: TOIT_COMMUN, role: "LEAD" }, { organisation: EMERGENCES, role: "PARTNER" }],
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown>, cookie = animator) {
  const result = await server.graphql(CREATE, { input: buildEvent(overrides) }, { cookie });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  created.push(result.data.createEvent.event.id);
  return result.data.createEvent.event as { id: string; version: number };
}

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code ?? "OK";

beforeAll(async () => {
  server = await startTestServer();
  editionId = `test-${randomUUID()}`;
  const lens = await server.prisma.territory.findUniqueOrThrow({ where: { kind_code: { kind: "EPCI", code: "246200364" } } });
  await server.prisma.edition.create({
    data: {
      id: editionId, year: 3000 + Math.floor(Math.random() * 5000), title: "Édition de test", cotessId: "cotess-bassin-minier",
      startsOn: new Date("2026-11-01T00:00:00Z"), endsOn: new Date("2026-11-30T00:00:00Z"),
      territories: { create: [{ territoryId: lens.id }] },
    },
  });
  [animator, partnerEditor, cressAnimator] = await Promise.all([
    server.signIn("animation.cotess@maillage.demo"),
    server.signIn("editeur.emergences62@maillage.demo"),
    server.signIn("cress@maillage.demo"),
  ]);
});

afterAll(async () => {
  await server?.prisma.auditEntry.deleteMany({ where: { OR: [{ editionId }, { entityId: { in: created } }, { organisationId: `test-source-${suffix}` }] } });
  await server?.prisma.event.deleteMany({ where: { id: { in: created } } });
  await server?.prisma.edition.deleteMany({ where: { id: editionId } });
  await server?.prisma.organisation.deleteMany({ where: { id: `test-source-${suffix}` } });
  await server?.close();
});

describe("changing a published event", () => {
  it("refuses a partner's editor who retitles, cancels or takes the lead of it, and changes nothing", async () => {
    const event = await create({ status: "CONFIRMED" });
    const before = await server.prisma.event.findUniqueOrThrow({ where: { id: event.id }, include: { coOrganisers: true } });
    const attempts = [
      { title: "Nouveau titre du partenaire" },
      { status: "CANCELLED" },
      { coOrganisers: [{ organisation: EMERGENCES, role: "LEAD" }, { organisation: TOIT_COMMUN, role: "PARTNER" }] },
    ];
    for (const change of attempts) {
      const refused = await server.graphql(UPDATE, { input: { id: event.id, version: event.version, ...change } }, { cookie: partnerEditor });
      expect(codeOf(refused), JSON.stringify(change)).toBe("FORBIDDEN");
    }
    const after = await server.prisma.event.findUniqueOrThrow({ where: { id: event.id }, include: { coOrganisers: true } });
    expect(after).toEqual(before);
    const seen = await server.graphql(`{ event(id: "${event.id}") { viewerCanEdit } }`, {}, { cookie: partnerEditor });
    expect(seen.data.event.viewerCanEdit).toBe(false);
  });

  it("lets the editor of its lead organiser change and cancel it", async () => {
    const event = await create({ status: "CONFIRMED", coOrganisers: [{ organisation: EMERGENCES, role: "LEAD" }, { organisation: TOIT_COMMUN, role: "PARTNER" }] });
    const retitled = await server.graphql(UPDATE, { input: { id: event.id, version: event.version, title: "Forum de l'emploi solidaire" } }, { cookie: partnerEditor });
    expect(codeOf(retitled)).toBe("OK");
    const cancelled = await server.graphql(UPDATE, { input: { id: event.id, version: retitled.data.updateEvent.event.version, status: "CANCELLED" } }, { cookie: partnerEditor });
    expect(cancelled.data.updateEvent.event.status).toBe("CANCELLED");
  });
});

describe("an event not yet published", () => {
  it("lets a partner's editor help write it, but neither cancel it nor change its lead", async () => {
    const event = await create({ status: "PROPOSED" });
    const retitled = await server.graphql(UPDATE, { input: { id: event.id, version: event.version, title: "Forum proposé, titre revu" } }, { cookie: partnerEditor });
    expect(codeOf(retitled)).toBe("OK");
    const version = retitled.data.updateEvent.event.version;
    expect(codeOf(await server.graphql(UPDATE, { input: { id: event.id, version, status: "CANCELLED" } }, { cookie: partnerEditor }))).toBe("FORBIDDEN");
    const takeover = { id: event.id, version, coOrganisers: [{ organisation: EMERGENCES, role: "LEAD" }, { organisation: TOIT_COMMUN, role: "PARTNER" }] };
    expect(codeOf(await server.graphql(UPDATE, { input: takeover }, { cookie: partnerEditor }))).toBe("FORBIDDEN");
  });

  it("is proposed by its lead: an editor cannot create an event led by another organisation", async () => {
    const refused = await server.graphql(CREATE, { input: buildEvent() }, { cookie: partnerEditor });
    expect(codeOf(refused)).toBe("FORBIDDEN");
  });
});

describe("what no answer reveals", () => {
  it("keeps another network's unpublished events out of the audit trail it may read", async () => {
    const cressDraft = await server.graphql(CREATE, {
      input: {
        edition: "mois-ess-2026-pas-de-calais", title: `Réunion interne ${suffix}`, type: "ATELIER", status: "DRAFT",
        venue: { address: `Salle ${suffix}`, commune: "62041" }, sessions: [{ start: "2026-11-09T10:00", end: "2026-11-09T12:00" }],
        coOrganisers: [{ organisation: "cress", role: "LEAD" }],
      },
    }, { cookie: cressAnimator });
    expect(cressDraft.errors).toBeUndefined();
    const draftId = cressDraft.data.createEvent.event.id;
    created.push(draftId);

    const trail = `{ auditTrail(scope: { organisation: "cress" }, first: 100) { totalCount edges { node { entityType entityId changes } } } }`;
    const cress = await server.graphql(trail, {}, { cookie: cressAnimator });
    expect(cress.data.auditTrail.edges.map((edge: any) => edge.node.entityId)).toContain(draftId);
    // Another network's animator reads the organisation's trail, not the CRESS's draft.
    const other = await server.graphql(trail, {}, { cookie: animator });
    expect(other.errors).toBeUndefined();
    expect(other.data.auditTrail.edges.map((edge: any) => edge.node.entityId)).not.toContain(draftId);
    expect(JSON.stringify(other.data)).not.toContain(`Réunion interne ${suffix}`);
    expect(other.data.auditTrail.totalCount).toBe(cress.data.auditTrail.totalCount - 1);
  });

  it("shows a clash with another organiser's unpublished event without that event", async () => {
    const query = `{ edition(id: "${DEMO_2026}") { clashes(first: 100) { totalCount edges { node {
      first { event { id status title } } second { event { id status title } } } } } } }`;
    const editor = await server.graphql(query, {}, { cookie: partnerEditor });
    const all = await server.graphql(query, {}, { cookie: animator });
    const sides = (result: any) => result.data.edition.clashes.edges.flatMap((edge: any) => [edge.node.first.event, edge.node.second.event]);
    // The animator reads every event of the edition; the editor only the published ones and their own.
    expect(sides(all).every((event: any) => event !== null)).toBe(true);
    const hidden = sides(editor).filter((event: any) => event === null);
    expect(hidden.length).toBeGreaterThan(0);
    // Never a clash of which the editor may read neither event.
    for (const edge of editor.data.edition.clashes.edges) expect(edge.node.first.event ?? edge.node.second.event).not.toBeNull();
    const unreadableTitles = sides(all).filter((event: any) => !["CONFIRMED", "CANCELLED"].includes(event.status)).map((event: any) => event.title);
    for (const title of unreadableTitles) expect(JSON.stringify(editor.data)).not.toContain(title);
  });

  it("suggests co-organisers from the themes of published events only, to anonymous visitors", async () => {
    const query = `{ suggestedPartners(organisation: "${TOIT_COMMUN}", edition: "${DEMO_2026}", first: 50) { reasons { kind label } } }`;
    const themesIn = (result: any) => new Set<string>(result.data.suggestedPartners.flatMap((suggestion: any) =>
      suggestion.reasons.filter((reason: any) => reason.kind === "SHARED_THEMES").flatMap((reason: any) => reason.label.split(" : ")[1].split(", "))));
    const anonymous = themesIn(await server.graphql(query));
    const animators = themesIn(await server.graphql(query, {}, { cookie: animator }));
    const { SECTOR_LABEL } = await import("../../server/core/labels.ts");
    const published = await server.prisma.$queryRaw<{ theme: string }[]>`
      SELECT DISTINCT unnest(e.themes)::text AS theme FROM event e JOIN event_co_organiser c ON c.event_id = e.id
       WHERE c.organisation_id = ${TOIT_COMMUN} AND e.edition_id = ${DEMO_2026}
         AND (e.status = 'CONFIRMED' OR (e.status = 'CANCELLED' AND e.published_at IS NOT NULL))`;
    const publishedLabels = new Set(published.map((row) => SECTOR_LABEL[row.theme as keyof typeof SECTOR_LABEL]));
    for (const theme of anonymous) expect(publishedLabels).toContain(theme);
    expect(animators.size).toBeGreaterThanOrEqual(anonymous.size);
  });

  it("names a record entered in Maillage without its author's login e-mail, in the API and the CSV", async () => {
    const id = `test-source-${suffix}`;
    const createdOrganisation = await server.graphql("mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }", {
      input: { id, name: `Association ${suffix}`, legalForm: "ASSOCIATION", commune: "62498" },
    }, { cookie: animator });
    expect(createdOrganisation.errors).toBeUndefined();
    // No document: entered in Maillage, its author only in the audit trail.
    const anonymous = await server.graphql(`{ organisation(id: "${id}") { source { id title } } }`);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.organisation.source).toBeNull();
    const csv = await (await fetch(`${server.url}/exports/organisations.csv?territory=62498&search=${suffix}`)).text();
    expect(csv).toContain("Saisie dans Maillage");
    expect(csv).not.toContain("@maillage.demo");
  });
});
