// Public proposals: someone without an account proposes an event to an open
// edition from the public programme. Nothing reaches anyone until the contact
// confirms the address by the link e-mailed (only the token's hash is kept);
// the confirmation then creates the event, PROPOSED, through createEvent's
// own writing path, and tells the edition's animators.
import { randomUUID } from "node:crypto";
import type { PrismaClient, Prisma } from "../generated/prisma/client.ts";
import { badInput, unknownReference } from "../core/errors.ts";
import { writeTransaction } from "../core/transactions.ts";
import { recordAudit } from "../core/audit.ts";
import { countAction, throttleAction } from "../core/action-throttle.ts";
import { enqueueMail } from "../core/mail.ts";
import { newLinkToken, wellFormedToken } from "../auth/auth.tokens.ts";
import { tokenHash } from "../auth/auth.session.ts";
import { searchText } from "../territories/territory.search.ts";
import { auditScope, insertEvent, requireEdition, resolveSessions, resolveVenue, type EditionRow } from "./event.service.ts";
import { isoDay, parisDay } from "./paris-time.ts";
import { proposalAwaitingMail, proposalConfirmationMail } from "./proposal.mail.ts";
import { recordEventNotices } from "./event.notices.ts";
import type { PublicProposalInput } from "./proposal.inputs.ts";

type Tx = Prisma.TransactionClient;

/** How long the confirmation link works. */
export const PROPOSAL_LINK_LIFETIME_MS = 48 * 3600 * 1000;

// A mailbox is not to be flooded with confirmation links (past the limit
// nothing is sent, and nothing is said); a connection may propose more, an
// office sharing one address.
const PROPOSALS_PER_CONTACT = { limit: 3, windowMs: 3600 * 1000 };
const PROPOSALS_PER_CLIENT = { limit: 10, windowMs: 3600 * 1000 };

const BAD_LINK = "Ce lien n'est pas valable : il a déjà servi ou a expiré. Proposez à nouveau votre événement si besoin.";

export const proposalLink = (publicUrl: string, token: string) => `${publicUrl}/proposer/confirmation#${token}`;

/** An edition takes proposals until its last day (Europe/Paris). */
export function openForProposals(edition: Pick<EditionRow, "endsOn">, now: Date): boolean {
  return isoDay(edition.endsOn) >= parisDay(now);
}

async function requireCommune(tx: Tx, code: string, field: string) {
  const commune = await tx.territory.findUnique({ where: { kind_code: { kind: "COMMUNE", code } }, select: { id: true } });
  if (!commune) throw unknownReference("commune", code, field);
  return commune;
}

/** The proposal checked against the data, as createEvent would check it. */
async function checkProposal(tx: Tx, input: PublicProposalInput, now: Date): Promise<EditionRow> {
  const edition = await requireEdition(tx, input.edition, "edition");
  if (!openForProposals(edition, now)) throw badInput("edition", `L'édition « ${edition.title} » est terminée : elle ne reçoit plus de propositions.`);
  resolveSessions(edition, input.sessions);
  await resolveVenue(tx, { address: input.venue.address, commune: input.venue.commune });
  if (!!input.organisation === !!input.newOrganisation) {
    throw badInput("organisation", "Choisissez votre structure dans Maillage, ou indiquez le nom et la commune d'une structure qui n'y est pas encore.");
  }
  if (input.organisation) {
    const organisation = await tx.organisation.findUnique({ where: { id: input.organisation, pendingValidation: false }, select: { id: true } });
    if (!organisation) throw unknownReference("organisation", input.organisation, "organisation");
  } else {
    await requireCommune(tx, input.newOrganisation!.commune, "newOrganisation.commune");
  }
  return edition;
}

/**
 * Stores a proposal and e-mails its contact the confirmation link. The answer
 * is the same whether a link was sent or the contact's limit was reached.
 * @throws BAD_USER_INPUT naming the field (edition unknown or over, session
 * outside it, unknown commune or organisation, neither or both organisations);
 * TOO_MANY_REQUESTS when the client address proposed too often.
 */
export async function proposeEvent(prisma: PrismaClient, input: PublicProposalInput, clientAddress: string, publicUrl: string, now: Date): Promise<void> {
  const contactEmail = input.contact.email.trim().toLowerCase();
  await writeTransaction(prisma, async (tx) => {
    const edition = await checkProposal(tx, input, now);
    await throttleAction(tx, `proposal-client:${clientAddress}`, PROPOSALS_PER_CLIENT, now, "Trop de propositions depuis cette connexion.", "contact.email");
    if ((await countAction(tx, `proposal-contact:${contactEmail}`, PROPOSALS_PER_CONTACT, now)) > 0) return;
    const { token, hash } = newLinkToken();
    const expiresAt = new Date(now.getTime() + PROPOSAL_LINK_LIFETIME_MS);
    await tx.publicProposal.create({
      data: {
        editionId: edition.id, contactEmail, contactName: input.contact.name.trim(),
        title: input.title.trim(), type: input.type, description: input.description?.trim() || null,
        sessionStart: input.sessions[0].start, sessionEnd: input.sessions[0].end,
        venueAddress: input.venue.address.trim(), venueCommune: input.venue.commune,
        organisationId: input.organisation ?? null,
        newOrganisationName: input.newOrganisation?.name.trim() ?? null, newOrganisationCommune: input.newOrganisation?.commune ?? null,
        tokenHash: hash, createdAt: now, expiresAt,
      },
    });
    await enqueueMail(tx, proposalConfirmationMail(contactEmail, { title: input.title.trim(), edition: edition.title, link: proposalLink(publicUrl, token), expiresAt }));
  });
}

/**
 * Confirms a proposal by its link, once: creates the organisation pending
 * validation if it was new, then the event, PROPOSED, in the edition's
 * moderation queue, and e-mails the edition's animators. Audited under the
 * confirmed address (no account wrote).
 * @throws BAD_USER_INPUT (token: forged, used or expired; or the proposal no
 * longer fits, e.g. its edition's dates changed — nothing is then written)
 */
export async function confirmProposal(
  prisma: PrismaClient, rawToken: string, publicUrl: string, now: Date,
): Promise<{ eventId: string; edition: string; title: string }> {
  const token = wellFormedToken(rawToken);
  if (!token) throw badInput("token", BAD_LINK);
  return writeTransaction(prisma, async (tx) => {
    // Used once: of two concurrent uses, the second finds it confirmed.
    const claimed = await tx.publicProposal.updateMany({ where: { tokenHash: tokenHash(token), confirmedAt: null, expiresAt: { gt: now } }, data: { confirmedAt: now } });
    if (claimed.count !== 1) throw badInput("token", BAD_LINK);
    const proposal = await tx.publicProposal.findUniqueOrThrow({ where: { tokenHash: tokenHash(token) } });
    const author = { actorLabel: `Proposition publique de ${proposal.contactName} <${proposal.contactEmail}>` };
    const edition = await requireEdition(tx, proposal.editionId, "token");

    let organisationId = proposal.organisationId;
    let organisationName: string;
    if (organisationId) {
      organisationName = (await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } })).name;
    } else {
      const commune = await requireCommune(tx, proposal.newOrganisationCommune!, "newOrganisation.commune");
      organisationName = proposal.newOrganisationName!;
      const fields = { name: organisationName, communeId: commune.id, locationId: commune.id, pendingValidation: true };
      const organisation = await tx.organisation.create({
        data: { id: `proposition-${randomUUID()}`, ...fields, sectors: [], sourceId: null, searchText: searchText(organisationName) },
      });
      organisationId = organisation.id;
      await recordAudit(tx, author, { action: "CREATE", entityType: "Organisation", entityId: organisationId, organisationId, changes: fields });
    }

    const { event, changes, clashes } = await insertEvent(tx, edition, {
      edition: edition.id, title: proposal.title, type: proposal.type, description: proposal.description ?? undefined,
      venue: { address: proposal.venueAddress, commune: proposal.venueCommune },
      sessions: [{ start: proposal.sessionStart, end: proposal.sessionEnd }],
      coOrganisers: [{ organisation: organisationId, role: "LEAD" }],
    }, "PROPOSED");
    // A clash at the same venue is not refused here as createEvent refuses it:
    // the proposer cannot accept it, and the queue shows it to the animators.
    await tx.publicProposal.update({ where: { id: proposal.id }, data: { eventId: event.id } });
    await recordAudit(tx, author, { action: "CREATE", entityType: "Event", entityId: event.id, ...auditScope(edition), changes: { ...changes, publicProposal: proposal.id } });
    // The events it now clashes with hear of it, as of any new event.
    await recordEventNotices(tx, {
      author: { accountId: null, name: `${proposal.contactName} (proposition publique)`, organisationIds: [] },
      eventId: event.id, before: null, after: event, changes, coOrganiserIds: [], clashesBefore: [], clashesAfter: clashes,
    }, now);

    const animators = await tx.account.findMany({
      where: {
        disabledAt: null,
        roles: { some: { role: "NETWORK_ANIMATOR", cotessId: edition.cotessId ?? undefined, maisonId: edition.maisonId ?? undefined, organisationId: edition.networkOrganisationId ?? undefined } },
      },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    const link = `${publicUrl}/planning/${encodeURIComponent(edition.id)}/moderation`;
    for (const animator of animators) {
      await enqueueMail(tx, proposalAwaitingMail(animator.email, {
        title: proposal.title, edition: edition.title, proposer: proposal.contactName,
        organisation: organisationName, pending: !proposal.organisationId, link,
      }));
    }
    return { eventId: event.id, edition: edition.id, title: proposal.title };
  });
}
