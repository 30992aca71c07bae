// Writes that race: many people (or one impatient browser) proposing events
// at once. Real parallel requests against the real database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { inject } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let animator: string;
let editionId: string;

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`;
const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { id version } } }`;

function buildEvent(venue: Record<string, string>, overrides: Record<string, unknown> = {}) {
  return {
    edition: editionId,
    title: `Ciné-débat ${randomUUID().slice(0, 8)}`,
    type: "CINE_DEBAT",
    status: "PROPOSED",
    venue,
    sessions: [{ start: "2026-11-12T18:00", end: "2026-11-12T20:00" }],
    coOrganisers: [{ organisation: "le-toit-commun-scic", role: "LEAD" }],
    ...overrides,
  };
}

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
  animator = await server.signIn("animation.cotess@maillage.demo");
});

afterAll(async () => {
  await server?.prisma.auditEntry.deleteMany({ where: { editionId } });
  await server?.prisma.edition.deleteMany({ where: { id: editionId } });
  await server?.close();
});

const codesOf = (results: { errors?: { extensions?: Record<string, any> }[] }[]) =>
  results.map((result) => (result.errors ? `${result.errors[0].extensions?.code}:${result.errors[0].extensions?.reason ?? ""}` : "OK"));

describe("clashes at the same venue under concurrency", () => {
  it("admits one of 50 events proposed at once for one venue and slot; the 49 others get a clean CONFLICT", async () => {
    const venue = { address: `${randomUUID().slice(0, 6)} rue de la Gare`, commune: "62498" };
    const results = await Promise.all(
      Array.from({ length: 50 }, () => server.graphql(CREATE, { input: buildEvent(venue) }, { cookie: animator })),
    );
    const codes = codesOf(results);
    expect(codes.filter((code) => code === "OK")).toHaveLength(1);
    expect(codes.filter((code) => code !== "OK").every((code) => code.startsWith("CONFLICT:"))).toBe(true);
    const admitted = await server.prisma.event.count({ where: { editionId, venueAddress: venue.address } });
    expect(admitted).toBe(1);
  }, 120_000);

  it("lets one of 20 events moved at once onto a taken venue and slot through, no more", async () => {
    const taken = { address: `${randomUUID().slice(0, 6)} place du Marché`, commune: "62498" };
    const elsewhere = (index: number) => ({ address: `${index} rue ${randomUUID().slice(0, 6)}`, commune: "62498" });
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, index) => server.graphql(CREATE, { input: buildEvent(elsewhere(index)) }, { cookie: animator })),
    );
    expect(codesOf(created).every((code) => code === "OK")).toBe(true);
    const moved = await Promise.all(created.map((result) =>
      server.graphql(UPDATE, { input: { id: result.data.createEvent.event.id, version: 1, venue: taken } }, { cookie: animator })));
    const codes = codesOf(moved);
    expect(codes.filter((code) => code === "OK")).toHaveLength(1);
    expect(codes.filter((code) => code !== "OK").every((code) => code.startsWith("CONFLICT:"))).toBe(true);
    expect(await server.prisma.event.count({ where: { editionId, venueAddress: taken.address } })).toBe(1);
  }, 120_000);

  it("answers a writer that cannot get its turn in time with CONFLICT (BUSY), writing nothing", async () => {
    const address = `${randomUUID().slice(0, 6)} rue du Puits`;
    const lens = await server.prisma.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "62498" } } });
    // Someone else holds the venue for longer than a statement may wait (5 s here).
    const holder = new pg.Client({ connectionString: inject("databaseUrl") });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock(72707380, hashtext($1))", [`address:${lens.id}:${address.toLowerCase()}`]);
      const result = await server.graphql(CREATE, { input: buildEvent({ address, commune: "62498" }) }, { cookie: animator });
      expect(result.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "BUSY" });
      expect(result.errors?.[0].message).toMatch(/réessayez/);
      expect(await server.prisma.event.count({ where: { editionId, venueAddress: address } })).toBe(0);
    } finally {
      await holder.end();
    }
  }, 60_000);
});
