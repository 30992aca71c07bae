// Structures awaiting validation, with real e-mail: a public proposal names a
// structure Maillage does not know; it is named on its approved event (page,
// programme, feed) but absent from every list, search, profile, count, graph,
// export and suggestion until an animator concerned by it validates it — or
// recognises a known organisation and merges it there, everything moving in
// one audited transaction. And editors propose their events only to the
// editions whose network covers them.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { links, startMailbox, type Mailbox } from "../support/mailbox.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";

let server: TestServer;
let mailbox: Mailbox;
let database: ScratchDatabase;
let animator: string;
let admin: string;
let maisonAnimator: string;
let editor: string;
const run = randomUUID().slice(0, 6);

const EDITION = "mois-ess-2026-cotess-bassin-minier";
const CALL = "246200364";
const LENS = "62498";
const EDITOR_ORGANISATION = "emergences-62";

const PROPOSE = `mutation ($input: PublicProposalInput!) { proposeEvent(input: $input) }`;
const CONFIRM = `mutation ($token: String!) { confirmProposal(token: $token) { title } }`;
const VALIDATE = `mutation ($id: ID!) { validateOrganisation(id: $id) { id name pendingValidation } }`;
const MERGE = `mutation ($input: MergeOrganisationInput!) { mergeOrganisation(input: $input) { id name } }`;
const PENDING = `query ($id: ID!) { edition(id: $id) { pendingOrganisations { id name pendingValidation } } }`;
const MODERATE = `mutation ($input: ModerateEventInput!) { moderateEvent(input: $input) { event { id status version } } }`;
const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id status } } }`;
const OPEN = `query ($id: ID!) { organisation(id: $id) { editionsOpenToProposals { id state } } }`;

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  mailbox = await startMailbox();
  server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } });
  [animator, admin, maisonAnimator, editor] = await Promise.all([
    server.signIn("animation.cotess@maillage.demo"),
    server.signIn("admin@maillage.demo"),
    server.signIn("animation.toitcommun@maillage.demo"),
    server.signIn("editeur.emergences62@maillage.demo"),
  ]);
});
afterAll(async () => {
  await server?.close();
  await mailbox?.close();
  await database?.drop();
});

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code ?? "OK";
const ok = <T extends { errors?: unknown }>(result: T) => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result;
};

let proposals = 0;
/** A public proposal naming a new structure in Lens, confirmed by its e-mailed link: the structure and its PROPOSED event. */
async function pendingStructure(name: string): Promise<{ organisationId: string; eventId: string; title: string }> {
  proposals += 1;
  const title = `Atelier de ${name}`;
  const email = `contact-${proposals}-${run}@structure.example`;
  ok(await server.graphql(PROPOSE, {
    input: {
      edition: EDITION, title, type: "ATELIER",
      sessions: [{ start: "2026-11-24T14:00", end: "2026-11-24T16:00" }],
      venue: { address: `${proposals} rue des Corons ${run}`, commune: LENS },
      newOrganisation: { name, commune: LENS },
      contact: { name: "Dominique", email },
    },
  }));
  const mail = await mailbox.waitFor((received) => received.to.includes(email) && /Confirmez/.test(received.subject), 15_000);
  const token = links(mail).find((address) => address.includes("/proposer/confirmation#"))!.split("#")[1];
  ok(await server.graphql(CONFIRM, { token }));
  const organisation = await server.prisma.organisation.findFirstOrThrow({ where: { name } });
  expect(organisation.pendingValidation).toBe(true);
  const event = await server.prisma.event.findFirstOrThrow({ where: { title } });
  return { organisationId: organisation.id, eventId: event.id, title };
}

const csvText = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
};

/** Everything the public reads of organisations, and whether the structure is in each. */
async function whereListed(organisationId: string, name: string, graphFrom: string) {
  const search = await server.graphql(`query ($q: String!) { organisations(filter: { search: $q }, first: 10) { edges { node { id } } } }`, { q: name });
  const inTerritory = await server.graphql(`query { organisations(filter: { territory: "${LENS}" }, first: 100) { edges { node { id } } } }`);
  const profile = await server.graphql(`query ($id: ID!) { organisation(id: $id) { id } }`, { id: organisationId });
  const graph: string[] = [];
  for (let after: string | null = null, more = true; more;) {
    const page: any = ok(await server.graphql(`query ($after: String) { cooperationGraph(scope: { territory: "${CALL}", from: "${graphFrom}" }) {
      nodes(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`, { after }));
    graph.push(...page.data.cooperationGraph.nodes.edges.map((edge: any) => edge.node.id));
    ({ hasNextPage: more, endCursor: after } = page.data.cooperationGraph.nodes.pageInfo);
  }
  const suggestions = await server.graphql(
    `query ($o: ID!, $e: ID!) { suggestedPartners(organisation: $o, edition: $e, first: 50) { organisation { id } } }`,
    { o: EDITOR_ORGANISATION, e: EDITION },
  );
  const organisationsCsv = await csvText(`/exports/organisations.csv?search=${encodeURIComponent(name)}`);
  const nodesCsv = await csvText(`/exports/cooperation-nodes.csv?territory=${CALL}`);
  const edgesCsv = await csvText(`/exports/cooperation-edges.csv?territory=${CALL}`);
  const feed = await fetch(`${server.url}/calendar/organisations/${organisationId}.ics`);
  await feed.arrayBuffer();
  for (const result of [search, inTerritory, profile, suggestions]) ok(result);
  return {
    search: search.data.organisations.edges.some((edge: any) => edge.node.id === organisationId),
    territory: inTerritory.data.organisations.edges.some((edge: any) => edge.node.id === organisationId),
    profile: profile.data.organisation !== null,
    graph: graph.includes(organisationId),
    suggestions: suggestions.data.suggestedPartners.some((suggestion: any) => suggestion.organisation.id === organisationId),
    organisationsCsv: organisationsCsv.includes(organisationId),
    graphExports: nodesCsv.includes(organisationId) || edgesCsv.includes(organisationId),
    organisationFeed: feed.status === 200,
  };
}

const essCount = async () => {
  const result = ok(await server.graphql(`query { territory(code: "${LENS}", kind: COMMUNE) { essProfile { organisations } } }`));
  return result.data.territory.essProfile.organisations as number;
};

describe("a structure awaiting validation", () => {
  it("is named on its approved event, absent from every list, count, graph, export and suggestion, and everywhere once validated", async () => {
    const name = `Aaa Coopérative des Corons ${run}`;
    const { organisationId, eventId, title } = await pendingStructure(name);
    const before = await essCount();

    // The animators give it what would make it a suggestion and a tie:
    // sectors shared with Émergences 62, and a partner on its event, approved.
    const subject = await server.prisma.organisation.findUniqueOrThrow({ where: { id: EDITOR_ORGANISATION } });
    ok(await server.graphql(`mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
      { input: { id: organisationId, sectors: subject.sectors } }, { cookie: animator }));
    const event = await server.prisma.event.findUniqueOrThrow({ where: { id: eventId } });
    const partnered = ok(await server.graphql(`mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { version } } }`, {
      input: { id: eventId, version: event.version, coOrganisers: [{ organisation: organisationId, role: "LEAD" }, { organisation: "le-toit-commun-scic", role: "PARTNER" }] },
    }, { cookie: animator }));
    ok(await server.graphql(MODERATE, { input: { event: eventId, version: partnered.data.updateEvent.event.version, decision: "APPROVED" } }, { cookie: animator }));

    // Its event names it: page, programme, feed.
    const page = ok(await server.graphql(`query ($id: ID!) { event(id: $id) { status lead { id name pendingValidation } } }`, { id: eventId }));
    expect(page.data.event).toEqual({ status: "CONFIRMED", lead: { id: organisationId, name, pendingValidation: true } });
    const programme = ok(await server.graphql(`query { events(filter: { edition: "${EDITION}", published: true }, first: 100) { edges { node { id lead { name } } } } }`));
    expect(programme.data.events.edges.find((edge: any) => edge.node.id === eventId)?.node.lead.name).toBe(name);
    const feed = (await csvText(`/calendar/editions/${EDITION}.ics`)).replace(/\r\n[ \t]/g, "");
    expect(feed).toContain(`SUMMARY:${title}`);
    expect(feed).toContain(name.replace(/,/g, "\\,"));

    // The interactive graph keeps a scope's analysis a minute: each look asks another window.
    expect(await whereListed(organisationId, name, "2000-01-01")).toEqual({
      search: false, territory: false, profile: false, graph: false, suggestions: false, organisationsCsv: false, graphExports: false, organisationFeed: false,
    });
    // Nor as its partner's partner: the tie it makes waits too.
    const partners = async () => JSON.stringify(ok(await server.graphql(
      `query { organisation(id: "le-toit-commun-scic") { partners(first: 100) { edges { node { organisation { id } } } } } }`)).data);
    expect(await partners()).not.toContain(organisationId);

    const validated = ok(await server.graphql(VALIDATE, { id: organisationId }, { cookie: animator }));
    expect(validated.data.validateOrganisation).toEqual({ id: organisationId, name, pendingValidation: false });
    expect(await whereListed(organisationId, name, "2001-01-01")).toEqual({
      search: true, territory: true, profile: true, graph: true, suggestions: true, organisationsCsv: true, graphExports: true, organisationFeed: true,
    });
    expect(await essCount()).toBe(before + 1);
    expect(await partners()).toContain(organisationId);
    const entry = await server.prisma.auditEntry.findFirstOrThrow({ where: { entityType: "Organisation", entityId: organisationId, action: "UPDATE", changes: { path: ["pendingValidation", "to"], equals: false } } });
    expect(entry.accountId).not.toBeNull();

    const again = await server.graphql(VALIDATE, { id: organisationId }, { cookie: animator });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "NOT_PENDING" });
  });

  it("is listed for the edition's animators, who alone (with admins and covering networks) validate it", async () => {
    const name = `Épicerie en attente ${run}`;
    const { organisationId } = await pendingStructure(name);
    const listed = ok(await server.graphql(PENDING, { id: EDITION }, { cookie: animator }));
    expect(listed.data.edition.pendingOrganisations).toContainEqual({ id: organisationId, name, pendingValidation: true });
    expect(codeOf(await server.graphql(PENDING, { id: EDITION }, { cookie: editor }))).toBe("FORBIDDEN");

    // The Maison's animators cover neither Lens nor this edition.
    const refused = await server.graphql(VALIDATE, { id: organisationId }, { cookie: maisonAnimator });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(refused.errors?.[0].message).toMatch(/animateurs/);
    expect(codeOf(await server.graphql(VALIDATE, { id: organisationId }, { cookie: editor }))).toBe("FORBIDDEN");
    expect(codeOf(await server.graphql(VALIDATE, { id: organisationId }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await server.graphql(MERGE, { input: { organisation: organisationId, into: EDITOR_ORGANISATION } }, { cookie: maisonAnimator }))).toBe("FORBIDDEN");
    expect((await server.prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } })).pendingValidation).toBe(true);
    const unknown = await server.graphql(VALIDATE, { id: `nulle-part-${run}` }, { cookie: animator });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });

    // The platform's admins validate anything.
    ok(await server.graphql(VALIDATE, { id: organisationId }, { cookie: admin }));
    expect((ok(await server.graphql(PENDING, { id: EDITION }, { cookie: animator }))).data.edition.pendingOrganisations.map((o: any) => o.id)).not.toContain(organisationId);
  });

  it("merged into a known organisation: its events, roles and proposals move there, the pending record goes, audited", async () => {
    const name = `Émergences (doublon) ${run}`;
    const { organisationId, eventId } = await pendingStructure(name);
    const account = await server.prisma.account.findUniqueOrThrow({ where: { email: "agent.call@maillage.demo" } });
    await server.prisma.roleGrant.create({ data: { accountId: account.id, role: "ORGANISATION_EDITOR", organisationId } });
    const version = (await server.prisma.event.findUniqueOrThrow({ where: { id: eventId } })).version;

    const self = await server.graphql(MERGE, { input: { organisation: organisationId, into: organisationId } }, { cookie: animator });
    expect(self.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.into" });
    const nowhere = await server.graphql(MERGE, { input: { organisation: organisationId, into: `inconnue-${run}` } }, { cookie: animator });
    expect(nowhere.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.into" });
    expect(nowhere.errors?.[0].message).toContain(`inconnue-${run}`);

    const merged = ok(await server.graphql(MERGE, { input: { organisation: organisationId, into: EDITOR_ORGANISATION } }, { cookie: animator }));
    expect(merged.data.mergeOrganisation.id).toBe(EDITOR_ORGANISATION);
    expect(await server.prisma.organisation.findUnique({ where: { id: organisationId } })).toBeNull();
    expect(await server.prisma.eventCoOrganiser.findMany({ where: { eventId }, select: { organisationId: true, role: true } }))
      .toEqual([{ organisationId: EDITOR_ORGANISATION, role: "LEAD" }]);
    expect((await server.prisma.event.findUniqueOrThrow({ where: { id: eventId } })).version).toBe(version + 1);
    expect(await server.prisma.roleGrant.count({ where: { accountId: account.id, organisationId: EDITOR_ORGANISATION, role: "ORGANISATION_EDITOR" } })).toBe(1);
    expect((await server.prisma.publicProposal.findFirstOrThrow({ where: { eventId } })).organisationId).toBe(EDITOR_ORGANISATION);
    // Nothing points at it any more.
    for (const count of [
      server.prisma.eventCoOrganiser.count({ where: { organisationId } }),
      server.prisma.roleGrant.count({ where: { organisationId } }),
      server.prisma.publicProposal.count({ where: { organisationId } }),
    ]) expect(await count).toBe(0);
    const trail = await server.prisma.auditEntry.findMany({ where: { entityType: "Organisation", entityId: { in: [organisationId, EDITOR_ORGANISATION] }, accountId: { not: null } }, orderBy: { id: "asc" } });
    expect(trail.map((entry) => [entry.action, entry.entityId])).toEqual([["DELETE", organisationId], ["UPDATE", EDITOR_ORGANISATION]]);
    expect(trail[1].changes).toMatchObject({ mergedFrom: { id: organisationId, name }, events: [eventId] });
    // The edition's trail has the event's change of organiser.
    const eventEntry = await server.prisma.auditEntry.findFirstOrThrow({ where: { entityType: "Event", entityId: eventId, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(eventEntry).toMatchObject({ editionId: EDITION, changes: { organisationMerged: { from: organisationId, to: EDITOR_ORGANISATION } } });
    // The event, still in the queue, now shows the known organisation.
    const queue = ok(await server.graphql(`query ($id: ID!) { edition(id: $id) { moderationQueue { id lead { id } } } }`, { id: EDITION }, { cookie: animator }));
    expect(queue.data.edition.moderationQueue.find((queued: any) => queued.id === eventId)?.lead.id).toBe(EDITOR_ORGANISATION);
  });

  it("a merge that cannot carry everything changes nothing", async () => {
    const name = `Structure liée ${run}`;
    const { organisationId, eventId } = await pendingStructure(name);
    const collective = await server.prisma.collective.findFirstOrThrow({ select: { id: true } });
    await server.prisma.collectiveMembership.create({ data: { collectiveId: collective.id, organisationId, role: "MEMBRE" } });
    const audit = await server.prisma.auditEntry.count();

    const refused = await server.graphql(MERGE, { input: { organisation: organisationId, into: EDITOR_ORGANISATION } }, { cookie: animator });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "STILL_REFERENCED", references: ["collectif"] });
    expect(refused.errors?.[0].message).toMatch(/Rien n'a été modifié/);
    // The moves made before the check were undone with it.
    expect(await server.prisma.organisation.findUnique({ where: { id: organisationId } })).toMatchObject({ pendingValidation: true });
    expect(await server.prisma.eventCoOrganiser.findMany({ where: { eventId }, select: { organisationId: true } })).toEqual([{ organisationId }]);
    expect(await server.prisma.auditEntry.count()).toBe(audit);
  });
});

describe("editors propose to the editions covering their organisation", () => {
  const event = (edition: string, title: string, status: string) => ({
    edition, title, type: "ATELIER", status,
    venue: { address: `8 rue de la Gare ${run}`, commune: "62427" },
    sessions: [{ start: `${edition.includes("2027") ? "2027" : edition.includes("2025") ? "2025" : "2026"}-11-20T10:00`, end: `${edition.includes("2027") ? "2027" : edition.includes("2025") ? "2025" : "2026"}-11-20T12:00` }],
    coOrganisers: [{ organisation: EDITOR_ORGANISATION, role: "LEAD" }],
  });

  it("saves drafts and proposals in a covering edition, never confirms, and is refused elsewhere; the query lists the same editions", async () => {
    // An edition of 2027 for Hénin-Carvin only: Émergences 62 (Lens-Liévin) is outside it.
    const opened = ok(await server.graphql(`mutation ($input: CreateEditionInput!) { createEdition(input: $input) { id } }`, {
      input: { cotess: "cotess-bassin-minier", year: 2027, title: `Mois de l'ESS 2027 Hénin-Carvin ${run}`, territories: [{ code: "246200299" }] },
    }, { cookie: animator }));
    const elsewhere = opened.data.createEdition.id as string;

    const draft = ok(await server.graphql(CREATE, { input: event(EDITION, `Brouillon ${run}`, "DRAFT") }, { cookie: editor }));
    expect(draft.data.createEvent.event.status).toBe("DRAFT");
    const proposed = ok(await server.graphql(CREATE, { input: event("mois-ess-2026-pas-de-calais", `Proposé ${run}`, "PROPOSED") }, { cookie: editor }));
    expect(proposed.data.createEvent.event.status).toBe("PROPOSED");
    expect(codeOf(await server.graphql(CREATE, { input: event(EDITION, `Confirmé ${run}`, "CONFIRMED") }, { cookie: editor }))).toBe("FORBIDDEN");

    const outside = await server.graphql(CREATE, { input: event(elsewhere, `Hors territoire ${run}`, "PROPOSED") }, { cookie: editor });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "edition" });
    expect(outside.errors?.[0].message).toMatch(/couvrent son territoire/);
    const ended = await server.graphql(CREATE, { input: event("mois-ess-2025-cotess-bassin-minier", `Trop tard ${run}`, "DRAFT") }, { cookie: editor });
    expect(ended.errors?.[0].extensions).toMatchObject({ code: "FORBIDDEN", field: "edition" });
    // The network's animators are not bound by it.
    ok(await server.graphql(CREATE, { input: event(elsewhere, `Par l'animation ${run}`, "DRAFT") }, { cookie: animator }));
    expect(await server.prisma.event.count({ where: { title: { in: [`Hors territoire ${run}`, `Trop tard ${run}`, `Confirmé ${run}`] } } })).toBe(0);

    const open = async () => (ok(await server.graphql(OPEN, { id: EDITOR_ORGANISATION })).data.organisation.editionsOpenToProposals as { id: string; state: string }[]);
    const listed = await open();
    expect(listed.map((edition) => edition.id)).toEqual(expect.arrayContaining([EDITION, "mois-ess-2026-pas-de-calais"]));
    expect(listed.map((edition) => edition.id)).not.toContain(elsewhere);
    expect(listed.map((edition) => edition.id)).not.toContain("mois-ess-2025-cotess-bassin-minier");
    expect(listed.every((edition) => edition.state !== "ENDED")).toBe(true);

    // A member of the COTESS proposes to all its editions, covering it or not.
    await server.prisma.cotessMembership.create({ data: { cotessId: "cotess-bassin-minier", organisationId: EDITOR_ORGANISATION } });
    expect((await open()).map((edition) => edition.id)).toContain(elsewhere);
    ok(await server.graphql(CREATE, { input: event(elsewhere, `Membre du COTESS ${run}`, "PROPOSED") }, { cookie: editor }));
    await server.prisma.cotessMembership.delete({ where: { cotessId_organisationId: { cotessId: "cotess-bassin-minier", organisationId: EDITOR_ORGANISATION } } });
  });

  it("« Mes propositions » lists the events its organisations lead, with the moderators' last message", async () => {
    const created = ok(await server.graphql(CREATE, { input: event(EDITION, `À revoir ${run}`, "PROPOSED") }, { cookie: editor }));
    const id = created.data.createEvent.event.id;
    const version = (await server.prisma.event.findUniqueOrThrow({ where: { id } })).version;
    const message = "Précisez l'horaire d'accueil.";
    ok(await server.graphql(MODERATE, { input: { event: id, version, decision: "CHANGES_REQUESTED", message } }, { cookie: animator }));
    const mine = ok(await server.graphql(`query { viewerProposals { id status edition { id } moderation { decision message } } }`, {}, { cookie: editor }));
    expect(mine.data.viewerProposals.find((proposal: any) => proposal.id === id)).toEqual({
      id, status: "DRAFT", edition: { id: EDITION }, moderation: { decision: "CHANGES_REQUESTED", message },
    });
    const leads = await server.prisma.eventCoOrganiser.findMany({ where: { eventId: { in: mine.data.viewerProposals.map((p: any) => p.id) }, role: "LEAD" } });
    expect(leads.every((lead) => lead.organisationId === EDITOR_ORGANISATION)).toBe(true);
    expect(codeOf(await server.graphql(`query { viewerProposals { id } }`))).toBe("UNAUTHENTICATED");
  });
});
