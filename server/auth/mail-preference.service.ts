// Mail a person may stop receiving — the proposal digest, the notices of
// their organisations' events — topic by topic: from the account page, or
// from the link in each such e-mail without signing in (RFC 8058 one-click:
// a mail client POSTs to the List-Unsubscribe address). Account mail
// (invitations, password links) is no topic: nobody unsubscribes from it.
//
// An unsubscribe link carries 32 random bytes; only their SHA-256 is stored,
// with the account and the topic it unsubscribes from — the one thing it can
// do. It works for a year (people unsubscribe from old mail), after which
// the purge removes it.
import express, { Router } from "express";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { MailTopic } from "../generated/prisma/enums.ts";
import { badInput } from "../core/errors.ts";
import { requireViewer } from "../core/access.ts";
import type { Viewer } from "../core/viewer.ts";
import { writeTransaction } from "../core/transactions.ts";
import { recordAudit } from "../core/audit.ts";
import type { RouteDependencies } from "../core/module.ts";
import { newLinkToken, wellFormedToken } from "./auth.tokens.ts";
import { tokenHash } from "./auth.session.ts";

type Tx = Prisma.TransactionClient;

export const MAIL_TOPICS = Object.values(MailTopic);

/** How long an unsubscribe link works. */
export const UNSUBSCRIBE_LINK_LIFETIME_MS = 365 * 24 * 3600 * 1000;

/** The unsubscribe page, which the one-click POST also goes to (the token in the query: a POST carries no fragment). */
export const unsubscribeLink = (publicUrl: string, token: string) => `${publicUrl}/compte/desabonnement?jeton=${token}`;

export interface MailPreference {
  topic: MailTopic;
  subscribed: boolean;
}

/** Every topic with the account's choice (subscribed unless it said otherwise), in the order of MAIL_TOPICS. */
export async function mailPreferencesOf(db: Pick<Tx, "mailPreference">, accountId: string): Promise<MailPreference[]> {
  const rows = await db.mailPreference.findMany({ where: { accountId }, select: { topic: true, subscribed: true } });
  const chosen = new Map(rows.map((row) => [row.topic, row.subscribed]));
  return MAIL_TOPICS.map((topic) => ({ topic, subscribed: chosen.get(topic) ?? true }));
}

/** Which of these accounts unsubscribed from the topic. One statement, read before sending. */
export async function unsubscribedFrom(db: Pick<Tx, "mailPreference">, topic: MailTopic, accountIds: readonly string[]): Promise<Set<string>> {
  if (!accountIds.length) return new Set();
  const rows = await db.mailPreference.findMany({ where: { topic, subscribed: false, accountId: { in: [...accountIds] } }, select: { accountId: true } });
  return new Set(rows.map((row) => row.accountId));
}

/** A new unsubscribe link for one e-mail to this account about this topic, stored in the caller's transaction. */
export async function newUnsubscribeLink(tx: Pick<Tx, "unsubscribeToken">, publicUrl: string, accountId: string, topic: MailTopic, now: Date): Promise<string> {
  const { token, hash } = newLinkToken();
  await tx.unsubscribeToken.create({ data: { tokenHash: hash, accountId, topic, createdAt: now } });
  return unsubscribeLink(publicUrl, token);
}

async function choose(tx: Tx, accountId: string, topic: MailTopic, subscribed: boolean, how: string): Promise<void> {
  const before = await tx.mailPreference.findUnique({ where: { accountId_topic: { accountId, topic } }, select: { subscribed: true } });
  const was = before?.subscribed ?? true;
  await tx.mailPreference.upsert({
    where: { accountId_topic: { accountId, topic } },
    create: { accountId, topic, subscribed },
    update: { subscribed },
  });
  if (was === subscribed) return;
  await recordAudit(tx, { accountId }, {
    action: "UPDATE", entityType: "MailPreference", entityId: `${accountId}:${topic}`,
    changes: { topic, subscribed: { from: was, to: subscribed }, by: how },
  });
}

/**
 * Changes the viewer's choices, the topics not given unchanged; audited.
 * @throws UNAUTHENTICATED; BAD_USER_INPUT (a topic given twice)
 */
export async function setMailPreferences(prisma: PrismaClient, viewer: Viewer | null, choices: MailPreference[]): Promise<MailPreference[]> {
  const signedIn = requireViewer(viewer);
  const topics = choices.map((choice) => choice.topic);
  const twice = topics.findIndex((topic, index) => topics.indexOf(topic) !== index);
  if (twice >= 0) throw badInput(`preferences.${twice}.topic`, "Chaque type d'e-mail ne peut être indiqué qu'une fois.");
  return writeTransaction(prisma, async (tx) => {
    for (const choice of choices) await choose(tx, signedIn.accountId, choice.topic, choice.subscribed, "account");
    return mailPreferencesOf(tx, signedIn.accountId);
  });
}

const BAD_LINK = "Ce lien de désabonnement n'est pas valable : copiez l'adresse entière depuis l'e-mail, ou changez vos préférences depuis la page « Mon compte ».";

/**
 * Unsubscribes the account of an e-mail's link from that e-mail's topic,
 * without a session; doing it again changes nothing. Audited under the account.
 * @throws BAD_USER_INPUT (token: malformed, unknown, or older than a year)
 */
export async function unsubscribeByLink(prisma: PrismaClient, rawToken: string, now: Date): Promise<MailTopic> {
  const token = wellFormedToken(rawToken);
  if (!token) throw badInput("token", BAD_LINK);
  return writeTransaction(prisma, async (tx) => {
    const link = await tx.unsubscribeToken.findUnique({ where: { tokenHash: tokenHash(token) } });
    if (!link || now.getTime() - link.createdAt.getTime() > UNSUBSCRIBE_LINK_LIFETIME_MS) throw badInput("token", BAD_LINK);
    await choose(tx, link.accountId, link.topic, false, "link");
    return link.topic;
  });
}

/**
 * POST /compte/desabonnement?jeton=…: the one-click unsubscribe of RFC 8058
 * (body `List-Unsubscribe=One-Click`), sent by mail clients and by the
 * unsubscribe page. No cookie is read: the token is the whole authority.
 */
export function unsubscribeRoutes({ prisma, clock }: RouteDependencies): Router {
  const router = Router();
  router.post("/compte/desabonnement", express.urlencoded({ extended: false, limit: "1kb" }), async (request, response) => {
    const token = typeof request.query.jeton === "string" ? request.query.jeton : "";
    // A DomainError reaches app/'s error handler: 400 with its French message.
    const topic = await unsubscribeByLink(prisma, token, clock.now());
    response.json({ unsubscribed: topic });
  });
  return router;
}

/** Unsubscribe links past their year. */
export async function purgeUnsubscribeLinks(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.unsubscribeToken.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - UNSUBSCRIBE_LINK_LIFETIME_MS) } } });
  return count;
}
