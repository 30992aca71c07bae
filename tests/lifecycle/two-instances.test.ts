// Two API instances on one database, each with its job queue running, as
// behind a load balancer without sticky sessions: whichever instance answers,
// sessions, throttles, idempotency keys, e-mail and the daily digest behave as
// with one. Real HTTP requests to both, one real SMTP server.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";
import { links, startMailbox, type Mailbox } from "../support/mailbox.ts";
import { startTestServer, TEST_NOW, type TestServer } from "../support/server.ts";

let database: ScratchDatabase;
let mailbox: Mailbox;
let a: TestServer;
let b: TestServer;
const run = randomUUID().slice(0, 6);

const VIEWER = "{ viewer { email } }";
const SIGN_IN = "mutation ($input: SignInInput!) { signIn(input: $input) { email } }";
const CREATE = "mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id title } } }";
const INVITE = "mutation ($input: InvitationInput!) { invite(input: $input) { id } }";
const EDITION = "mois-ess-2026-cotess-bassin-minier";
const ANIMATOR = "animation.cotess@maillage.demo";

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code ?? "OK";

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until no job is left in the queue: every e-mail queued is sent, every task run. */
async function queueEmpty(): Promise<void> {
  const left = await eventually(async () => (await query(database.url, "SELECT count(*)::int AS n FROM graphile_worker.jobs"))[0].n, (n) => n === 0);
  expect(left).toBe(0);
}

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  mailbox = await startMailbox();
  // Each with its own pools and its own job runner, as two hosts would have.
  [a, b] = await Promise.all([1, 2].map(() => startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } })));
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await mailbox?.close();
  await database?.drop();
});

describe("two API instances on one database", () => {
  it("share sessions: opened on A, valid on B; closed on B, ended on A", async () => {
    expect(a.url).not.toBe(b.url);
    const cookie = await a.signIn("cress@maillage.demo");
    expect((await b.graphql(VIEWER, {}, { cookie })).data).toEqual({ viewer: { email: "cress@maillage.demo" } });
    const signedOut = await b.graphql("mutation { signOut }", {}, { cookie });
    expect(signedOut.data).toEqual({ signOut: true });
    expect((await a.graphql(VIEWER, {}, { cookie })).data).toEqual({ viewer: null });
    expect((await b.graphql(VIEWER, {}, { cookie })).data).toEqual({ viewer: null });
  });

  it("add up sign-in failures: five wrong passwords, three on A and two on B, lock the account on both", async () => {
    // auth.throttle.ts: 5 failures of an account within 15 minutes lock it for a minute.
    const email = "agent.call@maillage.demo";
    const headers = { "x-forwarded-for": "198.51.100.7" };
    const attempt = (server: TestServer, password: string) => server.graphql(SIGN_IN, { input: { email, password } }, { headers });
    for (const server of [a, b, a, b]) expect(codeOf(await attempt(server, "pas-le-bon"))).toBe("UNAUTHENTICATED");
    // Below the limit on either alone, and on both together: still open.
    expect(codeOf(await attempt(a, "pas-le-bon"))).toBe("UNAUTHENTICATED");
    for (const server of [b, a]) {
      const refused = await attempt(server, "maillage-demo");
      expect(refused.errors?.[0].extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", field: "password" });
      expect(refused.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
      expect(refused.errors?.[0].extensions?.retryAfter).toBeLessThanOrEqual(60);
      expect(refused.setCookie).toBeNull();
    }
    const [row] = await query(database.url, "SELECT failures FROM sign_in_throttle WHERE subject = $1", [`account:${email}`]);
    expect(row.failures).toBe(5);
  });

  describe("share Idempotency-Key", () => {
    let animator: string;
    let slot = 0;
    beforeAll(async () => {
      animator = await a.signIn(ANIMATOR);
    });

    function createBody(title: string, status = "DRAFT") {
      slot += 1;
      return {
        query: CREATE,
        variables: {
          input: {
            edition: EDITION, title, type: "ATELIER", status,
            venue: { address: `${slot} rue des Instances ${run}`, commune: "62427" },
            sessions: [{ start: `2026-11-${10 + slot}T15:00`, end: `2026-11-${10 + slot}T17:00` }],
            coOrganisers: [{ organisation: "emergences-62", role: "LEAD" }],
          },
        },
      };
    }

    async function send(server: TestServer, body: unknown, key: string) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: animator, "idempotency-key": key },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        body: await response.json() as any,
        replayed: response.headers.get("idempotent-replayed") === "true",
        retryAfter: response.headers.get("retry-after"),
      };
    }

    /** As a client honouring Retry-After does: the first answer is recorded just after it is sent. */
    async function sendUntilAnswered(server: TestServer, body: unknown, key: string) {
      const deadline = Date.now() + 5000;
      for (;;) {
        const sent = await send(server, body, key);
        if (sent.body.errors?.[0]?.extensions?.code !== "IDEMPOTENCY_KEY_IN_USE" || Date.now() > deadline) return sent;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }

    const eventsTitled = async (title: string) => (await query(database.url, "SELECT count(*)::int AS n FROM event WHERE title = $1", [title]))[0].n;
    const keysNamed = async (key: string) => (await query(database.url, "SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1", [key]))[0].n;

    it("sent to A then to B: the first answer, one event, one key", async () => {
      const title = `Atelier ${run} une fois`;
      const body = createBody(title);
      const key = randomUUID();
      const first = await send(a, body, key);
      expect(first.status).toBe(200);
      expect(first.body.data.createEvent.event.title).toBe(title);
      const again = await sendUntilAnswered(b, body, key);
      expect(again.status).toBe(200);
      expect(again.replayed).toBe(true);
      expect(again.body).toEqual(first.body);
      expect(await eventsTitled(title)).toBe(1);
      expect(await keysNamed(key)).toBe(1);

      // The same key with another body, on B: refused, nothing written.
      const other = createBody(`Atelier ${run} autre`);
      const refused = await send(b, other, key);
      expect(refused.status).toBe(422);
      expect(refused.body.errors[0].extensions.code).toBe("IDEMPOTENCY_KEY_REUSED");
      expect(await eventsTitled(other.variables.input.title)).toBe(0);
    });

    it("still being served by A: B tells the retry to wait, then replays A's answer", async () => {
      const title = `Atelier ${run} en cours`;
      const body = createBody(title);
      const key = randomUUID();
      // A's insert waits on this lock (reads do not): its request stays in flight.
      const blocker = new pg.Client({ connectionString: database.url });
      await blocker.connect();
      let first: ReturnType<typeof send> | undefined;
      try {
        await blocker.query("BEGIN");
        await blocker.query("LOCK TABLE event IN SHARE MODE");
        first = send(a, body, key);
        expect(await eventually(() => keysNamed(key), (n) => n === 1, 4000)).toBe(1);
        const busy = await send(b, body, key);
        expect(busy.status).toBe(409);
        expect(busy.body.errors[0].extensions.code).toBe("IDEMPOTENCY_KEY_IN_USE");
        expect(busy.retryAfter).toBe("1");
      } finally {
        await blocker.query("COMMIT").finally(() => blocker.end());
      }
      const answered = await first!;
      expect(answered.status).toBe(200);
      expect(answered.body.data.createEvent.event.title).toBe(title);
      const replayed = await sendUntilAnswered(b, body, key);
      expect(replayed.replayed).toBe(true);
      expect(replayed.body).toEqual(answered.body);
      expect(await eventsTitled(title)).toBe(1);
    });

    it("send the proposal digest once, though its job is queued twice and both instances run jobs", async () => {
      // The crontab queues it once a day across instances (graphile-worker's
      // known_crontabs), at a wall-clock minute a test cannot wait for: here
      // it is queued by hand, twice, as two instances' crontabs would if that
      // failed; the digest's own day row keeps it to one e-mail each.
      const title = `Atelier ${run} proposé`;
      const proposed = await a.graphql(CREATE, createBody(title, "PROPOSED").variables, { cookie: animator });
      expect(proposed.errors, JSON.stringify(proposed.errors)).toBeUndefined();
      // Proposed within the day before the runners' fixed "now" (moved there rather than waited for).
      await query(database.url, "UPDATE event SET proposed_at = $1 WHERE title = $2", [new Date(new Date(TEST_NOW).getTime() - 3600_000), title]);
      await queueEmpty();
      const before = mailbox.received.length;
      await query(database.url, "SELECT graphile_worker.add_job('proposal-digest'), graphile_worker.add_job('proposal-digest')");
      await queueEmpty();
      const digests = mailbox.received.slice(before).filter((mail) => /propositions? à modérer$/.test(mail.subject));
      const recipients = digests.flatMap((mail) => mail.envelopeTo);
      expect(recipients).toContain(ANIMATOR);
      expect(new Set(recipients).size).toBe(recipients.length);
      const mine = digests.find((mail) => mail.envelopeTo.includes(ANIMATOR))!;
      expect(mine.text).toContain(`« ${title} »`);
      const rows = await query(database.url, "SELECT count(*)::int AS n FROM proposal_digest d JOIN account ac ON ac.id = d.account_id WHERE ac.email = $1", [ANIMATOR]);
      expect(rows[0].n).toBe(1);
    });
  });

  it("share action throttles and deliver each queued e-mail once: invitations to one address on A, B, A, the fourth refused on both", async () => {
    const admin = await a.signIn("admin@maillage.demo");
    const email = `invitee.${run}@example.org`;
    const invite = (server: TestServer, scope: Record<string, unknown>) => server.graphql(INVITE, { input: { email, scope } }, { cookie: admin });
    // invitation.service.ts: 3 invitations a day per address invited.
    const scopes = [
      { role: "ORGANISATION_EDITOR", organisation: "emergences-62" },
      { role: "COLLECTIVITE_AGENT", territory: "246200364" },
      { role: "NETWORK_ANIMATOR", cotess: "cotess-bassin-minier" },
    ];
    for (const [index, server] of [a, b, a].entries()) {
      const invited = await invite(server, scopes[index]);
      expect(invited.errors, JSON.stringify(invited.errors)).toBeUndefined();
    }
    for (const server of [b, a]) {
      const refused = await invite(server, { role: "ORGANISATION_EDITOR", organisation: "le-toit-commun-scic" });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: "TOO_MANY_REQUESTS" });
      expect(refused.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
    }
    await queueEmpty();
    const received = mailbox.received.filter((mail) => mail.envelopeTo.includes(email));
    expect(received.map((mail) => mail.subject)).toEqual(Array(3).fill("Invitation à rejoindre Maillage"));
    // Three invitations, three links: none sent twice.
    expect(new Set(received.map((mail) => links(mail).find((link) => link.includes("invitation")))).size).toBe(3);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(3);
    const [{ n }] = await query(database.url, "SELECT count(*)::int AS n FROM invitation WHERE email = $1", [email]);
    expect(n).toBe(3);
  });
});
