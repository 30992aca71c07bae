// The daily purge, against a real database: what is past its use goes —
// unconfirmed public proposals past their link's expiry, old expired or used
// password links, unanswered invitations long expired or revoked, expired
// sessions, year-old unsubscribe links, old digest rows — and what is not
// stays.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";
import { startTestServer, TEST_NOW, type TestServer } from "../support/server.ts";
import { purgeExpired } from "../../server/app/jobs.ts";

let database: ScratchDatabase;
let server: TestServer;
const NOW = new Date();
const DAY = 24 * 3600 * 1000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const EDITION = "mois-ess-2026-cotess-bassin-minier";

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  server = await startTestServer({ databaseUrl: database.url });
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

describe("the daily purge", () => {
  it("deletes what is due and keeps what is not", async () => {
    const prisma = server.prisma;
    const account = await prisma.account.create({ data: { email: `purge.${randomUUID().slice(0, 6)}@example.org`, displayName: "Purge", passwordHash: "x" } });
    const other = await prisma.account.create({ data: { email: `purge2.${randomUUID().slice(0, 6)}@example.org`, displayName: "Purge 2", passwordHash: "x" } });
    const token = () => randomUUID();

    const proposal = (fields: { expiresAt: Date; confirmedAt?: Date }) => prisma.publicProposal.create({
      data: {
        editionId: EDITION, contactEmail: "contact@example.org", contactName: "Contact", title: "Proposition", type: "ATELIER",
        sessionStart: "2026-11-12T15:00", sessionEnd: "2026-11-12T17:00", venueAddress: "1 rue", venueCommune: "62427",
        organisationId: "emergences-62", tokenHash: token(), createdAt: ago(3), ...fields,
      },
    });
    const unconfirmedExpired = await proposal({ expiresAt: ago(0.01) });
    const unconfirmedValid = await proposal({ expiresAt: new Date(NOW.getTime() + DAY) });
    const confirmedExpired = await proposal({ expiresAt: ago(1), confirmedAt: ago(2) });

    const link = (fields: { expiresAt: Date; usedAt?: Date }) =>
      prisma.passwordLink.create({ data: { tokenHash: token(), accountId: account.id, purpose: "RESET", createdAt: ago(30), ...fields } });
    const longExpiredLink = await link({ expiresAt: ago(8) });
    const recentlyExpiredLink = await link({ expiresAt: ago(1) });
    const longUsedLink = await link({ expiresAt: new Date(NOW.getTime() + DAY), usedAt: ago(8) });
    const validLink = await link({ expiresAt: new Date(NOW.getTime() + DAY) });

    const invitation = (fields: { expiresAt: Date; revokedAt?: Date; acceptedAt?: Date }) => prisma.invitation.create({
      data: { email: "invite@example.org", role: "ORGANISATION_EDITOR", organisationId: "emergences-62", tokenHash: token(), invitedById: account.id, createdAt: ago(60), ...fields },
    });
    const longExpiredInvitation = await invitation({ expiresAt: ago(31) });
    const recentlyExpiredInvitation = await invitation({ expiresAt: ago(2) });
    const longRevokedInvitation = await invitation({ expiresAt: new Date(NOW.getTime() + DAY), revokedAt: ago(31) });
    const acceptedInvitation = await invitation({ expiresAt: ago(200), acceptedAt: ago(205) });

    const expiredSession = await prisma.session.create({ data: { id: token(), accountId: account.id, expiresAt: ago(0.01) } });
    const openSession = await prisma.session.create({ data: { id: token(), accountId: account.id, expiresAt: new Date(NOW.getTime() + DAY) } });

    const oldUnsubscribe = await prisma.unsubscribeToken.create({ data: { tokenHash: token(), accountId: account.id, topic: "PROPOSAL_DIGEST", createdAt: ago(366) } });
    const youngUnsubscribe = await prisma.unsubscribeToken.create({ data: { tokenHash: token(), accountId: account.id, topic: "EVENT_NOTICES", createdAt: ago(300) } });

    const digest = (accountId: string, days: number) => {
      const day = ago(days);
      return prisma.proposalDigest.create({ data: { accountId, day: new Date(`${day.toISOString().slice(0, 10)}T00:00:00Z`), coveredFrom: ago(days + 1), coveredTo: day, eventCount: 0 } });
    };
    await digest(account.id, 100);
    await digest(account.id, 95);
    // Old too, but the latest of its account: where its next digest starts.
    await digest(account.id, 92);
    await digest(other.id, 1);

    const counts = await purgeExpired(prisma, NOW);

    expect(await prisma.publicProposal.findMany({ where: { id: { in: [unconfirmedExpired.id, unconfirmedValid.id, confirmedExpired.id] } }, select: { id: true } }))
      .toEqual(expect.arrayContaining([{ id: unconfirmedValid.id }, { id: confirmedExpired.id }]));
    expect(await prisma.publicProposal.count({ where: { id: unconfirmedExpired.id } })).toBe(0);

    const links = (await prisma.passwordLink.findMany({ where: { accountId: account.id } })).map((row) => row.tokenHash).sort();
    expect(links).toEqual([recentlyExpiredLink.tokenHash, validLink.tokenHash].sort());
    expect(links).not.toContain(longExpiredLink.tokenHash);
    expect(links).not.toContain(longUsedLink.tokenHash);

    const invitations = (await prisma.invitation.findMany({ where: { invitedById: account.id } })).map((row) => row.id).sort();
    expect(invitations).toEqual([recentlyExpiredInvitation.id, acceptedInvitation.id].sort());
    expect(invitations).not.toContain(longExpiredInvitation.id);
    expect(invitations).not.toContain(longRevokedInvitation.id);

    expect((await prisma.session.findMany({ where: { accountId: account.id } })).map((row) => row.id)).toEqual([openSession.id]);
    expect(expiredSession.id).not.toBe(openSession.id);

    expect((await prisma.unsubscribeToken.findMany({ where: { accountId: account.id } })).map((row) => row.tokenHash)).toEqual([youngUnsubscribe.tokenHash]);
    expect(oldUnsubscribe.tokenHash).not.toBe(youngUnsubscribe.tokenHash);

    const digests = await prisma.proposalDigest.findMany({ where: { accountId: { in: [account.id, other.id] } }, orderBy: { day: "asc" } });
    expect(digests.map((row) => [row.accountId, row.day.toISOString().slice(0, 10)])).toEqual([
      [account.id, ago(92).toISOString().slice(0, 10)],
      [other.id, ago(1).toISOString().slice(0, 10)],
    ]);

    // What it says it did is what it did (the demo holds nothing due but these).
    expect(counts).toMatchObject({
      "events.publicProposals": 1, "events.proposalDigests": 2,
      "auth.passwordLinks": 2, "auth.invitations": 2, "auth.sessions": 1, "auth.unsubscribeLinks": 1,
    });

    // A second purge finds nothing more.
    expect(Object.values(await purgeExpired(prisma, NOW)).every((count) => count === 0)).toBe(true);
  });

  it("runs as a job of the queue", async () => {
    const jobs = await startTestServer({ databaseUrl: database.url, jobs: {} });
    try {
      const account = await jobs.prisma.account.findFirstOrThrow({ where: { email: { startsWith: "purge." } } });
      // Expired before the day the test server lives on (its clock is the job's).
      const expired = await jobs.prisma.session.create({ data: { id: randomUUID(), accountId: account.id, expiresAt: new Date(new Date(TEST_NOW).getTime() - 60_000) } });
      await query(database.url, "SELECT graphile_worker.add_job('purge')");
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && (await jobs.prisma.session.count({ where: { id: expired.id } })) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await jobs.prisma.session.count({ where: { id: expired.id } })).toBe(0);
    } finally {
      await jobs.close();
    }
  });
});
