// Writing collectives and their memberships: animators maintain them.
import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { DomainError, badInput } from "../core/errors.ts";
import { forbidden, isAnimator, requireViewer } from "../auth/auth.policy.ts";
import type { Viewer } from "../auth/viewer.ts";
import { changedFields, recordAudit } from "../audit/audit.service.ts";
import { searchText } from "../territories/territory.search.ts";
import { Sector } from "../actors/organisation.type.ts";
import { CollectiveKind, CollectiveStructure, MembershipRole } from "./collective.type.ts";

@InputType({ description: "A new collective, or changes to one (only the given fields change)." })
export class CollectiveInput {
  @Field(() => ID, { description: "Stable identifier: lower-case words joined by hyphens." })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "Identifiant attendu en minuscules et tirets (ex. collectif-des-7-vallees)." })
  @MaxLength(100)
  id!: string;

  @Field(() => String, { nullable: true, description: "Name (required to create)." })
  @IsOptional() @Length(2, 200, { message: "Le nom doit compter entre 2 et 200 caractères." })
  name?: string;

  @Field(() => CollectiveKind, { nullable: true, description: "Kind of practice (required to create)." })
  @IsOptional()
  kind?: CollectiveKind;

  @Field(() => [Sector], { nullable: true, description: "Sectors." })
  @IsOptional() @ArrayMaxSize(10)
  sectors?: Sector[];

  @Field(() => CollectiveStructure, { nullable: true, description: "Legal structure it gave itself." })
  @IsOptional()
  structure?: CollectiveStructure;

  @Field(() => String, { nullable: true, description: "How often it meets." })
  @IsOptional() @MaxLength(200)
  meetingRhythm?: string;

  @Field(() => Int, { nullable: true, description: "Year it started." })
  @IsOptional() @IsInt() @Min(1900, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  startYear?: number;

  @Field(() => String, { nullable: true, description: "Description." })
  @IsOptional() @MaxLength(5000)
  description?: string;
}

@InputType({ description: "An organisation's membership of a collective." })
export class CollectiveMembershipInput {
  @Field(() => ID, { description: "The collective." })
  @MaxLength(100)
  collective!: string;

  @Field(() => ID, { description: "The organisation." })
  @MaxLength(100)
  organisation!: string;

  @Field(() => MembershipRole, { defaultValue: "MEMBRE", description: "Its role." })
  role!: MembershipRole;

  @Field(() => Int, { nullable: true, description: "Since." })
  @IsOptional() @IsInt() @Min(1900, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  sinceYear?: number;
}

function assertAnimator(viewer: Viewer | null): Viewer {
  const author = requireViewer(viewer);
  if (!isAnimator(author)) throw forbidden("Seuls les animateurs de réseau maintiennent les collectifs.");
  return author;
}

/** Creates or changes a collective. @throws UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (name, kind) */
export async function saveCollective(prisma: PrismaClient, viewer: Viewer | null, input: CollectiveInput) {
  const author = assertAnimator(viewer);
  return prisma.$transaction(async (tx) => {
    const before = await tx.collective.findUnique({ where: { id: input.id } });
    const { id, ...given } = input;
    const fields = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
    if (!before) {
      if (!input.name) throw badInput("name", "Donnez le nom du collectif.");
      if (!input.kind) throw badInput("kind", "Choisissez le type de collectif.");
      const created = await tx.collective.create({
        data: { id, ...(fields as { name: string; kind: CollectiveKind }), source: `saisie:${author.email}`, searchText: searchText(input.name) },
      });
      await recordAudit(tx, author, { action: "CREATE", entityType: "Collective", entityId: id, collectiveId: id, changes: fields });
      return created;
    }
    const updated = await tx.collective.update({ where: { id }, data: { ...fields, ...(input.name ? { searchText: searchText(input.name) } : {}) } });
    await recordAudit(tx, author, {
      action: "UPDATE", entityType: "Collective", entityId: id, collectiveId: id,
      changes: changedFields(before as unknown as Record<string, unknown>, fields),
    });
    return updated;
  });
}

/** Adds an organisation to a collective (or changes its since-year). @throws UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (collective, organisation) */
export async function addCollectiveMember(prisma: PrismaClient, viewer: Viewer | null, input: CollectiveMembershipInput) {
  const author = assertAnimator(viewer);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.collective.findUnique({ where: { id: input.collective }, select: { id: true } }))) {
      throw badInput("collective", `Aucun collectif n'a l'identifiant « ${input.collective} ».`);
    }
    if (!(await tx.organisation.findUnique({ where: { id: input.organisation }, select: { id: true } }))) {
      throw badInput("organisation", `Aucune organisation n'a l'identifiant « ${input.organisation} ».`);
    }
    const key = { collectiveId: input.collective, organisationId: input.organisation, role: input.role };
    const membership = await tx.collectiveMembership.upsert({
      where: { collectiveId_organisationId_role: key },
      create: { ...key, sinceYear: input.sinceYear ?? null },
      update: { sinceYear: input.sinceYear ?? null },
    });
    await recordAudit(tx, author, {
      action: "CREATE", entityType: "CollectiveMembership", entityId: `${input.collective}/${input.organisation}/${input.role}`,
      collectiveId: input.collective, organisationId: input.organisation, changes: { role: input.role, sinceYear: input.sinceYear ?? null },
    });
    return membership;
  });
}

/** Removes a membership. @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND */
export async function removeCollectiveMember(prisma: PrismaClient, viewer: Viewer | null, input: CollectiveMembershipInput) {
  const author = assertAnimator(viewer);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.collectiveMembership.deleteMany({
      where: { collectiveId: input.collective, organisationId: input.organisation, role: input.role },
    });
    if (!count) throw new DomainError("NOT_FOUND", "Cette organisation n'est pas membre de ce collectif avec ce rôle.", "organisation");
    await recordAudit(tx, author, {
      action: "DELETE", entityType: "CollectiveMembership", entityId: `${input.collective}/${input.organisation}/${input.role}`,
      collectiveId: input.collective, organisationId: input.organisation, changes: { role: input.role },
    });
    return true;
  });
}
