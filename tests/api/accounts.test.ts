// Onboarding real people, with real e-mail: an invitation arrives in a
// mailbox, its link lets the person choose a password and lands them signed
// in with their role; a forgotten password is reset by a link; links are
// single-use, expire and cannot be forged; roles are given and taken back
// only within the giver's network. Fresh addresses only: the demo accounts
// are shared with the other test files.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { links, startMailbox, type Mailbox, type ReceivedMail } from "../support/mailbox.ts";
import { createScratchDatabase, type ScratchDatabase } from "../support/database.ts";

let server: TestServer;
let mailbox: Mailbox;
let database: ScratchDatabase;
let admin: string;
let cotessAnimator: string;
const run = randomUUID().slice(0, 8);
const address = (who: string) => `${who}.${run}@exemple.org`;
const STRONG = "cheval agrafe batterie correcte";

const INVITE = `mutation ($input: InvitationInput!) { invite(input: $input) { id email state expiresAt role { kind cotess { id } organisation { id } territory { code } } } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id email roles { id kind cotess { id } organisation { id } } } }`;
const VIEWER = `{ viewer { email roles { kind } sessions { current } } }`;

beforeAll(async () => {
  // A database of its own: its job runner must be the only one taking its e-mails.
  database = await createScratchDatabase({ demo: true });
  mailbox = await startMailbox();
  server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } });
  admin = await server.signIn("admin@maillage.demo");
  cotessAnimator = await server.signIn("animation.cotess@maillage.demo");
});
afterAll(async () => {
  await server?.close();
  await mailbox?.close();
  await database?.drop();
});

const mailTo = (to: string, subject: RegExp) => mailbox.waitFor((mail) => mail.to.includes(to) && subject.test(mail.subject), 15_000);
/** The token of a link of the app, after its « # ». */
const tokenOf = (mail: ReceivedMail, path: string) => {
  const link = links(mail).find((url) => new URL(url).pathname === path);
  expect(link, `a link to ${path} in « ${mail.subject} »`).toBeDefined();
  return new URL(link!).hash.slice(1);
};
const cookieOf = (setCookie: string | null) => setCookie!.split(";")[0];

async function invite(email: string, scope: Record<string, unknown>, cookie = admin) {
  return server.graphql(INVITE, { input: { email, scope } }, { cookie });
}

describe("invitations", () => {
  it("invite → e-mail → accept with a chosen password → signed in with the role; the link works once", async () => {
    const email = address("camille");
    const invited = await invite(email, { role: "NETWORK_ANIMATOR", cotess: "cotess-bassin-minier" }, cotessAnimator);
    expect(invited.errors).toBeUndefined();
    expect(invited.data.invite).toMatchObject({ email, state: "PENDING", role: { kind: "NETWORK_ANIMATOR", cotess: { id: "cotess-bassin-minier" } } });

    const mail = await mailTo(email, /Invitation/);
    expect(mail.text).toContain("Animation du COTESS du bassin minier (démo)");
    expect(mail.html).toContain("Accepter l&#39;invitation");
    const token = tokenOf(mail, "/compte/invitation");
    // Only the token's hash is kept.
    const stored = await server.prisma.invitation.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).not.toContain(token);

    const preview = await server.graphql(`query ($t: String!) { invitationPreview(token: $t) { email role scopeName invitedBy accountExists } }`, { t: token });
    expect(preview.data.invitationPreview).toMatchObject({ email, role: "NETWORK_ANIMATOR", accountExists: false, invitedBy: "Animation du COTESS du bassin minier (démo)" });

    const weak = await server.graphql(ACCEPT, { input: { token, password: "motdepasse2026", displayName: "Camille Martin" } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
    expect(weak.errors?.[0].message).toMatch(/trop facile à deviner/);
    expect(await server.prisma.account.count({ where: { email } })).toBe(0);

    const accepted = await server.graphql(ACCEPT, { input: { token, password: STRONG, displayName: "Camille Martin" } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation.roles).toMatchObject([{ kind: "NETWORK_ANIMATOR", cotess: { id: "cotess-bassin-minier" } }]);
    const me = await server.graphql(VIEWER, {}, { cookie: cookieOf(accepted.setCookie) });
    expect(me.data.viewer).toMatchObject({ email, roles: [{ kind: "NETWORK_ANIMATOR" }], sessions: [{ current: true }] });
    // And with the password, later.
    expect(await server.signIn(email, STRONG)).toBeTruthy();

    const again = await server.graphql(ACCEPT, { input: { token, password: STRONG, displayName: "Quelqu'un d'autre" } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    expect(again.errors?.[0].message).toMatch(/n'est pas valable/);
    const audit = await server.prisma.auditEntry.count({ where: { entityType: "invitation", entityId: stored.id } });
    expect(audit).toBe(2); // sent, accepted
  });

  it("refuses forged, expired, resent and revoked links, changing nothing", async () => {
    const forged = await server.graphql(ACCEPT, { input: { token: "A".repeat(43), password: STRONG, displayName: "X Y" } });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    const malformed = await server.graphql(`query { invitationPreview(token: "../../etc") { email } }`);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });

    const email = address("dominique");
    const { data } = await invite(email, { role: "ORGANISATION_EDITOR", organisation: "emergences-62" });
    const first = tokenOf(await mailTo(email, /Invitation/), "/compte/invitation");
    const resent = await server.graphql(`mutation ($id: ID!) { resendInvitation(id: $id) { id state } }`, { id: data.invite.id }, { cookie: admin });
    expect(resent.errors).toBeUndefined();
    const second = tokenOf(await mailbox.waitFor((mail) => mail.to.includes(email) && !mail.text.includes(first), 15_000), "/compte/invitation");
    expect(second).not.toBe(first);
    // The first link was replaced.
    const old = await server.graphql(ACCEPT, { input: { token: first, password: STRONG, displayName: "Dominique" } });
    expect(old.errors?.[0].extensions?.field).toBe("token");

    // Expired: seven days have passed.
    await server.prisma.invitation.update({ where: { id: data.invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await server.graphql(ACCEPT, { input: { token: second, password: STRONG, displayName: "Dominique" } });
    expect(expired.errors?.[0].extensions?.field).toBe("token");
    const listed = await server.graphql(`{ invitations(pendingOnly: false) { id state } }`, {}, { cookie: admin });
    expect(listed.data.invitations.find((i: any) => i.id === data.invite.id).state).toBe("EXPIRED");

    // Revoked.
    const other = address("eden");
    const second2 = await invite(other, { role: "COLLECTIVITE_AGENT", territory: "246200364" });
    const token = tokenOf(await mailTo(other, /Invitation/), "/compte/invitation");
    const revoked = await server.graphql(`mutation ($id: ID!) { revokeInvitation(id: $id) { state } }`, { id: second2.data.invite.id }, { cookie: admin });
    expect(revoked.data.revokeInvitation.state).toBe("REVOKED");
    const refused = await server.graphql(ACCEPT, { input: { token, password: STRONG, displayName: "Eden" } });
    expect(refused.errors?.[0].extensions?.field).toBe("token");
    expect(await server.prisma.account.count({ where: { email: { in: [email, other] } } })).toBe(0);
  });

  it("an existing account accepts with its own password and gains the role", async () => {
    const email = address("farid");
    await invite(email, { role: "ORGANISATION_EDITOR", organisation: "emergences-62" });
    await server.graphql(ACCEPT, { input: { token: tokenOf(await mailTo(email, /Invitation/), "/compte/invitation"), password: STRONG, displayName: "Farid" } });
    await invite(email, { role: "COLLECTIVITE_AGENT", territory: "246200364" });
    const token = tokenOf(await mailbox.waitFor((mail) => mail.to.includes(email) && mail.text.includes("Agent"), 15_000), "/compte/invitation");
    const preview = await server.graphql(`query ($t: String!) { invitationPreview(token: $t) { accountExists } }`, { t: token });
    expect(preview.data.invitationPreview.accountExists).toBe(true);
    const wrong = await server.graphql(ACCEPT, { input: { token, password: "pas le bon mot de passe du tout" } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", field: "password" });
    const right = await server.graphql(ACCEPT, { input: { token, password: STRONG } });
    expect(right.data.acceptInvitation.roles.map((r: any) => r.kind).sort()).toEqual(["COLLECTIVITE_AGENT", "ORGANISATION_EDITOR"]);
  });

  it("lets an animator invite only within its network", async () => {
    // The CRESS's organisation is not the COTESS's network.
    const outside = await invite(address("g1"), { role: "NETWORK_ANIMATOR", organisation: "cress" }, cotessAnimator);
    expect(outside.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const admin2 = await invite(address("g2"), { role: "PLATFORM_ADMIN" }, cotessAnimator);
    expect(admin2.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // A member of the COTESS, and a territory it covers, are within it.
    const [local] = await server.prisma.$queryRaw<{ id: string }[]>`
      SELECT o.id FROM organisation o WHERE o.location_id IN (
        SELECT territory_id FROM cotess_territory WHERE cotess_id = 'cotess-bassin-minier'
        UNION SELECT i.descendant_id FROM cotess_territory ct JOIN territory_inclusion i ON i.ancestor_id = ct.territory_id WHERE ct.cotess_id = 'cotess-bassin-minier')
      ORDER BY o.id LIMIT 1`;
    const editor = await invite(address("g3"), { role: "ORGANISATION_EDITOR", organisation: local.id }, cotessAnimator);
    expect(editor.errors).toBeUndefined();
    const agent = await invite(address("g4"), { role: "COLLECTIVITE_AGENT", territory: "62498" }, cotessAnimator);
    expect(agent.errors).toBeUndefined();
    // Marseille is not.
    const far = await invite(address("g5"), { role: "COLLECTIVITE_AGENT", territory: "13055" }, cotessAnimator);
    expect(far.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // A scope that does not fit the role.
    const misfit = await invite(address("g6"), { role: "ORGANISATION_EDITOR", cotess: "cotess-bassin-minier" });
    expect(misfit.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.scope.cotess" });
    const anonymous = await server.graphql(INVITE, { input: { email: address("g7"), scope: { role: "ORGANISATION_EDITOR", organisation: "emergences-62" } } });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(await server.prisma.invitation.count({ where: { email: { in: ["g1", "g2", "g5", "g6", "g7"].map(address) } } })).toBe(0);
  });

  it("refuses a flood of invitations to one address", async () => {
    const email = address("flood");
    const scopes = ["emergences-62", "le-toit-commun-scic", "cliss-xxi", "vestali"].map((organisation) => ({ role: "ORGANISATION_EDITOR", organisation }));
    const results = [];
    for (const scope of scopes) results.push(await invite(email, scope));
    expect(results.slice(0, 3).every((result) => !result.errors)).toBe(true);
    expect(results[3].errors?.[0].extensions).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(results[3].errors?.[0].extensions?.retryAfter).toBeGreaterThan(0);
    expect(await server.prisma.invitation.count({ where: { email } })).toBe(3);
  });
});

describe("passwords and sessions", () => {
  async function freshAccount(who: string) {
    const email = address(who);
    await invite(email, { role: "ORGANISATION_EDITOR", organisation: "emergences-62" });
    const accepted = await server.graphql(ACCEPT, { input: { token: tokenOf(await mailTo(email, /Invitation/), "/compte/invitation"), password: STRONG, displayName: who } });
    return { email, cookie: cookieOf(accepted.setCookie), id: accepted.data.acceptInvitation.id as string };
  }

  it("forgotten password → e-mail → new password; old sessions end; the same answer for an unknown address", async () => {
    const { email, cookie } = await freshAccount("hana");
    const ask = (address: string) => server.graphql(`mutation ($e: String!) { requestPasswordReset(email: $e) }`, { e: address });
    const unknown = await ask(address("nobody"));
    const known = await ask(email.toUpperCase());
    expect(unknown).toMatchObject({ data: { requestPasswordReset: true } });
    expect(known).toMatchObject({ data: { requestPasswordReset: true } });
    expect(unknown.errors).toBe(known.errors);

    const token = tokenOf(await mailTo(email, /Réinitialisation/), "/compte/mot-de-passe");
    const reset = await server.graphql(`mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`,
      { input: { token, password: "lanterne prune glacier vélo" } });
    expect(reset.errors).toBeUndefined();
    // The session opened before is over; the new password signs in, the old one no longer.
    expect((await server.graphql(VIEWER, {}, { cookie })).data.viewer).toBeNull();
    await expect(server.signIn(email, STRONG)).rejects.toThrow();
    expect(await server.signIn(email, "lanterne prune glacier vélo")).toBeTruthy();
    await mailTo(email, /a changé/);
    const reused = await server.graphql(`mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`,
      { input: { token, password: "encore un autre mot de passe solide" } });
    expect(reused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
    // No mail to an unknown address was sent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.received.some((mail) => mail.to.includes(address("nobody")))).toBe(false);
  });

  it("changes a password (other sessions end), signs out everywhere, deactivates", async () => {
    const { email, cookie, id } = await freshAccount("ines");
    const other = await server.signIn(email, STRONG);
    const wrong = await server.graphql(`mutation { changePassword(input: { currentPassword: "faux", newPassword: "x" }) }`, {}, { cookie });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", field: "currentPassword" });
    const changed = await server.graphql(`mutation ($n: String!) { changePassword(input: { currentPassword: "${STRONG}", newPassword: $n }) }`,
      { n: "marmite orage pissenlit tramway" }, { cookie });
    expect(changed.errors).toBeUndefined();
    expect((await server.graphql(VIEWER, {}, { cookie })).data.viewer.email).toBe(email);
    expect((await server.graphql(VIEWER, {}, { cookie: other })).data.viewer).toBeNull();

    const third = await server.signIn(email, "marmite orage pissenlit tramway");
    const everywhere = await server.graphql(`mutation { signOutEverywhere }`, {}, { cookie: third });
    expect(everywhere.data.signOutEverywhere).toBe(2);
    expect((await server.graphql(VIEWER, {}, { cookie })).data.viewer).toBeNull();

    const session = await server.signIn(email, "marmite orage pissenlit tramway");
    const byOther = await server.graphql(`mutation ($id: ID!) { deactivateAccount(id: $id) }`, { id }, { cookie: cotessAnimator });
    expect(byOther.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const deactivated = await server.graphql(`mutation ($id: ID!) { deactivateAccount(id: $id) }`, { id }, { cookie: admin });
    expect(deactivated.errors).toBeUndefined();
    expect((await server.graphql(VIEWER, {}, { cookie: session })).data.viewer).toBeNull();
    await expect(server.signIn(email, "marmite orage pissenlit tramway")).rejects.toThrow();
    const entries = await server.prisma.auditEntry.findMany({ where: { entityId: id, entityType: "account" } });
    expect(entries.length).toBeGreaterThanOrEqual(2);
  });
});

describe("roles", () => {
  it("grants and revokes within the giver's reach, and lists the people it manages", async () => {
    const email = address("jade");
    await invite(email, { role: "ORGANISATION_EDITOR", organisation: "emergences-62" });
    const accepted = await server.graphql(ACCEPT, { input: { token: tokenOf(await mailTo(email, /Invitation/), "/compte/invitation"), password: STRONG, displayName: "Jade" } });
    const id = accepted.data.acceptInvitation.id;
    const grant = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id kind } }`;
    const outside = await server.graphql(grant, { input: { account: id, scope: { role: "NETWORK_ANIMATOR", organisation: "cress" } } }, { cookie: cotessAnimator });
    expect(outside.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const given = await server.graphql(grant, { input: { account: id, scope: { role: "NETWORK_ANIMATOR", cotess: "cotess-bassin-minier" } } }, { cookie: cotessAnimator });
    expect(given.errors).toBeUndefined();
    const twice = await server.graphql(grant, { input: { account: id, scope: { role: "NETWORK_ANIMATOR", cotess: "cotess-bassin-minier" } } }, { cookie: cotessAnimator });
    expect(twice.errors?.[0].extensions?.code).toBe("CONFLICT");

    const people = await server.graphql(`{ people { id email roles { id kind } } }`, {}, { cookie: cotessAnimator });
    const jade = people.data.people.find((person: any) => person.id === id);
    expect(jade.roles.map((r: any) => r.kind)).toContain("NETWORK_ANIMATOR");
    // The COTESS's animator does not see the admin, whose role is beyond it.
    expect(people.data.people.some((person: any) => person.email === "admin@maillage.demo")).toBe(false);

    const revoked = await server.graphql(`mutation ($id: ID!) { revokeRole(id: $id) }`, { id: given.data.grantRole.id }, { cookie: cotessAnimator });
    expect(revoked.errors).toBeUndefined();
    const roles = await server.prisma.roleGrant.findMany({ where: { accountId: id } });
    expect(roles.map((r) => r.role)).toEqual(["ORGANISATION_EDITOR"]);
  });
});
