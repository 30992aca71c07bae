// Guessing passwords gets slower and slower, per account and per address,
// whichever API process answers.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let server: TestServer;
const SIGN_IN = "mutation ($input: SignInInput!) { signIn(input: $input) { email } }";
// Its password is the demo one; nobody else signs in with it in the suite.
const ACCOUNT = "agent.call@maillage.demo";

const addresses: string[] = [];
function newAddress(): string {
  const address = `198.51.100.${addresses.length + 1}`;
  addresses.push(address);
  return address;
}

function signIn(email: string, password: string, address: string, target: TestServer = server) {
  return target.graphql(SIGN_IN, { input: { email, password } }, { headers: { "x-forwarded-for": address } });
}

const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code ?? "OK";

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.prisma.signInThrottle.deleteMany({
    where: { OR: [{ subject: `account:${ACCOUNT}` }, { subject: { in: addresses.map((address) => `address:${address}`) } }, { subject: { startsWith: "account:inconnu-" } }] },
  });
  await server?.close();
});

describe("sign-in throttling", () => {
  it("refuses the right password too after five wrong ones on an account, with a French delay, then lets it in once the delay is over", async () => {
    const address = newAddress();
    for (let attempt = 0; attempt < 5; attempt += 1) expect(codeOf(await signIn(ACCOUNT, "pas-le-bon", address))).toBe("UNAUTHENTICATED");
    const refused = await signIn(ACCOUNT, "maillage-demo", newAddress());
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "TOO_MANY_REQUESTS", field: "password" });
    expect(refused.errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
    expect(refused.errors?.[0].extensions?.retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0].message).toMatch(/^Trop de tentatives de connexion : réessayez dans \d+ (secondes?|minute)\.$/);
    expect(refused.setCookie).toBeNull();

    // The lock expires (moved into the past here rather than waited for).
    await server.prisma.signInThrottle.update({ where: { subject: `account:${ACCOUNT}` }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    const allowed = await signIn(ACCOUNT, "maillage-demo", newAddress());
    expect(codeOf(allowed)).toBe("OK");
    expect(allowed.setCookie).toMatch(/^maillage_session=/);
    // A success starts the account afresh.
    expect(await server.prisma.signInThrottle.findUnique({ where: { subject: `account:${ACCOUNT}` } })).toBeNull();
  });

  it("doubles the delay at each failure past the limit", async () => {
    const email = `inconnu-${randomUUID().slice(0, 8)}@exemple.fr`;
    const address = newAddress();
    for (let attempt = 0; attempt < 5; attempt += 1) await signIn(email, "x", address);
    const first = await server.prisma.signInThrottle.findUniqueOrThrow({ where: { subject: `account:${email}` } });
    await server.prisma.signInThrottle.update({ where: { subject: `account:${email}` }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await signIn(email, "x", address);
    const second = await server.prisma.signInThrottle.findUniqueOrThrow({ where: { subject: `account:${email}` } });
    const lockOf = (row: { lockedUntil: Date | null }) => row.lockedUntil!.getTime() - Date.now();
    expect(lockOf(first)).toBeGreaterThan(50_000);
    expect(lockOf(first)).toBeLessThanOrEqual(60_000);
    expect(lockOf(second)).toBeGreaterThan(110_000);
    expect(lockOf(second)).toBeLessThanOrEqual(120_000);
  });

  it("refuses an address that tries twenty accounts, whatever the account", async () => {
    const address = newAddress();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect(codeOf(await signIn(`inconnu-${randomUUID().slice(0, 8)}@exemple.fr`, "x", address))).toBe("UNAUTHENTICATED");
    }
    expect(codeOf(await signIn(`inconnu-${randomUUID().slice(0, 8)}@exemple.fr`, "x", address))).toBe("TOO_MANY_REQUESTS");
    // Even a real account with its password, from that address.
    expect(codeOf(await signIn("admin@maillage.demo", "maillage-demo", address))).toBe("TOO_MANY_REQUESTS");
    // Another address is not concerned.
    expect(codeOf(await signIn("admin@maillage.demo", "maillage-demo", newAddress()))).toBe("OK");
  });

  it("counts the failures seen by every API process", async () => {
    const other = await startTestServer();
    try {
      const email = `inconnu-${randomUUID().slice(0, 8)}@exemple.fr`;
      for (let attempt = 0; attempt < 5; attempt += 1) await signIn(email, "x", newAddress(), attempt % 2 ? other : server);
      expect(codeOf(await signIn(email, "x", newAddress(), other))).toBe("TOO_MANY_REQUESTS");
    } finally {
      await other.close();
    }
  });
});
