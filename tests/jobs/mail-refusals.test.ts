// A receiving server's answers to a recipient: a permanent refusal (5xx)
// ends the e-mail's job at once and is recorded; a temporary one (4xx) is
// tried again until it goes through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { composeMail } from "../../server/core/mail-layout.ts";
import { enqueueMail, permanentRefusalOf, type MailMessage } from "../../server/core/mail.ts";
import { createScratchDatabase, query, type ScratchDatabase } from "../support/database.ts";
import { startMailbox, type Mailbox } from "../support/mailbox.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let database: ScratchDatabase;
let mailbox: Mailbox;
let server: TestServer;
const lines: Record<string, any>[] = [];

beforeAll(async () => {
  database = await createScratchDatabase();
  mailbox = await startMailbox();
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  server = await startTestServer({ databaseUrl: database.url, log, jobs: { smtpUrl: mailbox.url } });
});
afterAll(async () => {
  await server?.close();
  await mailbox?.close();
  await database?.drop();
});

const message = (to: string): MailMessage => ({
  to, kind: "invitation", ...composeMail({ subject: "Invitation à rejoindre Maillage", paragraphs: ["Bienvenue."] }),
});

/** The job of the e-mail to this address, while it is in the queue. */
async function jobOf(to: string): Promise<{ attempts: number; last_error: string | null } | undefined> {
  const rows = await query(database.url, "SELECT attempts, last_error FROM graphile_worker._private_jobs WHERE payload->>'to' = $1", [to]);
  return rows[0];
}

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("refusals of the receiving server", () => {
  it("gives up at once on a recipient refused with 550, logs the address and the answer, and records it", async () => {
    const to = "inconnu@example.org";
    mailbox.refuseAddress(to, 550, "5.1.1 Mailbox unknown");
    const id = await server.prisma.$transaction((tx) => enqueueMail(tx, message(to)));

    const refusal = await eventually(() => server.prisma.mailRefusal.findFirst({ where: { mailId: id } }), (row) => row !== null);
    expect(refusal).toMatchObject({ recipient: to, kind: "invitation", responseCode: 550 });
    expect(refusal!.response).toContain("5.1.1 Mailbox unknown");
    // Done with after one attempt: no job left to try again in 3 s, 7 s… four days.
    expect(await eventually(() => jobOf(to), (job) => job === undefined)).toBeUndefined();
    expect(mailbox.received.filter((mail) => mail.envelopeTo.includes(to))).toEqual([]);

    const logged = lines.find((line) => line.mail?.id === id && line.smtp);
    expect(logged).toMatchObject({ level: 50, mail: { to, kind: "invitation" }, smtp: { responseCode: 550 } });
    expect(logged!.smtp.response).toContain("Mailbox unknown");
  });

  it("keeps trying a recipient refused with 451, and delivers once the server accepts", async () => {
    const to = "occupe@example.org";
    mailbox.refuseAddress(to, 451, "4.2.1 Mailbox busy, try again later");
    await server.prisma.$transaction((tx) => enqueueMail(tx, message(to)));

    // Refused once, and waiting for its next attempt rather than given up.
    const waiting = await eventually(() => jobOf(to), (job) => !!job?.last_error);
    expect(waiting).toMatchObject({ attempts: 1 });
    expect(waiting!.last_error).toContain("451");
    expect(await server.prisma.mailRefusal.count({ where: { recipient: to } })).toBe(0);

    mailbox.acceptAddress(to);
    const mail = await mailbox.waitFor((received) => received.envelopeTo.includes(to), 15_000);
    expect(mail.subject).toBe("Invitation à rejoindre Maillage");
    expect(await eventually(() => jobOf(to), (job) => job === undefined)).toBeUndefined();
  });

  it("tells a permanent refusal from a temporary one or a network error", () => {
    expect(permanentRefusalOf(Object.assign(new Error("Can't send mail"), { responseCode: 550, response: "550 5.1.1 unknown" })))
      .toEqual({ responseCode: 550, response: "550 5.1.1 unknown" });
    expect(permanentRefusalOf(Object.assign(new Error("busy"), { responseCode: 451, response: "451 busy" }))).toBeNull();
    expect(permanentRefusalOf(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ESOCKET" }))).toBeNull();
  });
});
