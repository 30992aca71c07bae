// The named statements that read records and nested pages by an array of ids
// keep PostgreSQL's generic plan once it has planned them five times, rather
// than being planned again on every execution: pg_prepared_statements counts
// both kinds of plan on the connection that ran them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, poolOf, type PrismaClient } from "../../server/core/database.ts";
import { createLogger } from "../../server/core/logger.ts";
import { createLoaders } from "../../server/app/context.ts";
import { organisationsByIds } from "../../server/actors/organisation.service.ts";
import { collectivesByIds } from "../../server/collectives/collective.service.ts";
import { coOrganisersOfEvents, eventsByIds, sessionsOfEvents } from "../../server/events/event.service.ts";
import { maisonsByIds } from "../../server/maisons/maison.service.ts";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";

let database: ScratchDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  // One connection: the statements and pg_prepared_statements on the same one.
  prisma = createPrismaClient({ url: database.url, statementTimeoutMs: 30_000, maxConnections: 1, log: createLogger("silent") });
}, 120_000);
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

/** Up to `n` ids of a table's column, most frequent first (parents with the most children). */
const idsOf = async (table: string, column: string, n: number) =>
  (await query<{ id: string }>(database.url, `SELECT ${column} AS id FROM ${table} GROUP BY ${column} ORDER BY count(*) DESC, ${column} LIMIT ${n}`)).map((row) => row.id);

describe("named statements over arrays of ids", () => {
  it("keep a generic plan after five executions, whatever the number of ids, and answer the same", async () => {
    const ids = {
      organisations: await idsOf("person", "organisation_id", 3),
      members: await idsOf("collective_membership", "organisation_id", 3),
      collectives: await idsOf("collective_membership", "collective_id", 3),
      maisons: await idsOf("maison_role", "maison_id", 2),
      events: await idsOf("event_co_organiser", "event_id", 3),
    };
    for (const [name, list] of Object.entries(ids)) expect(list.length, name).toBeGreaterThan(0);
    const answers: string[] = [];
    // One id, then all of them, alternately: the sizes a page's batches have.
    for (let round = 0; round < 12; round += 1) {
      const pick = <T>(list: T[]) => (round % 2 ? list : list.slice(0, 1));
      const loaders = createLoaders(prisma, null);
      const page = { first: 20 };
      const results = await Promise.all([
        organisationsByIds(prisma, pick(ids.organisations)),
        collectivesByIds(prisma, pick(ids.collectives)),
        maisonsByIds(prisma, pick(ids.maisons)),
        eventsByIds(prisma, pick(ids.events)),
        sessionsOfEvents(prisma, pick(ids.events)),
        coOrganisersOfEvents(prisma, pick(ids.events)),
        ...pick(ids.organisations).map((key) => loaders.organisations.people.load({ key, ...page })),
        ...pick(ids.members).map((key) => loaders.collectives.membershipsOfOrganisation.load({ key, ...page })),
        ...pick(ids.collectives).map((key) => loaders.collectives.members.load({ key, ...page })),
        ...pick(ids.maisons).map((key) => loaders.maisons.roles.load({ key, ...page })),
      ]);
      // Every list found something, and the same thing each time for the same ids.
      for (const result of results) expect("nodes" in result ? result.nodes.length : result.length).toBeGreaterThan(0);
      const answer = JSON.stringify(results.map((result) => ("nodes" in result ? { ...result, cursorOf: undefined } : result)));
      if (round >= 2) expect(answer).toBe(answers[round - 2]);
      answers.push(answer);
    }
    const { rows } = await poolOf(prisma).query<{ name: string; generic_plans: string; custom_plans: string }>(
      "SELECT name, generic_plans, custom_plans FROM pg_prepared_statements",
    );
    const plans = rows.map((row) => ({ name: row.name, generic: Number(row.generic_plans), custom: Number(row.custom_plans) }));
    // Six declared statements and four nested pages (named after their text).
    for (const name of ["organisations_by_ids", "collectives_by_ids", "maisons_by_ids", "events_by_ids", "sessions_of_events", "co_organisers_of_events"]) {
      expect(plans.map((plan) => plan.name), name).toContain(name);
    }
    expect(plans.filter((plan) => plan.name.startsWith("sql_")).length).toBeGreaterThanOrEqual(4);
    for (const plan of plans.filter((plan) => plan.generic + plan.custom >= 12)) {
      expect(plan.custom, plan.name).toBeLessThanOrEqual(5);
      expect(plan.generic, plan.name).toBeGreaterThanOrEqual(7);
    }
  }, 60_000);
});
