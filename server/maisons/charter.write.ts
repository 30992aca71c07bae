// Signing a Maison's charter: its animators record the signatures.
import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches, MaxLength } from "class-validator";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { DomainError, badInput } from "../core/errors.ts";
import { animatesNetwork, forbidden, requireViewer } from "../auth/auth.policy.ts";
import type { Viewer } from "../auth/viewer.ts";
import { recordAudit } from "../audit/audit.service.ts";

@InputType({ description: "An organisation's signature of a Maison's charter." })
export class CharterSignatureInput {
  @Field(() => ID, { description: "The Maison de l'ESS." })
  @MaxLength(100)
  maison!: string;

  @Field(() => ID, { description: "The organisation." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => String, { nullable: true, description: "Date of signature, YYYY-MM-DD." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-05." })
  signedOn?: string;
}

function assertAnimates(viewer: Viewer | null, maisonId: string): Viewer {
  const author = requireViewer(viewer);
  if (!animatesNetwork(author, { cotessId: null, maisonId, networkOrganisationId: null })) {
    throw forbidden("Seuls les animateurs de cette Maison de l'ESS gèrent les signatures de sa charte.");
  }
  return author;
}

/** @throws UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (maison: no charter; organisation; signedOn) */
export async function signCharter(prisma: PrismaClient, viewer: Viewer | null, input: CharterSignatureInput) {
  const author = assertAnimates(viewer, input.maison);
  return prisma.$transaction(async (tx) => {
    const charter = await tx.charter.findUnique({ where: { maisonId: input.maison }, select: { id: true } });
    if (!charter) throw badInput("maison", "Cette Maison de l'ESS n'a pas de charte enregistrée.");
    if (!(await tx.organisation.findUnique({ where: { id: input.organisation }, select: { id: true } }))) {
      throw badInput("organisation", `Aucune organisation n'a l'identifiant « ${input.organisation} ».`);
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
  const author = assertAnimates(viewer, input.maison);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.charterSignature.deleteMany({ where: { charter: { maisonId: input.maison }, organisationId: input.organisation } });
    if (!count) throw new DomainError("NOT_FOUND", "Cette organisation n'a pas signé la charte de cette Maison.", "organisation");
    await recordAudit(tx, author, {
      action: "DELETE", entityType: "CharterSignature", entityId: `${input.maison}/${input.organisation}`,
      maisonId: input.maison, organisationId: input.organisation, changes: {},
    });
    return true;
  });
}
