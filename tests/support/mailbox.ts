// An SMTP server in the test process, on a free port of 127.0.0.1: what
// Maillage sends arrives here, parsed as a mail client reads it.
import { SMTPServer } from "smtp-server";
import { simpleParser, type AddressObject } from "mailparser";
import { freePort } from "../../server/core/free-port.ts";

export interface ReceivedMail {
  /** The addresses of the To header. */
  to: string[];
  /** The recipients of the SMTP envelope (RCPT TO). */
  envelopeTo: string[];
  subject: string;
  text: string;
  html: string;
  /** Every header, by lower-case name, unfolded ("list-unsubscribe" → "<https://…>"). */
  headers: Record<string, string>;
  messageId: string;
}

export interface Mailbox {
  /** SMTP_URL for Maillage: smtp://127.0.0.1:<port>. */
  url: string;
  /** Every message accepted so far, in order of arrival. */
  received: ReceivedMail[];
  /** RCPT TO commands refused so far (refuseRecipients). */
  refused: number;
  /** Answers the next `count` RCPT TO with a temporary failure (451), as a busy server does. */
  refuseRecipients(count: number): void;
  /** Answers every RCPT TO of this address with `code` (550: no such mailbox; 451: try later) and `message`. */
  refuseAddress(address: string, code: number, message: string): void;
  /** Accepts this address again. */
  acceptAddress(address: string): void;
  /** Takes `ms` to accept the next message once it is received, as a slow server does. */
  delayNextAcceptance(ms: number): void;
  /** The first message, received or to come, that `predicate` accepts; rejects after `timeoutMs`. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return (Array.isArray(field) ? field : field ? [field] : [])
    .flatMap((group) => group.value)
    .map((address) => address.address ?? "");
}

/** The http(s) addresses written in a message's text version, in order. */
export function links(mail: Pick<ReceivedMail, "text">): string[] {
  // A sentence's final punctuation is not part of the address.
  return (mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? []).map((link) => link.replace(/[.,;:!?)»]+$/, ""));
}

export async function startMailbox(): Promise<Mailbox> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let toRefuse = 0;
  let acceptanceDelay = 0;
  const refusedAddresses = new Map<string, { code: number; message: string }>();
  const mailbox = { refused: 0 } as Mailbox;

  const server = new SMTPServer({
    // Plain SMTP on loopback, no login: what a development relay offers.
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    // No DNS here: the client's name is not looked up.
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refusedAddresses.get(address.address.toLowerCase());
      if (refusal) {
        mailbox.refused += 1;
        callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        return;
      }
      if (toRefuse > 0) {
        toRefuse -= 1;
        mailbox.refused += 1;
        callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const headers: Record<string, string> = {};
          for (const { key, line } of parsed.headerLines) {
            headers[key] = line.slice(line.indexOf(":") + 1).replace(/\r?\n[ \t]+/g, " ").trim();
          }
          received.push({
            to: addresses(parsed.to),
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: parsed.html || "",
            headers,
            messageId: parsed.messageId ?? "",
          });
          for (const waiter of waiters) waiter();
          const delay = acceptanceDelay;
          acceptanceDelay = 0;
          setTimeout(() => callback(), delay);
        },
        (error: Error) => callback(error),
      );
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  return Object.assign(mailbox, {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseRecipients(count: number) {
      toRefuse = count;
    },
    refuseAddress(address: string, code: number, message: string) {
      refusedAddresses.set(address.toLowerCase(), { code, message });
    },
    acceptAddress(address: string) {
      refusedAddresses.delete(address.toLowerCase());
    },
    delayNextAcceptance(ms: number) {
      acceptanceDelay = ms;
    },
    waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 10_000) {
      return new Promise<ReceivedMail>((resolve, reject) => {
        const check = () => {
          const mail = received.find(predicate);
          if (!mail) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No such e-mail within ${timeoutMs} ms; received: ${JSON.stringify(received.map((mail) => ({ to: mail.to, subject: mail.subject })))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
