// The moderation queue of the Mois de l'ESS, with real e-mail: an editor
// proposes, the edition's animators see the proposal with its clashes and
// decide — publish, ask for changes, refuse — and the organisers are told by
// e-mail and read the decision on the event. Nobody else moderates or reads
// the queue; a stale version changes nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { links, startMailbox, type Mailbox } from "../support/mailbox.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";

let server: TestServer;
let mailbox: Mailbox;
let database: ScratchDatabase;
let animator: string;
let editor: string;
let otherAnimator: string;
const run = randomUUID().slice(0, 6);

const EDITOR = "editeur.emergences62@maillage.demo";
const EDITION = "mois-ess-2026-cotess-bassin-minier";
// A confirmed demo forum co-organised by Émergences 62 in Hénin-Beaumont, 14:00–18:30 on 12 November.
const FORUM = "2026-forum-ess-henin-beaumont";

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id version status } } }`;
const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { id status version } } }`;
const MODERATE = `mutation ($input: ModerateEventInput!) {
  moderateEvent(input: $input) { event { id status version publishedAt moderation { decision message at } } } }`;
const QUEUE = `query ($id: ID!) { edition(id: $id) { moderationQueue {
  id title status version clashes { severity first { event { id } } second { event { id } } } } } }`;
const EVENT = `query ($id: ID!) { event(id: $id) { id status version publishedAt moderation { decision message at } } }`;

beforeAll(async () => {
  // A database of its own: its job runner must be the only one taking its e-mails.
  database = await createScratchDatabase({ demo: true });
  mailbox = await startMailbox();
  server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } });
  [animator, editor, otherAnimator] = await Promise.all([
    server.signIn("animation.cotess@maillage.demo"),
    server.signIn(EDITOR),
    server.signIn("cress@maillage.demo"),
  ]);
});
afterAll(async () => {
  await server?.close();
  await mailbox?.close();
  await database?.drop();
});

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code ?? "OK";
const mailAbout = (title: string, subject: RegExp) =>
  mailbox.waitFor((mail) => mail.to.includes(EDITOR) && mail.subject.includes(title) && subject.test(mail.subject), 15_000);

/** The editor of Émergences 62 proposes an event it leads, beside the demo forum it partners. */
let slot = 0;
async function propose(title: string) {
  slot += 1;
  const result = await server.graphql(CREATE, {
    input: {
      edition: EDITION, title, type: "ATELIER", status: "PROPOSED",
      venue: { address: `${slot} rue de la Coopération ${run}`, commune: "62427" },
      sessions: [{ start: "2026-11-12T15:00", end: "2026-11-12T17:00" }],
      coOrganisers: [{ organisation: "emergences-62", role: "LEAD" }, { organisation: "le-toit-commun-scic", role: "PARTNER" }],
    },
  }, { cookie: editor });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data.createEvent.event as { id: string; version: number; status: string };
}

async function queue(cookie = animator) {
  return server.graphql(QUEUE, { id: EDITION }, { cookie });
}

const moderate = (input: Record<string, unknown>, cookie = animator) => server.graphql(MODERATE, { input }, { cookie });

describe("moderating a proposal", () => {
  it("queue with clashes → changes requested by e-mail → proposed again → published in the programme and the feed", async () => {
    const title = `Atelier coopératif ${run}`;
    const proposed = await propose(title);

    const waiting = (await queue()).data.edition.moderationQueue as any[];
    const entry = waiting.find((event) => event.id === proposed.id);
    expect(entry).toMatchObject({ title, status: "PROPOSED", version: proposed.version });
    // The forum it overlaps, with Émergences 62 on both sides: the animator sees it before deciding.
    const sides = entry.clashes.map((clash: any) => [clash.first.event?.id, clash.second.event?.id]);
    expect(sides).toContainEqual(expect.arrayContaining([proposed.id, FORUM]));
    expect(waiting.every((event) => event.status === "PROPOSED")).toBe(true);
    expect((await server.graphql(EVENT, { id: proposed.id }, { cookie: editor })).data.event.moderation).toBeNull();

    const silent = await moderate({ event: proposed.id, version: proposed.version, decision: "CHANGES_REQUESTED", message: "  " });
    expect(silent.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.message" });
    expect(silent.errors?.[0].message).toMatch(/modifier/);

    const message = "Précisez le public visé et l'accessibilité de la salle.";
    const sentBack = await moderate({ event: proposed.id, version: proposed.version, decision: "CHANGES_REQUESTED", message });
    expect(sentBack.errors).toBeUndefined();
    expect(sentBack.data.moderateEvent.event).toMatchObject({ status: "DRAFT", publishedAt: null, moderation: { decision: "CHANGES_REQUESTED", message } });

    const mail = await mailAbout(title, /modifications/);
    expect(mail.text).toContain(message);
    expect(mail.text).toContain("Animation du COTESS du bassin minier (démo)");
    expect(links(mail).map((link) => new URL(link).pathname)).toContain(`/evenements/${proposed.id}`);
    expect(mail.html).toContain("Voir l&#39;événement");

    // The proposer reads the decision on the event; it has left the queue.
    const asEditor = (await server.graphql(EVENT, { id: proposed.id }, { cookie: editor })).data.event;
    expect(asEditor).toMatchObject({ status: "DRAFT", moderation: { decision: "CHANGES_REQUESTED", message } });
    expect(((await queue()).data.edition.moderationQueue as any[]).map((event) => event.id)).not.toContain(proposed.id);

    const again = await server.graphql(UPDATE, { input: { id: proposed.id, version: asEditor.version, status: "PROPOSED", description: "Pour les porteurs de projet ; salle accessible en fauteuil." } }, { cookie: editor });
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
    const requeued = ((await queue()).data.edition.moderationQueue as any[]).find((event) => event.id === proposed.id);
    expect(requeued).toMatchObject({ status: "PROPOSED", version: again.data.updateEvent.event.version });
    // Proposed last: at the end of the queue, the longest waiting first.
    expect(((await queue()).data.edition.moderationQueue as any[]).at(-1).id).toBe(proposed.id);

    const approved = await moderate({ event: proposed.id, version: requeued.version, decision: "APPROVED" });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.moderateEvent.event).toMatchObject({ status: "CONFIRMED", moderation: { decision: "APPROVED", message: null } });
    expect(approved.data.moderateEvent.event.publishedAt).not.toBeNull();

    const published = await mailAbout(title, /publié/);
    expect(published.text).toContain(title);
    const programme = await server.graphql(`query ($e: ID!) { events(filter: { edition: $e, published: true }, first: 100) { edges { node { id } } } }`, { e: EDITION });
    expect(programme.data.events.edges.map((edge: any) => edge.node.id)).toContain(proposed.id);
    const feed = await (await fetch(`${server.url}/calendar/editions/${EDITION}.ics`)).text();
    expect(feed.replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:${title}`);
    // Published, the event is public; the decision stays with those who may change it.
    expect((await server.graphql(EVENT, { id: proposed.id })).data.event).toMatchObject({ status: "CONFIRMED", moderation: null });

    // Proposer and editor of the lead are one account: one e-mail per decision.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailbox.received.filter((received) => received.to.includes(EDITOR) && received.subject.includes(title))).toHaveLength(2);

    const audit = await server.prisma.auditEntry.findMany({ where: { entityType: "Event", entityId: proposed.id, action: "UPDATE" }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => (entry.changes as any).moderationDecision?.to ?? null)).toEqual(["CHANGES_REQUESTED", null, "APPROVED"]);
  });

  it("refuses a refusal without a reason; refused, the event is cancelled and never published", async () => {
    const title = `Conférence refusée ${run}`;
    const proposed = await propose(title);

    const silent = await moderate({ event: proposed.id, version: proposed.version, decision: "REJECTED" });
    expect(silent.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.message" });
    expect(silent.errors?.[0].message).toMatch(/raison/);
    expect((await server.prisma.event.findUniqueOrThrow({ where: { id: proposed.id } })).status).toBe("PROPOSED");

    const reason = "Un événement du même type a déjà lieu ce jour-là dans la commune.";
    const refused = await moderate({ event: proposed.id, version: proposed.version, decision: "REJECTED", message: reason });
    expect(refused.errors).toBeUndefined();
    expect(refused.data.moderateEvent.event).toMatchObject({ status: "CANCELLED", publishedAt: null, moderation: { decision: "REJECTED", message: reason } });

    const mail = await mailAbout(title, /pas retenu/);
    expect(mail.text).toContain(reason);
    expect((await server.graphql(EVENT, { id: proposed.id })).data.event).toBeNull();
    const feed = await (await fetch(`${server.url}/calendar/editions/${EDITION}.ics`)).text();
    expect(feed.replace(/\r\n[ \t]/g, "")).not.toContain(title);
    // Decided, it is no longer proposed: a second decision is refused.
    const twice = await moderate({ event: proposed.id, version: proposed.version + 1, decision: "APPROVED" });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "NOT_PROPOSED", currentStatus: "CANCELLED" });
  });
});

describe("who moderates", () => {
  it("an editor of the event cannot moderate it, nor an animator of another network", async () => {
    const proposed = await propose(`Visite ${run}`);
    for (const cookie of [editor, otherAnimator]) {
      const tried = await moderate({ event: proposed.id, version: proposed.version, decision: "APPROVED" }, cookie);
      expect(codeOf(tried)).toBe("FORBIDDEN");
    }
    const unchanged = await server.prisma.event.findUniqueOrThrow({ where: { id: proposed.id } });
    expect(unchanged).toMatchObject({ status: "PROPOSED", version: proposed.version, moderationDecision: null, publishedAt: null });
  });

  it("the queue is for the edition's animators only", async () => {
    expect(codeOf(await queue())).toBe("OK");
    expect(codeOf(await queue(editor))).toBe("FORBIDDEN");
    expect(codeOf(await queue(otherAnimator))).toBe("FORBIDDEN");
    expect(codeOf(await server.graphql(QUEUE, { id: EDITION }))).toBe("UNAUTHENTICATED");
  });

  it("a stale version is refused with the current one, and nothing changes", async () => {
    const proposed = await propose(`Forum ${run}`);
    const renamed = await server.graphql(UPDATE, { input: { id: proposed.id, version: proposed.version, title: `Forum renommé ${run}` } }, { cookie: editor });
    expect(renamed.errors).toBeUndefined();
    const auditBefore = await server.prisma.auditEntry.count({ where: { entityId: proposed.id } });
    const jobsBefore = mailbox.received.length;

    const stale = await moderate({ event: proposed.id, version: proposed.version, decision: "APPROVED" });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: proposed.version + 1 });
    const unchanged = await server.prisma.event.findUniqueOrThrow({ where: { id: proposed.id } });
    expect(unchanged).toMatchObject({ status: "PROPOSED", version: proposed.version + 1, moderationDecision: null, publishedAt: null });
    expect(await server.prisma.auditEntry.count({ where: { entityId: proposed.id } })).toBe(auditBefore);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.received.length).toBe(jobsBefore);
  });
});
