// Signing a Maison's charter: its animators record the signatures, each with
// its audit entry in the same transaction.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { DomainError, badInput, unknownReference } from "../core/errors.ts";
import type { Viewer } from "../core/viewer.ts";
import { writeTransaction } from "../core/transactions.ts";
import { recordAudit } from "../core/audit.ts";
import { assertMayManageCharter } from "./maison.access.ts";
import type { CharterSignatureInput } from "./maison.inputs.ts";

/** @throws UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (maison: no charter; organisation; signedOn) */
export async function signCharter(prisma: PrismaClient, viewer: Viewer | null, input: CharterSignatureInput) {
  const author = assertMayManageCharter(viewer, input.maison);
  return writeTransaction(prisma, async (tx) => {
    const charter = await tx.charter.findUnique({ where: { maisonId: input.maison }, select: { id: true } });
    if (!charter) throw badInput("maison", "Cette Maison de l'ESS n'a pas de charte enregistrée.");
    if (!(await tx.organisation.findUnique({ where: { id: input.organisation }, select: { id: true } }))) {
      throw unknownReference("organisation", input.organisation, "organisation");
    }
    const signedOn = input.signedOn ? new Date(`${input.signedOn}T00:00:00Z`) : null;
    if (signedOn && Number.isNaN(signedOn.getTime())) throw badInput("signedOn", "Cette date n'existe pas.");
    const key = { charterId: charter.id, organisationId: input.organisation };
    const signature = await tx.charterSignature.upsert({ where: { charterId_organisationId: key }, create: { ...key, signedOn }, update: { signedOn } });
    await recordAudit(tx, author, {
      action: "CREATE", entityType: "CharterSignature", entityId: `${charter.id}/${input.organisation}`,
      maisonId: input.maison, organisationId: input.organisation, changes: { signedOn: input.signedOn ?? null },
    });
    return { signedOn: input.signedOn ?? null, organisationId: input.organisation };
  });
}

/** @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND */
export async function removeCharterSignature(prisma: PrismaClient, viewer: Viewer | null, input: CharterSignatureInput) {
  const author = assertMayManageCharter(viewer, input.maison);
  return writeTransaction(prisma, async (tx) => {
    const { count } = await tx.charterSignature.deleteMany({ where: { charter: { maisonId: input.maison }, organisationId: input.organisation } });
    if (!count) throw new DomainError("NOT_FOUND", "Cette organisation n'a pas signé la charte de cette Maison.", "organisation");
    await recordAudit(tx, author, {
      action: "DELETE", entityType: "CharterSignature", entityId: `${input.maison}/${input.organisation}`,
      maisonId: input.maison, organisationId: input.organisation, changes: {},
    });
    return true;
  });
}
