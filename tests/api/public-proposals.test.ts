// « Proposer un événement » without an account, with real e-mail: the
// proposal reaches nobody until its contact confirms the e-mailed link; then
// it is a PROPOSED event in the edition's moderation queue, the animators are
// told, and once approved it is in the public programme and the feed. A new
// structure waits for validation out of public lists. Links are single-use
// and expire; invalid input and floods write nothing.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { links, startMailbox, type Mailbox } from "../support/mailbox.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";

let server: TestServer;
let mailbox: Mailbox;
let database: ScratchDatabase;
let animator: string;
const run = randomUUID().slice(0, 6);

const ANIMATOR = "animation.cotess@maillage.demo";
const EDITION = "mois-ess-2026-cotess-bassin-minier";

const PROPOSE = `mutation ($input: PublicProposalInput!) { proposeEvent(input: $input) }`;
const CONFIRM = `mutation ($token: String!) { confirmProposal(token: $token) { edition title } }`;
const QUEUE = `query ($id: ID!) { edition(id: $id) { moderationQueue { id title status version coOrganisers { role organisation { id name } } } } }`;
const MODERATE = `mutation ($input: ModerateEventInput!) { moderateEvent(input: $input) { event { id status } } }`;

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  mailbox = await startMailbox();
  server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } });
  animator = await server.signIn(ANIMATOR);
});
afterAll(async () => {
  await server?.close();
  await mailbox?.close();
  await database?.drop();
});

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code ?? "OK";
const contact = (who: string) => `${who}-${run}@structure.example`;

function proposal(title: string, overrides: Record<string, unknown> = {}) {
  return {
    edition: EDITION, title, type: "ATELIER", description: "Un atelier ouvert à tous.",
    sessions: [{ start: "2026-11-20T14:00", end: "2026-11-20T16:00" }],
    venue: { address: `3 rue des Mineurs ${run}`, commune: "62427" },
    organisation: "emergences-62",
    contact: { name: "Camille Martin", email: contact("camille") },
    ...overrides,
  };
}

async function queueTitles() {
  const result = await server.graphql(QUEUE, { id: EDITION }, { cookie: animator });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data.edition.moderationQueue as { id: string; title: string; status: string; version: number; coOrganisers: any[] }[];
}

const confirmationMail = (title: string) => mailbox.waitFor((mail) => mail.subject.includes(title) && /Confirmez/.test(mail.subject), 15_000);
const tokenOf = (mail: { text: string }) => {
  const link = links(mail).find((address) => address.includes("/proposer/confirmation#"))!;
  expect(link).toBeDefined();
  return link.split("#")[1];
};

describe("proposing an event without an account", () => {
  it("propose → nothing in the queue → confirm by e-mail → in the queue, animators told → approved → in the programme and the feed", async () => {
    const title = `Atelier proposé ${run}`;
    const proposed = await server.graphql(PROPOSE, { input: proposal(title) });
    expect(proposed.errors, JSON.stringify(proposed.errors)).toBeUndefined();
    expect(proposed.data.proposeEvent).toBe(true);
    const stored = await server.prisma.publicProposal.findFirstOrThrow({ where: { title } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(47 * 3600 * 1000);
    expect((await queueTitles()).map((event) => event.title)).not.toContain(title);

    const mail = await confirmationMail(title);
    expect(mail.to).toEqual([contact("camille")]);
    const token = tokenOf(mail);
    // Only the hash is stored.
    expect(stored.tokenHash).not.toBe(token);
    expect(JSON.stringify(await server.prisma.publicProposal.findMany())).not.toContain(token);

    const confirmed = await server.graphql(CONFIRM, { token });
    expect(confirmed.errors, JSON.stringify(confirmed.errors)).toBeUndefined();
    expect(confirmed.data.confirmProposal).toEqual({ edition: EDITION, title });

    const queued = (await queueTitles()).find((event) => event.title === title)!;
    expect(queued).toMatchObject({ status: "PROPOSED", coOrganisers: [{ role: "LEAD", organisation: { id: "emergences-62" } }] });
    const entry = await server.prisma.auditEntry.findFirstOrThrow({ where: { entityType: "Event", entityId: queued.id } });
    expect(entry).toMatchObject({ accountId: null, editionId: EDITION });
    expect(entry.actorLabel).toContain(contact("camille"));

    const notice = await mailbox.waitFor((received) => received.to.includes(ANIMATOR) && received.subject.includes(title), 15_000);
    expect(links(notice)).toContain(`${new URL(links(notice)[0]).origin}/planning/${EDITION}/moderation`);

    const approved = await server.graphql(MODERATE, { input: { event: queued.id, version: queued.version, decision: "APPROVED" } }, { cookie: animator });
    expect(approved.errors, JSON.stringify(approved.errors)).toBeUndefined();
    expect(approved.data.moderateEvent.event.status).toBe("CONFIRMED");
    // The proposer hears of the decision too.
    await mailbox.waitFor((received) => received.to.includes(contact("camille")) && /est publié/.test(received.subject), 15_000);
    const programme = await server.graphql(`query ($e: ID!) { events(filter: { edition: $e, published: true }, first: 100) { edges { node { id } } } }`, { e: EDITION });
    expect(programme.data.events.edges.map((edge: any) => edge.node.id)).toContain(queued.id);
    const feed = await (await fetch(`${server.url}/calendar/editions/${EDITION}.ics`)).text();
    expect(feed.replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:${title}`);
  });

  it("a proposal never confirmed never reaches the queue nor the animators", async () => {
    const title = `Jamais confirmé ${run}`;
    expect(codeOf(await server.graphql(PROPOSE, { input: proposal(title, { contact: { name: "Lou", email: contact("lou") } }) }))).toBe("OK");
    await confirmationMail(title);
    expect((await queueTitles()).map((event) => event.title)).not.toContain(title);
    expect(await server.prisma.event.count({ where: { title } })).toBe(0);
    expect(mailbox.received.filter((mail) => mail.to.includes(ANIMATOR) && mail.subject.includes(title))).toEqual([]);
  });

  it("a new structure is created pending validation and is not listed publicly", async () => {
    const title = `Atelier nouvelle structure ${run}`;
    const name = `Coopérative Nouvelle ${run}`;
    const result = await server.graphql(PROPOSE, {
      input: proposal(title, { organisation: null, newOrganisation: { name, commune: "62427" }, contact: { name: "Sam", email: contact("sam") } }),
    });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(await server.prisma.organisation.count({ where: { name } })).toBe(0);
    expect(codeOf(await server.graphql(CONFIRM, { token: tokenOf(await confirmationMail(title)) }))).toBe("OK");

    const created = await server.prisma.organisation.findFirstOrThrow({ where: { name } });
    expect(created.pendingValidation).toBe(true);
    const queued = (await queueTitles()).find((event) => event.title === title)!;
    expect(queued.coOrganisers).toEqual([{ role: "LEAD", organisation: { id: created.id, name } }]);
    const listed = await server.graphql(`query ($q: String!) { organisations(filter: { search: $q }, first: 10) { edges { node { id } } } }`, { q: name });
    expect(listed.errors, JSON.stringify(listed.errors)).toBeUndefined();
    expect(listed.data.organisations.edges).toEqual([]);
    const profile = await server.graphql(`query ($id: ID!) { organisation(id: $id) { id } }`, { id: created.id });
    expect(profile.data?.organisation ?? null).toBeNull();
    await mailbox.waitFor((mail) => mail.to.includes(ANIMATOR) && mail.subject.includes(title) && /attente de validation/.test(mail.text), 15_000);
  });

  it("refuses a reused, expired or forged link, changing nothing", async () => {
    const title = `Lien à usage unique ${run}`;
    await server.graphql(PROPOSE, { input: proposal(title, { contact: { name: "Alex", email: contact("alex") } }) });
    const token = tokenOf(await confirmationMail(title));
    expect(codeOf(await server.graphql(CONFIRM, { token }))).toBe("OK");
    const events = await server.prisma.event.count();
    const reused = await server.graphql(CONFIRM, { token });
    expect(reused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    const forged = await server.graphql(CONFIRM, { token: "A".repeat(43) });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });

    const late = `Lien expiré ${run}`;
    await server.graphql(PROPOSE, { input: proposal(late, { contact: { name: "Noé", email: contact("noe") } }) });
    const lateToken = tokenOf(await confirmationMail(late));
    await server.prisma.publicProposal.updateMany({ where: { title: late }, data: { expiresAt: new Date("2026-11-01T00:00:00Z") } });
    const expired = await server.graphql(CONFIRM, { token: lateToken });
    expect(expired.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    expect(await server.prisma.event.count()).toBe(events);
    expect(await server.prisma.publicProposal.count({ where: { title: late, confirmedAt: { not: null } } })).toBe(0);
  });

  it("refuses invalid input with its field path and writes nothing", async () => {
    const before = await server.prisma.publicProposal.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ sessions: [{ start: "2026-12-20T14:00", end: "2026-12-20T16:00" }] }, "sessions.0.start"],
      [{ sessions: [{ start: "2026-11-20T16:00", end: "2026-11-20T14:00" }] }, "sessions.0.end"],
      [{ venue: { address: "1 place de la Mairie", commune: "99999" } }, "venue.commune"],
      [{ edition: "mois-ess-2025-cotess-bassin-minier" }, "edition"],
      [{ edition: "nulle-part" }, "edition"],
      [{ organisation: null }, "organisation"],
      [{ organisation: "inconnue" }, "organisation"],
      [{ organisation: null, newOrganisation: { name: "Sans commune", commune: "99999" } }, "newOrganisation.commune"],
      [{ contact: { name: "Zoé", email: "pas-une-adresse" } }, "input.contact.email"],
    ];
    for (const [overrides, field] of cases) {
      const result = await server.graphql(PROPOSE, { input: proposal(`Invalide ${run}`, overrides) });
      expect(result.errors?.[0].extensions, JSON.stringify({ overrides, errors: result.errors })).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(result.errors?.[0].extensions?.field, JSON.stringify(overrides)).toMatch(new RegExp(`(^|\\.)${field.replace(/^input\./, "").replace(/\./g, "\\.")}$`));
      expect(result.errors?.[0].message).toMatch(/[a-zà-ü]/);
    }
    // A commune's code that names no commune is said in French, for the event's commune as for the structure's.
    for (const [overrides, field] of [
      [{ venue: { address: "1 place de la Mairie", commune: "62999" } }, "venue.commune"],
      [{ organisation: null, newOrganisation: { name: "Sans commune", commune: "62999" } }, "newOrganisation.commune"],
    ] as const) {
      const result = await server.graphql(PROPOSE, { input: proposal(`Invalide ${run}`, overrides) });
      expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(result.errors?.[0].message).toBe("Aucune commune n'a le code INSEE « 62999 ».");
    }
    expect(await server.prisma.publicProposal.count()).toBe(before);
    expect(mailbox.received.filter((mail) => mail.subject.includes(`Invalide ${run}`))).toEqual([]);
  });

  it("sends a contact three links an hour at most, answering the same, and stops a flooding connection", async () => {
    const email = contact("flood");
    const answers = [];
    for (let i = 1; i <= 4; i += 1) {
      answers.push(codeOf(await server.graphql(PROPOSE, { input: proposal(`Flot ${i} ${run}`, { contact: { name: "Flo", email } }) })));
    }
    expect(answers).toEqual(["OK", "OK", "OK", "OK"]);
    expect(await server.prisma.publicProposal.count({ where: { contactEmail: email } })).toBe(3);

    let refused;
    for (let i = 0; i < 12 && !refused; i += 1) {
      const result = await server.graphql(PROPOSE, { input: proposal(`Connexion ${i} ${run}`, { contact: { name: "Flo", email: contact(`c${i}`) } }) });
      if (result.errors) refused = result;
    }
    expect(refused?.errors?.[0].extensions).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(refused?.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
  });
});
