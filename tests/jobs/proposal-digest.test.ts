// The daily digest of new proposals, with real e-mail: each animator gets,
// once a day, the events that entered the moderation queues of the editions
// they animate since their previous digest — checked against the database —
// and nothing when there are none, when the day's digest was already sent,
// or once they unsubscribed.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";
import { links, startMailbox, type Mailbox } from "../support/mailbox.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { parseRoute } from "../../web/src/routes.ts";
import { sendProposalDigests } from "../../server/events/proposal-digest.service.ts";
import { frenchMoment } from "../../server/events/proposal-digest.mail.ts";

let database: ScratchDatabase;
let mailbox: Mailbox;
let server: TestServer;
const run = randomUUID().slice(0, 6);
const PUBLIC_URL = "http://localhost:4000";
const DAY = 24 * 3600 * 1000;

const COTESS_EDITION = "mois-ess-2026-cotess-bassin-minier";
const CRESS_EDITION = "mois-ess-2026-pas-de-calais";
const COTESS_ANIMATOR = "animation.cotess@maillage.demo";
const CRESS_ANIMATOR = "cress@maillage.demo";
const MAISON_ANIMATOR = "animation.toitcommun@maillage.demo";
const UNSUBSCRIBED = `sans-resume.${run}@example.org`;
const PENDING = `proposition-${run}`;

// The first digest's moment, set once its proposals are made: the queue's
// runner lives on it, and what is proposed after it is for the next day.
let T0 = new Date();
const clock = { now: () => new Date(T0) };

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`;
// Each edition's animators propose into it: the runner's day (today) is after
// the 2026 editions, when editors may no longer propose to them.
let animator: string;
let cressAnimator: string;

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  mailbox = await startMailbox();
  server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url }, clock });
  const { passwordHash } = await server.prisma.account.findUniqueOrThrow({ where: { email: COTESS_ANIMATOR } });
  const colleague = await server.prisma.account.create({
    data: { email: UNSUBSCRIBED, displayName: "Animation sans résumé", passwordHash, roles: { create: { role: "NETWORK_ANIMATOR", cotessId: "cotess-bassin-minier" } } },
  });
  await server.prisma.mailPreference.create({ data: { accountId: colleague.id, topic: "PROPOSAL_DIGEST", subscribed: false } });
  const commune = await server.prisma.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "62427" } } });
  await server.prisma.organisation.create({
    data: { id: PENDING, name: `Collectif des jardins ${run}`, communeId: commune.id, locationId: commune.id, pendingValidation: true, sectors: [], searchText: `collectif des jardins ${run}` },
  });
  [animator, cressAnimator] = await Promise.all([server.signIn(COTESS_ANIMATOR), server.signIn(CRESS_ANIMATOR)]);
});
afterAll(async () => {
  await server?.close();
  await mailbox?.close();
  await database?.drop();
});

let slot = 0;
async function create(cookie: string, fields: { edition?: string; title: string; status?: string; lead?: string; start?: string }) {
  slot += 1;
  const start = fields.start ?? `2026-11-${10 + slot}T15:00`;
  const result = await server.graphql(CREATE, {
    input: {
      edition: fields.edition ?? COTESS_EDITION, title: fields.title, type: "ATELIER", status: fields.status ?? "PROPOSED",
      venue: { address: `${slot} rue des Digests ${run}`, commune: "62427" },
      sessions: [{ start, end: start.replace("T15:00", "T17:00") }],
      coOrganisers: [{ organisation: fields.lead ?? "emergences-62", role: "LEAD" }],
    },
  }, { cookie });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data.createEvent.event.id as string;
}

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the queue has sent every e-mail it holds. */
const mailSent = () => eventually(
  async () => (await query(database.url, "SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier IN ('send-mail', 'proposal-digest')"))[0].n,
  (count) => count === 0,
);

const mailsTo = (email: string, since: number) => mailbox.received.slice(since).filter((mail) => mail.envelopeTo.includes(email));

/** The digest lines the database gives for an edition's proposals that entered its queue in (from, to]. */
async function expectedLines(editionId: string, from: Date, to: Date): Promise<string[]> {
  const events = await server.prisma.event.findMany({
    where: { editionId, status: "PROPOSED", proposedAt: { gt: from, lte: to } },
    include: { coOrganisers: { where: { role: "LEAD" }, include: { organisation: true } }, sessions: { orderBy: { startsAt: "asc" } }, commune: true },
    orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
  });
  return events.map((event) => {
    const lead = event.coOrganisers[0].organisation;
    return `• « ${event.title} » — ${lead.name}${lead.pendingValidation ? " (structure en attente de validation)" : ""} — ${frenchMoment(event.sessions[0].startsAt)} — ${event.commune.name}`;
  });
}

describe("the proposal digest", () => {
  const since = { first: 0 };
  it("is queued once a day by the crontab of every instance", async () => {
    const known = await eventually(
      async () => (await query(database.url, "SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier")).map((row) => row.identifier),
      (identifiers) => identifiers.length >= 2,
    );
    expect(known).toEqual(["proposal-digest", "purge"]);
  });

  it("sends each animator the proposals new in the editions they animate, with the link to moderate them", async () => {
    since.first = mailbox.received.length;
    await create(animator, { title: `Atelier compost ${run}`, start: "2026-11-19T15:00" });
    await create(animator, { title: `Troc de graines ${run}`, lead: PENDING });
    await create(animator, { title: `Brouillon ${run}`, status: "DRAFT" });
    await create(cressAnimator, { edition: CRESS_EDITION, title: `Forum départemental ${run}` });

    // As the crontab queues it, on the runner's clock.
    T0 = new Date();
    await query(database.url, "SELECT graphile_worker.add_job('proposal-digest')");
    await mailSent();

    const [digest, ...more] = mailsTo(COTESS_ANIMATOR, since.first);
    expect(more).toEqual([]);
    const windowStart = new Date(T0.getTime() - DAY);
    const lines = await expectedLines(COTESS_EDITION, windowStart, T0);
    expect(lines).toHaveLength(2);
    expect(digest.subject).toBe("2 nouvelles propositions à modérer");
    expect(digest.text).toContain("Bonjour Animation du COTESS du bassin minier (démo),");
    const edition = await server.prisma.edition.findUniqueOrThrow({ where: { id: COTESS_EDITION } });
    expect(digest.text).toContain([`Édition « ${edition.title} »`, ...lines].join("\n"));
    expect(digest.text).toContain(`• « Atelier compost ${run} » — Émergences 62 — jeudi 19 novembre 2026 à 15 h 00 — Hénin-Beaumont`);
    expect(digest.text).toContain(`• « Troc de graines ${run} » — Collectif des jardins ${run} (structure en attente de validation)`);
    expect(digest.text).not.toContain(`Brouillon ${run}`);
    expect(digest.text).not.toContain(`Forum départemental ${run}`);
    expect(digest.html).toContain(`<a href="${PUBLIC_URL}/planning/${COTESS_EDITION}/moderation"`);

    const moderation = links(digest).map((link) => new URL(link)).find((url) => parseRoute(url.pathname).name === "planning")!;
    expect(parseRoute(moderation.pathname)).toEqual({ name: "planning", params: { id: COTESS_EDITION, view: "moderation", eventId: null } });
    expect(digest.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");

    // The CRESS animates the other edition; the Maison's animators have no new proposal.
    const [cress] = mailsTo(CRESS_ANIMATOR, since.first);
    expect(cress.subject).toBe("1 nouvelle proposition à modérer");
    expect(cress.text).toContain([`Édition « ${(await server.prisma.edition.findUniqueOrThrow({ where: { id: CRESS_EDITION } })).title} »`, ...(await expectedLines(CRESS_EDITION, windowStart, T0))].join("\n"));
    expect(mailsTo(MAISON_ANIMATOR, since.first)).toEqual([]);
    expect(mailsTo(UNSUBSCRIBED, since.first)).toEqual([]);
  });

  it("sends nothing when run again the same day, by the queue or directly", async () => {
    const before = mailbox.received.length;
    expect(await sendProposalDigests({ prisma: server.prisma, now: new Date(T0.getTime() + 60_000), publicUrl: PUBLIC_URL })).toBe(0);
    await query(database.url, "SELECT graphile_worker.add_job('proposal-digest')");
    await mailSent();
    expect(mailbox.received.length).toBe(before);
    const rows = await server.prisma.proposalDigest.findMany({ where: { account: { email: COTESS_ANIMATOR } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ eventCount: 2, coveredTo: T0 });
  });

  it("lists on the next day only what entered the queue since, once for two instances, and nothing on a day without proposals", async () => {
    const before = mailbox.received.length;
    await create(animator, { title: `Café coopératif ${run}` });
    const nextDay = new Date(T0.getTime() + DAY);
    // Two instances at once: one sends, the other finds the day's row.
    const runs = await Promise.all([1, 2].map(() => sendProposalDigests({ prisma: server.prisma, now: nextDay, publicUrl: PUBLIC_URL })));
    expect(runs.sort()).toEqual([0, 1]);
    await mailSent();
    const [digest, ...more] = mailsTo(COTESS_ANIMATOR, before);
    expect(more).toEqual([]);
    expect(digest.subject).toBe("1 nouvelle proposition à modérer");
    expect(await expectedLines(COTESS_EDITION, T0, nextDay)).toEqual([expect.stringContaining(`Café coopératif ${run}`)]);
    expect(digest.text).toContain((await expectedLines(COTESS_EDITION, T0, nextDay))[0]);
    expect(digest.text).not.toContain(`Atelier compost ${run}`);

    const quiet = mailbox.received.length;
    expect(await sendProposalDigests({ prisma: server.prisma, now: new Date(T0.getTime() + 2 * DAY), publicUrl: PUBLIC_URL })).toBe(0);
    await mailSent();
    expect(mailbox.received.length).toBe(quiet);
  });

  it("sends nothing more to an animator who unsubscribed by the digest's link, while the others still get theirs", async () => {
    const last = mailsTo(COTESS_ANIMATOR, since.first).at(-1)!;
    const link = new URL(last.headers["list-unsubscribe"].slice(1, -1));
    const response = await fetch(`${server.url}${link.pathname}${link.search}`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click",
    });
    expect(await response.json()).toEqual({ unsubscribed: "PROPOSAL_DIGEST" });

    const before = mailbox.received.length;
    const ids = [await create(animator, { title: `Dernière proposition ${run}` }), await create(cressAnimator, { edition: CRESS_EDITION, title: `Autre forum ${run}` })];
    // Proposed on the third day, after the digests of the first two.
    await server.prisma.event.updateMany({ where: { id: { in: ids } }, data: { proposedAt: new Date(T0.getTime() + 2.5 * DAY) } });
    expect(await sendProposalDigests({ prisma: server.prisma, now: new Date(T0.getTime() + 3 * DAY), publicUrl: PUBLIC_URL })).toBe(1);
    await mailSent();
    expect(mailsTo(COTESS_ANIMATOR, before)).toEqual([]);
    expect(mailsTo(CRESS_ANIMATOR, before)).toHaveLength(1);
  });
});
