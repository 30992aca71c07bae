// Stopping e-mail in a real Chromium, with real e-mail: an animator follows
// the unsubscribe link of the proposal digest they received, confirms with
// the page's one button, and finds the choice on « Mon compte », where the
// checkboxes change it again.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "../../server/auth/auth.password.ts";
import { sendProposalDigests } from "../../server/events/proposal-digest.service.ts";
import type { TestServer } from "../support/server.ts";
import { useBrowserSession } from "../support/browser.ts";
import type { Mailbox } from "../support/mailbox.ts";

const PASSPHRASE = "cheval agrafe batterie correcte";
const DIGEST_LABEL = "Le résumé quotidien des nouvelles propositions à modérer";
const NOTICES_LABEL = "Les avis de modification et de conflit des événements de vos organisations";

const session = useBrowserSession({ mail: true });
let mailbox: Mailbox;
let server: TestServer;
let page: Page;

beforeEach(() => {
  server = session.server;
  page = session.page;
  mailbox = session.mailbox;
});

const run = randomUUID().slice(0, 8);
const email = `animation.${run}@exemple.org`;

const preference = async (topic: "PROPOSAL_DIGEST" | "EVENT_NOTICES") => {
  const account = await server.prisma.account.findUniqueOrThrow({ where: { email } });
  return (await server.prisma.mailPreference.findUnique({ where: { accountId_topic: { accountId: account.id, topic } } }))?.subscribed ?? true;
};

describe("unsubscribing", () => {
  it("from the digest's link: the page changes nothing until its button, then says what stopped", async () => {
    await server.prisma.account.create({
      data: {
        email, displayName: `Animation ${run}`, passwordHash: await hashPassword(PASSPHRASE),
        roles: { create: { role: "NETWORK_ANIMATOR", cotessId: "cotess-bassin-minier" } },
      },
    });
    const cookie = await server.signIn("animation.cotess@maillage.demo");
    const created = await server.graphql(`mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`, {
      input: {
        edition: "mois-ess-2026-cotess-bassin-minier", title: `Atelier à modérer ${run}`, type: "ATELIER", status: "PROPOSED",
        venue: { address: `3 rue du Désabonnement ${run}`, commune: "62427" },
        sessions: [{ start: "2026-11-18T15:00", end: "2026-11-18T17:00" }],
        coOrganisers: [{ organisation: "emergences-62", role: "LEAD" }],
      },
    }, { cookie });
    expect(created.errors).toBeUndefined();
    await sendProposalDigests({ prisma: server.prisma, now: new Date(), publicUrl: server.url });
    const digest = await mailbox.waitFor((mail) => mail.to.includes(email), 15_000);
    expect(digest.text).toContain(`Atelier à modérer ${run}`);
    const link = new URL(digest.headers["list-unsubscribe"].slice(1, -1));
    expect(`${link.origin}${link.pathname}`).toBe(`${server.url}/compte/desabonnement`);

    // Without its token, the page says so and offers « Mon compte ».
    await page.goto(`${server.url}/compte/desabonnement`);
    await page.getByRole("alert").getByText("Ce lien est incomplet").waitFor();

    await page.goto(link.href);
    await page.getByRole("heading", { level: 1, name: "Se désabonner" }).waitFor();
    expect(await preference("PROPOSAL_DIGEST")).toBe(true);
    await page.getByRole("button", { name: "Me désabonner" }).click();
    await page.getByRole("status").getByText(`C'est fait : vous ne recevrez plus « ${DIGEST_LABEL.toLowerCase()} ».`).waitFor();
    expect(await preference("PROPOSAL_DIGEST")).toBe(false);
    expect(await preference("EVENT_NOTICES")).toBe(true);
  });

  it("on « Mon compte »: the checkboxes show the choices and change them", async () => {
    await page.goto(`${server.url}/connexion?retour=${encodeURIComponent("/compte")}`);
    await page.getByLabel("Adresse électronique").fill(email);
    await page.getByLabel("Mot de passe", { exact: true }).fill(PASSPHRASE);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(`${server.url}/compte`);

    const digest = page.getByRole("checkbox", { name: DIGEST_LABEL });
    const notices = page.getByRole("checkbox", { name: NOTICES_LABEL });
    await notices.waitFor();
    expect(await digest.isChecked()).toBe(false);
    expect(await notices.isChecked()).toBe(true);

    await notices.uncheck();
    await page.getByRole("status").getByText("Préférence enregistrée.").waitFor();
    expect(await preference("EVENT_NOTICES")).toBe(false);
    await digest.check();
    await expect.poll(() => preference("PROPOSAL_DIGEST")).toBe(true);

    await page.reload();
    await notices.waitFor();
    expect(await notices.isChecked()).toBe(false);
    expect(await digest.isChecked()).toBe(true);

    // Both audited under the account.
    const account = await server.prisma.account.findUniqueOrThrow({ where: { email } });
    const entries = await server.prisma.auditEntry.findMany({ where: { entityType: "MailPreference", accountId: account.id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => (entry.changes as { by: string }).by)).toEqual(["link", "account", "account"]);
  });
});
