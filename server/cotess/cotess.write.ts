// Writing a COTESS's membership: its animators maintain it.
import { Field, ID, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, Max, MaxLength, Min } from "class-validator";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { DomainError, badInput } from "../core/errors.ts";
import { animatesNetwork, forbidden, requireViewer } from "../auth/auth.policy.ts";
import type { Viewer } from "../auth/viewer.ts";
import { recordAudit } from "../audit/audit.service.ts";

@InputType({ description: "An organisation's membership of a COTESS." })
export class CotessMembershipInput {
  @Field(() => ID, { description: "The COTESS." })
  @MaxLength(100)
  cotess!: string;

  @Field(() => ID, { description: "The organisation." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => Int, { nullable: true, description: "Member since." })
  @IsOptional() @IsInt() @Min(1900, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  sinceYear?: number;
}

function assertAnimates(viewer: Viewer | null, cotessId: string): Viewer {
  const author = requireViewer(viewer);
  if (!animatesNetwork(author, { cotessId, maisonId: null, networkOrganisationId: null })) {
    throw forbidden("Seuls les animateurs de ce COTESS en gèrent les membres.");
  }
  return author;
}

/** @throws UNAUTHENTICATED, FORBIDDEN (not its animator), BAD_USER_INPUT (cotess, organisation) */
export async function addCotessMember(prisma: PrismaClient, viewer: Viewer | null, input: CotessMembershipInput) {
  const author = assertAnimates(viewer, input.cotess);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.cotess.findUnique({ where: { id: input.cotess }, select: { id: true } }))) {
      throw badInput("cotess", `Aucun COTESS n'a l'identifiant « ${input.cotess} ».`);
    }
    if (!(await tx.organisation.findUnique({ where: { id: input.organisation }, select: { id: true } }))) {
      throw badInput("organisation", `Aucune organisation n'a l'identifiant « ${input.organisation} ».`);
    }
    const key = { cotessId: input.cotess, organisationId: input.organisation };
    const membership = await tx.cotessMembership.upsert({
      where: { cotessId_organisationId: key },
      create: { ...key, sinceYear: input.sinceYear ?? null },
      update: { sinceYear: input.sinceYear ?? null },
    });
    await recordAudit(tx, author, {
      action: "CREATE", entityType: "CotessMembership", entityId: `${input.cotess}/${input.organisation}`,
      cotessId: input.cotess, organisationId: input.organisation, changes: { sinceYear: input.sinceYear ?? null },
    });
    return membership;
  });
}

/** @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND */
export async function removeCotessMember(prisma: PrismaClient, viewer: Viewer | null, input: CotessMembershipInput) {
  const author = assertAnimates(viewer, input.cotess);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.cotessMembership.deleteMany({ where: { cotessId: input.cotess, organisationId: input.organisation } });
    if (!count) throw new DomainError("NOT_FOUND", "Cette organisation n'est pas membre de ce COTESS.", "organisation");
    await recordAudit(tx, author, {
      action: "DELETE", entityType: "CotessMembership", entityId: `${input.cotess}/${input.organisation}`,
      cotessId: input.cotess, organisationId: input.organisation, changes: {},
    });
    return true;
  });
}
