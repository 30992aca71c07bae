// The event reads that go through pg's prepared statements give what Prisma
// gives: the same rows, every column (a column added to the model and not to
// the statements fails here), and the same pages of listEvents, for every
// kind of viewer and filter, page after page, in both orders, with the
// sessions and co-organisers it gives to the loaders.
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../core/database.ts";
import type { Loaders } from "../core/context.ts";
import type { Viewer } from "../core/viewer.ts";
import { installSqlStatementCounter, sqlStatementsSoFar } from "../core/sql-statements.ts";
import { useScratchPrisma, type ScratchDatabase } from "../../tests/support/database.ts";
import { maisonsByIds } from "../maisons/maison.service.ts";
import { createEventLoaders } from "./event.loaders.ts";
import { coOrganisersOfEvents, eventsByIds, listEvents, sessionsOfEvents, visibleEventIds } from "./event.service.ts";
import type { EventFilter } from "./event.inputs.ts";
import { isPublished } from "./event.status.ts";
import { parisLocalToInstant } from "./paris-time.ts";

const scratch = useScratchPrisma();
let database: ScratchDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  ({ database, prisma } = scratch);
  installSqlStatementCounter();
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const viewer = (roles: Partial<Viewer["roles"][number]>[]): Viewer => ({
  accountId: "00000000-0000-0000-0000-000000000001", email: "test@example.org", displayName: "Test", sessionId: "test",
  roles: roles.map((role) => ({ role: "PLATFORM_ADMIN", cotessId: null, maisonId: null, organisationId: null, territoryId: null, ...role })),
});

describe("event reads through prepared statements", () => {
  it("give every column of every event, session, co-organiser and Maison as Prisma does", async () => {
    const events = await prisma.event.findMany();
    expect(events.length).toBeGreaterThan(20);
    const ids = events.map((row) => row.id);
    expect(byId(await eventsByIds(prisma, ids))).toEqual(byId(events));
    expect(await sessionsOfEvents(prisma, ids)).toEqual(
      await prisma.eventSession.findMany({ where: { eventId: { in: ids } }, orderBy: [{ eventId: "asc" }, { position: "asc" }] }),
    );
    const coOrganisers = await coOrganisersOfEvents(prisma, ids);
    expect(coOrganisers).toEqual(
      await prisma.eventCoOrganiser.findMany({ where: { eventId: { in: ids } }, orderBy: [{ role: "asc" }, { organisationId: "asc" }, { eventId: "asc" }] }),
    );
    expect(new Set(coOrganisers.map((row) => row.role)).size).toBeGreaterThan(1);
    const maisons = await prisma.maison.findMany();
    expect(maisons.length).toBeGreaterThan(0);
    expect(byId(await maisonsByIds(prisma, maisons.map((row) => row.id)))).toEqual(byId(maisons));
  });

  it("page events as the Prisma rows say, for every viewer and filter, with their sessions and co-organisers given to the loaders", async () => {
    const all = await prisma.event.findMany({ include: { sessions: { orderBy: { position: "asc" } }, coOrganisers: true, edition: true } });
    const edition = all.find((event) => event.status === "DRAFT")!.edition;
    const partner = all.flatMap((event) => event.coOrganisers).find((item) => item.role !== "LEAD")!.organisationId;
    const agentCommune = all.find((event) => !isPublished(event))!.communeId;
    const viewers: (Viewer | null)[] = [
      null,
      viewer([{ role: "PLATFORM_ADMIN" }]),
      viewer([{ role: "NETWORK_ANIMATOR", cotessId: edition.cotessId, maisonId: edition.maisonId, organisationId: edition.networkOrganisationId }]),
      viewer([{ role: "ORGANISATION_EDITOR", organisationId: partner }]),
      viewer([{ role: "COLLECTIVITE_AGENT", territoryId: agentCommune }]),
    ];
    const filters: { filter: EventFilter; keeps: (event: (typeof all)[number]) => boolean }[] = [
      { filter: {}, keeps: () => true },
      { filter: { edition: edition.id, published: true }, keeps: (event) => event.editionId === edition.id && isPublished(event) },
      { filter: { editions: [edition.id], statuses: ["DRAFT", "PROPOSED"] } as EventFilter, keeps: (event) => event.editionId === edition.id && ["DRAFT", "PROPOSED"].includes(event.status) },
      { filter: { organisation: partner }, keeps: (event) => event.coOrganisers.some((item) => item.organisationId === partner) },
      {
        filter: { published: true, from: "2026-11-10", to: "2026-11-20" },
        keeps: (event) => isPublished(event) && event.sessions.some((s) => s.endsAt > parisLocalToInstant("2026-11-10T00:00")!)
          && event.sessions.some((s) => s.startsAt < parisLocalToInstant("2026-11-21T00:00")!),
      },
    ];
    let compared = 0;
    for (const who of viewers) {
      const visible = await visibleEventIds(prisma, who, all.map((event) => event.id));
      for (const { filter, keeps } of filters) {
        for (const order of ["DATE", "NEWEST"] as const) {
          const firstStart = (event: (typeof all)[number]) => Math.min(...event.sessions.map((s) => s.startsAt.getTime()));
          const expected = all.filter((event) => visible.has(event.id) && keeps(event)).sort((a, b) =>
            firstStart(a) - firstStart(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          if (order === "NEWEST") expected.reverse();
          const seen: string[] = [];
          let after: string | null = null;
          do {
            const events = createEventLoaders(prisma, who);
            const page = await listEvents(prisma, who, filter, { first: 7, after, order }, { events } as Loaders);
            const start = seen.length;
            const wanted = expected.slice(start, start + 7);
            expect(page.nodes).toEqual(wanted.map(({ sessions: _s, coOrganisers: _c, edition: _e, ...event }) => event));
            expect(page.hasNextPage).toBe(start + 7 < expected.length);
            expect(await page.totalCount()).toBe(expected.length);
            // The sessions and co-organisers come with the page: no statement.
            const before = sqlStatementsSoFar();
            for (const event of wanted) {
              expect(await events.sessions.load(event.id)).toEqual(event.sessions);
              expect(await events.coOrganisers.load(event.id)).toEqual(
                [...event.coOrganisers].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || (a.organisationId < b.organisationId ? -1 : 1)),
              );
            }
            expect(sqlStatementsSoFar()).toBe(before);
            seen.push(...page.nodes.map((event) => event.id));
            compared += page.nodes.length;
            after = page.hasNextPage ? page.cursorOf(page.nodes.at(-1)!) : null;
          } while (after);
          expect(seen).toEqual(expected.map((event) => event.id));
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  }, 120_000);
});

const ROLES = ["LEAD", "PARTNER", "VENUE_HOST", "FUNDER"];
