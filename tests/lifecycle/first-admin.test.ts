// How a network starts on its own server: without demo data the demo
// accounts cannot sign in, and the first admin comes from the command line
// with a single-use link to choose the password.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../server/core/free-port.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";
import { runCommand, startMaillage, type MaillageProcess } from "../support/process.ts";

let database: ScratchDatabase;
let maillage: MaillageProcess | undefined;
let url: string;

async function graphql(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as { data?: any; errors?: any[] }, cookie: response.headers.get("set-cookie")?.split(";")[0] };
}
const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { email roles { kind } } }`;

beforeAll(async () => {
  // The demo data is in this database already (a server that ran with it, then turned it off).
  database = await createScratchDatabase({ demo: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  maillage = startMaillage({ DATABASE_URL: database.url, PORT: String(port), WEB_CONCURRENCY: "1", MAILLAGE_DEMO_DATA: "false", PUBLIC_URL: "https://maillage.example.org" });
  await maillage.waitFor(/Maillage is ready/);
}, 120_000);
afterAll(async () => {
  maillage?.interrupt();
  await maillage?.exited;
  await database?.drop();
});

describe("a server of its own", () => {
  it("deactivates the demo accounts when demo data is off", async () => {
    expect(maillage!.output()).toMatch(/demo data off/);
    const { body } = await graphql(SIGN_IN, { e: "admin@maillage.demo", p: "maillage-demo" });
    expect(body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("creates the first admin on the command line, whose link chooses the password once", async () => {
    const email = "ana.martin@cress.example.org";
    const created = await runCommand("account-create", ["--email", email, "--name", "Ana Martin", "--admin"],
      { DATABASE_URL: database.url, PUBLIC_URL: "https://maillage.example.org" });
    expect(created.code, created.output).toBe(0);
    const link = created.output.match(/https:\/\/maillage\.example\.org\/compte\/mot-de-passe#([A-Za-z0-9_-]{43})/);
    expect(link, created.output).not.toBeNull();
    // Before the link is used, no password opens the account.
    expect((await graphql(SIGN_IN, { e: email, p: "!" })).body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

    const reset = `mutation ($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { email roles { kind } } }`;
    const chosen = await graphql(reset, { t: link![1], p: "girouette citron falaise horloge" });
    expect(chosen.body.errors).toBeUndefined();
    expect(chosen.body.data.resetPassword).toEqual({ email, roles: [{ kind: "PLATFORM_ADMIN" }] });
    const invitations = await graphql(`{ invitations { id } people { email } }`, {}, chosen.cookie);
    expect(invitations.body.errors).toBeUndefined();
    expect(invitations.body.data.people.map((p: any) => p.email)).toContain(email);
    expect((await graphql(reset, { t: link![1], p: "girouette citron falaise horloge" })).body.errors?.[0].extensions?.field).toBe("token");

    const usage = await runCommand("account-create", ["--admin"], { DATABASE_URL: database.url });
    expect(usage.code).toBe(2);
    expect(usage.output).toMatch(/Usage: npm run account:create/);
  });
});
