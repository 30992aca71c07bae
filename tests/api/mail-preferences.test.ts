// Which e-mail an account receives: its choices on the account page
// (Account.mailPreferences, setMailPreferences), and the one-click
// unsubscribe of each digest and notice, whose link names an account and a
// topic and can do nothing else. Every change is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";
import { startTestServer, TEST_NOW, type TestServer } from "../support/server.ts";
import { newUnsubscribeLink } from "../../server/auth/mail-preference.service.ts";

let database: ScratchDatabase;
let server: TestServer;
let cookie: string;
let accountId: string;
const EMAIL = "animation.toitcommun@maillage.demo";

const PREFERENCES = `{ viewer { mailPreferences { topic subscribed } } }`;
const SET = `mutation ($preferences: [MailPreferenceInput!]!) { setMailPreferences(preferences: $preferences) { topic subscribed } }`;
const UNSUBSCRIBE = `mutation ($token: String!) { unsubscribe(token: $token) }`;

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  server = await startTestServer({ databaseUrl: database.url });
  cookie = await server.signIn(EMAIL);
  accountId = (await server.prisma.account.findUniqueOrThrow({ where: { email: EMAIL } })).id;
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const preferences = async () => (await server.graphql(PREFERENCES, {}, { cookie })).data.viewer.mailPreferences;
const auditOf = () => server.prisma.auditEntry.findMany({ where: { entityType: "MailPreference", accountId }, orderBy: { id: "asc" } });

/** A link as an e-mail carries it: made for the account and topic, the token in its `jeton`. */
async function linkFor(topic: "PROPOSAL_DIGEST" | "EVENT_NOTICES", now = new Date()) {
  const url = new URL(await server.prisma.$transaction((tx) => newUnsubscribeLink(tx, "http://localhost:4000", accountId, topic, now)));
  return { path: `${url.pathname}${url.search}`, token: url.searchParams.get("jeton")! };
}

const oneClick = (path: string) => fetch(`${server.url}${path}`, {
  method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click",
});

describe("the viewer's mail preferences", () => {
  it("lists every topic, subscribed until said otherwise, and changes one without the other, audited", async () => {
    expect(await preferences()).toEqual([{ topic: "PROPOSAL_DIGEST", subscribed: true }, { topic: "EVENT_NOTICES", subscribed: true }]);
    const result = await server.graphql(SET, { preferences: [{ topic: "EVENT_NOTICES", subscribed: false }] }, { cookie });
    expect(result.errors).toBeUndefined();
    expect(result.data.setMailPreferences).toEqual([{ topic: "PROPOSAL_DIGEST", subscribed: true }, { topic: "EVENT_NOTICES", subscribed: false }]);
    expect(await preferences()).toEqual(result.data.setMailPreferences);

    const [entry] = await auditOf();
    expect(entry).toMatchObject({ action: "UPDATE", entityId: `${accountId}:EVENT_NOTICES`, changes: { topic: "EVENT_NOTICES", subscribed: { from: true, to: false }, by: "account" } });

    // The same choice again writes no entry.
    await server.graphql(SET, { preferences: [{ topic: "EVENT_NOTICES", subscribed: false }] }, { cookie });
    expect(await auditOf()).toHaveLength(1);
    const back = await server.graphql(SET, { preferences: [{ topic: "EVENT_NOTICES", subscribed: true }] }, { cookie });
    expect(back.data.setMailPreferences[1]).toEqual({ topic: "EVENT_NOTICES", subscribed: true });
    expect(await auditOf()).toHaveLength(2);
  });

  it("refuses a topic given twice, and anyone signed out", async () => {
    const twice = await server.graphql(SET, { preferences: [{ topic: "PROPOSAL_DIGEST", subscribed: false }, { topic: "PROPOSAL_DIGEST", subscribed: true }] }, { cookie });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "preferences.1.topic" });
    const signedOut = await server.graphql(SET, { preferences: [{ topic: "PROPOSAL_DIGEST", subscribed: false }] });
    expect(signedOut.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await preferences()).toEqual([{ topic: "PROPOSAL_DIGEST", subscribed: true }, { topic: "EVENT_NOTICES", subscribed: true }]);
  });
});

describe("unsubscribing by an e-mail's link", () => {
  it("stops the link's topic in one click without a session, once, and keeps only the token's hash", async () => {
    const before = (await auditOf()).length;
    const { path, token } = await linkFor("PROPOSAL_DIGEST");
    expect(path.startsWith("/compte/desabonnement?jeton=")).toBe(true);
    expect(await query(database.url, "SELECT 1 FROM unsubscribe_token WHERE token_hash = $1", [token])).toEqual([]);

    const response = await oneClick(path);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unsubscribed: "PROPOSAL_DIGEST" });
    // It opens no session.
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await preferences()).toEqual([{ topic: "PROPOSAL_DIGEST", subscribed: false }, { topic: "EVENT_NOTICES", subscribed: true }]);
    const entries = await auditOf();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ entityId: `${accountId}:PROPOSAL_DIGEST`, changes: { subscribed: { from: true, to: false }, by: "link" } });

    // A mail client posting again, or the page's button: the same answer, nothing more written.
    expect((await oneClick(path)).status).toBe(200);
    expect(await auditOf()).toHaveLength(before + 1);
  });

  it("unsubscribes through GraphQL too, for the unsubscribe page", async () => {
    const { token } = await linkFor("EVENT_NOTICES");
    const result = await server.graphql(UNSUBSCRIBE, { token });
    expect(result).toMatchObject({ data: { unsubscribe: "EVENT_NOTICES" } });
    expect((await preferences())[1]).toEqual({ topic: "EVENT_NOTICES", subscribed: false });
  });

  it("refuses a forged, truncated or year-old link in French, changing nothing", async () => {
    await server.graphql(SET, { preferences: [{ topic: "PROPOSAL_DIGEST", subscribed: true }, { topic: "EVENT_NOTICES", subscribed: true }] }, { cookie });
    const { path } = await linkFor("PROPOSAL_DIGEST");
    // A year and a day before the server's today.
    const old = await linkFor("EVENT_NOTICES", new Date(new Date(TEST_NOW).getTime() - 366 * 24 * 3600 * 1000));
    const forged = `/compte/desabonnement?jeton=${"A".repeat(43)}`;
    for (const refused of [forged, path.slice(0, -3), old.path, "/compte/desabonnement"]) {
      const response = await oneClick(refused);
      expect(response.status, refused).toBe(400);
      const body = await response.json();
      expect(body.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "token" } });
      expect(body.errors[0].message).toContain("Ce lien de désabonnement n'est pas valable");
    }
    const viaGraphql = await server.graphql(UNSUBSCRIBE, { token: "A".repeat(43) });
    expect(viaGraphql.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    expect(await preferences()).toEqual([{ topic: "PROPOSAL_DIGEST", subscribed: true }, { topic: "EVENT_NOTICES", subscribed: true }]);
  });
});
