// E-mail: queued in the transaction of the write it follows (core/jobs.ts),
// sent by the job runner through SMTP (SMTP_URL), or written to the log where
// there is no SMTP server to send to.
import { randomUUID } from "node:crypto";
import { createTransport } from "nodemailer";
import type { JobTask, JobWriter } from "./jobs.ts";
import { enqueueJob } from "./jobs.ts";
import type { Logger } from "./logger.ts";
import { StartupError } from "./startup-error.ts";

/** The job's name in the queue. */
export const MAIL_TASK = "send-mail";

export interface MailMessage {
  /** One address. */
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What the e-mail is for, in the log: "invitation", "password-reset", "digest". */
  kind: string;
  /** Extra headers, as composeMail gives them (List-Unsubscribe). */
  headers?: Record<string, string>;
}

/** A message as the queue holds it: with the id that every attempt to send it carries. */
export interface QueuedMail extends MailMessage {
  id: string;
}

// A header value or an address with a line break would start a header of its own.
const LINE_BREAK = /[\r\n]/;

function checkMessage(message: MailMessage): void {
  if (!/^[^\s@]+@[^\s@]+$/.test(message.to)) throw new Error(`Not one e-mail address: ${JSON.stringify(message.to)}`);
  if (LINE_BREAK.test(message.subject)) throw new Error("An e-mail subject holds no line break.");
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!/^[A-Za-z0-9-]+$/.test(name) || LINE_BREAK.test(value)) throw new Error(`Not a header: ${JSON.stringify(name)}`);
  }
}

/**
 * Queues an e-mail in the caller's transaction: it is sent once the
 * transaction commits, never if it rolls back. Returns the message's id, the
 * left part of its Message-ID. Throws (a programming error) when `to` is not
 * one address or a subject or header holds a line break.
 */
export async function enqueueMail(tx: JobWriter, message: MailMessage): Promise<string> {
  checkMessage(message);
  const queued: QueuedMail = {
    id: randomUUID(),
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    kind: message.kind,
    ...(message.headers ? { headers: message.headers } : {}),
  };
  await enqueueJob(tx, MAIL_TASK, queued);
  return queued.id;
}

/** How e-mail leaves Maillage, decided once at start (mailDeliveryOf). */
export type MailDelivery =
  | { kind: "smtp"; smtpUrl: string; from: string }
  | { kind: "log"; from: string };

export const DEFAULT_MAIL_FROM = "Maillage <ne-pas-repondre@localhost>";

/**
 * SMTP_URL and MAIL_FROM checked, so that a mistake stops the start in one
 * sentence rather than failing every e-mail later. Without SMTP_URL, e-mail is
 * written to the log, in every mode: `npm start` runs in production mode by
 * default, and its two commands must be all it takes to try Maillage.
 * @throws StartupError on an SMTP_URL that is not smtp:// or smtps://, or on
 * SMTP in production without MAIL_FROM (mail from "localhost" is refused by
 * receiving servers).
 */
export function mailDeliveryOf(config: { smtpUrl: string | undefined; mailFrom: string | undefined; production: boolean }): MailDelivery {
  const from = config.mailFrom ?? DEFAULT_MAIL_FROM;
  if (!/@[^\s@>]+>?\s*$/.test(from) || LINE_BREAK.test(from)) {
    throw new StartupError(`MAIL_FROM is not an e-mail address ("${config.mailFrom}"): write it as "Maillage <ne-pas-repondre@example.org>" or as the address alone.`);
  }
  if (!config.smtpUrl) return { kind: "log", from };
  let protocol: string | undefined;
  try {
    protocol = new URL(config.smtpUrl).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== "smtp:" && protocol !== "smtps:") {
    throw new StartupError("SMTP_URL is not an SMTP address: write it as smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS).");
  }
  if (config.production && !config.mailFrom) {
    throw new StartupError("SMTP_URL is set but MAIL_FROM is not: say which address Maillage's e-mails come from, for instance MAIL_FROM=\"Maillage <ne-pas-repondre@example.org>\".");
  }
  return { kind: "smtp", smtpUrl: config.smtpUrl, from };
}

/** The domain of an address ("Maillage <a@b.org>" → "b.org"), for Message-IDs. */
function domainOf(from: string): string {
  return /@([^\s@>]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
}

/** Sends one queued message, or throws to have it tried again. */
export type MailSender = (message: QueuedMail, signal: AbortSignal) => Promise<void>;

/** Through the SMTP server of the delivery, one connection per message. */
function smtpSender(delivery: Extract<MailDelivery, { kind: "smtp" }>, log: Logger): MailSender {
  const transport = createTransport(delivery.smtpUrl);
  const domain = domainOf(delivery.from);
  return async (message, signal) => {
    const info = await transport.sendMail({
      from: delivery.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      // The same Message-ID on every attempt: a message sent again after a
      // crash between the server's "250 OK" and the job's completion is a
      // duplicate that mail clients and servers can recognise.
      messageId: `<${message.id}@${domain}>`,
      // Stops waiting on an SMTP server that hangs when the process stops.
      signal,
    });
    log.info({ mail: { id: message.id, kind: message.kind, response: info.response } }, "e-mail sent");
  };
}

/** Into the log, whole, where no SMTP server is configured. */
function logSender(log: Logger): MailSender {
  return async (message) => {
    log.info(
      { mail: { id: message.id, kind: message.kind, to: message.to, subject: message.subject, text: message.text } },
      "e-mail not sent (no SMTP_URL), written here",
    );
  };
}

/** The sender of a delivery. */
export function mailSender(delivery: MailDelivery, log: Logger): MailSender {
  return delivery.kind === "smtp" ? smtpSender(delivery, log) : logSender(log);
}

/** A receiving server's final "no" to one message. */
export interface MailRefusal {
  /** The SMTP reply code, 500 to 599. */
  responseCode: number;
  /** The server's answer, as it wrote it ("550 5.1.1 <x@y>: mailbox unknown"). */
  response: string;
}

/**
 * The permanent refusal in a sending error, or null. An SMTP reply in 5xx is
 * final (RFC 5321 §4.2.1): the same message to the same address will be
 * refused again, so trying for four days only delays telling someone. A 4xx
 * (busy, greylisting) and an error without a reply (the network) are worth
 * trying again.
 */
export function permanentRefusalOf(error: unknown): MailRefusal | null {
  const { responseCode, response } = (error ?? {}) as { responseCode?: unknown; response?: unknown };
  if (typeof responseCode !== "number" || responseCode < 500 || responseCode > 599) return null;
  return { responseCode, response: typeof response === "string" ? response : String((error as Error).message ?? responseCode) };
}

/** Where a permanent refusal is recorded, to be seen and the address fixed. */
export type RefusalRecorder = (message: QueuedMail, refusal: MailRefusal) => Promise<void>;

/**
 * The queue's task that sends e-mail (MAIL_TASK). A permanent refusal ends
 * the job at once: logged with the address and the server's answer, and
 * recorded; any other failure throws, and the queue tries again later.
 */
export function mailTask(send: MailSender, options: { log: Logger; recordRefusal?: RefusalRecorder }): JobTask {
  return async (payload, helpers) => {
    const message = payload as QueuedMail;
    try {
      await send(message, helpers.abortSignal);
    } catch (error) {
      const refusal = permanentRefusalOf(error);
      if (!refusal) throw error;
      options.log.error({ mail: { id: message.id, kind: message.kind, to: message.to }, smtp: refusal }, "e-mail refused for good by the receiving server: not tried again");
      await options.recordRefusal?.(message, refusal);
    }
  };
}
