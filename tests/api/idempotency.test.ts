// Writes sent again — a browser retrying after a timeout, a double click —
// are done once when they carry an Idempotency-Key. Real requests, some cut
// off by the client, against the real database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
let animator: string;
let editionId: string;

const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id title } } }`;

function buildEvent(title: string) {
  return {
    edition: editionId,
    title,
    type: "ATELIER",
    status: "DRAFT",
    venue: { address: `${randomUUID().slice(0, 8)} rue des Ateliers`, commune: "62498" },
    sessions: [{ start: "2026-11-20T14:00", end: "2026-11-20T16:00" }],
    coOrganisers: [{ organisation: "le-toit-commun-scic", role: "LEAD" }],
  };
}

interface Sent {
  status: number;
  body: any;
  replayed: boolean;
}

async function send(target: TestServer, body: unknown, key: string | null, signal?: AbortSignal): Promise<Sent> {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: animator, ...(key ? { "idempotency-key": key } : {}) },
    body: JSON.stringify(body),
    signal,
  });
  return { status: response.status, body: await response.json(), replayed: response.headers.get("idempotent-replayed") === "true" };
}

/** Sends again while the first is still served, as a client honouring Retry-After would. */
async function sendUntilAnswered(target: TestServer, body: unknown, key: string): Promise<Sent> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const sent = await send(target, body, key);
    if (sent.status !== 409 || sent.body.errors?.[0]?.extensions?.code !== "IDEMPOTENCY_KEY_IN_USE") return sent;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("still in use after 100 tries");
}

const eventsTitled = (title: string) => server.prisma.event.count({ where: { editionId, title } });

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

describe("Idempotency-Key", () => {
  it("makes one event of a create cut off by the client after 40 ms and sent again, five times out of five", async () => {
    for (let round = 0; round < 5; round += 1) {
      const title = `Atelier ${randomUUID().slice(0, 8)}`;
      const body = { query: CREATE, variables: { input: buildEvent(title) } };
      const key = randomUUID();
      await send(server, body, key, AbortSignal.timeout(40)).catch(() => undefined);
      const answered = await sendUntilAnswered(server, body, key);
      expect(answered.status).toBe(200);
      expect(answered.body.data.createEvent.event.title).toBe(title);
      // Once more: the first answer, not a second event.
      const again = await send(server, body, key);
      expect(again.replayed).toBe(true);
      expect(again.body).toEqual(answered.body);
      expect(await eventsTitled(title)).toBe(1);
    }
  });

  it("makes two events of the same create sent twice without a key (what the key prevents)", async () => {
    const title = `Atelier ${randomUUID().slice(0, 8)}`;
    const body = { query: CREATE, variables: { input: buildEvent(title) } };
    await send(server, body, null);
    await send(server, body, null);
    expect(await eventsTitled(title)).toBe(2);
  });

  it("refuses the same key with another body, writing nothing", async () => {
    const key = randomUUID();
    const first = `Atelier ${randomUUID().slice(0, 8)}`;
    const second = `Atelier ${randomUUID().slice(0, 8)}`;
    expect((await send(server, { query: CREATE, variables: { input: buildEvent(first) } }, key)).status).toBe(200);
    const refused = await send(server, { query: CREATE, variables: { input: buildEvent(second) } }, key);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].extensions.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await eventsTitled(second)).toBe(0);
  });

  it("is seen by every API instance on the database", async () => {
    const other = await startTestServer();
    try {
      const title = `Atelier ${randomUUID().slice(0, 8)}`;
      const body = { query: CREATE, variables: { input: buildEvent(title) } };
      const key = randomUUID();
      const first = await send(server, body, key);
      const replayed = await send(other, body, key);
      expect(replayed.replayed).toBe(true);
      expect(replayed.body).toEqual(first.body);
      expect(await eventsTitled(title)).toBe(1);
    } finally {
      await other.close();
    }
  });

  it("never does twice a write that was committed but not answered, and takes over one abandoned before its write", async () => {
    const principal = (await server.prisma.idempotencyKey.findMany({ orderBy: { createdAt: "desc" }, take: 1 }))[0].principal;
    const longAgo = new Date(Date.now() - 5 * 60 * 1000);
    const { createHash } = await import("node:crypto");
    const hashOf = (body: unknown) => createHash("sha256").update(JSON.stringify(body)).digest("hex");

    // Its process died after the commit, before the answer.
    const done = { query: CREATE, variables: { input: buildEvent(`Atelier ${randomUUID().slice(0, 8)}`) } };
    const doneKey = randomUUID();
    await server.prisma.idempotencyKey.create({ data: { principal, key: doneKey, requestHash: hashOf(done), createdAt: longAgo, committedAt: longAgo } });
    const refused = await send(server, done, doneKey);
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].extensions.code).toBe("IDEMPOTENCY_KEY_DONE");
    expect(await eventsTitled(done.variables.input.title)).toBe(0);

    // Its process died before writing anything.
    const abandoned = { query: CREATE, variables: { input: buildEvent(`Atelier ${randomUUID().slice(0, 8)}`) } };
    const abandonedKey = randomUUID();
    await server.prisma.idempotencyKey.create({ data: { principal, key: abandonedKey, requestHash: hashOf(abandoned), createdAt: longAgo } });
    const served = await send(server, abandoned, abandonedKey);
    expect(served.status).toBe(200);
    expect(await eventsTitled(abandoned.variables.input.title)).toBe(1);
  });

  it("refuses a malformed key", async () => {
    const refused = await send(server, { query: "{ viewer { id } }" }, "clé avec espaces");
    expect(refused.status).toBe(400);
  });
});
