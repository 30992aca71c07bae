// The administration screens' API: who may manage a COTESS's members and a
// Maison's charter (and the page knows it), the audit trail across every
// scope one may read with its filters, roles given directly to an existing
// account, accounts deactivated by admins, the people list in a fixed number
// of statements, and one's sessions closed one at a time. A database of its
// own: accounts are deactivated and sessions closed here.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";
import { AUDIT_ENTITY_TYPE_LABEL } from "../../server/core/labels.ts";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { assertMayReadAudit } from "../../server/audit/audit.access.ts";
import { viewerOfToken } from "../../server/auth/auth.session.ts";
import type { AuditScopeField } from "../../server/core/audit.ts";

let server: TestServer;
let database: ScratchDatabase;
let admin: string;
let cotessAnimator: string;
let maisonAnimator: string;
let editor: string;
const run = randomUUID().slice(0, 8);
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

beforeAll(async () => {
  database = await createScratchDatabase({ demo: true });
  server = await startTestServer({ databaseUrl: database.url });
  [admin, cotessAnimator, maisonAnimator, editor] = await Promise.all([
    server.signIn("admin@maillage.demo"),
    server.signIn("animation.cotess@maillage.demo"),
    server.signIn("animation.toitcommun@maillage.demo"),
    server.signIn("editeur.emergences62@maillage.demo"),
  ]);
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const auditCount = () => server.prisma.auditEntry.count();
const accountId = async (email: string) => (await server.prisma.account.findUniqueOrThrow({ where: { email } })).id;

/** An account with a password nobody knows, holding the given roles. */
async function createAccount(who: string, roles: { role: "ORGANISATION_EDITOR" | "COLLECTIVITE_AGENT" | "PLATFORM_ADMIN"; organisationId?: string; territoryId?: number }[] = []) {
  return server.prisma.account.create({
    data: { email: `${who}.${run}@exemple.org`, displayName: `${who} ${run}`, passwordHash: "!", roles: { create: roles } },
  });
}

/** Signs in through the API with a browser's User-Agent, returning the cookie. */
async function signInAs(email: string, userAgent: string) {
  const response = await server.graphql(
    "mutation ($input: SignInInput!) { signIn(input: $input) { id } }",
    { input: { email, password: "maillage-demo" } },
    { headers: { "user-agent": userAgent } },
  );
  expect(response.errors).toBeUndefined();
  return response.setCookie!.split(";")[0];
}

describe("COTESS members and charter signatures", () => {
  const CAN = `{ cotess(id: "cotess-bassin-minier") { viewerCanManageMembers } maison(id: "le-toit-commun") { viewerCanManageCharter } }`;

  it("tells each viewer whether it manages the COTESS's members and the Maison's charter, as the mutations decide", async () => {
    const can = async (cookie?: string) => (await server.graphql(CAN, {}, { cookie })).data;
    expect(await can()).toEqual({ cotess: { viewerCanManageMembers: false }, maison: { viewerCanManageCharter: false } });
    expect(await can(cotessAnimator)).toEqual({ cotess: { viewerCanManageMembers: true }, maison: { viewerCanManageCharter: false } });
    expect(await can(maisonAnimator)).toEqual({ cotess: { viewerCanManageMembers: false }, maison: { viewerCanManageCharter: true } });
    expect(await can(editor)).toEqual({ cotess: { viewerCanManageMembers: false }, maison: { viewerCanManageCharter: false } });
    expect(await can(admin)).toEqual({ cotess: { viewerCanManageMembers: true }, maison: { viewerCanManageCharter: true } });
  });

  it("writes nothing, not even an audit entry, when a member or a signature is refused", async () => {
    const before = { audit: await auditCount(), members: await server.prisma.cotessMembership.count(), signatures: await server.prisma.charterSignature.count() };
    const member = await server.graphql(
      "mutation ($input: CotessMembershipInput!) { addCotessMember(input: $input) { sinceYear } }",
      { input: { cotess: "cotess-bassin-minier", organisation: "emergences-62", sinceYear: 2020 } },
      { cookie: maisonAnimator },
    );
    expect(member.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const signature = await server.graphql(
      "mutation ($input: CharterSignatureInput!) { signCharter(input: $input) { signedOn } }",
      { input: { maison: "le-toit-commun", organisation: "emergences-62" } },
      { cookie: cotessAnimator },
    );
    expect(signature.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(signature.errors?.[0].message).toMatch(/animateurs de cette Maison/);
    expect({ audit: await auditCount(), members: await server.prisma.cotessMembership.count(), signatures: await server.prisma.charterSignature.count() }).toEqual(before);
  });
});

describe("the audit trail across scopes", () => {
  const TRAIL = `query ($filter: AuditFilterInput, $first: Int, $after: String) {
    auditTrail(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id at action entityType entityId author authorId } } } }`;
  let organisationId: string;

  beforeAll(async () => {
    // One write in the COTESS, one in the Maison, one on an account: three scopes.
    organisationId = (await server.prisma.organisation.findFirstOrThrow({ where: { cotessMemberships: { none: { cotessId: "cotess-bassin-minier" } } }, orderBy: { id: "asc" } })).id;
    const added = await server.graphql(
      "mutation ($input: CotessMembershipInput!) { addCotessMember(input: $input) { sinceYear } }",
      { input: { cotess: "cotess-bassin-minier", organisation: organisationId, sinceYear: 2024 } },
      { cookie: cotessAnimator },
    );
    expect(added.errors).toBeUndefined();
    const signed = await server.graphql(
      "mutation ($input: CharterSignatureInput!) { signCharter(input: $input) { signedOn } }",
      { input: { maison: "le-toit-commun", organisation: organisationId } },
      { cookie: maisonAnimator },
    );
    expect(signed.errors).toBeUndefined();
  });

  const trail = async (cookie: string, filter: Record<string, unknown> = {}, first = 100) => {
    const result = await server.graphql(TRAIL, { filter, first }, { cookie });
    expect(result.errors).toBeUndefined();
    return result.data.auditTrail;
  };

  it("gives an admin every entry, newest first, and an animator only its network's", async () => {
    const all = await trail(admin);
    const total = await server.prisma.auditEntry.count();
    expect(all.totalCount).toBe(total);
    const ids = all.edges.map((edge: any) => BigInt(edge.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));

    const cotess = (await trail(cotessAnimator)).edges.map((edge: any) => edge.node);
    expect(cotess.some((node: any) => node.entityType === "CotessMembership" && node.entityId === `cotess-bassin-minier/${organisationId}`)).toBe(true);
    // Entries without any scope (accounts, sessions) are for admins only.
    expect(cotess.some((node: any) => ["account", "session", "password_link"].includes(node.entityType))).toBe(false);
    const rows = await server.prisma.auditEntry.findMany({ where: { id: { in: cotess.map((node: any) => BigInt(node.id)) } } });
    for (const row of rows) {
      const readable = row.cotessId === "cotess-bassin-minier" || row.organisationId !== null || row.collectiveId !== null ||
        (row.editionId !== null && (await server.prisma.edition.findUnique({ where: { id: row.editionId } }))?.cotessId === "cotess-bassin-minier");
      expect(readable, `entry ${row.id} (${row.entityType})`).toBe(true);
    }

    // An editor reads its organisation's trail only.
    const edited = (await trail(editor)).edges.map((edge: any) => edge.node);
    const editedRows = await server.prisma.auditEntry.findMany({ where: { id: { in: edited.map((node: any) => BigInt(node.id)) } } });
    expect(editedRows.every((row) => row.organisationId === "emergences-62")).toBe(true);
  });

  it("reads across scopes exactly the entries it may read scope by scope", async () => {
    const agent = await server.signIn("agent.call@maillage.demo");
    const rows = await server.prisma.auditEntry.findMany({ where: { entityType: { not: "Event" } } });
    const fields: AuditScopeField[] = ["editionId", "cotessId", "maisonId", "organisationId", "collectiveId"];
    for (const cookie of [cotessAnimator, maisonAnimator, editor, agent]) {
      const viewer = (await viewerOfToken(server.prisma, cookie.split("=")[1]))!;
      const listed = new Set<string>();
      let after: string | null = null;
      for (let page = 0; page < 100; page += 1) {
        const result: any = await server.graphql(TRAIL, { first: 100, after, filter: {} }, { cookie });
        for (const edge of result.data.auditTrail.edges) if (edge.node.entityType !== "Event") listed.add(edge.node.id);
        if (!result.data.auditTrail.pageInfo.hasNextPage) break;
        after = result.data.auditTrail.pageInfo.endCursor;
      }
      // Events aside (their entries also follow the event's visibility), the one-scope rule decides.
      const expected = new Set<string>();
      for (const row of rows) {
        for (const field of fields) {
          const id = row[field];
          if (id && (await assertMayReadAudit(server.prisma, viewer, field, id).then(() => true, () => false))) {
            expected.add(row.id.toString());
            break;
          }
        }
      }
      expect([...listed].sort(), viewer.email).toEqual([...expected].sort());
    }
  });

  it("refuses anonymous visitors", async () => {
    const result = await server.graphql(TRAIL, {});
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("narrows the trail by kind of action, by person and by days", async () => {
    const animatorId = await accountId("animation.cotess@maillage.demo");
    const byPerson = await trail(admin, { author: animatorId });
    expect(byPerson.totalCount).toBe(await server.prisma.auditEntry.count({ where: { accountId: animatorId } }));
    expect(byPerson.edges.every((edge: any) => edge.node.authorId === animatorId)).toBe(true);
    expect(byPerson.edges[0].node).toMatchObject({ entityType: "CotessMembership", action: "CREATE" });

    const deletions = await trail(admin, { action: "DELETE" });
    expect(deletions.totalCount).toBe(await server.prisma.auditEntry.count({ where: { action: "DELETE" } }));
    expect(deletions.edges.every((edge: any) => edge.node.action === "DELETE")).toBe(true);

    // Days are Paris days: the entries written today are in "today", none "tomorrow".
    const latest = await server.prisma.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    const parisDay = (date: Date) => date.toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
    const today = parisDay(latest.at);
    const tomorrow = parisDay(new Date(latest.at.getTime() + 24 * 3600 * 1000));
    const sameDay = await trail(admin, { from: today, to: today });
    const expected = (await server.prisma.auditEntry.findMany({ select: { at: true } })).filter((row) => parisDay(row.at) === today).length;
    expect(sameDay.totalCount).toBe(expected);
    expect((await trail(admin, { from: tomorrow })).totalCount).toBe(0);
    expect((await trail(admin, { to: today })).totalCount).toBe(await server.prisma.auditEntry.count());
  });

  it("walks the whole trail page by page, each entry once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const result: any = await server.graphql(TRAIL, { first: 7, after, filter: {} }, { cookie: cotessAnimator });
      seen.push(...result.data.auditTrail.edges.map((edge: any) => edge.node.id));
      if (!result.data.auditTrail.pageInfo.hasNextPage) break;
      after = result.data.auditTrail.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await trail(cotessAnimator)).totalCount);
  });

  it("says in French which date is wrong", async () => {
    const impossible = await server.graphql(TRAIL, { filter: { from: "2026-02-30" } }, { cookie: admin });
    expect(impossible.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.from" });
    expect(impossible.errors?.[0].message).toMatch(/n'existe pas/);
    const reversed = await server.graphql(TRAIL, { filter: { from: "2026-11-20", to: "2026-11-01" } }, { cookie: admin });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });
  });

  it("lists as authors only the accounts whose entries the viewer reads", async () => {
    const authors = (await server.graphql("{ auditAuthors { id displayName } }", {}, { cookie: editor })).data.auditAuthors;
    const writers = await server.prisma.auditEntry.findMany({ where: { organisationId: "emergences-62", accountId: { not: null } }, distinct: ["accountId"], select: { accountId: true } });
    expect(authors.map((author: any) => author.id).sort()).toEqual(writers.map((row) => row.accountId).sort());
  });

  it("has a French label for every kind of record the services audit", () => {
    const written = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== "generated") walk(path);
        else if (entry.name.endsWith(".ts")) for (const match of readFileSync(path, "utf8").matchAll(/entityType: "(\w+)"/g)) written.add(match[1]);
      }
    };
    walk("server");
    expect(written.size).toBeGreaterThan(5);
    for (const type of written) expect(AUDIT_ENTITY_TYPE_LABEL[type], type).toBeDefined();
  });
});

describe("people and roles", () => {
  const PEOPLE = "{ people { id displayName roles { id kind } } }";

  it("lists people in the same number of statements for 2 or 12 more people with roles to judge", async () => {
    const member = await server.prisma.cotessMembership.findFirstOrThrow({ where: { cotessId: "cotess-bassin-minier" } });
    const territory = await server.prisma.cotessTerritory.findFirstOrThrow({ where: { cotessId: "cotess-bassin-minier" } });
    const outside = await server.prisma.organisation.findFirstOrThrow({
      where: { cotessMemberships: { none: {} }, maisonRoles: { none: {} }, charterSignatures: { none: {} }, locationId: null },
    });
    const add = async (count: number, offset: number) => {
      for (let index = 0; index < count; index += 1) {
        await createAccount(`equipe-${offset + index}`, [
          { role: "ORGANISATION_EDITOR", organisationId: member.organisationId },
          { role: "COLLECTIVITE_AGENT", territoryId: territory.territoryId },
          { role: "ORGANISATION_EDITOR", organisationId: outside.id },
        ]);
      }
    };
    await add(2, 0);
    await server.graphql(PEOPLE, {}, { cookie: cotessAnimator });
    const few = await server.graphql(PEOPLE, {}, { cookie: cotessAnimator });
    await add(10, 2);
    const many = await server.graphql(PEOPLE, {}, { cookie: cotessAnimator });
    expect(many.errors).toBeUndefined();
    const listed = many.data.people.filter((person: any) => person.displayName.startsWith("equipe-"));
    expect(listed).toHaveLength(12);
    // The animator sees the two roles in its network, not the one outside.
    expect(listed.every((person: any) => person.roles.length === 2)).toBe(true);
    expect(many.sqlStatements).toBe(few.sqlStatements);
  });

  it("lists pending invitations in the same number of statements for 2 or 12 of them", async () => {
    const member = await server.prisma.cotessMembership.findFirstOrThrow({ where: { cotessId: "cotess-bassin-minier" } });
    const inviter = await accountId("admin@maillage.demo");
    const add = async (count: number, offset: number) => {
      await server.prisma.invitation.createMany({
        data: Array.from({ length: count }, (_, index) => ({
          email: `invitee-${offset + index}.${run}@exemple.org`, role: "ORGANISATION_EDITOR" as const, organisationId: member.organisationId,
          tokenHash: `${run}-${offset + index}`, invitedById: inviter, expiresAt: new Date(Date.now() + 24 * 3600 * 1000),
        })),
      });
    };
    const INVITATIONS = "{ invitations { id email } }";
    await add(2, 0);
    await server.graphql(INVITATIONS, {}, { cookie: cotessAnimator });
    const few = await server.graphql(INVITATIONS, {}, { cookie: cotessAnimator });
    await add(10, 2);
    const many = await server.graphql(INVITATIONS, {}, { cookie: cotessAnimator });
    expect(many.data.invitations.filter((invitation: any) => invitation.email.startsWith("invitee-"))).toHaveLength(12);
    expect(many.sqlStatements).toBe(few.sqlStatements);
  });

  it("lets an animator give a role in its network to an existing account, and refuses one outside without writing", async () => {
    const person = await createAccount("direct");
    const member = await server.prisma.cotessMembership.findFirstOrThrow({ where: { cotessId: "cotess-bassin-minier" } });
    const GRANT = "mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id kind organisation { id } } }";
    const before = await auditCount();
    const outside = await server.graphql(GRANT, { input: { account: person.id, scope: { role: "NETWORK_ANIMATOR", maison: "le-toit-commun" } } }, { cookie: cotessAnimator });
    expect(outside.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const admin_ = await server.graphql(GRANT, { input: { account: person.id, scope: { role: "PLATFORM_ADMIN" } } }, { cookie: cotessAnimator });
    expect(admin_.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await server.prisma.roleGrant.count({ where: { accountId: person.id } })).toBe(0);
    expect(await auditCount()).toBe(before);

    const granted = await server.graphql(GRANT, { input: { account: person.id, scope: { role: "ORGANISATION_EDITOR", organisation: member.organisationId } } }, { cookie: cotessAnimator });
    expect(granted.errors).toBeUndefined();
    expect(granted.data.grantRole).toMatchObject({ kind: "ORGANISATION_EDITOR", organisation: { id: member.organisationId } });
    const entry = await server.prisma.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ entityType: "role_grant", action: "CREATE", accountId: await accountId("animation.cotess@maillage.demo") });
  });

  it("lets only admins deactivate someone else's account, never the last admin", async () => {
    const DEACTIVATE = "mutation ($id: ID!) { deactivateAccount(id: $id) }";
    const person = await createAccount("partante");
    const before = await auditCount();
    const refused = await server.graphql(DEACTIVATE, { id: person.id }, { cookie: cotessAnimator });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.prisma.account.findUniqueOrThrow({ where: { id: person.id } })).disabledAt).toBeNull();
    expect(await auditCount()).toBe(before);

    const done = await server.graphql(DEACTIVATE, { id: person.id }, { cookie: admin });
    expect(done.errors).toBeUndefined();
    expect((await server.prisma.account.findUniqueOrThrow({ where: { id: person.id } })).disabledAt).not.toBeNull();
    const people = (await server.graphql("{ people { id active } }", {}, { cookie: admin })).data.people;
    expect(people.find((candidate: any) => candidate.id === person.id).active).toBe(false);

    // The demo admin is the only active one: it cannot deactivate itself.
    const adminId = await accountId("admin@maillage.demo");
    expect(await server.prisma.roleGrant.count({ where: { role: "PLATFORM_ADMIN", account: { disabledAt: null } } })).toBe(1);
    const last = await server.graphql(DEACTIVATE, { id: adminId }, { cookie: admin });
    expect(last.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(last.errors?.[0].message).toMatch(/dernier compte d'administration/);
  });
});

describe("sessions one at a time", () => {
  const SESSIONS = "{ viewer { sessions { id device createdAt lastSeenAt current } } }";
  const CLOSE = "mutation ($id: ID!) { closeSession(id: $id) }";

  it("lists one's sessions with their device, never storing the token, and closes another one", async () => {
    const email = "editeur.emergences62@maillage.demo";
    const firefox = await signInAs(email, FIREFOX);
    const chromium = await signInAs(email, "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
    const sessions = (await server.graphql(SESSIONS, {}, { cookie: firefox })).data.viewer.sessions;
    const mine = sessions.find((session: any) => session.current);
    const other = sessions.find((session: any) => session.device === "Chrome sur Linux");
    expect(mine.device).toBe("Firefox sur Windows");
    expect(other.current).toBe(false);
    // Neither the token nor anything derived from it is shown or kept beside the hash.
    const token = firefox.split("=")[1];
    const stored = await server.prisma.session.findMany({ where: { accountId: await accountId(email) } });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.some((row) => row.id.startsWith(mine.id.replace(/-/g, "").slice(0, 8)))).toBe(false);

    const closed = await server.graphql(CLOSE, { id: other.id }, { cookie: firefox });
    expect(closed.errors).toBeUndefined();
    expect(closed.setCookie).toBeNull();
    expect((await server.graphql("{ viewer { id } }", {}, { cookie: chromium })).data.viewer).toBeNull();
    expect((await server.graphql("{ viewer { id } }", {}, { cookie: firefox })).data.viewer).not.toBeNull();
    const entry = await server.prisma.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ action: "DELETE", entityType: "session", entityId: other.id, changes: { device: "Chrome sur Linux" } });
  });

  it("refuses to close someone else's session, as if it did not exist, and writes nothing", async () => {
    const victim = await signInAs("agent.call@maillage.demo", FIREFOX);
    const target = (await server.graphql(SESSIONS, {}, { cookie: victim })).data.viewer.sessions.find((session: any) => session.current);
    const before = await auditCount();
    const refused = await server.graphql(CLOSE, { id: target.id }, { cookie: editor });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
    expect((await server.graphql("{ viewer { id } }", {}, { cookie: victim })).data.viewer).not.toBeNull();
    expect(await auditCount()).toBe(before);
    const anonymous = await server.graphql(CLOSE, { id: target.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const malformed = await server.graphql(CLOSE, { id: "pas-un-identifiant" }, { cookie: editor });
    expect(malformed.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("signs out when the current session is closed", async () => {
    const cookie = await signInAs("agent.call@maillage.demo", FIREFOX);
    const current = (await server.graphql(SESSIONS, {}, { cookie })).data.viewer.sessions.find((session: any) => session.current);
    const closed = await server.graphql(CLOSE, { id: current.id }, { cookie });
    expect(closed.data.closeSession).toBe(true);
    expect(closed.setCookie).toMatch(/maillage_session=;/);
    expect((await server.graphql("{ viewer { id } }", {}, { cookie })).data.viewer).toBeNull();
  });
});
