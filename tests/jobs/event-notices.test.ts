// Notices to co-organisers, with real e-mail: a change of an event tells the
// editors of its other co-organisers what changed and who changed it — one
// e-mail for a burst of changes, never to its author, never to an account
// that unsubscribed — and a change that makes a new clash tells the other
// event's co-organisers. A write rolled back tells nobody.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";
import { links, startMailbox, type Mailbox, type ReceivedMail } from "../support/mailbox.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { parseRoute } from "../../web/src/routes.ts";
import { recordEventNotices, sendEventNotices } from "../../server/events/event.notices.ts";
import { sqlStatementsOfThisRequest, withSqlStatementCounter } from "../../server/core/sql-statements.ts";

let database: ScratchDatabase;
let mailbox: Mailbox;
let server: TestServer;
const run = randomUUID().slice(0, 6);

// A confirmed demo workshop at Le Toit Commun, 12 November 17:30–19:30: led
// by Émergences 62, with Pas-de-Calais Actif as partner and the SCIC of Le
// Toit Commun as venue host.
const WORKSHOP = "2026-atelier-porteurs-projet-toit-commun";
// A confirmed demo conference at Le Toit Commun on 9 November, led by Eau Secours 62, hosted by the same SCIC.
const CONFERENCE = "2026-conference-eau-bien-commun";

const LEAD_EDITOR = "editeur.emergences62@maillage.demo";
const accounts = {
  leadColleague: { email: `collegue.emergences.${run}@example.org`, name: "Camille d'Émergences", organisation: "emergences-62" },
  partner: { email: `pdca.${run}@example.org`, name: "Dominique de PDCA", organisation: "pas-de-calais-actif" },
  partnerUnsubscribed: { email: `pdca.sans-avis.${run}@example.org`, name: "Alex de PDCA", organisation: "pas-de-calais-actif" },
  host: { email: `toit.${run}@example.org`, name: "Sacha du Toit Commun", organisation: "le-toit-commun-scic" },
};

const EVENT = `query ($id: ID!) { event(id: $id) { id title version } }`;
const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { id version } } }`;

let leadEditor: string;
let animator: string;

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  mailbox = await startMailbox();
  server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } });
  // Editors of their own, with the demo password (its hash copied).
  const { passwordHash } = await server.prisma.account.findUniqueOrThrow({ where: { email: LEAD_EDITOR } });
  for (const account of Object.values(accounts)) {
    await server.prisma.account.create({
      data: { email: account.email, displayName: account.name, passwordHash, roles: { create: { role: "ORGANISATION_EDITOR", organisationId: account.organisation } } },
    });
  }
  const unsubscribed = await server.prisma.account.findUniqueOrThrow({ where: { email: accounts.partnerUnsubscribed.email } });
  await server.prisma.mailPreference.create({ data: { accountId: unsubscribed.id, topic: "EVENT_NOTICES", subscribed: false } });
  [leadEditor, animator] = await Promise.all([server.signIn(LEAD_EDITOR), server.signIn("animation.cotess@maillage.demo")]);
});
afterAll(async () => {
  await server?.close();
  await mailbox?.close();
  await database?.drop();
});

async function update(cookie: string, input: Record<string, unknown>) {
  const current = (await server.graphql(EVENT, { id: input.id }, { cookie })).data.event;
  const result = await server.graphql(UPDATE, { input: { version: current.version, ...input } }, { cookie });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
}

const noticeJobs = (eventId: string) =>
  query(database.url, "SELECT run_at FROM graphile_worker._private_jobs WHERE key = $1", [`event-notices:${eventId}`]);

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs the waiting notice jobs of these events now rather than in a few minutes, and waits for their e-mails to be sent. */
async function sendNoticesNow(...eventIds: string[]) {
  await query(database.url, "UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ANY($1::text[])", [eventIds.map((id) => `event-notices:${id}`)]);
  await eventually(() => server.prisma.eventNotice.count({ where: { eventId: { in: eventIds } } }), (count) => count === 0);
  await eventually(
    async () => (await query(database.url, "SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'send-mail'"))[0].n,
    (count) => count === 0,
  );
}

const mailsTo = (email: string, since: number) => mailbox.received.slice(since).filter((mail) => mail.envelopeTo.includes(email));

async function unsubscribeByLinkOf(mail: ReceivedMail) {
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const link = new URL(mail.headers["list-unsubscribe"].slice(1, -1));
  expect(links(mail)).toContain(link.href);
  expect(link.pathname).toBe("/compte/desabonnement");
  // What a mail client does with RFC 8058's header.
  const response = await fetch(`${server.url}${link.pathname}${link.search}`, {
    method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click",
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ unsubscribed: "EVENT_NOTICES" });
}

describe("notices of a change", () => {
  it("makes one notice per recipient of three quick changes, to the other co-organisers' editors but not the author's organisation", async () => {
    const since = mailbox.received.length;
    const title = `Atelier des porteurs de projet ${run}`;
    await update(leadEditor, { id: WORKSHOP, title });
    const [first] = await noticeJobs(WORKSHOP);
    await update(leadEditor, { id: WORKSHOP, description: "Venez avec votre projet, même à l'état d'idée." });
    await update(leadEditor, { id: WORKSHOP, sessions: [{ start: "2026-11-25T10:00", end: "2026-11-25T12:00" }] });

    // One job waiting, a few minutes ahead, at the time the first change gave it.
    const jobs = await noticeJobs(WORKSHOP);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].run_at).toEqual(first.run_at);
    expect(jobs[0].run_at.getTime()).toBeGreaterThan(Date.now() + 3 * 60 * 1000);
    expect(mailsTo(accounts.partner.email, since)).toEqual([]);

    await sendNoticesNow(WORKSHOP);
    const [notice, ...more] = mailsTo(accounts.partner.email, since);
    expect(more).toEqual([]);
    expect(notice.subject).toBe(`« ${title} » a été modifié`);
    expect(notice.text).toContain(`Bonjour ${accounts.partner.name},`);
    expect(notice.text).toContain(`Édition de la fiche d'Émergences 62 (démo) a modifié « ${title} » :`);
    expect(notice.text).toContain("Dates : jeudi 12 novembre 2026 à 17 h 30 – 19 h 30 → mercredi 25 novembre 2026 à 10 h 00 – 12 h 00");
    expect(notice.text).toContain("le titre");
    expect(notice.text).toContain("la description");
    // Three changes, told in one e-mail.
    expect(notice.text.match(/a modifié/g)).toHaveLength(3);
    const eventLink = links(notice).map((link) => new URL(link)).find((url) => parseRoute(url.pathname).name === "event")!;
    expect(parseRoute(eventLink.pathname)).toEqual({ name: "event", params: { id: WORKSHOP } });

    expect(mailsTo(accounts.host.email, since)).toHaveLength(1);
    // The author, and the colleague of the organisation the author speaks for, are not told.
    expect(mailsTo(LEAD_EDITOR, since)).toEqual([]);
    expect(mailsTo(accounts.leadColleague.email, since)).toEqual([]);
    expect(mailsTo(accounts.partnerUnsubscribed.email, since)).toEqual([]);

    // The partner's editor stops the notices by the e-mail's own link.
    await unsubscribeByLinkOf(notice);
  });

  it("tells the lead's editors when an animator changes the event, and no one who unsubscribed", async () => {
    const since = mailbox.received.length;
    await update(animator, { id: WORKSHOP, venue: { address: `12 rue de la Gare ${run}`, commune: "62427" } });
    await sendNoticesNow(WORKSHOP);

    const [toLead] = mailsTo(LEAD_EDITOR, since);
    expect(toLead.text).toContain("Animation du COTESS du bassin minier (démo) a modifié");
    expect(toLead.text).toMatch(/Lieu : Le Toit Commun.* → 12 rue de la Gare .*, Hénin-Beaumont/);
    expect(mailsTo(accounts.leadColleague.email, since)).toHaveLength(1);
    expect(mailsTo(accounts.host.email, since)).toHaveLength(1);
    // Unsubscribed by the link of the previous notice.
    expect(mailsTo(accounts.partner.email, since)).toEqual([]);
    expect(mailsTo(accounts.partnerUnsubscribed.email, since)).toEqual([]);
  });
});

describe("notices of a new clash", () => {
  it("tells the other event's co-organisers that a change made it clash, naming both events and the kind of clash", async () => {
    const since = mailbox.received.length;
    const workshop = (await server.graphql(EVENT, { id: WORKSHOP }, { cookie: animator })).data.event;
    // The conference moves onto the workshop's morning, hosted by the same SCIC.
    await update(animator, { id: CONFERENCE, sessions: [{ start: "2026-11-25T10:30", end: "2026-11-25T11:30" }] });
    await sendNoticesNow(WORKSHOP, CONFERENCE);

    const clash = mailsTo(LEAD_EDITOR, since).find((mail) => mail.subject.startsWith("Nouveau conflit"))!;
    expect(clash.subject).toBe(`Nouveau conflit pour « ${workshop.title} »`);
    expect(clash.text).toMatch(/Nouveau conflit : « .+ », modifié par Animation du COTESS du bassin minier \(démo\), a désormais lieu en même temps que « /);
    // The SCIC hosts both; they may share their public and EPCI too.
    expect(clash.text).toMatch(new RegExp(`en même temps que « ${workshop.title} » \\([^)]*co-organisateur commun[^)]*\\)`));
    const conferenceTitle = (await server.prisma.event.findUniqueOrThrow({ where: { id: CONFERENCE } })).title;
    expect(clash.text).toContain(`« ${conferenceTitle} »`);
    expect(links(clash).map((link) => parseRoute(new URL(link).pathname))).toContainEqual({ name: "event", params: { id: CONFERENCE } });
    // The host co-organises both: told of the clash and of the conference's change.
    expect(mailsTo(accounts.host.email, since).map((mail) => mail.subject).sort()).toEqual(
      [`« ${conferenceTitle} » a été modifié`, `Nouveau conflit pour « ${workshop.title} »`].sort(),
    );
  });
});

describe("notices of a new event", () => {
  it("tells nobody of its creation, but tells the co-organisers of an event it clashes with that it was added", async () => {
    const since = mailbox.received.length;
    const title = `Permanence du Toit Commun ${run}`;
    const created = await server.graphql(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`, {
      input: {
        edition: "mois-ess-2026-cotess-bassin-minier", title, type: "ATELIER", status: "PROPOSED",
        venue: { address: `5 place de la Coopération ${run}`, commune: "62427" },
        sessions: [{ start: "2026-11-25T11:00", end: "2026-11-25T13:00" }],
        coOrganisers: [{ organisation: "le-toit-commun-scic", role: "LEAD" }],
      },
    }, { cookie: animator });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const id = created.data.createEvent.event.id as string;
    expect(await noticeJobs(id)).toEqual([]);
    await sendNoticesNow(WORKSHOP);

    const workshop = await server.prisma.event.findUniqueOrThrow({ where: { id: WORKSHOP } });
    const [clash, ...more] = mailsTo(LEAD_EDITOR, since);
    expect(more).toEqual([]);
    expect(clash.subject).toBe(`Nouveau conflit pour « ${workshop.title} »`);
    expect(clash.text).toContain(`Nouveau conflit : « ${title} », ajouté par Animation du COTESS du bassin minier (démo), a désormais lieu en même temps que « ${workshop.title} »`);
    expect(mailsTo(accounts.host.email, since)).toHaveLength(1);
  });
});

describe("notices of a public proposal", () => {
  it("tells the co-organisers of an event it clashes with, once its contact confirms it", async () => {
    const since = mailbox.received.length;
    const workshop = await server.prisma.event.findUniqueOrThrow({ where: { id: WORKSHOP } });
    const title = `Troc de livres ${run}`;
    const proposed = await server.graphql(`mutation ($input: PublicProposalInput!) { proposeEvent(input: $input) }`, {
      input: {
        edition: "mois-ess-2026-cotess-bassin-minier", title, type: "ATELIER",
        sessions: [{ start: "2026-11-25T10:30", end: "2026-11-25T11:30" }],
        // The workshop's own address, written otherwise.
        venue: { address: `  12 RUE DE LA GARE ${run} `, commune: "62427" },
        newOrganisation: { name: `Bouquinistes ${run}`, commune: "62427" },
        contact: { name: "Lou Martin", email: `lou.${run}@example.org` },
      },
    });
    expect(proposed.errors, JSON.stringify(proposed.errors)).toBeUndefined();
    const confirmation = await mailbox.waitFor((mail) => mail.envelopeTo.includes(`lou.${run}@example.org`), 15_000);
    const token = links(confirmation).find((link) => link.includes("/proposer/confirmation#"))!.split("#")[1];
    const confirmed = await server.graphql(`mutation ($token: String!) { confirmProposal(token: $token) { title } }`, { token });
    expect(confirmed.errors, JSON.stringify(confirmed.errors)).toBeUndefined();
    await sendNoticesNow(WORKSHOP);

    const clash = mailsTo(LEAD_EDITOR, since).find((mail) => mail.subject.startsWith("Nouveau conflit"))!;
    expect(clash.text).toContain(`Nouveau conflit : « ${title} », ajouté par Lou Martin (proposition publique), a désormais lieu en même temps que « ${workshop.title} » (même lieu)`);
  });
});

describe("the cost of a notice job", () => {
  it("reads its recipients at once: a fixed number of statements, and two per e-mail (its unsubscribe link, its job)", async () => {
    const { passwordHash } = await server.prisma.account.findUniqueOrThrow({ where: { email: LEAD_EDITOR } });
    for (let index = 0; index < 4; index += 1) {
      await server.prisma.account.create({
        data: { email: `toit.${index}.${run}@example.org`, displayName: `Toit ${index}`, passwordHash, roles: { create: { role: "ORGANISATION_EDITOR", organisationId: "le-toit-commun-scic" } } },
      });
    }
    await update(animator, { id: WORKSHOP, title: `Atelier des porteurs de projet, deuxième ${run}` });
    const { sent, statements } = await withSqlStatementCounter(async () => {
      const sent = await sendEventNotices({ prisma: server.prisma, eventId: WORKSHOP, publicUrl: "http://localhost:4000", now: new Date() });
      return { sent, statements: sqlStatementsOfThisRequest()! };
    });
    // The lead's two editors and the host's five at least (the partner's, once unsubscribed, are not written to).
    expect(sent).toBeGreaterThanOrEqual(7);
    expect(statements).toBeGreaterThan(2 * sent);
    expect(statements - 2 * sent).toBeLessThanOrEqual(8);
    await sendNoticesNow(WORKSHOP);
  });
});

describe("a write that does not happen", () => {
  it("tells nobody of a change refused for a clash at the same venue", async () => {
    const before = await server.prisma.eventNotice.count();
    const current = (await server.graphql(EVENT, { id: CONFERENCE }, { cookie: animator })).data.event;
    // The workshop, back at Le Toit Commun on the conference's morning, without accepting the clash.
    const workshop = (await server.graphql(EVENT, { id: WORKSHOP }, { cookie: leadEditor })).data.event;
    const refused = await server.graphql(UPDATE, {
      input: { id: WORKSHOP, version: workshop.version, title: `Refusé ${run}`, venue: { maison: "le-toit-commun" }, sessions: [{ start: "2026-11-25T10:00", end: "2026-11-25T12:00" }] },
    }, { cookie: leadEditor });
    expect(refused.errors?.[0]?.extensions?.reason).toBe("HARD_CLASH");
    expect(await server.prisma.eventNotice.count()).toBe(before);
    expect(await noticeJobs(WORKSHOP)).toEqual([]);
    expect(current.id).toBe(CONFERENCE);
  });

  it("queues nothing when the transaction that records a notice rolls back", async () => {
    const author = await server.prisma.account.findUniqueOrThrow({ where: { email: LEAD_EDITOR } });
    const event = await server.prisma.event.findUniqueOrThrow({ where: { id: WORKSHOP } });
    await expect(server.prisma.$transaction(async (tx) => {
      await recordEventNotices(tx, {
        author: { accountId: author.id, name: author.displayName, organisationIds: ["emergences-62"] },
        eventId: WORKSHOP, before: { ...event, status: event.status }, after: event,
        changes: { title: { from: event.title, to: "Autre titre" } },
        coOrganiserIds: ["emergences-62", "pas-de-calais-actif"], clashesBefore: [], clashesAfter: [],
      }, new Date());
      expect(await tx.eventNotice.count({ where: { eventId: WORKSHOP } })).toBe(1);
      throw new Error("the write failed after its notice");
    })).rejects.toThrow("the write failed after its notice");
    expect(await server.prisma.eventNotice.count({ where: { eventId: WORKSHOP } })).toBe(0);
    expect(await noticeJobs(WORKSHOP)).toEqual([]);
  });
});
