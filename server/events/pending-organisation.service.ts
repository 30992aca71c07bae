// Structures awaiting validation: created by a public proposal (the proposer
// named a structure Maillage did not know), they are named on their events
// but listed nowhere until an animator concerned by them — of a network whose
// editions cover them, or of the edition they proposed to — validates them,
// or recognises an organisation already known and merges them into it.
// Here rather than in actors/: a merge moves events, co-organisations and
// proposals, which this module owns.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { DomainError, badInput, notFound, unknownReference } from "../core/errors.ts";
import { writeTransaction } from "../core/transactions.ts";
import { recordAudit } from "../core/audit.ts";
import type { Viewer } from "../core/viewer.ts";
import { assertMayValidateOrganisation } from "../actors/organisation.access.ts";
import { LISTED_ORGANISATION, type OrganisationRow } from "../actors/organisation.service.ts";
import { assertMayReadModerationQueue } from "./event.access.ts";
import { auditScope } from "./event.service.ts";
import { editionCoversPlace, networksConcernedBy } from "./edition.openings.ts";
import type { EditionRow } from "./edition.service.ts";

type Tx = Prisma.TransactionClient;

/**
 * The structures awaiting validation that concern an edition — located in
 * its territory, or co-organising one of its events — by name. For the
 * edition's animators, who validate them from its moderation queue.
 * @throws UNAUTHENTICATED, FORBIDDEN
 */
export async function pendingOrganisationsOf(prisma: PrismaClient, viewer: Viewer | null, edition: EditionRow): Promise<OrganisationRow[]> {
  assertMayReadModerationQueue(viewer, edition);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM organisation o JOIN edition ed ON ed.id = ${edition.id}
     WHERE o.pending_validation
       AND (EXISTS (SELECT 1 FROM event_co_organiser c JOIN event e ON e.id = c.event_id
                     WHERE c.organisation_id = o.id AND e.edition_id = ed.id)
            OR ${editionCoversPlace()})`;
  return prisma.organisation.findMany({ where: { id: { in: rows.map((row) => row.id) } }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/** The structure awaiting validation, locked, once the viewer may decide on it. */
async function lockPending(tx: Tx, viewer: Viewer | null, id: string, field: string): Promise<{ author: Viewer; pending: OrganisationRow }> {
  // Of two animators deciding at once, the second finds it decided.
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM organisation WHERE id = ${id} FOR UPDATE`;
  const pending = locked.length ? await tx.organisation.findUnique({ where: { id } }) : null;
  if (!pending) throw notFound("organisation", id, field);
  const author = assertMayValidateOrganisation(viewer, (await networksConcernedBy(tx, [id])).get(id) ?? []);
  if (!pending.pendingValidation) {
    throw new DomainError("CONFLICT", `${pending.name} n'est pas (ou plus) en attente de validation : rechargez la page.`, field, { reason: "NOT_PENDING" });
  }
  return { author, pending };
}

/**
 * Validates a structure awaiting validation: from then on it is listed
 * everywhere (lists, search, its page, the graph, exports). Audited.
 * @throws UNAUTHENTICATED; NOT_FOUND (id); FORBIDDEN (not an animator
 * concerned by it); CONFLICT reason NOT_PENDING (already validated)
 */
export async function validateOrganisation(prisma: PrismaClient, viewer: Viewer | null, id: string): Promise<OrganisationRow> {
  return writeTransaction(prisma, async (tx) => {
    const { author } = await lockPending(tx, viewer, id, "id");
    const organisation = await tx.organisation.update({ where: { id }, data: { pendingValidation: false } });
    await recordAudit(tx, author, {
      action: "UPDATE", entityType: "Organisation", entityId: id, organisationId: id,
      changes: { pendingValidation: { from: true, to: false } },
    });
    return organisation;
  });
}

// What may point at a structure awaiting validation and follows it into the
// organisation it duplicates. Anything else pointing at it (an animator tied
// it to a collective…) makes the merge refused rather than lost.
async function moveReferences(tx: Tx, from: string, into: string) {
  // Events both co-organise keep the known organisation, taking the lead when the pending one led.
  const shared = await tx.$queryRaw<{ event_id: string; role: string }[]>`
    SELECT p.event_id, p.role::text AS role FROM event_co_organiser p
      JOIN event_co_organiser k ON k.event_id = p.event_id AND k.organisation_id = ${into}
     WHERE p.organisation_id = ${from}`;
  for (const row of shared.filter((row) => row.role === "LEAD")) {
    await tx.eventCoOrganiser.update({ where: { eventId_organisationId: { eventId: row.event_id, organisationId: into } }, data: { role: "LEAD" } });
  }
  await tx.eventCoOrganiser.deleteMany({ where: { organisationId: from, eventId: { in: shared.map((row) => row.event_id) } } });
  const events = (await tx.eventCoOrganiser.findMany({ where: { organisationId: from }, select: { eventId: true } })).map((row) => row.eventId);
  await tx.eventCoOrganiser.updateMany({ where: { organisationId: from }, data: { organisationId: into } });
  const venues = (await tx.event.findMany({ where: { venueOrganisationId: from }, select: { id: true } })).map((row) => row.id);
  await tx.event.updateMany({ where: { venueOrganisationId: from }, data: { venueOrganisationId: into } });
  const touched = [...new Set([...events, ...shared.map((row) => row.event_id), ...venues])];
  // Their organisers changed: editors holding the old version reload, calendars re-read.
  await tx.event.updateMany({ where: { id: { in: touched } }, data: { version: { increment: 1 } } });

  // Its editors' roles (one grant per account and role is enough) and invitations.
  const grants = await tx.roleGrant.findMany({ where: { organisationId: from } });
  const held = new Set((await tx.roleGrant.findMany({ where: { organisationId: into } })).map((grant) => `${grant.accountId}|${grant.role}`));
  const duplicates = grants.filter((grant) => held.has(`${grant.accountId}|${grant.role}`)).map((grant) => grant.id);
  await tx.roleGrant.deleteMany({ where: { id: { in: duplicates } } });
  await tx.roleGrant.updateMany({ where: { organisationId: from }, data: { organisationId: into } });
  await tx.invitation.updateMany({ where: { organisationId: from }, data: { organisationId: into } });
  // The proposals that named it, or created it (they name the new structure
  // and the event they made): they now name the known organisation.
  const proposalsOf = { OR: [{ organisationId: from }, { organisationId: null, eventId: { in: events } }] };
  const proposals = await tx.publicProposal.findMany({ where: proposalsOf, select: { id: true } });
  await tx.publicProposal.updateMany({ where: proposalsOf, data: { organisationId: into } });
  await tx.person.updateMany({ where: { organisationId: from }, data: { organisationId: into } });
  return { events: touched, roles: grants.length, proposals: proposals.map((row) => row.id) };
}

/**
 * Merges a structure awaiting validation into the known organisation it
 * duplicates: its events, co-organisations, venues, roles, invitations,
 * people and the references of the proposals it came from move to that
 * organisation, and the pending record is removed — all in one transaction,
 * audited on both. Returns the known organisation.
 * @throws UNAUTHENTICATED; NOT_FOUND (input.organisation); FORBIDDEN (not
 * an animator concerned by it); CONFLICT reason NOT_PENDING (already
 * validated), reason STILL_REFERENCED (something else points at it; nothing
 * moved); BAD_USER_INPUT (input.into unknown, itself, or awaiting validation)
 */
export async function mergeOrganisation(
  prisma: PrismaClient, viewer: Viewer | null, input: { organisation: string; into: string },
): Promise<OrganisationRow> {
  return writeTransaction(prisma, async (tx) => {
    const { author, pending } = await lockPending(tx, viewer, input.organisation, "input.organisation");
    if (input.into === input.organisation) throw badInput("input.into", "Choisissez une autre organisation que la structure à valider.");
    const target = await tx.organisation.findUnique({ where: { id: input.into, ...LISTED_ORGANISATION } });
    if (!target) throw unknownReference("organisation", input.into, "input.into");
    const moved = await moveReferences(tx, pending.id, target.id);
    // Checked once the moves are written, in the same transaction: refused,
    // they are all undone with it.
    const left = await referencesLeft(tx, pending.id);
    if (left.length) {
      throw new DomainError(
        "CONFLICT",
        `${pending.name} est encore liée à d'autres fiches (${left.join(", ")}) : retirez ces liens, ou validez-la, avant de la fusionner. Rien n'a été modifié.`,
        "input.organisation",
        { reason: "STILL_REFERENCED", references: left },
      );
    }
    // Its own audit entries keep its id: the trail of what it was stays readable.
    await tx.organisation.delete({ where: { id: pending.id } });
    await recordAudit(tx, author, {
      action: "DELETE", entityType: "Organisation", entityId: pending.id, organisationId: pending.id,
      changes: { name: pending.name, mergedInto: target.id },
    });
    await recordAudit(tx, author, {
      action: "UPDATE", entityType: "Organisation", entityId: target.id, organisationId: target.id,
      changes: { mergedFrom: { id: pending.id, name: pending.name }, ...moved },
    });
    // Each event changed organiser: its edition's trail says so too.
    const events = await tx.event.findMany({ where: { id: { in: moved.events } }, select: { id: true, version: true, edition: true } });
    for (const event of events) {
      await recordAudit(tx, author, {
        action: "UPDATE", entityType: "Event", entityId: event.id, ...auditScope(event.edition),
        changes: { organisationMerged: { from: pending.id, to: target.id }, version: { from: event.version - 1, to: event.version } },
      });
    }
    return target;
  });
}

// What else may point at an organisation, named in French. A merge never
// carries these silently (some would cascade away with the pending record).
/** The kinds of records, other than those a merge moves, still pointing at an organisation. One statement. */
async function referencesLeft(tx: Tx, id: string): Promise<string[]> {
  const [row] = await tx.$queryRaw<Record<string, boolean>[]>`
    SELECT EXISTS (SELECT 1 FROM collective_membership WHERE organisation_id = ${id}) AS "collectif",
           EXISTS (SELECT 1 FROM cooperation WHERE organisation_a_id = ${id} OR organisation_b_id = ${id}) AS "coopération",
           EXISTS (SELECT 1 FROM cotess_membership WHERE organisation_id = ${id}) AS "membre d'un COTESS",
           EXISTS (SELECT 1 FROM cotess_co_animator WHERE organisation_id = ${id}) AS "co-animation d'un COTESS",
           EXISTS (SELECT 1 FROM maison_role WHERE organisation_id = ${id}) AS "rôle dans une Maison de l'ESS",
           EXISTS (SELECT 1 FROM maison_space WHERE operator_id = ${id}) AS "espace d'une Maison de l'ESS",
           EXISTS (SELECT 1 FROM charter_signature WHERE organisation_id = ${id}) AS "signature d'une charte",
           EXISTS (SELECT 1 FROM shareholding WHERE company_id = ${id} OR holder_id = ${id}) AS "sociétariat",
           EXISTS (SELECT 1 FROM territorial_policy WHERE collectivite_id = ${id}) AS "politique territoriale",
           EXISTS (SELECT 1 FROM edition WHERE network_organisation_id = ${id}) AS "édition du Mois de l'ESS"`;
  return Object.entries(row).filter(([, present]) => present).map(([kind]) => kind);
}
