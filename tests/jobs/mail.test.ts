// E-mail through the PostgreSQL job queue, end to end: queued in a
// transaction, taken by the job runner, sent to an SMTP server in this
// process and read back as a mail client reads it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { composeMail } from "../../server/core/mail-layout.ts";
import { enqueueMail, type MailMessage } from "../../server/core/mail.ts";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";
import { links, startMailbox, type Mailbox } from "../support/mailbox.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let database: ScratchDatabase;
beforeAll(async () => {
  database = await createScratchDatabase();
});
afterAll(async () => {
  await database?.drop();
});

function invitation(to: string, name = "Camille"): MailMessage {
  return {
    to,
    kind: "invitation",
    ...composeMail({
      subject: "Invitation à rejoindre Maillage",
      greeting: `Bonjour ${name},`,
      paragraphs: ["L'animation du COTESS du bassin minier vous invite à préparer le Mois de l'ESS avec elle."],
      action: { label: "Accepter l'invitation", url: `https://maillage.example/invitations/${encodeURIComponent(to)}` },
    }),
  };
}

/** Jobs still in the queue for this recipient (a sent e-mail's job is deleted). */
async function queuedFor(to: string): Promise<number> {
  // The payload is in graphile-worker's table itself: its `jobs` view leaves it out.
  const [{ count }] = await query(database.url, "SELECT count(*)::int AS count FROM graphile_worker._private_jobs WHERE payload->>'to' = $1", [to]);
  return count;
}

async function eventually<T>(read: () => Promise<T> | T, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("e-mail sent through SMTP", () => {
  let mailbox: Mailbox;
  let server: TestServer;
  beforeAll(async () => {
    mailbox = await startMailbox();
    server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } });
  });
  afterAll(async () => {
    await server?.close();
    await mailbox?.close();
  });

  it("delivers an e-mail queued in a committed transaction, in French, with its link in the text and the HTML", async () => {
    const id = await server.prisma.$transaction((tx) => enqueueMail(tx, invitation("camille@example.org")));

    const mail = await mailbox.waitFor((received) => received.to.includes("camille@example.org"));
    expect(mail.subject).toBe("Invitation à rejoindre Maillage");
    expect(mail.headers.from).toBe("Maillage <ne-pas-repondre@maillage.test>");
    expect(mail.messageId).toBe(`<${id}@maillage.test>`);
    expect(mail.text).toContain("Bonjour Camille,\n\nL'animation du COTESS du bassin minier vous invite à préparer le Mois de l'ESS avec elle.");
    expect(links(mail)).toEqual(["https://maillage.example/invitations/camille%40example.org"]);
    expect(mail.text).toContain("Accepter l'invitation : https://maillage.example/invitations/camille%40example.org");
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('<a href="https://maillage.example/invitations/camille%40example.org" style="display:inline-block;');
    expect(mail.html).toContain(">Accepter l&#39;invitation</a>");
    expect(await eventually(() => queuedFor("camille@example.org"), (count) => count === 0)).toBe(0);
  });

  it("never sends an e-mail whose transaction rolls back", async () => {
    await expect(server.prisma.$transaction(async (tx) => {
      await enqueueMail(tx, invitation("annulee@example.org"));
      throw new Error("the write that the e-mail follows failed");
    })).rejects.toThrow("the write that the e-mail follows failed");
    expect(await queuedFor("annulee@example.org")).toBe(0);

    // Another e-mail, queued after it, goes through: the runner was not just slow.
    await server.prisma.$transaction((tx) => enqueueMail(tx, invitation("suivante@example.org")));
    await mailbox.waitFor((received) => received.to.includes("suivante@example.org"));
    expect(mailbox.received.filter((received) => received.envelopeTo.includes("annulee@example.org"))).toEqual([]);
  });

  it("tries again an e-mail the server refused for a while, and delivers it once", async () => {
    const refusedBefore = mailbox.refused;
    mailbox.refuseRecipients(1);
    const started = Date.now();
    const id = await server.prisma.$transaction((tx) => enqueueMail(tx, invitation("relance@example.org", "Dominique")));

    // graphile-worker's first retry comes after e¹ ≈ 2.7 s.
    const mail = await mailbox.waitFor((received) => received.to.includes("relance@example.org"), 15_000);
    expect(mailbox.refused).toBe(refusedBefore + 1);
    expect(Date.now() - started).toBeGreaterThan(2000);
    expect(mail.messageId).toBe(`<${id}@maillage.test>`);
    expect(mail.text).toContain("Bonjour Dominique,");

    // Done with: its job is gone, and nothing is sent again.
    expect(await eventually(() => queuedFor("relance@example.org"), (count) => count === 0)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailbox.received.filter((received) => received.to.includes("relance@example.org"))).toHaveLength(1);
  });

  it("escapes a hostile name in the HTML it sends", async () => {
    const hostile = `<script>alert("pris")</script>`;
    await server.prisma.$transaction((tx) => enqueueMail(tx, invitation("hostile@example.org", hostile)));

    const mail = await mailbox.waitFor((received) => received.to.includes("hostile@example.org"));
    expect(mail.html).not.toContain("<script");
    expect(mail.html).toContain("Bonjour &lt;script&gt;alert(&quot;pris&quot;)&lt;/script&gt;,");
    // The text version is not HTML: the name is as written.
    expect(mail.text).toContain(`Bonjour ${hostile},`);
  });

  it("sends the List-Unsubscribe header and « Se désabonner » of a mail one may stop receiving", async () => {
    const unsubscribeUrl = "https://maillage.example/desabonnement/t0k3n";
    await server.prisma.$transaction((tx) => enqueueMail(tx, {
      to: "resume@example.org",
      kind: "digest",
      ...composeMail({ subject: "Votre résumé de la semaine", paragraphs: ["Trois événements ont été proposés."], unsubscribeUrl }),
    }));

    const mail = await mailbox.waitFor((received) => received.to.includes("resume@example.org"));
    expect(mail.headers["list-unsubscribe"]).toBe(`<${unsubscribeUrl}>`);
    expect(links(mail)).toEqual([unsubscribeUrl]);
    expect(mail.text).toContain(`Se désabonner : ${unsubscribeUrl}`);
    expect(mail.html).toContain(">Se désabonner</a>");
  });
});

describe("stopping the job runner", () => {
  it("lets the e-mail in hand finish and records it as sent", async () => {
    const mailbox = await startMailbox();
    const server = await startTestServer({ databaseUrl: database.url, jobs: { smtpUrl: mailbox.url } });
    try {
      mailbox.delayNextAcceptance(1000);
      await server.prisma.$transaction((tx) => enqueueMail(tx, invitation("en-cours@example.org")));
      await mailbox.waitFor((received) => received.to.includes("en-cours@example.org"));
      // The server has the message but has not said "250 OK" yet: the runner is asked to stop now.
      expect(await queuedFor("en-cours@example.org")).toBe(1);
    } finally {
      await server.close();
      await mailbox.close();
    }
    // Done, not left locked to be sent again hours later.
    expect(await queuedFor("en-cours@example.org")).toBe(0);
    expect(mailbox.received.filter((received) => received.to.includes("en-cours@example.org"))).toHaveLength(1);
  });
});

describe("e-mail without SMTP_URL", () => {
  const lines: Record<string, any>[] = [];
  let server: TestServer;
  beforeAll(async () => {
    const log = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    server = await startTestServer({ databaseUrl: database.url, log, jobs: {} });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("writes the whole message to the log instead of sending it", async () => {
    const id = await server.prisma.$transaction((tx) => enqueueMail(tx, invitation("journal@example.org")));

    const logged = () => lines.find((line) => line.mail?.to === "journal@example.org");
    await eventually(logged, (line) => line !== undefined);
    expect(logged()).toMatchObject({
      level: 30,
      msg: "e-mail not sent (no SMTP_URL), written here",
      mail: { id, kind: "invitation", to: "journal@example.org", subject: "Invitation à rejoindre Maillage" },
    });
    expect(logged()!.mail.text).toContain("Accepter l'invitation : https://maillage.example/invitations/journal%40example.org");
    expect(await eventually(() => queuedFor("journal@example.org"), (count) => count === 0)).toBe(0);
  });
});
